import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { requestContext } from '../common/logging/request-context.js';
import { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';
import { COUNT_IN_FIXED_WINDOW } from '../redis/fixed-window-counter.js';
import { publicApiRateLimited } from './publication.errors.js';

interface PublicApiCounters {
  takePublicApiRequest(key: string, windowSeconds: number): Promise<[number, number]>;
}

export function publicApiIpKey(ip: string) {
  return `public-api:ip:${ip}`;
}

/**
 * Limits the anonymous public API (databank search and detail, open data) per client IP, in
 * Redis so the limit holds across API instances: PUBLIC_API_MAX_REQUESTS within a fixed window
 * of PUBLIC_API_WINDOW_SECONDS, then 429 with Retry-After. The IP is Express' `request.ip`,
 * which believes X-Forwarded-For only from the proxies TRUST_PROXY names, as for the login
 * limits. Without Redis the public pages stay up: reading public data unlimited for a while is
 * a smaller harm than a databank that is down.
 */
@Injectable()
export class PublicApiRateLimitMiddleware implements NestMiddleware {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {
    if (!('takePublicApiRequest' in redis)) redis.defineCommand('takePublicApiRequest', { numberOfKeys: 1, lua: COUNT_IN_FIXED_WINDOW });
  }

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    const ip = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const counters = this.redis as unknown as PublicApiCounters;
    const taken = await counters.takePublicApiRequest(publicApiIpKey(ip), this.config.PUBLIC_API_WINDOW_SECONDS).catch(() => null);
    if (taken === null) return next();
    const [count, ttl] = taken;
    const limit = this.config.PUBLIC_API_MAX_REQUESTS;
    response.setHeader('RateLimit-Limit', String(limit));
    response.setHeader('RateLimit-Remaining', String(Math.max(0, limit - count)));
    response.setHeader('RateLimit-Reset', String(Math.max(1, ttl)));
    if (count <= limit) return next();
    const retryAfterSeconds = Math.max(1, ttl);
    response.setHeader('Retry-After', String(retryAfterSeconds));
    const refusal = publicApiRateLimited(retryAfterSeconds);
    response.status(refusal.getStatus()).json({ ...(refusal.getResponse() as object), requestId: requestContext.getStore()?.requestId });
  }
}
