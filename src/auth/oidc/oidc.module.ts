import { Module } from '@nestjs/common';
import { OidcAccounts } from './oidc-accounts.js';
import { OidcClient } from './oidc-client.js';
import { OidcController } from './oidc.controller.js';
import { OidcFlows } from './oidc-flows.js';
import { OidcSignIn } from './oidc-sign-in.service.js';
import { OidcSignInAudit } from './oidc-sign-in-audit.js';
import { oidcSettingsProvider } from './oidc-settings.provider.js';

/** Sign-in with the organisation's identity provider over OpenID Connect (off unless configured). */
@Module({
  controllers: [OidcController],
  providers: [oidcSettingsProvider, OidcClient, OidcFlows, OidcAccounts, OidcSignInAudit, OidcSignIn],
})
export class OidcModule {}
