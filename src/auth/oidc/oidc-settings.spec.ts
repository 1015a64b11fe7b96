import { loadConfig } from '../../config/app-config.js';
import { oidcSettings } from './oidc-settings.js';

const complete = {
  APP_URL: 'https://erkenningen.movisie.example',
  OIDC_ISSUER_URL: 'https://login.movisie.example/realms/staff',
  OIDC_CLIENT_ID: 'erkenningstraject',
  OIDC_CLIENT_SECRET: 'a-secret-from-the-identity-provider',
  OIDC_BUTTON_LABEL: 'Movisie',
};

const settingsFor = (env: Record<string, string>) => oidcSettings(loadConfig({ NODE_ENV: 'production', ...env }));

describe('OIDC settings', () => {
  it('are off without an issuer', () => {
    expect(settingsFor({})).toBeNull();
  });

  it('default the scopes and the redirect URL on APP_URL', () => {
    expect(settingsFor(complete)).toMatchObject({
      issuerUrl: new URL(complete.OIDC_ISSUER_URL),
      clientId: 'erkenningstraject',
      redirectUrl: new URL('https://erkenningen.movisie.example/auth/oidc/callback'),
      scopes: 'openid email profile',
      buttonLabel: 'Movisie',
    });
  });

  it.each([
    [{ OIDC_CLIENT_ID: '' }, 'OIDC_CLIENT_ID must be set when OIDC_ISSUER_URL is'],
    [{ OIDC_CLIENT_SECRET: '' }, 'OIDC_CLIENT_SECRET must be set when OIDC_ISSUER_URL is'],
    [{ OIDC_BUTTON_LABEL: '' }, 'OIDC_BUTTON_LABEL must be set when OIDC_ISSUER_URL is'],
    [{ OIDC_ISSUER_URL: '' }, 'OIDC_ISSUER_URL must be set when OIDC_CLIENT_ID is'],
    [{ OIDC_ISSUER_URL: 'http://login.movisie.example' }, 'OIDC_ISSUER_URL must be an https URL in production'],
    [{ OIDC_SCOPES: 'openid profile' }, 'OIDC_SCOPES must include email'],
    [{ OIDC_REDIRECT_URL: 'https://elders.example/auth/oidc/callback' }, 'OIDC_REDIRECT_URL must be on the origin of APP_URL'],
    [{ OIDC_REDIRECT_URL: 'https://erkenningen.movisie.example/terug' }, 'OIDC_REDIRECT_URL must end in /auth/oidc/callback'],
  ])('refuse to start with %o', (change, message) => {
    expect(() => settingsFor({ ...complete, ...change })).toThrow(`Invalid configuration: ${message}`);
  });
});
