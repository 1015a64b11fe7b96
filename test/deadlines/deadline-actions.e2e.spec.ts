import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { DeadlinesService } from '../../src/deadlines/deadlines.service.js';
import { DEADLINE_KINDS, DEADLINE_KIND_SPECS } from '../../src/deadlines/deadline-kinds.js';
import { DEADLINE_ACTION, TO_DO_ACTIONS, todoPath, type TodoAction } from '../../src/deadlines/todo-actions.js';
import { createCommittee, driveToAwaitingCommittee, placeOnAgenda, planMeeting } from '../committee/support/committee-fixtures.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { notificationsOf, startWorker, waitFor } from '../notifications/support/worker.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { admittedApplication, deadlinesOf, remindersOf, requestFeedback, settle } from './support.js';

const APP_URL = 'https://erkenning.example';
type TestUser = Awaited<ReturnType<typeof createUser>>;

interface ListedDeadline {
  id: string;
  kind: string;
  status: string;
  version: number;
  dueAt: string;
  assigneeIds: string[];
  assignees: { role: string; names: string[] };
  remindersSent: { stage: string; at: string }[];
  remindersPlanned: { stage: string; at: string }[];
  allowedActions: string[];
  toldOnExtension: string[];
}

describe('deadlines in the browser’s API: a case’s list, extending, marking done, the agenda mailing (real PostgreSQL, Redis, worker, SMTP)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let owner: TestUser;
  let secretary: TestUser;
  let otherSecretary: TestUser;
  let coach: TestUser;
  let otherCoach: TestUser;
  let chair: TestUser;
  let member: TestUser;
  let admin: TestUser;
  let reviewers: TestUser[];
  let committeeId: string;

  const settled = () => settle(worker, t.dataSource, t.config.REDIS_URL);
  const people = () => ({ owner, secretary, coach });
  const listAs = async (user: TestUser, applicationId: string): Promise<ListedDeadline[]> =>
    (await request(t.server).get(`/applications/${applicationId}/deadlines`).set(user.auth).expect(200)).body;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({ SMTP_URL: sink.url, APP_URL, MAIL_RETRY_DELAY_MS: '20' });
    await t.reset();
    worker = await startWorker(t.config);
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', language: 'nl' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie', language: 'nl' });
    otherSecretary = await createUser(t, ['secretary'], { name: 'Sem Secretaris', organisation: 'Movisie', language: 'nl' });
    coach = await createUser(t, ['coach'], { name: 'Chris Coach', organisation: 'Movisie', language: 'en' });
    otherCoach = await createUser(t, ['coach'], { name: 'Cora Coach', organisation: 'Movisie', language: 'nl' });
    chair = await createUser(t, ['chair'], { name: 'Veerle Voorzitter', language: 'nl' });
    member = await createUser(t, ['committee_member'], { name: 'Maud Member', language: 'en' });
    admin = await createUser(t, ['admin']);
    reviewers = await Promise.all([1, 2, 3].map((n) => createUser(t, ['reviewer'], { name: `Beoordelaar Persoon ${n}` })));
    committeeId = await createCommittee(t, admin, chair, [member], 'Deelcommissie Participatie');
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  it('extends a deadline with a reason: reminders move, the person due is told, the history says who, when and why', async () => {
    const application = await admittedApplication(t, people());
    await requestFeedback(t, application.id, owner);
    await settled();

    // The secretary sees who is due, the reminders planned, and may extend (not mark done) it.
    const [listed] = await listAs(secretary, application.id);
    expect(listed).toMatchObject({
      kind: 'coach_feedback',
      status: 'open',
      version: 1,
      assignees: { role: 'coach', names: ['Chris Coach'] },
      remindersSent: [],
      allowedActions: ['extend'],
      toldOnExtension: ['Chris Coach'],
    });
    expect(listed.remindersPlanned.map((r) => r.stage)).toEqual(['before', 'missed', 'escalation']);
    // The coach sees it too, without actions; the owner does not (it is not theirs).
    expect((await listAs(coach, application.id)).map((d) => [d.kind, d.allowedActions])).toEqual([['coach_feedback', []]]);
    expect(await listAs(owner, application.id)).toEqual([]);

    // Refusals: no reason, a date not after the current one, a date in the past, a stale version.
    const currentDue = new Date(listed.dueAt);
    const later = new Date(currentDue.getTime() + 7 * 86_400_000);
    const noReason = await request(t.server).post(`/deadlines/${listed.id}/extend`).set(secretary.auth).send({ dueAt: later.toISOString(), reason: '  ' }).expect(400);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    const earlier = new Date(currentDue.getTime() - 3_600_000).toISOString();
    expect((await request(t.server).post(`/deadlines/${listed.id}/extend`).set(secretary.auth).send({ dueAt: earlier, reason: 'x' }).expect(400)).body.errors[0].field).toBe(
      'dueAt',
    );
    await request(t.server).post(`/deadlines/${listed.id}/extend`).set(secretary.auth).send({ dueAt: '2020-01-06T16:00:00Z', reason: 'x' }).expect(400);
    const stale = await request(t.server).post(`/deadlines/${listed.id}/extend`).set(secretary.auth).send({ dueAt: later.toISOString(), reason: 'x', version: 7 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'DEADLINE_STALE_VERSION', currentVersion: 1 });
    // Only a secretary extends; another coach does not even see the case.
    await request(t.server).post(`/deadlines/${listed.id}/extend`).set(coach.auth).send({ dueAt: later.toISOString(), reason: 'x' }).expect(403);
    await request(t.server).get(`/applications/${application.id}/deadlines`).set(otherCoach.auth).expect(404);

    const extended = await request(t.server)
      .post(`/deadlines/${listed.id}/extend`)
      .set(secretary.auth)
      .send({ dueAt: later.toISOString(), reason: 'Coach is een week met verlof', version: 1 })
      .expect(200);
    expect(extended.body).toMatchObject({ version: 2, extendedCount: 1, dueAt: later.toISOString(), status: 'open' });

    // The stored reminder rows moved to the new date's schedule, for version 2; the old ones are gone.
    const schedule = t.app.get(DeadlinesService).schedule;
    const reminders = await remindersOf(t.dataSource, listed.id);
    expect(reminders.map((r) => [r.stage, r.deadlineVersion, r.availableAt.toISOString()])).toEqual(
      schedule.reminders('coach_feedback', later).map((r) => [r.stage, 2, r.at.toISOString()]),
    );
    const relisted = (await listAs(secretary, application.id))[0];
    expect(relisted.remindersPlanned.map((r) => r.at)).toEqual(reminders.map((r) => r.availableAt.toISOString()));

    // The coach is told, in English (their language), with the new date and the reason; nobody else.
    await settled();
    const told = (await notificationsOf(t.dataSource, application.id)).filter((n) => n.template === 'deadline-extended');
    expect(told.map((n) => n.recipientId)).toEqual([coach.user.id]);
    const mail = await waitFor('the extension mail', () => sink.withHeader('X-Notification-Id', [told[0].id])[0]);
    expect(mail.subject).toContain('Deadline extended: give feedback on the description');
    expect(mail.text).toContain('Reason: Coach is een week met verlof');
    expect(mail.text).toContain(`${APP_URL}/aanmeldingen/${application.id}`);

    // The history: who extended what, when and why; the owner reads it too (the deadline is not a reviewer's).
    const [audit] = await t.dataSource.query(
      `SELECT actor_id AS "actorId", actor_kind AS "actorKind", payload, created_at AS "createdAt" FROM audit_events
        WHERE application_id = $1 AND event_type = 'DEADLINE_EXTENDED'`,
      [application.id],
    );
    expect(audit).toMatchObject({
      actorId: secretary.user.id,
      actorKind: 'secretary',
      payload: { deadlineId: listed.id, kind: 'coach_feedback', from: currentDue.toISOString(), to: later.toISOString(), reason: 'Coach is een week met verlof' },
    });
    const timeline = await request(t.server).get(`/applications/${application.id}/timeline`).set(owner.auth).expect(200);
    expect(timeline.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ eventType: 'DEADLINE_EXTENDED', actorName: 'Sanne Secretaris', payload: expect.objectContaining({ reason: 'Coach is een week met verlof' }) })]),
    );

    // A reminder that went out is listed as sent; the others stay planned.
    await t.dataSource.query(`UPDATE outbox SET available_at = now() WHERE topic = 'deadline.reminder' AND payload->>'deadlineId' = $1 AND payload->>'stage' = 'before'`, [
      listed.id,
    ]);
    await waitFor('the before reminder', async () => (await notificationsOf(t.dataSource, application.id)).some((n) => n.template === 'deadline-reminder'));
    await settled();
    const reminded = (await listAs(secretary, application.id))[0];
    expect(reminded.remindersSent.map((r) => r.stage)).toEqual(['before']);
    expect(reminded.remindersPlanned.map((r) => r.stage)).toEqual(['missed', 'escalation']);

    // Marking it done by hand is refused: it closes when the coach returns feedback, and the refusal says so.
    const refused = await request(t.server).post(`/deadlines/${listed.id}/complete`).set(secretary.auth).send({}).expect(409);
    expect(refused.body).toMatchObject({ code: 'DEADLINE_NOT_COMPLETED_BY_HAND', completedBy: 'give-feedback' });
    expect(refused.body.message).toContain('Feedback geven op het werkblad');
    await request(t.server).post(`/deadlines/${listed.id}/complete`).set(owner.auth).send({}).expect(403);
    await request(t.server).post(`/deadlines/00000000-0000-4000-8000-000000000000/complete`).set(secretary.auth).send({}).expect(404);
    await request(t.server).post(`/deadlines/not-a-uuid/complete`).set(secretary.auth).send({}).expect(400);
  });

  it('only the agenda deadline is marked done by hand; every other kind names the step that closes it', () => {
    const byHand = DEADLINE_KINDS.filter((kind) => DEADLINE_KIND_SPECS[kind].completedByHand);
    expect(byHand).toEqual(['committee_agenda']);
    expect(DEADLINE_KINDS.filter((kind) => !DEADLINE_KIND_SPECS[kind].completedByHand).map((kind) => DEADLINE_ACTION[kind])).toEqual([
      'answer-invitation',
      'write-review',
      'give-feedback',
      'submit-revision',
      'meet-conditions',
      'apply-reassessment',
    ]);
  });

  it('every to-do item leads to the screen where it is finished', () => {
    const applicationId = '11111111-1111-4111-8111-111111111111';
    const meetingId = '22222222-2222-4222-8222-222222222222';
    const paths = Object.fromEntries((Object.keys(TO_DO_ACTIONS) as TodoAction[]).map((action) => [action, todoPath(action, { applicationId, subjectId: meetingId })]));
    const a = `/aanmeldingen/${applicationId}`;
    expect(paths).toEqual({
      'complete-application': a,
      'provide-information': a,
      'write-description': `${a}/werkblad`,
      'give-feedback': `${a}/werkblad`,
      'decide-admission': a,
      'start-panel': `${a}/panel`,
      'compose-panel': `${a}/panel`,
      'answer-invitation': '/beoordelingen',
      'write-review': `/beoordelingen/${applicationId}`,
      'schedule-committee': '/vergaderingen',
      'send-agenda': `/vergaderingen/${meetingId}`,
      decide: `${a}/dossier`,
      'resolve-objection': `${a}/dossier`,
      'send-decision-letter': a,
      'meet-conditions': `${a}/besluit`,
      'submit-revision': `${a}/besluit`,
      publish: a,
      'apply-reassessment': a,
    });
  });

  it('the agenda to-do leads to the meeting, where the secretary previews and sends the agenda mail to the committee; reviewers stay anonymous to the coach', async () => {
    const seats = reviewers.map((reviewer) => ({ reviewer, kind: 'practice' as const, proposedLevel: 'goed_beschreven' as const }));
    const first = await driveToAwaitingCommittee(t, people(), seats);
    const second = await driveToAwaitingCommittee(t, people(), seats);
    const meetingId = await planMeeting(t, secretary, committeeId, new Date(Date.now() + 21 * 86_400_000));
    await placeOnAgenda(t, secretary, meetingId, first.id);
    await placeOnAgenda(t, secretary, meetingId, second.id);
    await settled();

    // The review deadlines: the secretary reads the reviewers' names, the coach only their letters, the owner nothing.
    const asSecretary = await listAs(secretary, first.id);
    const reviews = asSecretary.filter((d) => d.kind === 'review');
    expect(reviews.map((d) => [d.status, d.assignees.names])).toEqual(
      expect.arrayContaining([
        ['met', ['Beoordelaar Persoon 1']],
        ['met', ['Beoordelaar Persoon 2']],
        ['met', ['Beoordelaar Persoon 3']],
      ]),
    );
    const asCoach = (await listAs(coach, first.id)).filter((d) => d.kind === 'review');
    expect(asCoach.map((d) => d.assignees.names[0]).sort()).toEqual(['Beoordelaar A', 'Beoordelaar B', 'Beoordelaar C']);
    expect(asCoach.every((d) => d.assigneeIds.length === 0)).toBe(true);
    expect(JSON.stringify(await listAs(owner, first.id))).not.toContain('Persoon');

    // The agenda deadline: the secretaries are due; the one who extends is not told, the other is.
    const agenda = asSecretary.find((d) => d.kind === 'committee_agenda')!;
    expect(agenda).toMatchObject({ status: 'open', allowedActions: ['extend', 'complete'], toldOnExtension: ['Sem Secretaris'] });

    // The to-do item leads to the meeting page.
    const todo = await request(t.server).get('/me/todo').set(secretary.auth).expect(200);
    const items: { applicationId: string; action: string; link: string }[] = Array.isArray(todo.body) ? todo.body : todo.body.items;
    expect(items.filter((item) => item.action === 'send-agenda').map((item) => [item.applicationId, item.link]).sort()).toEqual(
      [
        [first.id, `${APP_URL}/vergaderingen/${meetingId}`],
        [second.id, `${APP_URL}/vergaderingen/${meetingId}`],
      ].sort(),
    );

    // The meeting page's mailing status; only secretaries ask for it or act on it.
    const status = await request(t.server).get(`/meetings/${meetingId}/agenda-mailing`).set(secretary.auth).expect(200);
    expect(status.body).toMatchObject({ openCount: 2, allowedActions: ['send-agenda'], lastSentAt: null, dueAt: agenda.dueAt });
    await request(t.server).get(`/meetings/${meetingId}/agenda-mailing`).set(chair.auth).expect(403);
    await request(t.server).post(`/meetings/${meetingId}/agenda-mailing/preview`).set(member.auth).expect(403);
    await request(t.server).post(`/meetings/${meetingId}/agenda-mailing/send`).set(chair.auth).expect(403);
    await request(t.server).post(`/meetings/00000000-0000-4000-8000-000000000000/agenda-mailing/send`).set(secretary.auth).expect(404);
    await request(t.server).post(`/meetings/00000000-0000-4000-8000-000000000000/agenda-mailing/preview`).set(secretary.auth).expect(404);

    // One case's agenda deadline marked done on its own (from the application page): a stale version is refused first.
    const secondAgenda = (await listAs(secretary, second.id)).find((d) => d.kind === 'committee_agenda')!;
    const staleDone = await request(t.server).post(`/deadlines/${secondAgenda.id}/complete`).set(secretary.auth).send({ version: secondAgenda.version + 1 }).expect(409);
    expect(staleDone.body.code).toBe('DEADLINE_STALE_VERSION');
    await request(t.server).post(`/deadlines/${secondAgenda.id}/complete`).set(coach.auth).send({ version: secondAgenda.version }).expect(403);
    const done = await request(t.server).post(`/deadlines/${secondAgenda.id}/complete`).set(secretary.auth).send({ version: secondAgenda.version }).expect(200);
    expect(done.body).toMatchObject({ status: 'met', metAt: expect.any(String) });
    expect((await request(t.server).get(`/meetings/${meetingId}/agenda-mailing`).set(secretary.auth).expect(200)).body.openCount).toBe(1);

    // The preview: who receives it (chair and member) and the mail in each of their languages, with the whole agenda and the dossiers' addresses.
    const [firstApp] = await t.dataSource.query(`SELECT reference, name FROM applications WHERE id = $1`, [first.id]);
    const preview = await request(t.server).post(`/meetings/${meetingId}/agenda-mailing/preview`).set(secretary.auth).expect(200);
    expect(preview.body.recipients).toEqual([
      { name: 'Maud Member', email: member.user.email, language: 'en' },
      { name: 'Veerle Voorzitter', email: chair.user.email, language: 'nl' },
    ]);
    const previewed: Record<string, { to: string; subject: string; text: string; link: string }> = Object.fromEntries(
      preview.body.mails.map((mail: { language: string }) => [mail.language, mail]),
    );
    expect(previewed.nl).toMatchObject({ to: chair.user.email, subject: expect.stringMatching(/^Agenda en dossiers: Deelcommissie Participatie, /), link: `${APP_URL}/vergaderingen/${meetingId}` });
    expect(previewed.nl.text).toContain(`1. ${firstApp.reference} ${firstApp.name}: ${APP_URL}/aanmeldingen/${first.id}/dossier`);
    expect(previewed.nl.text).toContain(`${APP_URL}/aanmeldingen/${second.id}/dossier`);
    expect(previewed.nl.text).toMatch(/van de Deelcommissie Participatie op \d{1,2} \w+ \d{4} om \d{2}:\d{2}\./);
    expect(previewed.en).toMatchObject({ to: member.user.email, subject: expect.stringMatching(/^Agenda and dossiers: Deelcommissie Participatie, /) });
    expect(previewed.en.text).toContain('Dear Maud Member,');
    // Nothing was sent by the preview.
    expect((await request(t.server).get(`/meetings/${meetingId}/agenda-mailing`).set(secretary.auth).expect(200)).body.openCount).toBe(1);

    // Sending: one mail each, exactly the preview; the rest of the agenda deadlines are met, and each case's history says what went to whom.
    const sent = await request(t.server).post(`/meetings/${meetingId}/agenda-mailing/send`).set(secretary.auth).expect(200);
    expect(sent.body.completed.map((d: { applicationId: string; status: string }) => [d.applicationId, d.status])).toEqual([[first.id, 'met']]);
    expect(sent.body.recipients.map((r: { name: string }) => r.name)).toEqual(['Maud Member', 'Veerle Voorzitter']);
    const mailTo = (address: string) => waitFor(`the agenda mail to ${address}`, () => sink.messages.find((m) => m.to.includes(address.toLowerCase()) && m.subject.startsWith('Agenda')));
    const toChair = await mailTo(chair.user.email);
    const toMember = await mailTo(member.user.email);
    const asSent = (mail: { subject: string; text: string }) => [mail.subject, mail.text.replace(/\r\n/g, '\n').trimEnd()];
    expect(asSent(toChair)).toEqual(asSent(previewed.nl));
    expect(asSent(toMember)).toEqual(asSent(previewed.en));
    for (const id of [first.id, second.id])
      expect((await deadlinesOf(t.dataSource, id)).filter((d) => d.kind === 'committee_agenda').map((d) => d.status)).toEqual(['met']);
    const history = await t.dataSource.query(`SELECT actor_id AS "actorId", payload FROM audit_events WHERE application_id = $1 AND event_type = 'AGENDA_SENT'`, [first.id]);
    expect(history).toEqual([
      {
        actorId: secretary.user.id,
        payload: expect.objectContaining({ kind: 'committee_agenda', meetingId, committeeName: 'Deelcommissie Participatie', recipientNames: ['Maud Member', 'Veerle Voorzitter'] }),
      },
    ]);
    // No agenda reminder is left to fire, the to-do item is gone, and a second sending says why nothing happens.
    expect(await remindersOf(t.dataSource, agenda.id)).toEqual([]);
    const after = await request(t.server).get('/me/todo').set(secretary.auth).expect(200);
    expect((Array.isArray(after.body) ? after.body : after.body.items).filter((item: { action: string }) => item.action === 'send-agenda')).toEqual([]);
    const again = await request(t.server).post(`/meetings/${meetingId}/agenda-mailing/send`).set(secretary.auth).expect(409);
    expect(again.body.code).toBe('NO_OPEN_AGENDA_DEADLINE');
    expect((await request(t.server).get(`/meetings/${meetingId}/agenda-mailing`).set(secretary.auth).expect(200)).body).toMatchObject({
      openCount: 0,
      allowedActions: [],
      lastSentAt: expect.any(String),
    });
    // A closed deadline is neither extended nor completed again.
    const closed = await request(t.server).post(`/deadlines/${agenda.id}/complete`).set(secretary.auth).send({}).expect(409);
    expect(closed.body.code).toBe('DEADLINE_CLOSED');
  });

  it('refuses to preview or send an agenda that would reach nobody, saying why', async () => {
    const seats = reviewers.map((reviewer) => ({ reviewer, kind: 'practice' as const, proposedLevel: 'goed_beschreven' as const }));
    const lonelyChair = await createUser(t, ['chair'], { name: 'Vertrokken Voorzitter' });
    const lonelyCommittee = await createCommittee(t, admin, lonelyChair, []);
    const application = await driveToAwaitingCommittee(t, people(), seats);
    const meetingId = await planMeeting(t, secretary, lonelyCommittee, new Date(Date.now() + 21 * 86_400_000));
    await placeOnAgenda(t, secretary, meetingId, application.id);
    await settled();
    await t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [lonelyChair.user.id]);
    for (const step of ['preview', 'send']) {
      const refused = await request(t.server).post(`/meetings/${meetingId}/agenda-mailing/${step}`).set(secretary.auth).expect(409);
      expect(refused.body).toMatchObject({ code: 'NO_AGENDA_RECIPIENTS', message: expect.stringContaining('geen voorzitter of lid met een actief account') });
    }
    expect((await request(t.server).get(`/meetings/${meetingId}/agenda-mailing`).set(secretary.auth).expect(200)).body.openCount).toBe(1);
  });
});
