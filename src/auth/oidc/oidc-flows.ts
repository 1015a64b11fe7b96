import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashSessionToken } from '../session-token.js';

/** How long a browser may take at the identity provider before the attempt expires. */
export const OIDC_FLOW_TTL_SECONDS = 600;

/** What the callback checks the answer of the identity provider against. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
}

interface FlowRow {
  state: string;
  nonce: string;
  code_verifier: string;
}

/**
 * Sign-in attempts under way, in PostgreSQL. The browser holds a random key in a cookie; the row
 * (found by the key's hash) holds the state, nonce and PKCE verifier. Taking a flow deletes it in
 * the same statement, so an attempt completes at most once: a replayed callback finds nothing.
 */
@Injectable()
export class OidcFlows {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a new attempt and returns the key for the browser's cookie. */
  async begin(flow: OidcFlow): Promise<string> {
    const key = randomBytes(32).toString('base64url');
    // Attempts nobody finished would otherwise stay; the index makes this cheap.
    await this.dataSource.query(`DELETE FROM oidc_sign_in_flows WHERE expires_at < now()`);
    await this.dataSource.query(
      `INSERT INTO oidc_sign_in_flows (key_hash, state, nonce, code_verifier, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
      [hashSessionToken(key), flow.state, flow.nonce, flow.codeVerifier, OIDC_FLOW_TTL_SECONDS],
    );
    return key;
  }

  /** The live attempt for the key, removed as it is read; null when unknown, used or expired. */
  async take(key: string): Promise<OidcFlow | null> {
    const [rows]: [FlowRow[], number] = await this.dataSource.query(
      `DELETE FROM oidc_sign_in_flows WHERE key_hash = $1 RETURNING state, nonce, code_verifier, expires_at > now() AS live`,
      [hashSessionToken(key)],
    );
    const row = rows[0] as (FlowRow & { live: boolean }) | undefined;
    if (!row?.live) return null;
    return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier };
  }
}
