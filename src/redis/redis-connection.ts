import type { RedisOptions } from 'bullmq';

/** BullMQ connection options (BullMQ needs maxRetriesPerRequest: null for its blocking connections). */
export function bullConnection(url: string): RedisOptions {
  return { url, maxRetriesPerRequest: null };
}
