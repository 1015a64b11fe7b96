import { renderLayout } from '../../notifications/templates/layout.js';
import type { MessageText, RenderedMail } from '../../notifications/templates/template.types.js';
import type { Language } from '../../users/role.js';

export type AccountMailKind = 'invitation' | 'password_reset' | 'two_factor_reset';

interface AccountMailInput {
  /** How long the link works, in words the reader's language needs (hours or minutes). */
  validFor?: { hours: number } | { minutes: number };
}

const duration = (language: Language, validFor: AccountMailInput['validFor']): string => {
  if (!validFor) return '';
  if ('hours' in validFor) return language === 'nl' ? `${validFor.hours} uur` : `${validFor.hours} hours`;
  return language === 'nl' ? `${validFor.minutes} minuten` : `${validFor.minutes} minutes`;
};

const TEXTS: Record<AccountMailKind, Record<Language, (input: AccountMailInput) => MessageText>> = {
  invitation: {
    nl: ({ validFor }) => ({
      subject: 'Uw account voor het erkenningstraject',
      paragraphs: [
        'Er is een account voor u aangemaakt in het erkenningstraject. Kies via de link hieronder uw wachtwoord.',
        `De link werkt één keer en ${duration('nl', validFor)} lang. Daarna stelt u inloggen in twee stappen in met een authenticator-app.`,
        'Verwachtte u dit bericht niet? Dan kunt u het negeren.',
      ],
      action: 'Wachtwoord kiezen',
    }),
    en: ({ validFor }) => ({
      subject: 'Your account for the recognition track',
      paragraphs: [
        'An account has been created for you in the recognition track. Choose your password through the link below.',
        `The link works once and for ${duration('en', validFor)}. After that you set up two-step sign-in with an authenticator app.`,
        'Not expecting this message? Then you can ignore it.',
      ],
      action: 'Choose a password',
    }),
  },
  password_reset: {
    nl: ({ validFor }) => ({
      subject: 'Nieuw wachtwoord kiezen',
      paragraphs: [
        'Er is gevraagd om een nieuw wachtwoord voor uw account. Kies het via de link hieronder.',
        `De link werkt één keer en ${duration('nl', validFor)} lang. Uw andere sessies worden daarna beëindigd.`,
        'Heeft u dit niet zelf gevraagd? Dan kunt u dit bericht negeren; uw wachtwoord blijft hetzelfde.',
      ],
      action: 'Nieuw wachtwoord kiezen',
    }),
    en: ({ validFor }) => ({
      subject: 'Choose a new password',
      paragraphs: [
        'A new password was requested for your account. Choose it through the link below.',
        `The link works once and for ${duration('en', validFor)}. Your other sessions are ended afterwards.`,
        'Did not ask for this yourself? Then you can ignore this message; your password stays the same.',
      ],
      action: 'Choose a new password',
    }),
  },
  two_factor_reset: {
    nl: () => ({
      subject: 'Inloggen in twee stappen is teruggezet',
      paragraphs: [
        'Een beheerder heeft inloggen in twee stappen voor uw account teruggezet. Uw authenticator-app en herstelcodes werken niet meer en al uw sessies zijn beëindigd.',
        'Bij de volgende keer inloggen stelt u een authenticator-app opnieuw in. Heeft u hier niet om gevraagd? Neem dan contact op met het secretariaat.',
      ],
      action: 'Inloggen',
    }),
    en: () => ({
      subject: 'Two-step sign-in was reset',
      paragraphs: [
        'An administrator reset two-step sign-in for your account. Your authenticator app and recovery codes no longer work and all your sessions were ended.',
        'The next time you sign in you set up an authenticator app again. Did you not ask for this? Then contact the secretariat.',
      ],
      action: 'Sign in',
    }),
  },
};

/** The words of an account mail in the reader's language, in the layout every mail has. */
export function renderAccountMail(kind: AccountMailKind, language: Language, recipientName: string, link: string, input: AccountMailInput = {}): RenderedMail {
  return renderLayout(TEXTS[kind][language](input), language, recipientName, link);
}
