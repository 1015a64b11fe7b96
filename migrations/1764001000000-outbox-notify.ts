import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every statement that leaves outbox rows pending tells the relay when the earliest of them is
 * due, on the channel `outbox` (payload: epoch milliseconds of the database clock). A NOTIFY is
 * delivered when its transaction commits, so the relay never wakes for a row it cannot see yet,
 * and once per statement, so a bulk insert costs one notification. Updates notify only when a row
 * becomes pending again (the watchdog) or is brought forward, not when the relay records a failed
 * try, so an outage does not make the relay spin.
 */
export class OutboxNotify1764001000000 implements MigrationInterface {
  name = 'OutboxNotify1764001000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION outbox_notify_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE due timestamptz;
      BEGIN
        SELECT min(available_at) INTO due FROM outbox_inserted WHERE dispatched_at IS NULL;
        IF due IS NOT NULL THEN
          PERFORM pg_notify('outbox', ceil(extract(epoch FROM due) * 1000)::bigint::text);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION outbox_notify_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE due timestamptz;
      BEGIN
        SELECT min(n.available_at) INTO due
          FROM outbox_after n JOIN outbox_before o ON o.id = n.id
         WHERE n.dispatched_at IS NULL AND (o.dispatched_at IS NOT NULL OR n.available_at < o.available_at);
        IF due IS NOT NULL THEN
          PERFORM pg_notify('outbox', ceil(extract(epoch FROM due) * 1000)::bigint::text);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(
      `CREATE TRIGGER outbox_notify_insert AFTER INSERT ON outbox REFERENCING NEW TABLE AS outbox_inserted
         FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify_inserted()`,
    );
    await db.query(
      `CREATE TRIGGER outbox_notify_update AFTER UPDATE ON outbox REFERENCING OLD TABLE AS outbox_before NEW TABLE AS outbox_after
         FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify_updated()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER outbox_notify_update ON outbox`);
    await db.query(`DROP TRIGGER outbox_notify_insert ON outbox`);
    await db.query(`DROP FUNCTION outbox_notify_updated`);
    await db.query(`DROP FUNCTION outbox_notify_inserted`);
  }
}
