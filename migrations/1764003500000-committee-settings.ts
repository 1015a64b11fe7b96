import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The national procedure as it stood when settings per committee came in (frozen here: later code may change its defaults). */
const NATIONAL_PROCEDURE_2026 = {
  levels: [
    { level: 'goed_beschreven', labelNl: 'Goed beschreven', labelEn: 'Well described', validityYears: 5 },
    { level: 'goed_onderbouwd', labelNl: 'Goed onderbouwd', labelEn: 'Well founded', validityYears: 5 },
    { level: 'effectief_eerste', labelNl: 'Effectief – eerste aanwijzingen', labelEn: 'Effective – first indications', validityYears: 5 },
    { level: 'effectief_goede', labelNl: 'Effectief – goede aanwijzingen', labelEn: 'Effective – good indications', validityYears: 5 },
    { level: 'effectief_sterke', labelNl: 'Effectief – sterke aanwijzingen', labelEn: 'Effective – strong indications', validityYears: 5 },
  ],
  openToApplications: true,
  closedMessageNl: null,
  closedMessageEn: null,
  objectionWindowDays: 42,
  conditionsPeriodMonths: 6,
};

/**
 * Procedure settings per committee, versioned: every save is a new row (append-only), and an
 * application records the committee and the settings version it was started under. Every existing
 * committee gets version 1 with the national procedure; when there is exactly one committee, the
 * existing applications are its cases under that version (docs/decisions/0027).
 */
export class CommitteeSettings1764003500000 implements MigrationInterface {
  name = 'CommitteeSettings1764003500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE committee_settings (
        committee_id uuid NOT NULL,
        version integer NOT NULL,
        settings jsonb NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committee_settings_pkey PRIMARY KEY (committee_id, version),
        CONSTRAINT committee_settings_committee_id_fkey FOREIGN KEY (committee_id) REFERENCES committees (id) ON DELETE CASCADE,
        CONSTRAINT committee_settings_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT committee_settings_version_check CHECK (version >= 1),
        CONSTRAINT committee_settings_settings_check CHECK (jsonb_typeof(settings) = 'object')
      )`);
    await db.query(`
      CREATE FUNCTION committee_settings_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          RAISE EXCEPTION 'committee_settings versions are never changed: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER committee_settings_append_only BEFORE UPDATE ON committee_settings
        FOR EACH ROW EXECUTE FUNCTION committee_settings_refuse_change()`);
    await db.query(`INSERT INTO committee_settings (committee_id, version, settings) SELECT id, 1, $1::jsonb FROM committees`, [
      JSON.stringify(NATIONAL_PROCEDURE_2026),
    ]);

    await db.query(`
      ALTER TABLE applications
        ADD COLUMN committee_id uuid,
        ADD COLUMN settings_version integer,
        ADD CONSTRAINT applications_committee_settings_fkey FOREIGN KEY (committee_id, settings_version) REFERENCES committee_settings (committee_id, version),
        ADD CONSTRAINT applications_committee_settings_check CHECK ((committee_id IS NULL) = (settings_version IS NULL))`);
    await db.query(`CREATE INDEX applications_committee_id_settings_version_idx ON applications (committee_id, settings_version)`);
    await db.query(`
      UPDATE applications SET committee_id = sole.id, settings_version = 1
        FROM (SELECT id FROM committees) sole
       WHERE (SELECT count(*) FROM committees) = 1`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX applications_committee_id_settings_version_idx`);
    await db.query(`ALTER TABLE applications DROP CONSTRAINT applications_committee_settings_check, DROP CONSTRAINT applications_committee_settings_fkey, DROP COLUMN settings_version, DROP COLUMN committee_id`);
    await db.query(`DROP TABLE committee_settings`);
    await db.query(`DROP FUNCTION committee_settings_refuse_change()`);
  }
}
