import { Redis, ReplyError } from 'ioredis';

export class RedisUnreachableError extends Error {}

export interface RedisWaitOptions {
  /** Further tries after the first; 0 gives up at once. */
  retries: number;
  intervalMs: number;
  /** Receives one line per failed try. */
  report: (line: string) => void;
}

/**
 * Start-up check: waits until Redis answers a PING, with one line per retry, and gives up with an
 * error that says what to start. Without it BullMQ and ioredis would retry forever in the
 * background, each connection printing its own stack on every attempt. An answer that names a
 * problem of the settings (a wrong password, a database number out of range) is not retried.
 */
export async function waitForRedis(url: string, { retries, intervalMs, report }: RedisWaitOptions): Promise<void> {
  const shown = withoutPassword(url);
  for (let attempt = 0; ; attempt++) {
    const problem = await pingOnce(url);
    if (!problem) {
      if (attempt > 0) report(`Redis at ${shown} answers; starting.`);
      return;
    }
    if (problem.final || attempt >= retries)
      throw new RedisUnreachableError(
        `Cannot reach Redis at ${shown} (REDIS_URL): ${problem.message}. ` +
          (problem.final
            ? 'Correct REDIS_URL.'
            : 'Start Redis (`docker compose up -d redis`, or `redis-server --daemonize yes` / `sudo systemctl start redis-server`) or correct REDIS_URL.'),
      );
    report(`Redis at ${shown} unreachable (${problem.message}), retrying in ${formatSeconds(intervalMs)} (${attempt + 1}/${retries})…`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The URL as it may be printed: a password becomes `***`. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(REDIS_URL)';
  }
}

async function pingOnce(url: string): Promise<{ message: string; final: boolean } | null> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  // The cause (ECONNREFUSED, a refused password) arrives here; connect() itself then only says "Connection is closed".
  let cause: Error | undefined;
  client.on('error', (error: Error) => (cause ??= error));
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (rejection) {
    const error = cause ?? (rejection as Error);
    const message = error.message.replace(/\.+$/, '');
    // A server that is still loading its data set will answer soon; other replies will not change.
    return { message, final: error instanceof ReplyError && !message.startsWith('LOADING') };
  } finally {
    client.disconnect();
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
