import { HttpStatus } from '@nestjs/common';
import { defineError } from '../../common/errors/define-error.js';

/** The password was right; the account needs a code from the authenticator app (or a recovery code) too. */
export const secondFactorRequired = defineError('SECOND_FACTOR_REQUIRED', HttpStatus.UNAUTHORIZED, () => ({
  nl: 'Vul de code uit uw authenticator-app in.',
  en: 'Enter the code from your authenticator app.',
}));

/** The password was right, but the role needs two-factor sign-in and the account has not set it up. */
export const twoFactorEnrolmentRequired = defineError('TWO_FACTOR_ENROLMENT_REQUIRED', HttpStatus.FORBIDDEN, () => ({
  nl: 'Uw rol vraagt inloggen in twee stappen. Stel eerst een authenticator-app in.',
  en: 'Your role requires two-step sign-in. Set up an authenticator app first.',
}));

/** Wrong, expired or already used code: one answer for all three. */
export const invalidCode = defineError('TWO_FACTOR_CODE_INVALID', HttpStatus.UNAUTHORIZED, () => ({
  nl: 'De code is onjuist, verlopen of al gebruikt. Wacht op een nieuwe code.',
  en: 'The code is wrong, expired or already used. Wait for a new code.',
}));

export const twoFactorAlreadyEnabled = defineError('TWO_FACTOR_ALREADY_ENABLED', HttpStatus.CONFLICT, () => ({
  nl: 'Inloggen in twee stappen staat al aan.',
  en: 'Two-step sign-in is already on.',
}));

export const noEnrolmentStarted = defineError('TWO_FACTOR_ENROLMENT_NOT_STARTED', HttpStatus.CONFLICT, () => ({
  nl: 'Er is geen instelling van een authenticator-app begonnen. Begin opnieuw.',
  en: 'No authenticator set-up was started. Start again.',
}));

export const twoFactorNotEnabled = defineError('TWO_FACTOR_NOT_ENABLED', HttpStatus.CONFLICT, () => ({
  nl: 'Inloggen in twee stappen staat niet aan.',
  en: 'Two-step sign-in is not on.',
}));

export const twoFactorRequiredForRole = defineError('TWO_FACTOR_REQUIRED_FOR_ROLE', HttpStatus.CONFLICT, () => ({
  nl: 'Uw rol vraagt inloggen in twee stappen; u kunt het niet uitzetten.',
  en: 'Your role requires two-step sign-in; you cannot turn it off.',
}));

const TWO_FACTOR_RATE_LIMITED = defineError<{ retryAfterSeconds: number; minutes: number }>(
  'TWO_FACTOR_RATE_LIMITED',
  HttpStatus.TOO_MANY_REQUESTS,
  ({ minutes }) => ({
    nl: `Te veel pogingen met een code. Probeer het over ${minutes} minuten opnieuw.`,
    en: `Too many code attempts. Try again in ${minutes} minutes.`,
  }),
);

/** The filter sets Retry-After from `retryAfterSeconds`. */
export const twoFactorRateLimited = (retryAfterSeconds: number) =>
  TWO_FACTOR_RATE_LIMITED({ retryAfterSeconds, minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
