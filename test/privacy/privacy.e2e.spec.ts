import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { QUEUES } from '../../src/jobs/queues.js';
import { RETENTION_SCHEDULER } from '../../src/privacy/retention.processor.js';
import { driveToAwaitingCommittee, type PanelSeatFixture } from '../committee/support/committee-fixtures.js';
import { startWorker, waitFor } from '../notifications/support/worker.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testQueue } from '../support/test-queue.js';
import { createUser, TEST_PASSWORD } from '../support/users.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

const DEFAULT_TERMS = { draftApplications: 365, closedApplications: 730, reviewRemarks: 1825, notifications: 365, ownerInvitations: 90, signInLogs: 365 };
const ZERO_COUNTS = { draftApplications: 0, closedApplications: 0, reviewRemarks: 0, notifications: 0, ownerInvitations: 0, signInLogs: 0 };

describe('privacy duties: own data, retention, erasure, processing overview', () => {
  let t: TestApp;
  let admin: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let owner: TestUser;
  let formerOwner: TestUser;
  let finishedReviewer: TestUser;
  let busyReviewer: TestUser;
  let panelColleagues: TestUser[];
  /** Withdrawn after its reviews (a finished case), in review now (running), and a withdrawn draft of the former owner. */
  const cases = { finished: { id: '', reference: '' }, running: { id: '', reference: '' }, formerDraft: '', oldDraft: '', freshDraft: '', refused: '' };

  const asAdmin = (method: 'get' | 'post' | 'put', path: string) => request(t.server)[method](path).set(admin.auth);
  const referenceOf = async (id: string) => ((await t.dataSource.query(`SELECT reference FROM applications WHERE id = $1`, [id])) as { reference: string }[])[0].reference;
  const auditCount = async (id: string) => ((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE application_id = $1`, [id])) as { n: number }[])[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    admin = await createUser(t, ['admin'], { name: 'Ada Beheer' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris' });
    coach = await createUser(t, ['coach'], { name: 'Cas Coach' });
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', email: 'olga.eigenaar@example.nl' });
    formerOwner = await createUser(t, ['owner'], { name: 'Frits Vroeger', email: 'frits.vroeger@example.nl' });
    finishedReviewer = await createUser(t, ['reviewer'], { name: 'Rianne Referent', email: 'rianne.referent@example.org' });
    busyReviewer = await createUser(t, ['reviewer'], { name: 'Bram Bezig', email: 'bram.bezig@example.org' });
    panelColleagues = [await createUser(t, ['reviewer'], { name: 'Piet Praktijk' }), await createUser(t, ['reviewer'], { name: 'Petra Praktijk' })];
    const people = { owner, secretary, coach };
    const seats = (first: TestUser): PanelSeatFixture[] =>
      [first, ...panelColleagues].map((reviewer) => ({ reviewer, kind: 'practice', proposedLevel: 'goed_beschreven', remarks: `Vertrouwelijk van ${reviewer.user.name}` }));

    const finished = await driveToAwaitingCommittee(t, people, seats(finishedReviewer), { fields: { contactEmail: 'olga.eigenaar@example.nl' } });
    await step(t, owner.auth, finished.id, 'withdraw', { version: finished.version, reason: 'Wij stoppen met de interventie.' });
    await t.dataSource.query(`UPDATE applications SET state_changed_at = now() - interval '2000 days' WHERE id = $1`, [finished.id]);
    // TEST-ONLY: a conflict declaration by a fourth reviewer, written as the panel module stores it.
    await t.dataSource.query(
      `INSERT INTO panel_invitations (application_id, reviewer_id, kind, status, invited_at, response_due_at, responded_at, closed_at, conflict_description)
       VALUES ($1, $2, 'practice', 'conflict', now(), now(), now(), now(), 'Ik werkte bij deze organisatie.')`,
      [finished.id, busyReviewer.user.id],
    );
    cases.finished = { id: finished.id, reference: await referenceOf(finished.id) };
    const running = await driveToAwaitingCommittee(t, people, seats(busyReviewer));
    cases.running = { id: running.id, reference: await referenceOf(running.id) };

    const formerDraft = await createDraft(t, formerOwner.auth, { contactName: 'Frits Vroeger', contactEmail: 'frits.vroeger@example.nl' });
    await step(t, formerOwner.auth, formerDraft.id, 'withdraw', { version: formerDraft.version });
    cases.formerDraft = formerDraft.id;

    const oldDraft = await createDraft(t, owner.auth, { name: 'Oud concept' });
    await t.dataSource.query(`UPDATE applications SET state_changed_at = now() - interval '400 days', updated_at = now() - interval '400 days' WHERE id = $1`, [oldDraft.id]);
    cases.oldDraft = oldDraft.id;
    cases.freshDraft = (await createDraft(t, owner.auth, { name: 'Vers concept' })).id;
    const refused = await createDraft(t, owner.auth, { name: 'Niet toegelaten' });
    await step(t, owner.auth, refused.id, 'submit', { version: refused.version });
    await step(t, secretary.auth, refused.id, 'refuse', { version: refused.version + 1, reason: 'Nog geen twee jaar in de praktijk.' });
    await t.dataSource.query(`UPDATE applications SET state_changed_at = now() - interval '800 days' WHERE id = $1`, [refused.id]);
    cases.refused = refused.id;

    // TEST-ONLY: notifications as the worker writes them: an old sent one, an old one still queued, a recent one.
    for (const [age, status] of [['400 days', 'sent'], ['400 days', 'queued'], ['1 day', 'sent']] as const)
      await t.dataSource.query(
        `INSERT INTO notifications (source_key, recipient_id, application_id, trigger, template, audience, params, mail_status, mail_attempts, in_app, created_at, sent_at)
         VALUES (gen_random_uuid()::text || ':test', $1, $2, 'SUBMIT', 'application_submitted', 'owner', '{}', $3, 0, true, now() - $4::interval,
                 CASE WHEN $3 = 'sent' THEN now() - $4::interval END)`,
        [owner.user.id, cases.running.id, status, age],
      );
    // TEST-ONLY: an invitation of a co-owner's address, a hundred days old.
    await t.dataSource.query(
      `INSERT INTO application_owner_invitations (application_id, email, invited_by, created_at) VALUES ($1, 'collega@example.nl', $2, now() - interval '100 days')`,
      [cases.running.id, owner.user.id],
    );
    // Sign-in log lines of four hundred days ago: one of two-step sign-in, one of the identity provider.
    await t.dataSource.query(`INSERT INTO auth_audit_events (user_id, event_type, ip, created_at) VALUES ($1, 'sign_in', '192.0.2.7', now() - interval '400 days')`, [owner.user.id]);
    await t.dataSource.query(`INSERT INTO oidc_sign_in_events (outcome, code, ip, occurred_at) VALUES ('refused', 'OIDC_STATE_MISMATCH', '192.0.2.8', now() - interval '400 days')`);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('a person downloads their own data', () => {
    it('gives the owner their profile, applications and notifications as a JSON download, without any reviewer', async () => {
      const response = await request(t.server).get('/me/data-export').set(owner.auth).expect(200);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"$/);
      expect(response.headers['cache-control']).toBe('no-store');
      const data = response.body;
      expect(data).toMatchObject({ format: 'erkenningstraject-personal-data/1', profile: { id: owner.user.id, email: 'olga.eigenaar@example.nl', name: 'Olga Eigenaar' } });
      expect((data.applications as { id: string }[]).map((application) => application.id).sort()).toEqual(
        [cases.finished.id, cases.running.id, cases.oldDraft, cases.freshDraft, cases.refused].sort(),
      );
      expect(data.notifications).toHaveLength(3);
      expect(data.reviews).toEqual([]);
      expect(data.actions.length).toBeGreaterThan(0);
      const text = JSON.stringify(data);
      for (const reviewer of [finishedReviewer, busyReviewer, ...panelColleagues]) {
        expect(text).not.toContain(reviewer.user.name);
        expect(text).not.toContain(reviewer.user.email);
        expect(text).not.toContain(reviewer.user.id);
      }
      expect(text).not.toContain('Vertrouwelijk');
      expect(text).not.toContain('Frits');
    });

    it("gives a reviewer their own reviews and declarations, and nobody else's", async () => {
      const data = (await request(t.server).get('/me/data-export').set(busyReviewer.auth).expect(200)).body;
      expect(data.applications).toEqual([]);
      expect(data.reviews).toEqual([expect.objectContaining({ applicationReference: cases.running.reference, confidentialRemarks: 'Vertrouwelijk van Bram Bezig', status: 'submitted' })]);
      expect(data.panelInvitations).toContainEqual(expect.objectContaining({ applicationReference: cases.finished.reference, status: 'conflict', conflictDescription: 'Ik werkte bij deze organisatie.' }));
      expect(JSON.stringify(data)).not.toContain('Piet Praktijk');
      expect(JSON.stringify(data)).not.toContain('Olga');
      // Two-step sign-in is on (when, not its secret), and the sign-in log about them is included.
      expect(data.twoFactor).toEqual({ enabledAt: expect.any(String) });
      const secret: { secret: string }[] = await t.dataSource.query('SELECT secret FROM user_two_factor WHERE user_id = $1', [busyReviewer.user.id]);
      expect(JSON.stringify(data)).not.toContain(secret[0].secret);
      expect(data.signInLog.length).toBeGreaterThan(0);
    });

    it('needs a session', async () => {
      await request(t.server).get('/me/data-export').expect(401);
    });
  });

  describe('retention', () => {
    it('is for admins only', async () => {
      await request(t.server).get('/admin/privacy/retention').set(secretary.auth).expect(403);
      await request(t.server).post('/admin/privacy/retention/dry-run').set(owner.auth).expect(403);
      await request(t.server).post('/admin/privacy/retention/runs').set(secretary.auth).expect(403);
      await request(t.server).get('/admin/privacy/processing-overview').expect(401);
    });

    it('shows the defaults and refuses a bad term with 400 naming the field and rule', async () => {
      const view = (await asAdmin('get', '/admin/privacy/retention').expect(200)).body;
      expect(view.kinds.map((kind: { kind: string; days: number; defaultDays: number }) => [kind.kind, kind.days, kind.defaultDays])).toEqual(
        Object.entries(DEFAULT_TERMS).map(([kind, days]) => [kind, days, days]),
      );
      const errors = async (terms: Record<string, unknown>) => (await asAdmin('put', '/admin/privacy/retention').send({ terms }).expect(400)).body.errors;
      expect(await errors({ ...DEFAULT_TERMS, notifications: 0 })).toContainEqual(expect.objectContaining({ field: 'terms.notifications', rule: 'min', min: 1 }));
      expect(await errors({ ...DEFAULT_TERMS, reviewRemarks: 4000 })).toContainEqual(expect.objectContaining({ field: 'terms.reviewRemarks', rule: 'max', max: 3650 }));
      expect(await errors({ ...DEFAULT_TERMS, logins: 5 })).toContainEqual(expect.objectContaining({ field: 'terms.logins', rule: 'unknownField' }));
      const { ownerInvitations: _left, ...missing } = DEFAULT_TERMS;
      expect(await errors(missing)).toContainEqual(expect.objectContaining({ field: 'terms.ownerInvitations', rule: 'required' }));
    });

    it('dry run shows per kind what would go, with counts and examples, and changes nothing', async () => {
      const dry = (await asAdmin('post', '/admin/privacy/retention/dry-run').expect(200)).body;
      const byKind = Object.fromEntries((dry.kinds as { kind: string; count: number; examples: { label: string }[] }[]).map((kind) => [kind.kind, kind]));
      expect(Object.fromEntries(Object.entries(byKind).map(([kind, value]) => [kind, value.count]))).toEqual({
        draftApplications: 1,
        // The refused application and the finished (withdrawn) case.
        closedApplications: 2,
        // Three confidential remarks and one conflict declaration of the finished case.
        reviewRemarks: 4,
        notifications: 1,
        ownerInvitations: 1,
        signInLogs: 2,
      });
      expect(byKind.draftApplications.examples).toEqual([{ label: await referenceOf(cases.oldDraft), since: expect.any(String) }]);
      expect(byKind.closedApplications.examples.map((example: { label: string }) => example.label)).toEqual([`${cases.finished.reference} (withdrawn)`, `${await referenceOf(cases.refused)} (notAdmitted)`]);
      expect(JSON.stringify(dry)).not.toContain('collega@example.nl');
      const [{ remarks }] = await t.dataSource.query(`SELECT count(*)::int AS remarks FROM reviews WHERE confidential_remarks <> ''`);
      expect(remarks).toBe(6);
    });

    it('a run does what the dry run showed, logs its counts, and keeps the decisions and the audit trail', async () => {
      const auditBefore = { refused: await auditCount(cases.refused), finished: await auditCount(cases.finished.id) };
      const run = (await asAdmin('post', '/admin/privacy/retention/runs').expect(201)).body;
      expect(run).toMatchObject({ trigger: 'admin', requestedBy: 'Ada Beheer', counts: { draftApplications: 1, closedApplications: 2, reviewRemarks: 4, notifications: 1, ownerInvitations: 1, signInLogs: 2 } });

      const [refused] = await t.dataSource.query(`SELECT contact_name, contact_email, anonymised_at, state, name FROM applications WHERE id = $1`, [cases.refused]);
      expect(refused).toMatchObject({ contact_name: '', contact_email: '', state: 'notAdmitted', name: 'Niet toegelaten', anonymised_at: expect.any(Date) });
      // Who refused the admission, and why, stays.
      expect(await auditCount(cases.refused)).toBe(auditBefore.refused);
      const [refusal] = await t.dataSource.query(`SELECT actor_id, payload FROM audit_events WHERE application_id = $1 AND event_type = 'REFUSE_ADMISSION'`, [cases.refused]);
      expect(refusal.actor_id).toBe(secretary.user.id);
      expect(JSON.stringify(refusal.payload)).toContain('Nog geen twee jaar in de praktijk.');

      const reviews = await t.dataSource.query(`SELECT application_id, confidential_remarks, feedback_for_owner, proposed_level FROM reviews ORDER BY application_id`);
      for (const review of reviews.filter((row: { application_id: string }) => row.application_id === cases.finished.id))
        expect(review).toMatchObject({ confidential_remarks: '', proposed_level: 'goed_beschreven', feedback_for_owner: expect.stringMatching(/\S/) });
      expect(reviews.filter((row: { application_id: string; confidential_remarks: string }) => row.application_id === cases.running.id && row.confidential_remarks !== '')).toHaveLength(3);
      expect(await auditCount(cases.finished.id)).toBe(auditBefore.finished);
      const [{ statuses }] = await t.dataSource.query(`SELECT array_agg(mail_status ORDER BY mail_status) AS statuses FROM notifications`);
      expect(statuses).toEqual(['queued', 'sent']);
      const [{ fresh }] = await t.dataSource.query(`SELECT contact_email AS fresh FROM applications WHERE id = $1`, [cases.freshDraft]);
      expect(fresh).toBe('olga@example.nl');

      const again = (await asAdmin('post', '/admin/privacy/retention/dry-run').expect(200)).body;
      expect(again.kinds.map((kind: { count: number }) => kind.count)).toEqual([0, 0, 0, 0, 0, 0]);
      const runs = (await asAdmin('get', '/admin/privacy/retention/runs').expect(200)).body;
      expect(runs).toEqual([run]);
    });

    it('a shorter term saved by the admin is what the next dry run and the overview use', async () => {
      const saved = (await asAdmin('put', '/admin/privacy/retention').send({ terms: { ...DEFAULT_TERMS, draftApplications: 30 } }).expect(200)).body;
      expect(saved.kinds[0]).toMatchObject({ kind: 'draftApplications', days: 30, defaultDays: 365, updatedBy: 'Ada Beheer' });
      const overview = (await asAdmin('get', '/admin/privacy/processing-overview').expect(200)).body;
      const applications = overview.activities.find((activity: { key: string }) => activity.key === 'applications');
      expect(applications.retention[0]).toMatchObject({ kind: 'draftApplications', days: 30 });
      expect(applications.retention[0].text.nl).toContain('30 dagen');
      await asAdmin('put', '/admin/privacy/retention').send({ terms: DEFAULT_TERMS }).expect(200);
    });

    it('runs every night from the worker through BullMQ, logged as a scheduled run', async () => {
      let worker: TestingModule | undefined;
      const queue = testQueue(t.config, QUEUES.privacy.name);
      try {
        worker = await startWorker(t.config);
        await waitFor('the retention scheduler', () => queue.getJobScheduler(RETENTION_SCHEDULER));
        expect(await queue.getJobScheduler(RETENTION_SCHEDULER)).toMatchObject({ pattern: '0 3 * * *', tz: 'Europe/Amsterdam' });
        await queue.add('apply-retention', {});
        const [scheduled] = await waitFor('a scheduled run', async () => {
          const runs = (await asAdmin('get', '/admin/privacy/retention/runs').expect(200)).body as { trigger: string; counts: object }[];
          const found = runs.filter((run) => run.trigger === 'schedule');
          return found.length ? found : null;
        });
        expect(scheduled).toMatchObject({ trigger: 'schedule', requestedBy: null, counts: ZERO_COUNTS });
      } finally {
        await queue.close();
        await worker?.close();
      }
    });
  });

  describe('erasure', () => {
    const preview = (user: TestUser) => asAdmin('get', `/admin/privacy/erasures/${user.user.id}/preview`);
    const erase = (userId: unknown) => asAdmin('post', '/admin/privacy/erasures').send({ userId });

    it('is for admins only and names bad input', async () => {
      await request(t.server).post('/admin/privacy/erasures').set(secretary.auth).send({ userId: owner.user.id }).expect(403);
      await request(t.server).get(`/admin/privacy/erasures/${owner.user.id}/preview`).set(owner.auth).expect(403);
      expect((await erase('iemand').expect(400)).body.errors).toContainEqual(expect.objectContaining({ field: 'userId' }));
      expect((await erase('00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('PERSON_NOT_FOUND');
    });

    it('refuses, with the reasons, a person still needed in a running case, and changes nothing', async () => {
      const reviewer = (await preview(busyReviewer).expect(200)).body;
      expect(reviewer).toMatchObject({ allowed: false, refusals: [{ code: 'OPEN_REVIEW', concerns: [cases.running.reference] }] });
      const refused = (await erase(busyReviewer.user.id).expect(409)).body;
      expect(refused).toMatchObject({ code: 'ERASURE_REFUSED', refusals: [{ code: 'OPEN_REVIEW', concerns: [cases.running.reference] }] });
      expect((await preview(owner).expect(200)).body.refusals).toEqual([{ code: 'CASE_IN_PROGRESS', concerns: expect.arrayContaining([cases.running.reference]) }]);
      expect((await erase(coach.user.id).expect(409)).body.refusals).toEqual([{ code: 'COACH_OF_OPEN_CASE', concerns: [cases.running.reference] }]);
      expect((await erase(admin.user.id).expect(409)).body.refusals).toEqual([{ code: 'OWN_ACCOUNT', concerns: [] }]);
      const [{ name }] = await t.dataSource.query(`SELECT name FROM users WHERE id = $1`, [busyReviewer.user.id]);
      expect(name).toBe('Bram Bezig');
      await request(t.server).get('/me/data-export').set(busyReviewer.auth).expect(200);
    });

    it("anonymises a reviewer of finished cases: their review stays under the panel's letter, the trail stays", async () => {
      const before = (await preview(finishedReviewer).expect(200)).body;
      expect(before).toMatchObject({ allowed: true, refusals: [], person: { name: 'Rianne Referent', erased: false }, effects: { reviewsKept: 1, sessionsEnded: 1 } });
      const auditBefore = await auditCount(cases.finished.id);

      const erased = (await erase(finishedReviewer.user.id).expect(201)).body;
      expect(erased).toMatchObject({ userId: finishedReviewer.user.id, effects: before.effects });

      const [user] = await t.dataSource.query(`SELECT name, email, organisation, disabled_at, erased_at FROM users WHERE id = $1`, [finishedReviewer.user.id]);
      expect(user).toMatchObject({ name: 'Verwijderde gebruiker', email: `erased-${finishedReviewer.user.id}@erased.invalid`, organisation: '', disabled_at: expect.any(Date), erased_at: expect.any(Date) });
      const [review] = await t.dataSource.query(`SELECT feedback_for_owner, proposed_level FROM reviews WHERE reviewer_id = $1`, [finishedReviewer.user.id]);
      expect(review).toMatchObject({ feedback_for_owner: expect.stringMatching(/\S/), proposed_level: 'goed_beschreven' });
      const [seat] = await t.dataSource.query(`SELECT letter FROM panel_members WHERE reviewer_id = $1`, [finishedReviewer.user.id]);
      expect(seat.letter).toBe('A');
      expect(await auditCount(cases.finished.id)).toBe(auditBefore);
      // Staff sign in with two steps: the second factor and its recovery codes go; the sign-in log keeps its lines without the IP address.
      expect(before.effects.signInRecordsCleared).toBeGreaterThanOrEqual(2);
      const [signIn] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM user_two_factor WHERE user_id = $1)::int AS factors,
                (SELECT count(*) FROM user_recovery_codes WHERE user_id = $1)::int AS "recoveryCodes",
                (SELECT count(*) FROM account_links WHERE user_id = $1)::int AS links,
                (SELECT count(*) FROM auth_audit_events WHERE user_id = $1 AND ip IS NOT NULL)::int AS "linesWithIp"`,
        [finishedReviewer.user.id],
      );
      expect(signIn).toEqual({ factors: 0, recoveryCodes: 0, links: 0, linesWithIp: 0 });
      // Signed out, and no way back in with the old password or the old address.
      await request(t.server).get('/me/data-export').set(finishedReviewer.auth).expect(401);
      await request(t.server).post('/auth/tokens').send({ email: 'rianne.referent@example.org', password: TEST_PASSWORD }).expect(401);
      const [{ erasures }] = await t.dataSource.query(`SELECT count(*)::int AS erasures FROM privacy_erasures WHERE subject_id = $1 AND performed_by = $2`, [finishedReviewer.user.id, admin.user.id]);
      expect(erasures).toBe(1);

      expect((await erase(finishedReviewer.user.id).expect(409)).body.refusals).toEqual([{ code: 'ALREADY_ERASED', concerns: [] }]);
    });

    it('erases an owner with no case in progress, clearing the contact details of their applications', async () => {
      const erased = (await erase(formerOwner.user.id).expect(201)).body;
      expect(erased.effects).toMatchObject({ applicationContactsCleared: 1, reviewsKept: 0 });
      const [application] = await t.dataSource.query(`SELECT contact_name, contact_email, state FROM applications WHERE id = $1`, [cases.formerDraft]);
      expect(application).toEqual({ contact_name: '', contact_email: '', state: 'withdrawn' });
    });
  });

  describe('the processing overview', () => {
    it('is shown to admins with what, why, how long and who, and published on the site, linked from the privacy statement', async () => {
      const overview = (await asAdmin('get', '/admin/privacy/processing-overview').expect(200)).body;
      expect(overview.activities.map((activity: { key: string }) => activity.key)).toEqual(
        expect.arrayContaining(['accounts', 'applications', 'reviews', 'decisions', 'notifications', 'accessLog']),
      );
      for (const activity of overview.activities) {
        for (const field of ['data', 'purpose', 'legalBasis']) expect(activity[field]).toEqual({ nl: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) });
        expect(activity.retention.length).toBeGreaterThan(0);
        expect(activity.audiences.length).toBeGreaterThan(0);
      }
      const statement = await request(t.server).get('/privacy').expect(200);
      expect(statement.text).toContain('href="/privacy/verwerkingen"');
      const page = await request(t.server).get('/privacy/verwerkingen').expect(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text).toContain('<h1 tabindex="-1">Verwerkingsoverzicht</h1>');
      expect(page.text).toContain('Nooit ingediende concepten: contactgegevens gewist na 365 dagen');
      const english = await request(t.server).get('/privacy/verwerkingen?lang=en').expect(200);
      expect(english.text).toContain('Processing overview');
    });
  });
});
