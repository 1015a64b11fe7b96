import { ConfigurationError } from '../../config/app-config.js';
import type { Environment } from '../../config/environment.js';

/** The path of the callback on the API; the identity provider must have the full URL registered. */
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

export interface OidcSettings {
  issuerUrl: URL;
  clientId: string;
  clientSecret: string;
  redirectUrl: URL;
  scopes: string;
  buttonLabel: string;
}

type OidcEnvironment = Pick<
  Environment,
  'NODE_ENV' | 'APP_URL' | 'OIDC_ISSUER_URL' | 'OIDC_CLIENT_ID' | 'OIDC_CLIENT_SECRET' | 'OIDC_REDIRECT_URL' | 'OIDC_SCOPES' | 'OIDC_BUTTON_LABEL'
>;

/**
 * The OIDC settings, or null when sign-in with the identity provider is off (OIDC_ISSUER_URL
 * unset). Settings that are missing or do not fit together throw a ConfigurationError, so the API
 * refuses to start on them.
 */
export function oidcSettings(env: OidcEnvironment): OidcSettings | null {
  const problem = oidcSettingsProblem(env);
  if (problem) throw problem;
  if (!env.OIDC_ISSUER_URL) return null;
  return {
    issuerUrl: new URL(env.OIDC_ISSUER_URL),
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    redirectUrl: redirectUrl(env),
    scopes: env.OIDC_SCOPES,
    buttonLabel: env.OIDC_BUTTON_LABEL!,
  };
}

/** The first problem with the OIDC settings taken together, or null. */
function oidcSettingsProblem(env: OidcEnvironment): ConfigurationError | null {
  if (!env.OIDC_ISSUER_URL) {
    const stray = (['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL', 'OIDC_BUTTON_LABEL'] as const).find((name) => env[name]);
    return stray ? new ConfigurationError('OIDC_ISSUER_URL', `must be set when ${stray} is`) : null;
  }
  for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_BUTTON_LABEL'] as const)
    if (!env[name]) return new ConfigurationError(name, 'must be set when OIDC_ISSUER_URL is');
  // Tokens and the client secret would cross the network readable; only tests and development may.
  if (env.NODE_ENV === 'production' && new URL(env.OIDC_ISSUER_URL).protocol !== 'https:')
    return new ConfigurationError('OIDC_ISSUER_URL', 'must be an https URL in production');
  const scopes = env.OIDC_SCOPES.split(' ');
  for (const required of ['openid', 'email'])
    if (!scopes.includes(required)) return new ConfigurationError('OIDC_SCOPES', `must include ${required}`);
  // The flow cookie is set on the app's origin, so the browser must come back to that origin.
  if (redirectUrl(env).origin !== new URL(env.APP_URL).origin)
    return new ConfigurationError('OIDC_REDIRECT_URL', `must be on the origin of APP_URL (${new URL(env.APP_URL).origin})`);
  // A reverse proxy may put the API under a path of its own; the route itself is fixed.
  if (!redirectUrl(env).pathname.endsWith(OIDC_CALLBACK_PATH))
    return new ConfigurationError('OIDC_REDIRECT_URL', `must end in ${OIDC_CALLBACK_PATH}`);
  return null;
}

function redirectUrl(env: OidcEnvironment): URL {
  return new URL(env.OIDC_REDIRECT_URL ?? OIDC_CALLBACK_PATH, env.APP_URL);
}
