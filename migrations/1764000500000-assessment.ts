import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = `('goed_beschreven','goed_onderbouwd','effectief_eerste','effectief_goede','effectief_sterke')`;

/** Assessment: reviewer profiles, panels (invitations, members, alternates) and structured reviews. */
export class Assessment1764000500000 implements MigrationInterface {
  name = 'Assessment1764000500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reviewer_profiles (
        user_id uuid NOT NULL,
        kind text,
        themes text[] NOT NULL DEFAULT '{}',
        organisation text,
        expertise text NOT NULL DEFAULT '',
        max_concurrent_reviews integer NOT NULL DEFAULT 3,
        accepting_invitations boolean NOT NULL DEFAULT true,
        unavailable_periods jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reviewer_profiles_pkey PRIMARY KEY (user_id),
        CONSTRAINT reviewer_profiles_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT reviewer_profiles_kind_check CHECK (kind IS NULL OR kind IN ('science', 'practice')),
        CONSTRAINT reviewer_profiles_max_concurrent_reviews_check CHECK (max_concurrent_reviews BETWEEN 0 AND 50),
        CONSTRAINT reviewer_profiles_unavailable_periods_check CHECK (jsonb_typeof(unavailable_periods) = 'array')
      )`);
    await db.query(`CREATE INDEX reviewer_profiles_themes_idx ON reviewer_profiles USING gin (themes)`);

    await db.query(`
      CREATE TABLE panel_alternates (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        reviewer_id uuid NOT NULL,
        kind text NOT NULL,
        rank integer NOT NULL,
        status text NOT NULL DEFAULT 'waiting',
        skip_reason text,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT panel_alternates_pkey PRIMARY KEY (id),
        CONSTRAINT panel_alternates_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT panel_alternates_reviewer_fkey FOREIGN KEY (reviewer_id) REFERENCES users (id),
        CONSTRAINT panel_alternates_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT panel_alternates_kind_check CHECK (kind IN ('science', 'practice')),
        CONSTRAINT panel_alternates_status_check CHECK (status IN ('waiting', 'invited', 'skipped')),
        CONSTRAINT panel_alternates_rank_check CHECK (rank > 0)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX panel_alternates_waiting_key ON panel_alternates (application_id, reviewer_id) WHERE status = 'waiting'`,
    );
    await db.query(`CREATE INDEX panel_alternates_application_idx ON panel_alternates (application_id, status, rank)`);

    await db.query(`
      CREATE TABLE panel_invitations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        reviewer_id uuid NOT NULL,
        kind text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        invited_by uuid,
        alternate_id uuid,
        invited_at timestamptz NOT NULL DEFAULT now(),
        response_due_at timestamptz NOT NULL,
        responded_at timestamptz,
        closed_at timestamptz,
        decline_reason text,
        conflict_description text,
        CONSTRAINT panel_invitations_pkey PRIMARY KEY (id),
        CONSTRAINT panel_invitations_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT panel_invitations_reviewer_fkey FOREIGN KEY (reviewer_id) REFERENCES users (id),
        CONSTRAINT panel_invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES users (id),
        CONSTRAINT panel_invitations_alternate_fkey FOREIGN KEY (alternate_id) REFERENCES panel_alternates (id) ON DELETE SET NULL,
        CONSTRAINT panel_invitations_kind_check CHECK (kind IN ('science', 'practice')),
        CONSTRAINT panel_invitations_status_check CHECK (status IN ('pending', 'accepted', 'declined', 'conflict', 'expired', 'withdrawn')),
        CONSTRAINT panel_invitations_closed_check CHECK ((status = 'pending') = (closed_at IS NULL)),
        CONSTRAINT panel_invitations_responded_check CHECK (status NOT IN ('accepted', 'declined', 'conflict') OR responded_at IS NOT NULL),
        CONSTRAINT panel_invitations_decline_reason_check CHECK (status <> 'declined' OR decline_reason IS NOT NULL),
        CONSTRAINT panel_invitations_conflict_description_check CHECK (status <> 'conflict' OR conflict_description IS NOT NULL)
      )`);
    // One live invitation per reviewer and application: pending or accepted.
    await db.query(
      `CREATE UNIQUE INDEX panel_invitations_live_key ON panel_invitations (application_id, reviewer_id) WHERE status IN ('pending', 'accepted')`,
    );
    await db.query(`CREATE INDEX panel_invitations_reviewer_idx ON panel_invitations (reviewer_id, status)`);
    await db.query(`CREATE INDEX panel_invitations_due_idx ON panel_invitations (response_due_at) WHERE status = 'pending'`);

    await db.query(`
      CREATE TABLE panel_members (
        application_id uuid NOT NULL,
        reviewer_id uuid NOT NULL,
        kind text NOT NULL,
        letter text NOT NULL,
        status text NOT NULL DEFAULT 'active',
        invitation_id uuid NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        removed_by uuid,
        removal_reason text,
        CONSTRAINT panel_members_pkey PRIMARY KEY (application_id, reviewer_id),
        CONSTRAINT panel_members_letter_key UNIQUE (application_id, letter),
        CONSTRAINT panel_members_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT panel_members_reviewer_fkey FOREIGN KEY (reviewer_id) REFERENCES users (id),
        CONSTRAINT panel_members_invitation_fkey FOREIGN KEY (invitation_id) REFERENCES panel_invitations (id),
        CONSTRAINT panel_members_removed_by_fkey FOREIGN KEY (removed_by) REFERENCES users (id),
        CONSTRAINT panel_members_kind_check CHECK (kind IN ('science', 'practice')),
        CONSTRAINT panel_members_status_check CHECK (status IN ('active', 'removed')),
        CONSTRAINT panel_members_letter_check CHECK (letter ~ '^[A-Z]+$'),
        CONSTRAINT panel_members_removed_check CHECK ((status = 'removed') = (removed_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX panel_members_reviewer_idx ON panel_members (reviewer_id) WHERE status = 'active'`);

    await db.query(`
      CREATE TABLE reviews (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        reviewer_id uuid NOT NULL,
        round integer NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        criteria jsonb NOT NULL DEFAULT '[]',
        proposed_level text,
        no_level_reached boolean NOT NULL DEFAULT false,
        feedback_for_owner text NOT NULL DEFAULT '',
        confidential_remarks text NOT NULL DEFAULT '',
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reviews_pkey PRIMARY KEY (id),
        CONSTRAINT reviews_application_reviewer_round_key UNIQUE (application_id, reviewer_id, round),
        CONSTRAINT reviews_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT reviews_reviewer_fkey FOREIGN KEY (reviewer_id) REFERENCES users (id),
        CONSTRAINT reviews_round_check CHECK (round > 0),
        CONSTRAINT reviews_status_check CHECK (status IN ('draft', 'submitted')),
        CONSTRAINT reviews_submitted_at_check CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
        CONSTRAINT reviews_proposed_level_check CHECK (proposed_level IS NULL OR proposed_level IN ${LEVELS}),
        CONSTRAINT reviews_no_level_reached_check CHECK (NOT (no_level_reached AND proposed_level IS NOT NULL)),
        CONSTRAINT reviews_criteria_check CHECK (jsonb_typeof(criteria) = 'array')
      )`);
    await db.query(`CREATE INDEX reviews_application_round_idx ON reviews (application_id, round, status)`);
    await db.query(`CREATE INDEX reviews_reviewer_idx ON reviews (reviewer_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE reviews`);
    await db.query(`DROP TABLE panel_members`);
    await db.query(`DROP TABLE panel_invitations`);
    await db.query(`DROP TABLE panel_alternates`);
    await db.query(`DROP TABLE reviewer_profiles`);
  }
}
