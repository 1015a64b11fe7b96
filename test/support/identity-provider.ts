import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';

export interface IdentityProviderAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface IdentityProvider {
  issuer: string;
  /** Accounts by subject; a test adds the people who may sign in. */
  accounts: Map<string, IdentityProviderAccount>;
  /** Registers the app as a client with this callback URL; before it, the provider answers 503. */
  registerClient(redirectUri: string): void;
  /** Who the provider's login step signs in from now on, whichever browser comes along. */
  signInAs(subject: string): void;
  /**
   * Follows an authorization URL through the provider as a browser would, signing in as `subject`
   * without a form, and returns the URL the provider sends the browser back to (the registered callback).
   */
  signIn(authorizationUrl: string, subject: string): Promise<URL>;
  close(): Promise<void>;
}

export const TEST_CLIENT_ID = 'erkenningstraject';
export const TEST_CLIENT_SECRET = 'test-client-secret-of-at-least-32-characters';

/**
 * A real OpenID Connect provider (oidc-provider, certified by the OpenID Foundation) on a free
 * local port, with the app registered as a confidential client that must use PKCE. Its only
 * shortcut is the login screen: whoever `signIn` names is signed in, with consent granted.
 */
export async function startIdentityProvider(): Promise<IdentityProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, IdentityProviderAccount>();
  let signingInAs = '';
  let registered: { redirectUri: string; provider: Provider; handle: ReturnType<Provider['callback']> } | undefined;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const createProvider = (redirectUri: string) => new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['identity-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // Its in-memory storage and short lifetimes, set explicitly, so the provider does not warn about defaults.
    adapter: createMemoryAdapter(),
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    findAccount: async (_ctx, id) => {
      const account = accounts.get(id);
      return account ? { accountId: id, claims: async () => ({ sub: id, ...account }) } : undefined;
    },
    // A first-party client: consent is given with the sign-in.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  server.on('request', (request, response) => {
    if (!registered) {
      response.statusCode = 503;
      return response.end('No client registered yet');
    }
    if (!request.url?.startsWith('/interaction/')) return registered.handle(request, response);
    registered.provider.interactionFinished(request, response, { login: { accountId: signingInAs } }, { mergeWithLastSubmission: false }).catch((error: Error) => {
      response.statusCode = 500;
      response.end(error.message);
    });
  });

  return {
    issuer,
    accounts,
    registerClient(redirectUri) {
      const provider = createProvider(redirectUri);
      registered = { redirectUri, provider, handle: provider.callback() };
    },
    signInAs(subject) {
      signingInAs = subject;
    },
    async signIn(authorizationUrl, subject) {
      if (!registered) throw new Error('registerClient first');
      const { redirectUri } = registered;
      signingInAs = subject;
      const cookies = new Map<string, string>();
      let next = new URL(authorizationUrl);
      for (let hop = 0; hop < 10; hop += 1) {
        const response = await fetch(next, {
          redirect: 'manual',
          headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
        });
        for (const cookie of response.headers.getSetCookie()) {
          const [pair] = cookie.split(';');
          const separator = pair.indexOf('=');
          const [name, value] = [pair.slice(0, separator), pair.slice(separator + 1)];
          if (value && !/expires=Thu, 01 Jan 1970/i.test(cookie)) cookies.set(name, value);
          else cookies.delete(name);
        }
        const location = response.headers.get('location');
        if (!location) throw new Error(`The identity provider stopped at ${next.pathname} with ${response.status}: ${await response.text()}`);
        next = new URL(location, next);
        if (next.href.startsWith(redirectUri)) return next;
      }
      throw new Error('The identity provider redirected more than 10 times');
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
