import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';

export const emailTaken = defineError('EMAIL_TAKEN', HttpStatus.CONFLICT, () => ({
  nl: 'Er bestaat al een account met dit e-mailadres.',
  en: 'An account with this e-mail address already exists.',
}));
