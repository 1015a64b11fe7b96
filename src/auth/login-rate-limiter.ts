import { HttpException, HttpStatus, Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Counts login attempts in Redis, so the limits hold across API instances:
 * every attempt per client IP, and failed attempts per account (keyed by a hash of the e-mail).
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Throws 429 when this IP or this account has used up its attempts. Counts the attempt for the IP. */
  async checkAttempt(email: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_WINDOW_SECONDS;
    const ipKey = this.ipKey(ip);
    const [[, ipAttempts], [, ipTtl], [, accountFailures], [, accountTtl]] = (await this.redis
      .multi()
      .incr(ipKey)
      .ttl(ipKey)
      .get(this.accountKey(email))
      .ttl(this.accountKey(email))
      .exec()
      .catch(limiterUnavailable)) as [unknown, number][];
    if (Number(ipTtl) < 0) await this.redis.expire(ipKey, window);
    if (Number(ipAttempts) > this.config.LOGIN_MAX_ATTEMPTS_PER_IP) throw tooManyAttempts(Number(ipTtl) > 0 ? Number(ipTtl) : window);
    if (Number(accountFailures ?? 0) >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT)
      throw tooManyAttempts(Number(accountTtl) > 0 ? Number(accountTtl) : window);
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.accountKey(email);
    const failures = await this.redis.incr(key);
    if (failures === 1) await this.redis.expire(key, this.config.LOGIN_WINDOW_SECONDS);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.accountKey(email));
  }

  private accountKey(email: string) {
    return `login:account:${createHash('sha256').update(email.toLowerCase()).digest('hex')}`;
  }

  private ipKey(ip: string) {
    return `login:ip:${ip}`;
  }
}

/** Without Redis the limits cannot hold, so signing in is refused rather than left unlimited. */
function limiterUnavailable(): never {
  throw new ServiceUnavailableException({
    statusCode: 503,
    error: 'Service Unavailable',
    code: 'LOGIN_UNAVAILABLE',
    message: 'Inloggen is tijdelijk niet mogelijk. Probeer het later opnieuw. / Signing in is temporarily unavailable. Try again later.',
  });
}

function tooManyAttempts(retryAfterSeconds: number): HttpException {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new HttpException(
    {
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'LOGIN_RATE_LIMITED',
      message: `Te veel inlogpogingen. Probeer het over ${minutes} minuten opnieuw. / Too many login attempts. Try again in ${minutes} minutes.`,
      retryAfterSeconds,
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
