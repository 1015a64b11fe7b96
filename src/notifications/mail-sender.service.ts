import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { AppConfig } from '../config/app-config.js';

export interface OutgoingMail {
  /** The Message-ID header, `<…@…>`; a notification's is the same on every try. Nodemailer makes one up when left out. */
  messageId?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/**
 * A rejection that retrying the same message cannot fix: a permanent SMTP reply (5xx but 503,
 * which nodemailer marks `permanent`) or an envelope the client itself refuses (a malformed address).
 */
export function isPermanentMailError(error: unknown): boolean {
  const mailError = error as { permanent?: boolean; code?: string; responseCode?: number };
  if (mailError?.permanent === true) return true;
  return mailError?.code === 'EENVELOPE' && mailError.responseCode === undefined;
}

/** Messages one SMTP connection carries before it is replaced; a new connection costs a greeting, which some servers delay on purpose. */
export const MAIL_MESSAGES_PER_CONNECTION = 1000;

/**
 * Shorter than the idle timeouts servers commonly use (RFC 5321 asks for at least 5 minutes), so
 * an idle connection is usually closed by us rather than by the server as we hand it a message.
 */
export const MAIL_CONNECTION_IDLE_MS = 30_000;

/**
 * Sends mail over SMTP_URL (Mailpit in the compose file), from MAIL_FROM, over a pool of at most
 * MAIL_CONCURRENCY connections: one per mail job the worker runs at a time, so a job never waits
 * for another's connection.
 *
 * A pooled connection the server dropped (closed while idle, or a 421 before the message was
 * transmitted) is replaced and the message goes out over the new one within the same send, a few
 * times at most. A failure after the message was transmitted, or once those retries are spent,
 * reaches the caller, whose job is retried by BullMQ under the same Message-ID.
 */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly transport;

  constructor(config: AppConfig) {
    this.transport = createTransport(
      {
        url: config.SMTP_URL,
        pool: true,
        maxConnections: config.MAIL_CONCURRENCY,
        maxMessages: MAIL_MESSAGES_PER_CONNECTION,
        idleTimeout: MAIL_CONNECTION_IDLE_MS,
      },
      { from: config.MAIL_FROM },
    );
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const info = await this.transport.sendMail(mail);
    return { messageId: info.messageId };
  }

  /**
   * Idle connections close at once; one in the middle of a message finishes it first. A message
   * still waiting for a connection fails as a transient error, so its job is retried later.
   */
  onApplicationShutdown() {
    this.transport.close();
  }
}
