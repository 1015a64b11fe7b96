import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { DecisionsService } from '../../src/decisions/decisions.service.js';
import { COVERING_MESSAGE_MAX_LENGTH } from '../../src/decisions/dto/decision.dto.js';
import { addMonths } from '../../src/track/track.machine.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { notificationsOf, startWorker, waitFor, waitUntilSettled } from '../notifications/support/worker.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { asAuthUser } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import {
  createCommittee,
  currentVersion,
  driveToAwaitingCommittee,
  pdfText,
  placeOnAgenda,
  planMeeting,
  startMeeting,
  type PanelSeatFixture,
} from './support/committee-fixtures.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

const DAY_MS = 86_400_000;
const APP_URL = 'https://erkenning.example';
const MOTIVATION = 'De praktijkervaring overtuigt de commissie.';
const COVERING = 'Gefeliciteerd! Wij nemen binnenkort contact op over de publicatie.';

function binary(response: unknown, callback: (error: Error | null, body: Buffer) => void) {
  const stream = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/**
 * Four eyes on the decision letter, against the real Postgres, Redis, BullMQ worker and SMTP
 * server: the chair records, the letter is a draft only chair and secretaries read, the secretary
 * sends it; before that the owner sees and hears nothing of the decision, afterwards everything.
 */
describe('decision letter: recorded by the chair, sent by the secretary', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let owner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let chair: TestUser;
  let member: TestUser;
  let reviewers: TestUser[];
  let committeeId: string;

  const settle = () => waitUntilSettled(worker, t.dataSource, t.config.REDIS_URL);
  const templatesTo = async (id: string, user: TestUser) =>
    (await notificationsOf(t.dataSource, id)).filter((row) => row.recipientId === user.user.id).map((row) => row.template);
  const mailsTo = async (id: string, user: TestUser) =>
    sink.withHeader('X-Notification-Id', (await notificationsOf(t.dataSource, id)).map((row) => row.id)).filter((mail) => mail.to.includes(user.user.email));

  const seats = (): PanelSeatFixture[] =>
    reviewers.map((reviewer) => ({ reviewer, kind: 'practice' as const, proposedLevel: 'goed_beschreven' as const }));

  async function decidedByChair(body: Record<string, unknown>) {
    const meetingId = await planMeeting(t, secretary, committeeId);
    const { id } = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats());
    const version = await placeOnAgenda(t, secretary, meetingId, id);
    await startMeeting(t, meetingId);
    await request(t.server).post(`/applications/${id}/decision`).set(chair.auth).send({ version, ...body }).expect(201);
    return id;
  }

  /** Everything the owner can read about the application, as one text to search. */
  async function ownerSees(id: string) {
    const view = await request(t.server).get(`/applications/${id}`).set(owner.auth).expect(200);
    const decisions = await request(t.server).get(`/applications/${id}/decisions`).set(owner.auth).expect(200);
    const timeline = await request(t.server).get(`/applications/${id}/timeline`).set(owner.auth).expect(200);
    const documents = await request(t.server).get(`/applications/${id}/documents`).set(owner.auth).expect(200);
    const notifications = await request(t.server).get('/notifications').set(owner.auth).expect(200);
    const letter = await request(t.server).get(`/applications/${id}/decision-letter`).set(owner.auth);
    const draft = await request(t.server).get(`/applications/${id}/decision-letter/draft`).set(owner.auth);
    return {
      view: view.body,
      decisions: decisions.body.decisions as { verdict: string; coveringMessage: string | null }[],
      timeline: timeline.body as { eventType: string }[],
      letterStatus: letter.status,
      draftStatus: draft.status,
      text: JSON.stringify([view.body, decisions.body, timeline.body, documents.body, notifications.body]),
    };
  }

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({ SMTP_URL: sink.url, APP_URL, MAIL_RETRY_DELAY_MS: '20' });
    await t.reset();
    worker = await startWorker(t.config);
    const admin = await createUser(t, ['admin']);
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', language: 'nl' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie', language: 'nl' });
    coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Mr. Voorzitter Visser', language: 'nl' });
    member = await createUser(t, ['committee_member']);
    reviewers = await Promise.all([1, 2, 3].map(() => createUser(t, ['reviewer'])));
    committeeId = await createCommittee(t, admin, chair, [member]);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  it('keeps the decision from the owner until the secretary sends the letter, then tells everything', async () => {
    const id = await decidedByChair({ verdict: 'recognised', level: 'goed_beschreven', motivation: MOTIVATION });
    await settle();

    // Before sending: the owner sees no verdict anywhere, and no mail or notification about it.
    const before = await ownerSees(id);
    expect(before.view).toMatchObject({ state: 'letterDraft', phase: 'commissie', decided: false });
    expect(before.view.allowedActions).toEqual([]);
    expect(before.decisions).toEqual([]);
    expect(before.timeline.map((line) => line.eventType)).not.toContain('RECORD_DECISION');
    expect(before.letterStatus).toBe(404);
    expect(before.draftStatus).toBe(404);
    for (const secret of [MOTIVATION, 'recognised', 'erkend', '"verdict"']) expect(before.text).not.toContain(secret);
    expect(await templatesTo(id, owner)).not.toContain('decision');
    expect((await mailsTo(id, owner)).map((mail) => mail.headers['x-notification-template'])).not.toContain('decision');
    // The secretary is asked to read and send it; the chair and the coach hear nothing yet.
    await waitFor('the secretary is told', async () => (await mailsTo(id, secretary)).find((mail) => mail.headers['x-notification-template'] === 'decision-letter-ready'));
    expect(await templatesTo(id, coach)).not.toContain('decision-staff');

    // Chair and secretary read the draft as a PDF in the browser; nobody else does.
    for (const reader of [chair, secretary]) {
      const draft = await request(t.server).get(`/applications/${id}/decision-letter/draft`).set(reader.auth).buffer(true).parse(binary).expect(200);
      expect(draft.headers['content-type']).toBe('application/pdf');
      expect(draft.headers['content-disposition']).toMatch(/^inline; filename="concept-besluit-ERK-/);
      const text = pdfText(draft.body as Buffer);
      expect(text).toContain('CONCEPT');
      expect(text).toContain(MOTIVATION);
    }
    for (const outsider of [member, coach]) await request(t.server).get(`/applications/${id}/decision-letter/draft`).set(outsider.auth).expect(404);
    const secretaryView = await request(t.server).get(`/applications/${id}`).set(secretary.auth).expect(200);
    expect(secretaryView.body.allowedActions).toEqual(['SEND_DECISION_LETTER']);
    const sendingTodo = async () =>
      (await request(t.server).get('/me/todo').set(secretary.auth).expect(200)).body.items.filter((item: { applicationId: string }) => item.applicationId === id);
    expect(await sendingTodo()).toEqual([expect.objectContaining({ action: 'send-decision-letter', link: expect.stringMatching(new RegExp(`/aanmeldingen/${id}$`)) })]);

    // Only the secretary sends, with a covering message of bounded length.
    const version = await currentVersion(t, id);
    await request(t.server).post(`/applications/${id}/decision-letter/send`).set(owner.auth).send({ version }).expect(403);
    await request(t.server).post(`/applications/${id}/decision-letter/send`).set(chair.auth).send({ version }).expect(403);
    const tooLong = await request(t.server)
      .post(`/applications/${id}/decision-letter/send`)
      .set(secretary.auth)
      .send({ version, coveringMessage: 'x'.repeat(COVERING_MESSAGE_MAX_LENGTH + 1) })
      .expect(400);
    expect(tooLong.body.errors.map((error: { field: string }) => error.field)).toEqual(['coveringMessage']);
    const stale = await request(t.server).post(`/applications/${id}/decision-letter/send`).set(secretary.auth).send({ version: version - 1 }).expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');

    const sent = await request(t.server).post(`/applications/${id}/decision-letter/send`).set(secretary.auth).send({ version, coveringMessage: COVERING }).expect(200);
    expect(sent.body.application).toMatchObject({ state: 'decided.recognised', decided: true });
    expect(sent.body.decision).toMatchObject({ coveringMessage: COVERING, letterSentAt: expect.any(String) });
    const twice = await request(t.server).post(`/applications/${id}/decision-letter/send`).set(secretary.auth).send({ version: version + 1 }).expect(409);
    expect(twice.body.code).toBe('EVENT_NOT_ALLOWED_IN_STATE');
    await request(t.server).get(`/applications/${id}/decision-letter/draft`).set(secretary.auth).expect(404);
    expect((await sendingTodo()).map((item: { action: string }) => item.action)).not.toContain('send-decision-letter');

    // After sending: the owner sees all of it and gets the mail with the covering message.
    await settle();
    const after = await ownerSees(id);
    expect(after.view).toMatchObject({ state: 'decided.recognised', phase: 'besluit', decided: true });
    expect(after.decisions).toEqual([expect.objectContaining({ verdict: 'recognised', coveringMessage: COVERING })]);
    expect(after.timeline.map((line) => line.eventType)).toContain('SEND_DECISION_LETTER');
    expect(after.letterStatus).toBe(200);
    expect(after.text).toContain(MOTIVATION);
    const letter = await request(t.server).get(`/applications/${id}/decision-letter`).set(owner.auth).buffer(true).parse(binary).expect(200);
    expect(pdfText(letter.body as Buffer)).not.toContain('CONCEPT');
    const [mail] = await waitFor('the decision mail', async () => {
      const mails = (await mailsTo(id, owner)).filter((m) => m.headers['x-notification-template'] === 'decision');
      return mails.length ? mails : null;
    });
    expect(mail.subject).toContain('Besluit van de erkenningscommissie');
    expect(mail.text).toContain(COVERING);
    expect(mail.text).toContain('erkend');
    expect(await templatesTo(id, owner)).toEqual(expect.arrayContaining(['decision']));
    expect((await templatesTo(id, owner)).filter((template) => template === 'decision')).toHaveLength(1);
    expect(await templatesTo(id, chair)).toContain('decision-staff');
    expect(await templatesTo(id, coach)).toContain('decision-staff');
  });

  it('runs the conditions period and the objection window from the sending, not from the meeting', async () => {
    const id = await decidedByChair({ verdict: 'conditionally_recognised', level: 'goed_beschreven', conditions: 'Voeg een kostenoverzicht toe.' });
    const [{ decided_at: decidedAt }]: { decided_at: Date }[] = await t.dataSource.query(`SELECT decided_at FROM decisions WHERE application_id = $1`, [id]);
    // The secretary sends the letter ten days after the meeting.
    const sentAt = new Date(decidedAt.getTime() + 10 * DAY_MS);
    const sent = await t.app.get(DecisionsService).sendLetter(asAuthUser(secretary.user), id, { version: await currentVersion(t, id) }, sentAt);
    expect(sent.decision.conditionsDeadline).toEqual(new Date(addMonths(sentAt.toISOString(), 6)));
    expect(sent.decision.objectionDeadline).toEqual(new Date(sentAt.getTime() + 42 * DAY_MS));
    await settle();
    const [conditions]: { due_at: Date }[] = await t.dataSource.query(`SELECT due_at FROM deadlines WHERE application_id = $1 AND kind = 'conditions'`, [id]);
    expect(conditions.due_at.toISOString()).toBe(addMonths(sentAt.toISOString(), 6));
    // 45 days after the meeting is within six weeks of the letter: the owner may still object.
    const decisions = t.app.get(DecisionsService);
    const lodged = await decisions.lodgeObjection(asAuthUser(owner.user), id, { grounds: 'Het kostenoverzicht staat al in hoofdstuk 4.' }, new Date(decidedAt.getTime() + 45 * DAY_MS));
    expect(lodged.application.state).toBe('objection');
  });

  it('refuses to move a meeting into the past, naming the field', async () => {
    const meetingId = await planMeeting(t, secretary, committeeId);
    const past = await request(t.server)
      .patch(`/meetings/${meetingId}`)
      .set(secretary.auth)
      .send({ startsAt: new Date(Date.now() - 60_000).toISOString() })
      .expect(400);
    expect(past.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'startsAt' }] });
    const later = new Date(Date.now() + 9 * DAY_MS).toISOString();
    const moved = await request(t.server).patch(`/meetings/${meetingId}`).set(secretary.auth).send({ startsAt: later }).expect(200);
    expect(moved.body.startsAt).toBe(later);
  });
});
