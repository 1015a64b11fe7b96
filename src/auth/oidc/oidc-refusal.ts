/**
 * Why a sign-in with the identity provider was refused. The code travels to the login page (the
 * web words it from its catalogue) and into the audit line; the texts here are for API clients,
 * the logs and the tests.
 */
export const OIDC_REFUSALS = {
  OIDC_NOT_CONFIGURED: {
    nl: 'Inloggen via de identity provider is niet ingesteld.',
    en: 'Signing in with the identity provider is not configured.',
  },
  OIDC_FLOW_UNKNOWN: {
    nl: 'Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw.',
    en: 'This sign-in attempt has expired or was already used. Start again.',
  },
  OIDC_STATE_MISMATCH: {
    nl: 'Het antwoord van de identity provider hoort niet bij deze inlogpoging (state).',
    en: 'The identity provider’s answer does not belong to this sign-in attempt (state).',
  },
  OIDC_NONCE_MISMATCH: {
    nl: 'Het identiteitsbewijs hoort niet bij deze inlogpoging (nonce).',
    en: 'The identity token does not belong to this sign-in attempt (nonce).',
  },
  OIDC_ISSUER_MISMATCH: {
    nl: 'Het antwoord komt niet van de ingestelde identity provider.',
    en: 'The answer does not come from the configured identity provider.',
  },
  OIDC_CODE_REJECTED: {
    nl: 'De identity provider weigerde de inlogcode (verlopen of al gebruikt).',
    en: 'The identity provider refused the sign-in code (expired or already used).',
  },
  OIDC_PROVIDER_REFUSED: {
    nl: 'De identity provider heeft het inloggen niet toegestaan.',
    en: 'The identity provider did not allow the sign-in.',
  },
  OIDC_PROVIDER_UNAVAILABLE: {
    nl: 'De identity provider is nu niet bereikbaar. Probeer het later opnieuw.',
    en: 'The identity provider cannot be reached now. Try again later.',
  },
  OIDC_INVALID_RESPONSE: {
    nl: 'Het antwoord van de identity provider is ongeldig.',
    en: 'The identity provider’s answer is invalid.',
  },
  OIDC_EMAIL_NOT_VERIFIED: {
    nl: 'De identity provider geeft geen bevestigd e-mailadres door; daarop wordt uw account gevonden.',
    en: 'The identity provider passes no verified e-mail address, which is how your account is found.',
  },
  OIDC_ROLE_PENDING: {
    nl: 'Uw account is bekend, maar u heeft nog geen rol. Een beheerder moet u eerst een rol geven.',
    en: 'Your account is known, but you have no role yet. An administrator must grant you a role first.',
  },
  OIDC_OWNER_ACCOUNT: {
    nl: 'Interventie-eigenaren loggen in met hun e-mailadres en wachtwoord.',
    en: 'Intervention owners sign in with their e-mail address and password.',
  },
  OIDC_ACCOUNT_DISABLED: {
    nl: 'Dit account is uitgeschakeld.',
    en: 'This account has been disabled.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;

export type OidcRefusalCode = keyof typeof OIDC_REFUSALS;

/** A refused sign-in; the user's id and the claimed e-mail, when known, go into the audit line. */
export class OidcRefusal extends Error {
  constructor(
    readonly code: OidcRefusalCode,
    readonly context: { userId?: string; email?: string; detail?: string } = {},
  ) {
    super(`${OIDC_REFUSALS[code].nl} / ${OIDC_REFUSALS[code].en}`);
  }
}
