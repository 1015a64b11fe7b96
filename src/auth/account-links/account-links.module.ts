import { Module } from '@nestjs/common';
import { MailSender } from '../../notifications/mail-sender.service.js';
import { TwoFactorController } from '../two-factor/two-factor.controller.js';
import { AccountLinksController } from './account-links.controller.js';
import { AccountLinksService } from './account-links.service.js';
import { AccountMailer } from './account-mailer.js';
import { InvitationsController } from './invitations.controller.js';

/**
 * The API's account self-service: invitations, password reset, two-factor set-up and the admin's
 * reset. Its mails go out from the API process (AccountMailer says why), over its own SMTP pool.
 */
@Module({
  controllers: [AccountLinksController, InvitationsController, TwoFactorController],
  providers: [MailSender, AccountMailer, AccountLinksService],
})
export class AccountLinksModule {}
