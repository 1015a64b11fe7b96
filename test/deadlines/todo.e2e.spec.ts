import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { WeeklyDigest } from '../../src/deadlines/weekly-digest.service.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { driveToSubmittedForAssessment } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import { createReviewer, startPanel, type TestUser } from '../assessment/assessment-helpers.js';
import { createCommittee, driveToAwaitingCommittee, placeOnAgenda, planMeeting } from '../committee/support/committee-fixtures.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { startWorker } from '../notifications/support/worker.js';
import { admittedApplication, deadlinesOf, requestFeedback, settle } from './support.js';

interface Todo {
  id: string;
  applicationId: string;
  applicationReference: string;
  action: string;
  title: string;
  label: { nl: string; en: string };
  dueAt: string | null;
  overdue: boolean;
  deadlineId: string | null;
  deadlineStatus: string | null;
  link: string;
}

const APP_URL = 'https://erkenning.example';

describe('the to-do list and the weekly digest', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let owner: TestUser;
  let otherOwner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let otherCoach: TestUser;
  let chair: TestUser;
  let admin: TestUser;

  const todo = async (user: TestUser) => (await request(t.server).get('/me/todo?pageSize=100').set(user.auth).expect(200)).body.items as Todo[];
  const mine = (items: Todo[], ...ids: string[]) => items.filter((item) => ids.includes(item.applicationId));
  const settled = () => settle(worker, t.dataSource, t.config.REDIS_URL);

  // Shared cases: a draft, a description waiting for the coach, one waiting for admission.
  let draft: { id: string };
  let feedback: { id: string; reference: string };
  let intake: { id: string };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({ SMTP_URL: sink.url, APP_URL, MAIL_RETRY_DELAY_MS: '20' });
    await t.reset();
    worker = await startWorker(t.config);
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', language: 'nl' });
    otherOwner = await createUser(t, ['owner'], { name: 'Otto Ander' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie', language: 'en' });
    coach = await createUser(t, ['coach'], { name: 'Chris Coach', organisation: 'Movisie' });
    otherCoach = await createUser(t, ['coach'], { name: 'Cor Collega', organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter', organisation: 'Universiteit' });
    admin = await createUser(t, ['admin'], { name: 'Ada Beheer', organisation: 'Movisie' });

    draft = await createDraft(t, owner.auth, { name: 'Nog een concept' });
    feedback = await admittedApplication(t, { owner, secretary, coach }, { name: 'Wacht op feedback' });
    await requestFeedback(t, feedback.id, owner);
    const submitted = await createDraft(t, owner.auth, { name: 'Wacht op toelating' });
    await step(t, owner.auth, submitted.id, 'submit', { version: submitted.version });
    intake = submitted;
    await settled();
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  it("owner: what awaits them in their own applications, never another's; nothing while it is someone else's turn", async () => {
    const items = mine(await todo(owner), draft.id, feedback.id, intake.id);
    expect(items.map((item) => [item.applicationId, item.action, item.dueAt])).toEqual([[draft.id, 'complete-application', null]]);
    expect(items[0]).toMatchObject({ title: 'Aanmelding afmaken en indienen', label: { en: 'Complete and submit the application' }, link: `${APP_URL}/aanmeldingen/${draft.id}` });
    expect(mine(await todo(otherOwner), draft.id, feedback.id, intake.id)).toEqual([]);
  });

  it('coach: the feedback asked of them, once, with the deadline’s due date; another coach sees nothing of it', async () => {
    const items = mine(await todo(coach), feedback.id);
    const [deadline] = await deadlinesOf(t.dataSource, feedback.id);
    expect(items).toEqual([
      expect.objectContaining({
        action: 'give-feedback',
        deadlineId: deadline.id,
        deadlineStatus: 'open',
        dueAt: deadline.dueAt.toISOString(),
        overdue: false,
        applicationReference: feedback.reference,
        link: `${APP_URL}/aanmeldingen/${feedback.id}/werkblad`,
      }),
    ]);
    expect(mine(await todo(otherCoach), feedback.id)).toEqual([]);
  });

  it('secretary: the secretary-turn cases, titled in English for an English reader', async () => {
    const items = mine(await todo(secretary), intake.id, feedback.id, draft.id);
    expect(items.map((item) => [item.applicationId, item.action, item.title])).toEqual([[intake.id, 'decide-admission', 'Decide on admission']]);
  });

  it('reviewer: the pending invitation with its answer date; chair: the case on the agenda, by the meeting date; sorted by due date', async () => {
    const { id, version } = await driveToSubmittedForAssessment(t, { owner, secretary, coach });
    await startPanel(t, secretary, id, version);
    const reviewer = await createReviewer(t, secretary, 'practice');
    const invitation = await request(t.server).post(`/applications/${id}/panel/invitations`).set(secretary.auth).send({ reviewerId: reviewer.user.id }).expect(201);
    const reviewerItems = await todo(reviewer);
    expect(reviewerItems).toEqual([
      expect.objectContaining({ applicationId: id, action: 'answer-invitation', dueAt: invitation.body.responseDueAt, link: `${APP_URL}/beoordelingen` }),
    ]);

    const panel: TestUser[] = [];
    for (let i = 0; i < 3; i++) panel.push(await createReviewer(t, secretary, 'practice'));
    const committeeId = await createCommittee(t, admin, chair, []);
    const later = await planMeeting(t, secretary, committeeId, new Date(Date.now() + 20 * 86_400_000));
    const sooner = await planMeeting(t, secretary, committeeId, new Date(Date.now() + 10 * 86_400_000));
    const seats = () => panel.map((reviewer) => ({ reviewer, kind: 'practice' as const, proposedLevel: 'goed_beschreven' as const }));
    const first = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats());
    const second = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats());
    await placeOnAgenda(t, secretary, later, first.id);
    await placeOnAgenda(t, secretary, sooner, second.id);
    const chairItems = await todo(chair);
    expect(chairItems.map((item) => [item.applicationId, item.action])).toEqual([
      [second.id, 'decide'],
      [first.id, 'decide'],
    ]);
    expect(new Date(chairItems[0].dueAt!).getTime()).toBeLessThan(new Date(chairItems[1].dueAt!).getTime());
    // Not the chair of that committee: nothing.
    const otherChair = await createUser(t, ['chair'], { name: 'Andere Voorzitter' });
    expect(await todo(otherChair)).toEqual([]);
    await settled();
    // The secretaries send the agenda: a deadline of theirs, due five working days before each meeting.
    const agenda = mine(await todo(secretary), first.id, second.id).filter((item) => item.action === 'send-agenda');
    expect(agenda.map((item) => item.applicationId)).toEqual([second.id, first.id]);
    expect(agenda.every((item) => item.deadlineId !== null)).toBe(true);
  });

  it('pages the list in the database: the pages join up to the whole list, in order, with the total; bad page parameters are 400', async () => {
    const whole = await todo(secretary);
    expect(whole.length).toBeGreaterThanOrEqual(3);
    const pages: Todo[] = [];
    for (let page = 1; ; page++) {
      const body = (await request(t.server).get(`/me/todo?page=${page}&pageSize=2`).set(secretary.auth).expect(200)).body;
      expect(body).toMatchObject({ total: whole.length, page, pageSize: 2, pageCount: Math.ceil(whole.length / 2) });
      pages.push(...body.items);
      if (page >= body.pageCount) break;
    }
    expect(pages.map((item) => item.id)).toEqual(whole.map((item) => item.id));
    const pastTheEnd = (await request(t.server).get('/me/todo?page=99&pageSize=2').set(secretary.auth).expect(200)).body;
    expect(pastTheEnd).toMatchObject({ items: [], total: whole.length, page: 99 });
    for (const [query, field] of [['pageSize=0', 'pageSize'], ['pageSize=101', 'pageSize'], ['page=0', 'page'], ['page=x', 'page'], ['sort=dueAt', 'sort']]) {
      const refused = await request(t.server).get(`/me/todo?${query}`).set(secretary.auth).expect(400);
      expect(refused.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
  });

  it('shows a missed deadline as overdue, still to do', async () => {
    const [deadline] = await deadlinesOf(t.dataSource, feedback.id);
    await t.dataSource.query(`UPDATE deadlines SET due_at = now() - interval '2 days', status = 'missed', missed_at = now() WHERE id = $1`, [deadline.id]);
    const [item] = mine(await todo(coach), feedback.id);
    expect(item).toMatchObject({ deadlineId: deadline.id, deadlineStatus: 'missed', overdue: true });
  });

  it('mails each secretary a weekly digest of the stuck cases, grouped by phase, once per week', async () => {
    // Three weeks on: the case waiting for admission has had no step for more than ten working days,
    // and the coach's feedback (marked missed above) is overdue.
    const now = new Date(Date.now() + 21 * 86_400_000);
    const digest = worker.get(WeeklyDigest);
    const compiled = await digest.compile(now);
    const phaseOf = (applicationId: string) => compiled.groups.find((group) => group.cases.some((item) => item.applicationId === applicationId))?.phase;
    expect(phaseOf(intake.id)).toBe('intake');
    expect(phaseOf(feedback.id)).toBe('beschrijven');
    expect(phaseOf(draft.id)).toBeUndefined(); // a draft is the owner's own business
    const stuckFeedback = compiled.groups.flatMap((group) => group.cases).find((item) => item.applicationId === feedback.id)!;
    expect(stuckFeedback.overdue).toEqual([expect.objectContaining({ kind: 'coach_feedback', assignees: 'Chris Coach' })]);

    const first = await digest.send(now);
    expect(first.created).toBe(1);
    await settled();
    const [mail] = sink.to(secretary.user.email).filter((m) => m.headers['x-notification-template'] === 'weekly-digest');
    expect(mail.subject).toBe(`Weekly digest: ${compiled.caseCount} applications need attention`);
    expect(mail.text).toContain('Intake and admission:');
    expect(mail.text).toContain('Description:');
    expect(mail.text).toContain(`${feedback.reference} “Wacht op feedback”: deadline missed: give feedback on the description`);
    expect(mail.text).toContain(`${APP_URL}/meldingen`);

    // The same week again (a retried or repeated job): nothing new.
    expect(await digest.send(new Date(now.getTime() + 3600_000))).toMatchObject({ created: 0 });
    await settled();
    expect(sink.to(secretary.user.email).filter((m) => m.headers['x-notification-template'] === 'weekly-digest')).toHaveLength(1);
    // Only secretaries get it.
    expect(sink.to(coach.user.email).filter((m) => m.headers['x-notification-template'] === 'weekly-digest')).toEqual([]);
  });
});
