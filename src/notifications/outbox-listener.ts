import type { Logger } from '@nestjs/common';
import pg from 'pg';

/** The channel the outbox triggers notify (migrations/1764001000000-outbox-notify.ts). */
export const OUTBOX_CHANNEL = 'outbox';
/** Shown in pg_stat_activity; tests find the connection by it. */
export const OUTBOX_LISTENER_APPLICATION_NAME = 'erkenning-outbox-listener';
const CONNECT_TIMEOUT_MS = 5000;
const MAX_RECONNECT_DELAY_MS = 5000;
/** How often the connection is asked a question, so a silently dead one is noticed and replaced. */
const CHECK_INTERVAL_MS = 15_000;

export interface OutboxListenerEvents {
  /** A statement committed pending outbox rows; the earliest is due at this time (epoch ms, database clock). */
  due(at: number): void;
  /** LISTEN is (again) in place: notifications sent while it was not were missed. */
  listening(): void;
}

/**
 * A dedicated PostgreSQL connection (not from the pool, which would hand it to others) that
 * LISTENs on the outbox channel. When the connection is lost (PostgreSQL restarted, the backend
 * terminated, the network gone) it reconnects with a growing delay, one warning when it goes and
 * one line when it is back; the relay's safety poll covers the time in between.
 */
export class OutboxListener {
  private client: pg.Client | null = null;
  private listeningClient: pg.Client | null = null;
  private attempt = 0;
  private down = false;
  private stopped = false;
  private reconnect: NodeJS.Timeout | null = null;
  private check: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly events: OutboxListenerEvents,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    void this.connect();
    this.check = setInterval(() => void this.probe(), CHECK_INTERVAL_MS);
    this.check.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    if (this.check) clearInterval(this.check);
    const client = this.client;
    this.client = this.listeningClient = null;
    await client?.end().catch(() => undefined);
  }

  /** True while LISTEN is in place. */
  get isListening(): boolean {
    return this.listeningClient !== null;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: OUTBOX_LISTENER_APPLICATION_NAME,
      keepAlive: true,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    this.client = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    client.on('notification', (message) => {
      if (message.channel !== OUTBOX_CHANNEL) return;
      const at = Number(message.payload);
      this.events.due(Number.isFinite(at) ? at : 0);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.client !== client) return;
    this.listeningClient = client;
    this.attempt = 0;
    if (this.down) {
      this.down = false;
      this.logger.log({ msg: 'outbox relay listens to PostgreSQL again' });
    }
    this.events.listening();
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.client !== client) return;
    this.client = this.listeningClient = null;
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (!this.down) {
      this.down = true;
      this.logger.warn({ msg: 'outbox relay lost its LISTEN connection; it relays on its safety poll until it is back', error: error.message });
    }
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, 250 * 2 ** this.attempt++);
    this.reconnect = setTimeout(() => void this.connect(), delay);
  }

  private async probe(): Promise<void> {
    const client = this.listeningClient;
    if (!client) return;
    let timeout: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.query('SELECT 1'),
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      this.lost(client, error as Error);
    } finally {
      clearTimeout(timeout);
    }
  }
}
