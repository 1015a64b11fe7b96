import type { OidcMessages } from './oidc-nl';

export const oidcEn: OidcMessages = {
  button: (organisation: string) => `Sign in with ${organisation}`,
  staffOnly: 'For staff, committee members and reviewers with an account of the organisation.',
  refusedTitle: 'Signing in with the identity provider did not succeed',
  refusals: {
    OIDC_NOT_CONFIGURED: 'Signing in with the identity provider is not configured. Sign in with your e-mail address and password.',
    OIDC_FLOW_UNKNOWN: 'This sign-in attempt has expired or was already used. Start again with the button below.',
    OIDC_STATE_MISMATCH: 'The identity provider’s answer does not belong to this sign-in attempt. Start again.',
    OIDC_NONCE_MISMATCH: 'The identity provider’s identity token does not belong to this sign-in attempt. Start again.',
    OIDC_ISSUER_MISMATCH: 'The answer does not come from the organisation’s identity provider. Start again.',
    OIDC_CODE_REJECTED: 'The identity provider refused the sign-in code: it had expired or was already used. Start again.',
    OIDC_PROVIDER_REFUSED: 'The identity provider did not allow the sign-in.',
    OIDC_PROVIDER_UNAVAILABLE: 'The identity provider cannot be reached now. Try again later.',
    OIDC_INVALID_RESPONSE: 'The identity provider’s answer is invalid. Try again; if it keeps failing, contact the administrator.',
    OIDC_EMAIL_NOT_VERIFIED:
      'The identity provider passes no verified e-mail address of yours, which is how your account is found. Ask your organisation’s IT department to verify your e-mail address.',
    OIDC_ROLE_PENDING:
      'You are known to the system but have no role yet. An administrator must grant you a role first (for example secretary or reviewer); then you can sign in here.',
    OIDC_OWNER_ACCOUNT: 'Intervention owners sign in with their e-mail address and password, in the form below.',
    OIDC_ACCOUNT_DISABLED: 'This account has been disabled. Contact the administrator.',
  },
  noRoleYet: 'No role yet: waiting for an administrator',
  unknownRefusal: 'Signing in with the identity provider did not succeed. Try again.',
};
