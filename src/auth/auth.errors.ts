import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';

export const notSignedIn = defineError('NOT_SIGNED_IN', HttpStatus.UNAUTHORIZED, () => ({
  nl: 'U bent niet ingelogd.',
  en: 'You are not signed in.',
}));

export const roleRequired = defineError('ROLE_REQUIRED', HttpStatus.FORBIDDEN, () => ({
  nl: 'U heeft geen toegang tot deze functie.',
  en: 'You do not have access to this function.',
}));

/** One answer for unknown e-mail, wrong password and disabled account, so none can be told apart. */
export const invalidCredentials = defineError('INVALID_CREDENTIALS', HttpStatus.UNAUTHORIZED, () => ({
  nl: 'Onjuist e-mailadres of wachtwoord.',
  en: 'Incorrect e-mail address or password.',
}));

/** Without Redis the limits cannot hold, so signing in is refused rather than left unlimited. */
export const loginUnavailable = defineError('LOGIN_UNAVAILABLE', HttpStatus.SERVICE_UNAVAILABLE, () => ({
  nl: 'Inloggen is tijdelijk niet mogelijk. Probeer het later opnieuw.',
  en: 'Signing in is temporarily unavailable. Try again later.',
}));

const LOGIN_RATE_LIMITED = defineError<{ retryAfterSeconds: number; minutes: number }>('LOGIN_RATE_LIMITED', HttpStatus.TOO_MANY_REQUESTS, ({ minutes }) => ({
  nl: `Te veel inlogpogingen. Probeer het over ${minutes} minuten opnieuw.`,
  en: `Too many login attempts. Try again in ${minutes} minutes.`,
}));

/** The filter sets Retry-After from `retryAfterSeconds`. */
export const loginRateLimited = (retryAfterSeconds: number) => LOGIN_RATE_LIMITED({ retryAfterSeconds, minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });

export const sessionNotFound = defineError('SESSION_NOT_FOUND', HttpStatus.NOT_FOUND, () => ({
  nl: 'Sessie niet gevonden.',
  en: 'Session not found.',
}));

export const accountAlreadyActive = defineError('ACCOUNT_ALREADY_ACTIVE', HttpStatus.CONFLICT, () => ({
  nl: 'Deze persoon heeft al een wachtwoord gekozen; een nieuw wachtwoord vraagt die zelf aan via "Wachtwoord vergeten".',
  en: 'This person has already chosen a password; they ask for a new one through "Forgot password".',
}));

export const crossOriginRequest = defineError<{ ownOrigin: string }>('CROSS_ORIGIN_REQUEST', HttpStatus.FORBIDDEN, ({ ownOrigin }) => ({
  nl: `Dit verzoek komt niet van de eigen pagina's van het systeem (${ownOrigin}).`,
  en: `This request does not come from the system's own pages (${ownOrigin}).`,
}));
