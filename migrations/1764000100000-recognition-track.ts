import type { MigrationInterface, QueryRunner } from 'typeorm';

const THEMES: [string, string, string][] = [
  ['eenzaamheid', 'Eenzaamheid', 'Loneliness'],
  ['discriminatie', 'Discriminatie', 'Discrimination'],
  ['diversiteit', 'Diversiteit', 'Diversity'],
  ['informele-zorg', 'Informele zorg / mantelzorgondersteuning', 'Informal care / carer support'],
  ['grensoverschrijdend-gedrag', 'Grensoverschrijdend gedrag', 'Transgressive behaviour'],
  ['armoede', 'Armoede', 'Poverty'],
  ['schulden', 'Schulden', 'Debt'],
  ['huiselijk-en-seksueel-geweld', 'Huiselijk en seksueel geweld', 'Domestic and sexual violence'],
  ['activering', 'Activering', 'Activation'],
  ['hulpverlening', 'Hulpverlening', 'Social care'],
  ['maatschappelijke-opvang', 'Maatschappelijke opvang', 'Shelter services'],
  ['ouderen', 'Ouderen(participatie)', 'Older people (participation)'],
  ['vrijwillige-inzet', 'Vrijwillige inzet', 'Volunteering'],
  ['wijkontwikkeling', 'Wijkontwikkeling / buurten', 'Neighbourhood development'],
  ['maatschappelijke-participatie', 'Maatschappelijke participatie', 'Social participation'],
  ['basisvaardigheden', 'Basisvaardigheden', 'Basic skills'],
];

export class RecognitionTrack1764000100000 implements MigrationInterface {
  name = 'RecognitionTrack1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE themes (
        slug text NOT NULL,
        name_nl text NOT NULL,
        name_en text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        CONSTRAINT themes_pkey PRIMARY KEY (slug),
        CONSTRAINT themes_slug_format_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
      )`);
    for (const [slug, nl, en] of THEMES)
      await db.query(`INSERT INTO themes (slug, name_nl, name_en) VALUES ($1, $2, $3)`, [slug, nl, en]);

    await db.query(`CREATE SEQUENCE application_reference_seq`);
    // ERK-2026-0042; past 9999 the number simply grows (ERK-2026-10000), it is never cut off.
    await db.query(`
      CREATE FUNCTION next_application_reference() RETURNS text LANGUAGE sql VOLATILE AS $$
        SELECT 'ERK-' || to_char(now(), 'YYYY') || '-' || CASE WHEN n < 10000 THEN lpad(n::text, 4, '0') ELSE n::text END
          FROM (SELECT nextval('application_reference_seq') AS n) AS next
      $$`);
    await db.query(`
      CREATE TABLE applications (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        reference text NOT NULL DEFAULT next_application_reference(),
        name text NOT NULL,
        organisation text NOT NULL,
        contact_name text NOT NULL,
        contact_email text NOT NULL,
        contact_phone text,
        summary text NOT NULL DEFAULT '',
        goal text NOT NULL DEFAULT '',
        target_group text NOT NULL DEFAULT '',
        approach text NOT NULL DEFAULT '',
        themes text[] NOT NULL DEFAULT '{}',
        target_level text NOT NULL,
        years_in_practice integer,
        organisations_count integer,
        has_handbook boolean,
        handbook_in_dutch boolean,
        has_process_evaluation boolean,
        coach_id uuid,
        created_by uuid NOT NULL,
        state text NOT NULL,
        state_detail jsonb,
        snapshot jsonb NOT NULL,
        machine_version integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        state_changed_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT applications_pkey PRIMARY KEY (id),
        CONSTRAINT applications_coach_fkey FOREIGN KEY (coach_id) REFERENCES users (id),
        CONSTRAINT applications_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT applications_target_level_check CHECK (target_level IN
          ('goed_beschreven','goed_onderbouwd','effectief_eerste','effectief_goede','effectief_sterke')),
        CONSTRAINT applications_years_in_practice_check CHECK (years_in_practice IS NULL OR years_in_practice BETWEEN 0 AND 200),
        CONSTRAINT applications_organisations_count_check CHECK (organisations_count IS NULL OR organisations_count BETWEEN 0 AND 100000),
        CONSTRAINT applications_version_check CHECK (version > 0)
      )`);
    await db.query(`CREATE UNIQUE INDEX applications_reference_key ON applications (reference)`);
    await db.query(`CREATE INDEX applications_state_idx ON applications (state)`);
    await db.query(`CREATE INDEX applications_coach_idx ON applications (coach_id)`);

    await db.query(`
      CREATE TABLE application_owners (
        application_id uuid NOT NULL,
        user_id uuid NOT NULL,
        added_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT application_owners_pkey PRIMARY KEY (application_id, user_id),
        CONSTRAINT application_owners_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT application_owners_user_fkey FOREIGN KEY (user_id) REFERENCES users (id)
      )`);
    await db.query(`CREATE INDEX application_owners_user_idx ON application_owners (user_id)`);
    await db.query(`
      CREATE TABLE application_owner_invitations (
        application_id uuid NOT NULL,
        email text NOT NULL,
        invited_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT application_owner_invitations_pkey PRIMARY KEY (application_id, email),
        CONSTRAINT application_owner_invitations_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT application_owner_invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES users (id),
        CONSTRAINT application_owner_invitations_email_lowercase_check CHECK (email = lower(email))
      )`);
    await db.query(`CREATE INDEX application_owner_invitations_email_idx ON application_owner_invitations (email)`);

    await db.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY,
        application_id uuid NOT NULL,
        actor_id uuid,
        actor_kind text NOT NULL,
        event_type text NOT NULL,
        from_state text,
        to_state text,
        payload jsonb NOT NULL DEFAULT '{}',
        internal_note text,
        visibility text NOT NULL DEFAULT 'involved',
        application_version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT audit_events_pkey PRIMARY KEY (id),
        CONSTRAINT audit_events_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT audit_events_actor_fkey FOREIGN KEY (actor_id) REFERENCES users (id),
        CONSTRAINT audit_events_visibility_check CHECK (visibility IN ('involved', 'staff'))
      )`);
    await db.query(`CREATE INDEX audit_events_application_idx ON audit_events (application_id, id)`);
    // Append-only, enforced by the database itself: no UPDATE and no DELETE, whoever asks.
    await db.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);

    await db.query(`
      CREATE TABLE outbox (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        available_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        CONSTRAINT outbox_pkey PRIMARY KEY (id),
        CONSTRAINT outbox_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id)
      )`);
    await db.query(`CREATE INDEX outbox_pending_idx ON outbox (created_at) WHERE dispatched_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox`);
    await db.query(`DROP TABLE audit_events`);
    await db.query(`DROP FUNCTION audit_events_refuse_change`);
    await db.query(`DROP TABLE application_owner_invitations`);
    await db.query(`DROP TABLE application_owners`);
    await db.query(`DROP TABLE applications`);
    await db.query(`DROP FUNCTION next_application_reference`);
    await db.query(`DROP SEQUENCE application_reference_seq`);
    await db.query(`DROP TABLE themes`);
  }
}
