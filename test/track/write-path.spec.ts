import { systemActor, userActor } from '../../src/track/track-actor.js';
import { TrackService } from '../../src/track/track.service.js';
import { TRACK_TRANSITION_TOPIC } from '../../src/track/track-effects.js';
import { TRACK_MACHINE_VERSION } from '../../src/track/track.machine.js';
import { createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

describe('the one write path', () => {
  let t: TestApp;
  let track: TrackService;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let secretary: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    track = t.app.get(TrackService);
    owner = await createUser(t, ['owner'], { organisation: 'Stichting Voorbeeld' });
    secretary = await createUser(t, ['secretary']);
    coach = await createUser(t, ['coach']);
  });
  afterAll(() => t.close());

  const rows = async (sql: string, params: unknown[]) => t.dataSource.query(sql, params);

  it('writes snapshot, state, version, an audit event (who, what, from, to, when) and an outbox message together', async () => {
    const draft = await createDraft(t, owner.auth);
    const me = owner.authUser;
    const updated = await track.send({ applicationId: draft.id, actor: userActor(me), event: { type: 'SUBMIT' }, expectedVersion: 1 });
    expect(updated).toMatchObject({ state: 'intake', version: 2, machineVersion: TRACK_MACHINE_VERSION });
    expect(updated.snapshot).toMatchObject({ value: 'intake', status: 'active' });

    const audit = await rows(
      `SELECT actor_id, actor_kind, event_type, from_state, to_state, application_version, created_at
         FROM audit_events WHERE application_id = $1 ORDER BY id`,
      [draft.id],
    );
    expect(audit.map((row: { event_type: string }) => row.event_type)).toEqual(['CREATED', 'SUBMIT']);
    expect(audit[1]).toMatchObject({ actor_id: owner.user.id, actor_kind: 'owner', from_state: 'draft', to_state: 'intake', application_version: 2 });
    expect(audit[1].created_at).toBeInstanceOf(Date);

    const outbox = await rows('SELECT topic, payload, dispatched_at FROM outbox WHERE application_id = $1', [draft.id]);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      topic: TRACK_TRANSITION_TOPIC,
      dispatched_at: null,
      payload: { event: 'SUBMIT', fromState: 'draft', toState: 'intake', actorId: owner.user.id, applicationVersion: 2 },
    });
  });

  it('writes nothing when a domain check in the same transaction fails', async () => {
    const draft = await createDraft(t, owner.auth);
    const me = owner.authUser;
    await expect(
      track.send({
        applicationId: draft.id,
        actor: userActor(me),
        event: { type: 'SUBMIT' },
        before: async () => {
          throw new Error('refused by a domain rule');
        },
      }),
    ).rejects.toThrow('refused by a domain rule');
    const [application] = await rows('SELECT state, version FROM applications WHERE id = $1', [draft.id]);
    expect(application).toEqual({ state: 'draft', version: 1 });
    expect(await rows(`SELECT 1 FROM audit_events WHERE application_id = $1 AND event_type = 'SUBMIT'`, [draft.id])).toEqual([]);
    expect(await rows('SELECT 1 FROM outbox WHERE application_id = $1', [draft.id])).toEqual([]);
  });

  it('lets exactly one of two concurrent conflicting decisions through, with or without a version', async () => {
    for (const withVersion of [true, false]) {
      const draft = await createDraft(t, owner.auth);
      const ownerUser = owner.authUser;
      const secretaryUser = secretary.authUser;
      await track.send({ applicationId: draft.id, actor: userActor(ownerUser), event: { type: 'SUBMIT' } });
      const expectedVersion = withVersion ? 2 : undefined;
      const results = await Promise.allSettled([
        track.send({
          applicationId: draft.id,
          actor: userActor(secretaryUser),
          event: { type: 'ADMIT' },
          expectedVersion,
          before: async (manager) => {
            await manager.query('UPDATE applications SET coach_id = $1 WHERE id = $2', [coach.user.id, draft.id]);
          },
        }),
        track.send({ applicationId: draft.id, actor: userActor(secretaryUser), event: { type: 'REFUSE_ADMISSION', reason: 'Buiten het domein.' }, expectedVersion }),
      ]);
      const fulfilled = results.filter((result) => result.status === 'fulfilled');
      const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason.getStatus()).toBe(409);
      const audit = await rows(
        `SELECT event_type FROM audit_events WHERE application_id = $1 AND event_type IN ('ADMIT', 'REFUSE_ADMISSION')`,
        [draft.id],
      );
      expect(audit).toHaveLength(1);
      const [application] = await rows('SELECT version FROM applications WHERE id = $1', [draft.id]);
      expect(application.version).toBe(3);
    }
  });

  it('refuses events that only the system may send when a user sends them', async () => {
    const draft = await createDraft(t, owner.auth);
    const me = owner.authUser;
    await expect(
      track.send({ applicationId: draft.id, actor: userActor(me), event: { type: 'DOCUMENTS_CHANGED', handbook: true, processEvaluation: true, effectStudies: 0 } }),
    ).rejects.toMatchObject({ status: 403 });
    const changed = await track.send({
      applicationId: draft.id,
      actor: systemActor('test'),
      event: { type: 'DOCUMENTS_CHANGED', handbook: true, processEvaluation: true, effectStudies: 0 },
    });
    expect(changed.snapshot.context).toMatchObject({ documents: { handbook: true, processEvaluation: true, effectStudies: 0 } });
    const [audit] = await rows(`SELECT actor_id, actor_kind FROM audit_events WHERE application_id = $1 AND event_type = 'DOCUMENTS_CHANGED'`, [draft.id]);
    expect(audit).toEqual({ actor_id: null, actor_kind: 'system' });
  });

  it('has an audit table that the database itself keeps append-only', async () => {
    const draft = await createDraft(t, owner.auth);
    await expect(rows(`UPDATE audit_events SET event_type = 'FORGED' WHERE application_id = $1`, [draft.id])).rejects.toThrow(/append-only/);
    await expect(rows('DELETE FROM audit_events WHERE application_id = $1', [draft.id])).rejects.toThrow(/append-only/);
    expect(await rows('SELECT event_type FROM audit_events WHERE application_id = $1', [draft.id])).toEqual([{ event_type: 'CREATED' }]);
  });
});
