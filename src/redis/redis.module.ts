import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';

export const REDIS = Symbol('REDIS');

/**
 * One shared ioredis client for small commands (rate limits, health). BullMQ opens its own: it
 * must not be given this client, whose `keyPrefix` would come on top of BullMQ's own prefix.
 * (ioredis prefixes command keys, not the patterns of KEYS or SCAN.)
 */
export function createRedisClient(url: string, prefix: string): Redis {
  const client = new Redis(url, {
    keyPrefix: `${prefix}:`,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Warn once per outage instead of on every reconnect attempt; /health reports the state.
  const logger = new Logger('redis');
  let warned = false;
  client.on('error', (error: Error) => {
    if (!warned) logger.warn(`Redis unreachable: ${error.message}`);
    warned = true;
  });
  client.on('ready', () => {
    if (warned) logger.log('Redis reachable again');
    warned = false;
  });
  return client;
}

@Global()
@Module({
  providers: [{ provide: REDIS, inject: [AppConfig], useFactory: (config: AppConfig) => createRedisClient(config.REDIS_URL, config.REDIS_PREFIX) }],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown() {
    this.redis.disconnect();
  }
}
