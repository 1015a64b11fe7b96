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

/** Sends mail over SMTP_URL (Mailpit in the compose file), from MAIL_FROM. */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly transport;

  constructor(private readonly config: AppConfig) {
    this.transport = createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const info = await this.transport.sendMail(mail);
    return { messageId: info.messageId };
  }

  onApplicationShutdown() {
    this.transport.close();
  }
}
