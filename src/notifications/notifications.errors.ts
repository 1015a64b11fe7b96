import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';

export const mailTemplateNotFound = defineError('MAIL_TEMPLATE_NOT_FOUND', HttpStatus.NOT_FOUND, () => ({
  nl: 'Deze e-mailtekst bestaat niet of is niet aan te passen.',
  en: 'This mail template does not exist or cannot be edited.',
}));

export const notificationNotFound = defineError('NOTIFICATION_NOT_FOUND', HttpStatus.NOT_FOUND, () => ({
  nl: 'Melding niet gevonden.',
  en: 'Notification not found.',
}));
