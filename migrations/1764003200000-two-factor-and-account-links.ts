import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (a TOTP secret per user, one-time recovery codes), one-time account links
 * (invitation and password reset, stored as hashes), what a session list shows (device, last
 * seen), and an append-only log of sign-in and account events. An invited account has no
 * password until its owner sets one through the link.
 */
export class TwoFactorAndAccountLinks1764003200000 implements MigrationInterface {
  name = 'TwoFactorAndAccountLinks1764003200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL`);
    await db.query(`
      CREATE TABLE user_two_factor (
        user_id uuid NOT NULL,
        secret text NOT NULL,
        confirmed_at timestamptz,
        last_used_step bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_two_factor_pkey PRIMARY KEY (user_id),
        CONSTRAINT user_two_factor_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE user_recovery_codes (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        code_hash bytea NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_recovery_codes_pkey PRIMARY KEY (id),
        CONSTRAINT user_recovery_codes_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT user_recovery_codes_code_key UNIQUE (user_id, code_hash)
      )`);
    await db.query(`
      CREATE TABLE account_links (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        purpose text NOT NULL,
        token_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_links_pkey PRIMARY KEY (id),
        CONSTRAINT account_links_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT account_links_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT account_links_purpose_check CHECK (purpose IN ('invitation', 'password_reset'))
      )`);
    await db.query(`CREATE UNIQUE INDEX account_links_token_hash_key ON account_links (token_hash)`);
    await db.query(`CREATE INDEX account_links_user_idx ON account_links (user_id, purpose) WHERE used_at IS NULL`);
    await db.query(`
      CREATE TABLE auth_audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY,
        user_id uuid,
        actor_id uuid,
        event_type text NOT NULL,
        ip text,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT auth_audit_events_pkey PRIMARY KEY (id)
      )`);
    await db.query(`CREATE INDEX auth_audit_events_user_idx ON auth_audit_events (user_id, id)`);
    await db.query(`ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN user_agent text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN last_seen_at, DROP COLUMN user_agent`);
    await db.query(`DROP TABLE auth_audit_events`);
    await db.query(`DROP TABLE account_links`);
    await db.query(`DROP TABLE user_recovery_codes`);
    await db.query(`DROP TABLE user_two_factor`);
    await db.query(`UPDATE users SET password_hash = '!' WHERE password_hash IS NULL`);
    await db.query(`ALTER TABLE users ALTER COLUMN password_hash SET NOT NULL`);
  }
}
