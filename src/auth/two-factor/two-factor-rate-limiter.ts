import { HttpException, Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config.js';
import { REDIS } from '../../redis/redis.module.js';
import { COUNT_IN_FIXED_WINDOW } from '../../redis/fixed-window-counter.js';
import { loginUnavailable } from '../auth.errors.js';
import { twoFactorRateLimited } from './two-factor.errors.js';

interface TwoFactorCounters {
  takeTwoFactorAttempt(key: string, windowSeconds: number): Promise<[number, number]>;
}

/**
 * At most TWO_FACTOR_MAX_FAILURES code attempts per account within LOGIN_WINDOW_SECONDS, in Redis
 * so the limit holds across API instances. Every attempt is counted before the code is checked;
 * a correct code clears the counter. A six-digit code cannot be guessed at that pace.
 */
@Injectable()
export class TwoFactorRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {
    redis.defineCommand('takeTwoFactorAttempt', { numberOfKeys: 1, lua: COUNT_IN_FIXED_WINDOW });
  }

  async checkAttempt(userId: string): Promise<void> {
    const counters = this.redis as unknown as TwoFactorCounters;
    const [attempts, ttl] = await counters.takeTwoFactorAttempt(twoFactorKey(userId), this.config.LOGIN_WINDOW_SECONDS).catch(unavailable);
    if (attempts > this.config.TWO_FACTOR_MAX_FAILURES) throw tooManyCodes(ttl);
  }

  async recordSuccess(userId: string): Promise<void> {
    await this.redis.del(twoFactorKey(userId)).catch(unavailable);
  }
}

export function twoFactorKey(userId: string) {
  return `two-factor:user:${userId}`;
}

function unavailable(): never {
  throw loginUnavailable();
}

function tooManyCodes(secondsLeft: number): HttpException {
  return twoFactorRateLimited(Math.max(1, secondsLeft));
}
