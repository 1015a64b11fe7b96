import { call, client } from './client';

/** Whether the login page offers sign-in with the identity provider (src/auth/oidc/oidc.controller.ts). */
export interface OidcAvailability {
  enabled: boolean;
  buttonLabel: string | null;
}

/** Where the browser goes to sign in with the identity provider: a full navigation, the API redirects on. */
export const OIDC_START_PATH = '/auth/oidc/start';

export const oidcApi = {
  availability: () => call<OidcAvailability>(client.GET('/auth/oidc')),
};
