/** Sign-in with the organisation's identity provider on the login page (src/auth/oidc). */
export const oidcNl = {
  button: (organisation: string) => `Inloggen met ${organisation}`,
  staffOnly: 'Voor medewerkers, commissieleden en beoordelaars met een account van de organisatie.',
  refusedTitle: 'Inloggen via de identity provider is niet gelukt',
  /** By the code the API puts on the login page's address (?oidc=CODE). */
  refusals: {
    OIDC_NOT_CONFIGURED: 'Inloggen via de identity provider is niet ingesteld. Log in met uw e-mailadres en wachtwoord.',
    OIDC_FLOW_UNKNOWN: 'Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw met de knop hieronder.',
    OIDC_STATE_MISMATCH: 'Het antwoord van de identity provider hoort niet bij deze inlogpoging. Begin opnieuw.',
    OIDC_NONCE_MISMATCH: 'Het identiteitsbewijs van de identity provider hoort niet bij deze inlogpoging. Begin opnieuw.',
    OIDC_ISSUER_MISMATCH: 'Het antwoord komt niet van de identity provider van de organisatie. Begin opnieuw.',
    OIDC_CODE_REJECTED: 'De identity provider weigerde de inlogcode: die was verlopen of al gebruikt. Begin opnieuw.',
    OIDC_PROVIDER_REFUSED: 'De identity provider heeft het inloggen niet toegestaan.',
    OIDC_PROVIDER_UNAVAILABLE: 'De identity provider is nu niet bereikbaar. Probeer het later opnieuw.',
    OIDC_INVALID_RESPONSE: 'Het antwoord van de identity provider is ongeldig. Probeer het opnieuw; lukt het niet, neem contact op met de beheerder.',
    OIDC_EMAIL_NOT_VERIFIED:
      'De identity provider geeft geen bevestigd e-mailadres van u door, en daarop wordt uw account gevonden. Vraag de IT-afdeling van uw organisatie om uw e-mailadres te bevestigen.',
    OIDC_ROLE_PENDING:
      'U bent bekend in het systeem, maar heeft nog geen rol. Een beheerder moet u eerst een rol geven (bijvoorbeeld secretaris of beoordelaar); daarna kunt u hier inloggen.',
    OIDC_OWNER_ACCOUNT: 'Interventie-eigenaren loggen in met hun e-mailadres en wachtwoord, in het formulier hieronder.',
    OIDC_ACCOUNT_DISABLED: 'Dit account is uitgeschakeld. Neem contact op met de beheerder.',
  },
  /** In the admin's user list, for an account made at a first sign-in that has no role yet. */
  noRoleYet: 'Nog geen rol: wacht op een beheerder',
  unknownRefusal: 'Inloggen via de identity provider is niet gelukt. Probeer het opnieuw.',
};

export type OidcMessages = typeof oidcNl;
