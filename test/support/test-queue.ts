import { Queue } from 'bullmq';
import type { AppConfig } from '../../src/config/app-config.js';

/** A BullMQ queue as the app under test sees it: its Redis and its key prefix (REDIS_PREFIX). */
export function testQueue(config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX'>, name: string): Queue {
  return new Queue(name, { connection: { url: config.REDIS_URL }, prefix: config.REDIS_PREFIX });
}
