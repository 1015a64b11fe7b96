import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { MailSender } from '../../notifications/mail-sender.service.js';
import type { Language } from '../../users/role.js';
import { renderAccountMail, type AccountMailKind } from './account-mail.js';

export interface AccountMailRecipient {
  email: string;
  name: string;
  language: Language;
}

/**
 * Sends account mails straight from the API, not through the outbox: an invitation or reset mail
 * carries a secret link, which must never be stored (the database keeps its hash only). Sending
 * happens after the answer has gone out, so the answer takes as long for an unknown address as
 * for a known one; a mail that fails is logged without its link, and the user asks again.
 */
@Injectable()
export class AccountMailer {
  private readonly logger = new Logger('account-mail');

  constructor(
    private readonly sender: MailSender,
    private readonly config: AppConfig,
  ) {}

  /** `path` is relative to APP_URL and may carry the secret in its fragment (#…), which browsers never send to a server. */
  sendLater(kind: AccountMailKind, to: AccountMailRecipient, path: string, validFor?: { hours: number } | { minutes: number }): void {
    const link = new URL(path, this.config.APP_URL).toString();
    const mail = renderAccountMail(kind, to.language, to.name, link, { validFor });
    setImmediate(() => {
      this.sender
        .send({ to: to.email, subject: mail.subject, text: mail.text, html: mail.html, headers: { 'X-Account-Mail': kind } })
        .catch((error: { code?: string; responseCode?: number }) =>
          this.logger.warn(`account mail ${kind} not sent: ${error.code ?? 'error'} ${error.responseCode ?? ''}`.trim()),
        );
    });
  }
}
