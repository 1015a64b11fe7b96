import type { MigrationInterface, QueryRunner } from 'typeorm';

const VERDICTS = `('recognised', 'conditionally_recognised', 'deferred', 'not_recognised')`;
const LEVELS = `('goed_beschreven', 'goed_onderbouwd', 'effectief_eerste', 'effectief_goede', 'effectief_sterke')`;

/** Committees, their meetings and agendas, decisions, objections and decision letters. */
export class Committee1764000600000 implements MigrationInterface {
  name = 'Committee1764000600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE committees (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        databank text NOT NULL,
        chair_id uuid NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committees_pkey PRIMARY KEY (id),
        CONSTRAINT committees_chair_id_fkey FOREIGN KEY (chair_id) REFERENCES users (id),
        CONSTRAINT committees_name_check CHECK (length(name) BETWEEN 2 AND 200),
        CONSTRAINT committees_databank_check CHECK (length(databank) BETWEEN 2 AND 200)
      )`);
    await db.query(`CREATE UNIQUE INDEX committees_name_key ON committees (lower(name))`);
    await db.query(`CREATE INDEX committees_chair_id_idx ON committees (chair_id)`);

    await db.query(`
      CREATE TABLE committee_members (
        committee_id uuid NOT NULL,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committee_members_pkey PRIMARY KEY (committee_id, user_id),
        CONSTRAINT committee_members_committee_id_fkey FOREIGN KEY (committee_id) REFERENCES committees (id) ON DELETE CASCADE,
        CONSTRAINT committee_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)
      )`);
    await db.query(`CREATE INDEX committee_members_user_id_idx ON committee_members (user_id)`);

    await db.query(`
      CREATE TABLE committee_meetings (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        committee_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        location text NOT NULL DEFAULT '',
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committee_meetings_pkey PRIMARY KEY (id),
        CONSTRAINT committee_meetings_committee_id_fkey FOREIGN KEY (committee_id) REFERENCES committees (id),
        CONSTRAINT committee_meetings_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT committee_meetings_location_check CHECK (length(location) <= 200)
      )`);
    await db.query(`CREATE INDEX committee_meetings_committee_id_starts_at_idx ON committee_meetings (committee_id, starts_at)`);

    // An application is on at most one agenda per review round; the track keeps it on one at a time.
    await db.query(`
      CREATE TABLE agenda_items (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        application_id uuid NOT NULL,
        round integer NOT NULL,
        position integer NOT NULL,
        added_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agenda_items_pkey PRIMARY KEY (id),
        CONSTRAINT agenda_items_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES committee_meetings (id),
        CONSTRAINT agenda_items_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT agenda_items_added_by_fkey FOREIGN KEY (added_by) REFERENCES users (id),
        CONSTRAINT agenda_items_application_id_round_key UNIQUE (application_id, round),
        CONSTRAINT agenda_items_round_check CHECK (round > 0),
        CONSTRAINT agenda_items_position_check CHECK (position > 0)
      )`);
    await db.query(`CREATE INDEX agenda_items_meeting_id_position_idx ON agenda_items (meeting_id, position)`);

    await db.query(`
      CREATE TABLE decisions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        committee_id uuid NOT NULL,
        meeting_id uuid,
        round integer NOT NULL,
        kind text NOT NULL DEFAULT 'decision',
        verdict text NOT NULL,
        level text,
        motivation text,
        conditions text,
        conditions_deadline timestamptz,
        questions text,
        panel jsonb NOT NULL,
        departs_from_panel boolean NOT NULL,
        decided_by uuid NOT NULL,
        decided_at timestamptz NOT NULL,
        conditions_met_at timestamptz,
        conditions_met_by uuid,
        lapsed_at timestamptz,
        revision_answers text,
        revision_submitted_at timestamptz,
        revision_submitted_by uuid,
        superseded_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT decisions_pkey PRIMARY KEY (id),
        CONSTRAINT decisions_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT decisions_committee_id_fkey FOREIGN KEY (committee_id) REFERENCES committees (id),
        CONSTRAINT decisions_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES committee_meetings (id),
        CONSTRAINT decisions_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES users (id),
        CONSTRAINT decisions_conditions_met_by_fkey FOREIGN KEY (conditions_met_by) REFERENCES users (id),
        CONSTRAINT decisions_revision_submitted_by_fkey FOREIGN KEY (revision_submitted_by) REFERENCES users (id),
        -- Deferred: the replaced row points at its replacement before that row is inserted (see the unique index below).
        CONSTRAINT decisions_superseded_by_fkey FOREIGN KEY (superseded_by) REFERENCES decisions (id) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT decisions_kind_check CHECK (kind IN ('decision', 'objection')),
        CONSTRAINT decisions_verdict_check CHECK (verdict IN ${VERDICTS}),
        CONSTRAINT decisions_level_check CHECK (level IN ${LEVELS}),
        CONSTRAINT decisions_round_check CHECK (round > 0),
        CONSTRAINT decisions_level_verdict_check CHECK ((verdict IN ('recognised', 'conditionally_recognised')) = (level IS NOT NULL)),
        CONSTRAINT decisions_conditions_check CHECK (
          (verdict = 'conditionally_recognised') = (conditions IS NOT NULL AND conditions_deadline IS NOT NULL)),
        CONSTRAINT decisions_questions_check CHECK ((verdict = 'deferred') = (questions IS NOT NULL)),
        CONSTRAINT decisions_motivation_check CHECK (
          motivation IS NOT NULL OR (verdict <> 'not_recognised' AND NOT departs_from_panel))
      )`);
    await db.query(`CREATE INDEX decisions_application_id_idx ON decisions (application_id, decided_at)`);
    await db.query(`CREATE INDEX decisions_committee_id_idx ON decisions (committee_id)`);
    // One standing decision per review round; an objection's replacement supersedes the earlier one.
    await db.query(`CREATE UNIQUE INDEX decisions_application_id_round_key ON decisions (application_id, round) WHERE superseded_by IS NULL`);

    await db.query(`
      CREATE TABLE objections (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        decision_id uuid NOT NULL,
        grounds text NOT NULL,
        lodged_by uuid NOT NULL,
        lodged_at timestamptz NOT NULL,
        outcome text,
        motivation text,
        resolved_by uuid,
        resolved_at timestamptz,
        replacement_decision_id uuid,
        CONSTRAINT objections_pkey PRIMARY KEY (id),
        CONSTRAINT objections_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT objections_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES decisions (id),
        CONSTRAINT objections_lodged_by_fkey FOREIGN KEY (lodged_by) REFERENCES users (id),
        CONSTRAINT objections_resolved_by_fkey FOREIGN KEY (resolved_by) REFERENCES users (id),
        CONSTRAINT objections_replacement_decision_id_fkey FOREIGN KEY (replacement_decision_id) REFERENCES decisions (id),
        CONSTRAINT objections_decision_id_key UNIQUE (decision_id),
        CONSTRAINT objections_outcome_check CHECK (outcome IN ('upheld', 'replaced')),
        CONSTRAINT objections_resolution_check CHECK (
          (outcome IS NULL AND resolved_at IS NULL AND resolved_by IS NULL AND motivation IS NULL)
          OR (outcome IS NOT NULL AND resolved_at IS NOT NULL AND resolved_by IS NOT NULL AND motivation IS NOT NULL)),
        CONSTRAINT objections_replacement_check CHECK ((outcome = 'replaced') = (replacement_decision_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX objections_application_id_idx ON objections (application_id)`);

    await db.query(`
      CREATE TABLE decision_letters (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        decision_id uuid NOT NULL,
        objection_id uuid,
        storage_key text NOT NULL,
        sha256 text NOT NULL,
        size_bytes integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT decision_letters_pkey PRIMARY KEY (id),
        CONSTRAINT decision_letters_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT decision_letters_decision_id_fkey FOREIGN KEY (decision_id) REFERENCES decisions (id),
        CONSTRAINT decision_letters_objection_id_fkey FOREIGN KEY (objection_id) REFERENCES objections (id),
        CONSTRAINT decision_letters_storage_key_key UNIQUE (storage_key),
        CONSTRAINT decision_letters_hash_format_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT decision_letters_size_bytes_check CHECK (size_bytes > 0)
      )`);
    // One letter per decision, and one per decision on an objection.
    await db.query(`CREATE UNIQUE INDEX decision_letters_decision_id_key ON decision_letters (decision_id) WHERE objection_id IS NULL`);
    await db.query(`CREATE UNIQUE INDEX decision_letters_objection_id_key ON decision_letters (objection_id) WHERE objection_id IS NOT NULL`);
    await db.query(`CREATE INDEX decision_letters_application_id_idx ON decision_letters (application_id, created_at)`);

    // Who sits on the committee that has (or had) an application: on one of its meetings' agendas or decided by it.
    await db.query(`
      CREATE VIEW committee_case_seats AS
      WITH cases AS (
        SELECT a.application_id, m.committee_id
          FROM agenda_items a JOIN committee_meetings m ON m.id = a.meeting_id
        UNION
        SELECT d.application_id, d.committee_id FROM decisions d
      ), seats AS (
        SELECT c.id AS committee_id, c.chair_id AS user_id, true AS is_chair FROM committees c
        UNION ALL
        SELECT cm.committee_id, cm.user_id, false FROM committee_members cm
      )
      SELECT cases.application_id, seats.committee_id, seats.user_id, seats.is_chair
        FROM cases JOIN seats ON seats.committee_id = cases.committee_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW committee_case_seats`);
    await db.query(`DROP TABLE decision_letters`);
    await db.query(`DROP TABLE objections`);
    await db.query(`DROP TABLE decisions`);
    await db.query(`DROP TABLE agenda_items`);
    await db.query(`DROP TABLE committee_meetings`);
    await db.query(`DROP TABLE committee_members`);
    await db.query(`DROP TABLE committees`);
  }
}
