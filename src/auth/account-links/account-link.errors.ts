import { GoneException, NotFoundException } from '@nestjs/common';

export type AccountLinkRefusal = 'unknown' | 'used' | 'expired';

const MESSAGES: Record<AccountLinkRefusal, string> = {
  unknown: 'Deze link is ongeldig. Vraag een nieuwe aan. / This link is not valid. Ask for a new one.',
  used: 'Deze link is al gebruikt. Vraag een nieuwe aan. / This link has already been used. Ask for a new one.',
  expired: 'Deze link is verlopen. Vraag een nieuwe aan. / This link has expired. Ask for a new one.',
};

export function accountLinkRefused(reason: AccountLinkRefusal) {
  const body = { code: `ACCOUNT_LINK_${reason.toUpperCase()}`, message: MESSAGES[reason] };
  return reason === 'unknown'
    ? new NotFoundException({ statusCode: 404, error: 'Not Found', ...body })
    : new GoneException({ statusCode: 410, error: 'Gone', ...body });
}
