import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { driveToSubmittedForAssessment } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import { accept, createReviewer, startPanel, type TestUser } from '../assessment/assessment-helpers.js';
import { createCommittee, driveToAwaitingCommittee, placeOnAgenda, planMeeting, startMeeting } from '../committee/support/committee-fixtures.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { notificationsOf, startWorker, waitFor } from '../notifications/support/worker.js';
import { recognise } from '../publication/publication-fixtures.js';
import { createDraft } from '../support/applications.js';
import { DeadlineReminders } from '../../src/deadlines/deadline-reminders.service.js';
import { deadlinesOf, remindersOf, settle } from './support.js';

/**
 * The deadlines other modules open (invitations), those that follow the panel, and the timer steps
 * of the track that reminders trigger when a deadline passes: an invitation expires, conditions lapse.
 */
describe('deadlines of the assessment and the timer steps of the track', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let owner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let admin: TestUser;
  let chair: TestUser;

  const settled = () => settle(worker, t.dataSource, t.config.REDIS_URL);
  const people = () => ({ owner, secretary, coach });
  const state = async (id: string) => ((await t.dataSource.query(`SELECT state FROM applications WHERE id = $1`, [id])) as { state: string }[])[0].state;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({ SMTP_URL: sink.url, APP_URL: 'https://erkenning.example', MAIL_RETRY_DELAY_MS: '20' });
    await t.reset();
    worker = await startWorker(t.config);
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { name: 'Chris Coach', organisation: 'Movisie' });
    admin = await createUser(t, ['admin'], { name: 'Ada Beheer', organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter', organisation: 'Universiteit' });
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  it('an invitation has a deadline from the moment it is sent; unanswered, it expires when due and the next steps follow', async () => {
    const { id, version } = await driveToSubmittedForAssessment(t, people());
    await startPanel(t, secretary, id, version);
    const late = await createReviewer(t, secretary, 'practice');
    const prompt = await createReviewer(t, secretary, 'practice');

    const dueSoon = new Date(Date.now() + 3000).toISOString();
    const invited = await request(t.server)
      .post(`/applications/${id}/panel/invitations`)
      .set(secretary.auth)
      .send({ reviewerId: late.user.id, responseDueAt: dueSoon })
      .expect(201);
    const answered = await request(t.server).post(`/applications/${id}/panel/invitations`).set(secretary.auth).send({ reviewerId: prompt.user.id }).expect(201);

    // Opened in the invitation's own transaction: there as soon as the request returns.
    const opened = await deadlinesOf(t.dataSource, id);
    expect(opened.map((d) => [d.kind, d.subjectId, d.status, d.assigneeIds])).toEqual([
      ['invitation_response', invited.body.id, 'open', [late.user.id]],
      ['invitation_response', answered.body.id, 'open', [prompt.user.id]],
    ]);
    expect(opened[0].dueAt.toISOString()).toBe(dueSoon);
    // Two working days before is already past while the answer date is not: the reminder goes at once.
    expect((await remindersOf(t.dataSource, opened[0].id)).map((r) => r.stage)).toEqual(['before', 'expire-invitation']);

    await accept(t, prompt, answered.body.id);
    expect((await deadlinesOf(t.dataSource, id))[1]).toMatchObject({ status: 'met' });

    await waitFor('the invitation to expire', async () => {
      const [row] = await t.dataSource.query(`SELECT status FROM panel_invitations WHERE id = $1`, [invited.body.id]);
      return row.status === 'expired';
    });
    await settled();
    expect((await deadlinesOf(t.dataSource, id))[0]).toMatchObject({ status: 'cancelled', closeReason: 'expired' });
    const rows = await notificationsOf(t.dataSource, id);
    const to = (template: string) => rows.filter((n) => n.template === template).map((n) => n.recipientId);
    // The late reviewer was reminded (the reviewer's page), then told it expired; the secretary heard of it.
    expect(to('review-deadline-reminder')).toEqual([late.user.id]);
    expect(to('invitation-expired-reviewer')).toEqual([late.user.id]);
    expect(to('invitation-expired')).toEqual([secretary.user.id]);
    const [reminder] = sink.withHeader('X-Notification-Id', rows.filter((n) => n.template === 'review-deadline-reminder').map((n) => n.id));
    expect(reminder.text).toContain('https://erkenning.example/beoordelingen');
    // The reviewer who answered in time heard nothing of deadlines.
    expect(rows.filter((n) => n.recipientId === prompt.user.id && n.template.includes('deadline'))).toEqual([]);
  });

  it('the review deadlines open when the panel is complete and are met when the reviews are in', async () => {
    const reviewers: TestUser[] = [];
    for (let i = 0; i < 3; i++) reviewers.push(await createReviewer(t, secretary, 'practice'));
    const { id } = await driveToAwaitingCommittee(
      t,
      people(),
      reviewers.map((reviewer) => ({ reviewer, kind: 'practice' as const, proposedLevel: 'goed_beschreven' as const })),
    );
    await settled();
    const deadlines = await deadlinesOf(t.dataSource, id);
    expect(deadlines.map((d) => [d.kind, d.round, d.assigneeIds[0], d.status]).sort()).toEqual(
      reviewers.map((r) => ['review', 1, r.user.id, 'met']).sort(),
    );
    const [{ completedAt }] = await t.dataSource.query(
      `SELECT created_at AS "completedAt" FROM audit_events WHERE application_id = $1 AND event_type = 'PANEL_COMPLETE'`,
      [id],
    );
    const { DeadlinesService } = await import('../../src/deadlines/deadlines.service.js');
    expect(deadlines[0].dueAt).toEqual(t.app.get(DeadlinesService).schedule.reviewDue(completedAt));
  });

  let recognitionCast: Parameters<typeof recognise>[1] | null = null;
  /** A published recognition decided at `decidedAt` (valid for five years from then). */
  const published = async (decidedAt: Date) => {
    if (!recognitionCast) {
      const reviewers: TestUser[] = [];
      for (let i = 0; i < 3; i++) reviewers.push(await createReviewer(t, secretary, 'practice'));
      recognitionCast = { owner, secretary, coach, chair, reviewers, committeeId: await createCommittee(t, admin, chair, []) };
    }
    const draft = await createDraft(t, owner.auth, { name: `Erkend sinds ${decidedAt.toISOString()}` });
    const { id, version } = await recognise(t, recognitionCast, draft.id, { at: decidedAt.toISOString() });
    await request(t.server).post(`/applications/${id}/publish`).set(secretary.auth).send({ version }).expect(200);
    return id;
  };
  const year = 365.25 * 86_400_000;
  const validityOf = async (id: string) => (await deadlinesOf(t.dataSource, id)).filter((d) => d.kind === 'recognition_expiry');

  it('a recognition invites re-assessment well ahead of its end, and expires when it ends (REASSESSMENT_DUE, EXPIRE)', async () => {
    // Decided four years and ten months ago: valid for two more months, inside the six-month notice.
    const ending = await published(new Date(Date.now() - 5 * year + 60 * 86_400_000));
    // Decided five years and a month ago: its recognition has just run out.
    const ended = await published(new Date(Date.now() - 5 * year - 30 * 86_400_000));

    await waitFor('the re-assessment invitation and the expiry', async () => (await state(ending)) === 'published.reassessmentDue' && (await state(ended)) === 'expired', 20_000);
    await settled();
    const validity = validityOf;
    const [invited] = await validity(ending);
    expect(invited).toMatchObject({ kind: 'recognition_expiry', status: 'open', assigneeRole: 'owners' });
    // Its expiry waits in PostgreSQL for the day the recognition ends.
    const pending = (await remindersOf(t.dataSource, invited.id)).filter((r) => !r.dispatched);
    expect(pending.map((r) => [r.stage, r.availableAt.getTime()])).toEqual([['expire-recognition', invited.dueAt.getTime()]]);
    expect(await validity(ended)).toEqual([expect.objectContaining({ status: 'cancelled', closeReason: 'expired' })]);
    const [listing] = await t.dataSource.query(`SELECT withdrawn_reason AS reason FROM listings WHERE application_id = $1`, [ended]);
    expect(listing.reason).toBe('expired');
    expect((await notificationsOf(t.dataSource, ending)).filter((n) => n.template === 'reassessment-due').map((n) => n.recipientId).sort()).toEqual(
      [owner.user.id, secretary.user.id].sort(),
    );
    expect((await notificationsOf(t.dataSource, ended)).filter((n) => n.template === 'recognition-expired')).toHaveLength(2);
  });

  it('a timer fired before its time changes nothing and waits for that time; on time it acts (REASSESSMENT_DUE, EXPIRE)', async () => {
    const id = await published(new Date(Date.now() - 86_400_000));
    await waitFor('the validity deadline', async () => (await validityOf(id)).length === 1);
    const [validity] = await validityOf(id);
    const planned = await remindersOf(t.dataSource, validity.id);
    expect(planned.map((r) => [r.stage, r.dispatched])).toEqual([
      ['reassessment-due', false],
      ['expire-recognition', false],
    ]);

    // Someone moves both reminders to now: they are relayed and fired at once, years early.
    await t.dataSource.query(`UPDATE outbox SET available_at = now() WHERE id = ANY($1::uuid[])`, [planned.map((r) => r.id)]);
    await waitFor('the moved reminders relayed', async () => (await remindersOf(t.dataSource, validity.id)).filter((r) => r.dispatched).length === 2);
    await settled();
    expect(await state(id)).toBe('published.listed');
    const [listing] = await t.dataSource.query(`SELECT withdrawn_at AS "withdrawnAt" FROM listings WHERE application_id = $1`, [id]);
    expect(listing.withdrawnAt).toBeNull();
    expect(await validityOf(id)).toEqual([expect.objectContaining({ status: 'open' })]);
    const told = (await notificationsOf(t.dataSource, id)).filter((n) => ['reassessment-due', 'recognition-expired'].includes(n.template));
    expect(told).toEqual([]);
    // Each waits again in PostgreSQL for its own time.
    const rearmed = (await remindersOf(t.dataSource, validity.id)).filter((r) => !r.dispatched);
    expect(rearmed.map((r) => [r.stage, r.availableAt.getTime()])).toEqual(planned.map((r) => [r.stage, r.availableAt.getTime()]));

    // The handler itself (the moved rows' jobs delivered again), a second before each time: nothing either.
    const reminders = worker.get(DeadlineReminders);
    const [reassessment, expiry] = planned;
    const message = (stage: 'reassessment-due' | 'expire-recognition') => ({ deadlineId: validity.id, deadlineVersion: validity.version, stage });
    const before = (at: Date) => new Date(at.getTime() - 1000);
    expect(await reminders.fire(reassessment.id, message('reassessment-due'), before(reassessment.availableAt))).toBe('not-due');
    expect(await reminders.fire(expiry.id, message('expire-recognition'), before(expiry.availableAt))).toBe('not-due');
    expect(await state(id)).toBe('published.listed');
    expect((await remindersOf(t.dataSource, validity.id)).filter((r) => !r.dispatched)).toHaveLength(2);

    // On time, each acts.
    expect(await reminders.fire(reassessment.id, message('reassessment-due'), reassessment.availableAt)).toBe('timer-applied');
    expect(await state(id)).toBe('published.reassessmentDue');
    expect(await reminders.fire(expiry.id, message('expire-recognition'), expiry.availableAt)).toBe('timer-applied');
    expect(await state(id)).toBe('expired');
    expect(await validityOf(id)).toEqual([expect.objectContaining({ status: 'cancelled', closeReason: 'expired' })]);
  });

  it('conditions lapse when their deadline passes: CONDITIONS_LAPSED through the decision module, once', async () => {
    const reviewers: TestUser[] = [];
    for (let i = 0; i < 3; i++) reviewers.push(await createReviewer(t, secretary, 'practice'));
    const committeeId = await createCommittee(t, admin, chair, []);
    const meetingId = await planMeeting(t, secretary, committeeId);
    const { id } = await driveToAwaitingCommittee(
      t,
      people(),
      reviewers.map((reviewer) => ({ reviewer, kind: 'practice' as const, proposedLevel: 'goed_beschreven' as const })),
    );
    const version = await placeOnAgenda(t, secretary, meetingId, id);
    await startMeeting(t, meetingId);
    const conditionsDeadline = new Date(Date.now() + 4000).toISOString();
    await request(t.server)
      .post(`/applications/${id}/decision`)
      .set(chair.auth)
      .send({ version, verdict: 'conditionally_recognised', level: 'goed_beschreven', conditions: 'Voeg een logisch model toe.', conditionsDeadline })
      .expect(201);
    // The deadline runs once the secretary has sent the letter, moved on by the time the letter waited.
    const sent = await request(t.server).post(`/applications/${id}/decision-letter/send`).set(secretary.auth).send({ version: version + 1 }).expect(200);
    const waited = Date.parse(sent.body.decision.letterSentAt) - Date.parse(sent.body.decision.decidedAt);
    const runningDeadline = new Date(Date.parse(conditionsDeadline) + waited).toISOString();
    expect(sent.body.decision.conditionsDeadline).toBe(runningDeadline);

    await waitFor('the conditions deadline', async () => (await deadlinesOf(t.dataSource, id)).some((d) => d.kind === 'conditions'));
    const conditions = (await deadlinesOf(t.dataSource, id)).find((d) => d.kind === 'conditions')!;
    expect(conditions).toMatchObject({ status: 'open', assigneeRole: 'owners' });
    expect(conditions.dueAt.toISOString()).toBe(runningDeadline);
    // Fired a moment early (its row moved, or a clock that runs ahead of the job), it does nothing.
    const [lapse] = (await remindersOf(t.dataSource, conditions.id)).filter((r) => r.stage === 'lapse-conditions');
    const early = await worker
      .get(DeadlineReminders)
      .fire(lapse.id, { deadlineId: conditions.id, deadlineVersion: conditions.version, stage: 'lapse-conditions' }, new Date(conditions.dueAt.getTime() - 1000));
    expect(early).toBe('not-due');
    expect(await state(id)).toBe('decided.conditionallyRecognised');
    // The committee decided, so the agenda went out: that deadline is met.
    await settled();
    expect((await deadlinesOf(t.dataSource, id)).find((d) => d.kind === 'committee_agenda')).toMatchObject({ status: 'met' });

    await waitFor('the conditions to lapse', async () => (await state(id)) === 'lapsed', 20_000);
    await settled();
    expect((await deadlinesOf(t.dataSource, id)).find((d) => d.kind === 'conditions')).toMatchObject({ status: 'cancelled', closeReason: 'lapsed' });
    const [decision] = await t.dataSource.query(`SELECT lapsed_at AS "lapsedAt" FROM decisions WHERE application_id = $1`, [id]);
    expect(decision.lapsedAt).not.toBeNull();
    const rows = await notificationsOf(t.dataSource, id);
    const templates = (template: string) => rows.filter((n) => n.template === template).map((n) => n.recipientId).sort();
    // Warned ahead (the notice is weeks ahead, so at once here), then told it lapsed; each once.
    expect(templates('conditions-due')).toEqual([owner.user.id, secretary.user.id].sort());
    expect(templates('conditions-lapsed')).toEqual([owner.user.id, secretary.user.id].sort());
    const lapses = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE application_id = $1 AND event_type = 'CONDITIONS_LAPSED'`, [id]);
    expect(lapses).toEqual([{ n: 1 }]);
  });
});
