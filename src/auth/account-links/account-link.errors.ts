import { HttpStatus } from '@nestjs/common';
import { defineError } from '../../common/errors/define-error.js';

export type AccountLinkRefusal = 'unknown' | 'used' | 'expired';

const REFUSALS = {
  unknown: defineError('ACCOUNT_LINK_UNKNOWN', HttpStatus.NOT_FOUND, () => ({
    nl: 'Deze link is ongeldig. Vraag een nieuwe aan.',
    en: 'This link is not valid. Ask for a new one.',
  })),
  used: defineError('ACCOUNT_LINK_USED', HttpStatus.GONE, () => ({
    nl: 'Deze link is al gebruikt. Vraag een nieuwe aan.',
    en: 'This link has already been used. Ask for a new one.',
  })),
  expired: defineError('ACCOUNT_LINK_EXPIRED', HttpStatus.GONE, () => ({
    nl: 'Deze link is verlopen. Vraag een nieuwe aan.',
    en: 'This link has expired. Ask for a new one.',
  })),
};

export const accountLinkRefused = (reason: AccountLinkRefusal) => REFUSALS[reason]();
