import { Inject, Injectable } from '@nestjs/common';
import * as openid from 'openid-client';
import type { OidcFlow } from './oidc-flows.js';
import { OidcRefusal, type OidcRefusalCode } from './oidc-refusal.js';
import { OIDC_SETTINGS } from './oidc-settings.provider.js';
import type { OidcSettings } from './oidc-settings.js';

/** What the identity provider says about the person who signed in. */
export interface OidcIdentity {
  subject: string;
  email?: string;
  emailVerified: boolean;
  name?: string;
}

/**
 * The relying party, on openid-client: discovery (once, retried after a failure), the authorization
 * URL with PKCE (S256), state and nonce, and the code exchange, which checks the issuer, the state,
 * the ID token's signature, audience, nonce and lifetime. Every failure becomes an OidcRefusal.
 */
@Injectable()
export class OidcClient {
  private configuration: Promise<openid.Configuration> | null = null;

  constructor(@Inject(OIDC_SETTINGS) private readonly settings: OidcSettings | null) {}

  get isConfigured(): boolean {
    return this.settings !== null;
  }

  async authorizationUrl(flow: OidcFlow): Promise<URL> {
    const settings = this.requireSettings();
    const configuration = await this.discover(settings);
    return openid.buildAuthorizationUrl(configuration, {
      redirect_uri: settings.redirectUrl.href,
      scope: settings.scopes,
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await openid.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Exchanges the code in the callback's query for tokens and returns the verified identity. */
  async identify(callbackQuery: string, flow: OidcFlow): Promise<OidcIdentity> {
    const settings = this.requireSettings();
    const configuration = await this.discover(settings);
    // The URL the provider was told to send the browser to; the request's own Host is not trusted.
    const currentUrl = new URL(settings.redirectUrl);
    currentUrl.search = callbackQuery;
    try {
      const tokens = await openid.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      // Many providers put the e-mail claims only in the UserInfo answer when an access token is issued.
      const userInfo = configuration.serverMetadata().userinfo_endpoint
        ? await openid.fetchUserInfo(configuration, tokens.access_token, idToken.sub)
        : {};
      const claims: Record<string, unknown> = { ...idToken, ...userInfo };
      return {
        subject: idToken.sub,
        email: typeof claims.email === 'string' ? claims.email.toLowerCase() : undefined,
        emailVerified: claims.email_verified === true,
        name: typeof claims.name === 'string' ? claims.name : undefined,
      };
    } catch (error) {
      throw new OidcRefusal(refusalCodeFor(error), { detail: describe(error) });
    }
  }

  private requireSettings(): OidcSettings {
    if (!this.settings) throw new OidcRefusal('OIDC_NOT_CONFIGURED');
    return this.settings;
  }

  private discover(settings: OidcSettings): Promise<openid.Configuration> {
    // http is refused in production by the settings check; tests and development run a local provider.
    const options = settings.issuerUrl.protocol === 'http:' ? { execute: [openid.allowInsecureRequests] } : undefined;
    this.configuration ??= openid
      .discovery(settings.issuerUrl, settings.clientId, settings.clientSecret, undefined, options)
      .catch((error: unknown) => {
        this.configuration = null;
        throw new OidcRefusal('OIDC_PROVIDER_UNAVAILABLE', { detail: describe(error) });
      });
    return this.configuration;
  }
}

/** Sorts the library's errors into the refusals the user and the audit line can tell apart. */
function refusalCodeFor(error: unknown): OidcRefusalCode {
  if (error instanceof openid.ResponseBodyError) return error.error === 'invalid_grant' ? 'OIDC_CODE_REJECTED' : 'OIDC_PROVIDER_REFUSED';
  if (error instanceof openid.AuthorizationResponseError) return 'OIDC_PROVIDER_REFUSED';
  const chain = causes(error);
  const claim = chain.map((cause) => (cause as { claim?: unknown }).claim).find((value) => typeof value === 'string');
  const messages = chain.map((cause) => (cause instanceof Error ? cause.message : '')).join(' | ');
  if (claim === 'nonce') return 'OIDC_NONCE_MISMATCH';
  if (claim === 'iss' || messages.includes('"iss"')) return 'OIDC_ISSUER_MISMATCH';
  if (messages.includes('"state"')) return 'OIDC_STATE_MISMATCH';
  if (chain.some((cause) => cause instanceof TypeError && cause.message === 'fetch failed')) return 'OIDC_PROVIDER_UNAVAILABLE';
  return 'OIDC_INVALID_RESPONSE';
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && current !== null && chain.length < 5; current = (current as { cause?: unknown }).cause)
    chain.push(current);
  return chain;
}

/** The library's messages name what failed, never a token or a secret. */
function describe(error: unknown): string {
  return causes(error)
    .map((cause) => (cause instanceof Error ? cause.message : ''))
    .filter(Boolean)
    .join(': ');
}
