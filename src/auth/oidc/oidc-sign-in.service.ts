import { Injectable } from '@nestjs/common';
import * as openid from 'openid-client';
import type { User } from '../../users/user.entity.js';
import { SessionsService } from '../sessions.service.js';
import { OidcAccounts } from './oidc-accounts.js';
import { OidcClient } from './oidc-client.js';
import { OidcFlows } from './oidc-flows.js';
import { OidcRefusal } from './oidc-refusal.js';
import { OidcSignInAudit } from './oidc-sign-in-audit.js';

export interface StartedOidcFlow {
  flowKey: string;
  authorizationUrl: URL;
}

export interface OidcSession {
  user: User;
  token: string;
  expiresAt: Date;
}

/**
 * Sign-in with the identity provider: start an attempt (state, nonce, PKCE verifier kept on the
 * server), then finish it from the callback with the app's own kind of session. Every refusal is
 * audited and thrown as an OidcRefusal; no session exists unless every check passed. The app's
 * TOTP is not asked for here: the identity provider does the organisation's multi-factor
 * authentication (docs/decisions/0023).
 */
@Injectable()
export class OidcSignIn {
  constructor(
    private readonly client: OidcClient,
    private readonly flows: OidcFlows,
    private readonly accounts: OidcAccounts,
    private readonly sessions: SessionsService,
    private readonly audit: OidcSignInAudit,
  ) {}

  get isConfigured(): boolean {
    return this.client.isConfigured;
  }

  start(ip: string): Promise<StartedOidcFlow> {
    return this.audited(ip, async () => {
      const flow = { state: openid.randomState(), nonce: openid.randomNonce(), codeVerifier: openid.randomPKCECodeVerifier() };
      const authorizationUrl = await this.client.authorizationUrl(flow);
      return { flowKey: await this.flows.begin(flow), authorizationUrl };
    });
  }

  async finish(flowKey: string | undefined, callbackQuery: string, ip: string): Promise<OidcSession> {
    const session = await this.audited(ip, async () => {
      if (!this.client.isConfigured) throw new OidcRefusal('OIDC_NOT_CONFIGURED');
      const flow = flowKey ? await this.flows.take(flowKey) : null;
      if (!flow) throw new OidcRefusal('OIDC_FLOW_UNKNOWN');
      const user = await this.accounts.accountFor(await this.client.identify(callbackQuery, flow));
      return { user, ...(await this.sessions.start(user.id)) };
    });
    await this.audit.record({ outcome: 'signed_in', userId: session.user.id }, ip);
    return session;
  }

  private async audited<T>(ip: string, attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof OidcRefusal) await this.audit.record({ outcome: 'refused', code: error.code, ...error.context }, ip);
      throw error;
    }
  }
}
