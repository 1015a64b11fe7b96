import { HttpException, Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';
import { COUNT_IN_FIXED_WINDOW } from '../redis/fixed-window-counter.js';
import { loginRateLimited, loginUnavailable } from './auth.errors.js';

/** Gives an attempt back; never creates the key (a DECR would leave -1 without expiry). */
const GIVE_BACK_ATTEMPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then
  return redis.call('DECR', KEYS[1])
end
return 0`;

interface LoginCounters {
  takeLoginAttempt(key: string, windowSeconds: number): Promise<[number, number]>;
  giveBackLoginAttempt(key: string): Promise<number>;
}

/**
 * Limits logins in Redis, so the limits hold across API instances: failed logins per client IP
 * and per account (keyed by a hash of the e-mail), within a window. Every attempt is counted
 * before the password is checked, so parallel guesses cannot slip past the limits; a successful
 * login gives its IP attempt back (many colleagues behind one office address can all sign in)
 * and clears the account's counter.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {
    redis.defineCommand('takeLoginAttempt', { numberOfKeys: 1, lua: COUNT_IN_FIXED_WINDOW });
    redis.defineCommand('giveBackLoginAttempt', { numberOfKeys: 1, lua: GIVE_BACK_ATTEMPT });
  }

  private get counters(): LoginCounters {
    return this.redis as unknown as LoginCounters;
  }

  /** Counts the attempt for the IP and the account; throws 429 when either has used up its failures. */
  async checkAttempt(email: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_WINDOW_SECONDS;
    const [ipAttempts, ipTtl] = await this.counters.takeLoginAttempt(loginIpKey(ip), window).catch(limiterUnavailable);
    if (ipAttempts > this.config.LOGIN_MAX_FAILURES_PER_IP) throw tooManyAttempts(ipTtl);
    const [accountAttempts, accountTtl] = await this.counters.takeLoginAttempt(loginAccountKey(email), window).catch(limiterUnavailable);
    if (accountAttempts > this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT) throw tooManyAttempts(accountTtl);
  }

  /** A failed attempt simply stays counted; a successful one is taken off the IP and clears the account. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await Promise.all([this.counters.giveBackLoginAttempt(loginIpKey(ip)), this.redis.del(loginAccountKey(email))]).catch(
      limiterUnavailable,
    );
  }
}

export function loginAccountKey(email: string) {
  return `login:account:${createHash('sha256').update(email.toLowerCase()).digest('hex')}`;
}

export function loginIpKey(ip: string) {
  return `login:ip:${ip}`;
}

/** Without Redis the limits cannot hold, so signing in is refused rather than left unlimited. */
function limiterUnavailable(): never {
  throw loginUnavailable();
}

function tooManyAttempts(secondsLeft: number): HttpException {
  return loginRateLimited(Math.max(1, secondsLeft));
}
