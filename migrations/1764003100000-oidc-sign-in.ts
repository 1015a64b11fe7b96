import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in with the organisation's identity provider (src/auth/oidc): the sign-in attempts under
 * way, the audit lines of every attempt, and accounts without a role (made at a first sign-in,
 * waiting for an administrator to grant one).
 */
export class OidcSignIn1764003100000 implements MigrationInterface {
  name = 'OidcSignIn1764003100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE oidc_sign_in_flows (
        key_hash bytea NOT NULL,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT oidc_sign_in_flows_pkey PRIMARY KEY (key_hash)
      )`);
    await db.query(`CREATE INDEX oidc_sign_in_flows_expires_at_idx ON oidc_sign_in_flows (expires_at)`);
    await db.query(`
      CREATE TABLE oidc_sign_in_events (
        id bigint GENERATED ALWAYS AS IDENTITY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        outcome text NOT NULL,
        code text,
        user_id uuid,
        email text,
        ip text NOT NULL,
        CONSTRAINT oidc_sign_in_events_pkey PRIMARY KEY (id),
        CONSTRAINT oidc_sign_in_events_outcome_check CHECK (outcome IN ('signed_in', 'refused')),
        CONSTRAINT oidc_sign_in_events_code_check CHECK ((outcome = 'refused') = (code IS NOT NULL)),
        CONSTRAINT oidc_sign_in_events_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX oidc_sign_in_events_user_idx ON oidc_sign_in_events (user_id, occurred_at)`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_roles_known_check`);
    await db.query(`
      ALTER TABLE users ADD CONSTRAINT users_roles_known_check CHECK (
        roles <@ ARRAY['owner','coach','secretary','reviewer','chair','committee_member','admin']::text[]
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM users WHERE cardinality(roles) = 0`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_roles_known_check`);
    await db.query(`
      ALTER TABLE users ADD CONSTRAINT users_roles_known_check CHECK (
        cardinality(roles) > 0 AND
        roles <@ ARRAY['owner','coach','secretary','reviewer','chair','committee_member','admin']::text[]
      )`);
    await db.query(`DROP TABLE oidc_sign_in_events`);
    await db.query(`DROP TABLE oidc_sign_in_flows`);
  }
}
