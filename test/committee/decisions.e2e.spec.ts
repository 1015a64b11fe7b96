import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { DecisionsService } from '../../src/decisions/decisions.service.js';
import type { RecordDecisionDto } from '../../src/decisions/dto/decision.dto.js';
import { formatDutchDate } from '../../src/decisions/dutch-date.js';
import { addMonths } from '../../src/track/track.machine.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { asAuthUser, sendAs } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import {
  createCommittee,
  currentVersion,
  driveToAwaitingCommittee,
  insertReviews,
  pdfText,
  placeOnAgenda,
  planMeeting,
  startMeeting,
  type PanelSeatFixture,
} from './support/committee-fixtures.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

const DAY_MS = 86_400_000;

function binary(response: unknown, callback: (error: Error | null, body: Buffer) => void) {
  const stream = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

async function filesUnder(dir: string): Promise<number> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
}

describe('committee decisions over HTTP', () => {
  let t: TestApp;
  let owner: TestUser;
  let otherOwner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let chair: TestUser;
  let member: TestUser;
  let chairSittingAsMember: TestUser;
  let otherChair: TestUser;
  let reviewers: TestUser[];
  let committeeName: string;
  let committeeId: string;
  let meetingId: string;

  /** Practice reviewers for Goed beschreven; alternating science/practice on four-member panels. */
  const seats = (...levels: PanelSeatFixture['proposedLevel'][]): PanelSeatFixture[] =>
    levels.map((proposedLevel, index) => ({
      reviewer: reviewers[index],
      kind: levels.length >= 4 && index % 2 === 0 ? 'science' : 'practice',
      proposedLevel,
    }));

  async function caseOnAgenda(panel: PanelSeatFixture[], targetLevel: Parameters<typeof driveToAwaitingCommittee>[3] = {}) {
    const { id } = await driveToAwaitingCommittee(t, { owner, secretary, coach }, panel, targetLevel);
    const version = await placeOnAgenda(t, secretary, meetingId, id);
    await startMeeting(t, meetingId);
    return { id, version };
  }

  /**
   * The chair records the decision through the service with an earlier clock: the meeting begins
   * just before that moment, and is back at today's start afterwards for the next case's placement.
   */
  async function decideAt(at: Date, id: string, body: RecordDecisionDto) {
    await startMeeting(t, meetingId, new Date(at.getTime() - 60_000));
    try {
      const decisions = t.app.get(DecisionsService);
      await decisions.record(asAuthUser(chair.user), id, body, at);
      // The secretary sends the letter the same moment, so the owner's deadlines run from `at`.
      return await decisions.sendLetter(asAuthUser(secretary.user), id, { version: body.version + 1 }, at);
    } finally {
      await startMeeting(t, meetingId);
    }
  }

  function decide(user: TestUser, id: string, body: Record<string, unknown>) {
    return request(t.server).post(`/applications/${id}/decision`).set(user.auth).send(body);
  }

  /** The secretary sends the draft letter of the recorded decision; only then does the owner hear of it. */
  async function sendLetter(id: string, extra: Record<string, unknown> = {}) {
    const response = await request(t.server)
      .post(`/applications/${id}/decision-letter/send`)
      .set(secretary.auth)
      .send({ version: await currentVersion(t, id), ...extra })
      .expect(200);
    return response;
  }

  async function letterOf(user: TestUser, id: string) {
    const response = await request(t.server).get(`/applications/${id}/decision-letter`).set(user.auth).buffer(true).parse(binary).expect(200);
    return { response, pdf: response.body as Buffer, text: pdfText(response.body as Buffer) };
  }

  async function stateOf(id: string): Promise<{ state: string; reviewRound: number }> {
    const [row]: { state: string; round: number }[] = await t.dataSource.query(
      `SELECT state, (snapshot->'context'->>'reviewRound')::int AS round FROM applications WHERE id = $1`,
      [id],
    );
    return { state: row.state, reviewRound: row.round };
  }

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    const admin = await createUser(t, ['admin']);
    owner = await createUser(t, ['owner']);
    otherOwner = await createUser(t, ['owner'], { organisation: 'Andere Stichting' });
    secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Mr. Voorzitter Visser' });
    member = await createUser(t, ['committee_member']);
    chairSittingAsMember = await createUser(t, ['chair', 'committee_member']);
    otherChair = await createUser(t, ['chair']);
    reviewers = await Promise.all(
      ['Prof. Geheimhouder', 'Drs. Naamloos', 'Ir. Anoniempje', 'Dr. Verborgen'].map((name) => createUser(t, ['reviewer'], { name })),
    );
    committeeName = 'Maatschappelijke ondersteuning, participatie en veiligheid';
    committeeId = await createCommittee(t, admin, chair, [member, chairSittingAsMember], committeeName);
    await createCommittee(t, admin, otherChair, [], 'Jeugd');
    meetingId = await planMeeting(t, secretary, committeeId);
  });
  afterAll(() => t.close());

  describe('recording a decision', () => {
    it('recognises at the level the majority supports, writing the decision, its letter, the history and the outbox together', async () => {
      const panel = seats('goed_beschreven', 'goed_beschreven', null);
      panel[0].feedback = 'De doelen en de aanpak sluiten goed op elkaar aan.';
      panel[2].feedback = 'Werk de overdraagbaarheid verder uit.';
      panel[2].remarks = 'VERTROUWELIJK-NIET-VOOR-DE-EIGENAAR';
      const { id, version } = await caseOnAgenda(panel);
      expect((await request(t.server).get(`/applications/${id}`).set(chair.auth).expect(200)).body.decided).toBe(false);

      const response = await decide(chair, id, { version, verdict: 'recognised', level: 'goed_beschreven' }).expect(201);
      expect(response.body.decision).toMatchObject({
        verdict: 'recognised',
        verdictLabel: { nl: 'erkend' },
        level: 'goed_beschreven',
        levelLabel: 'Goed beschreven',
        round: 1,
        kind: 'decision',
        meetingId,
        departsFromPanel: false,
        motivation: null,
        panel: { supportedLevel: 'goed_beschreven', tally: { goed_beschreven: 2, not_recognised: 1 } },
      });
      expect(response.body.application).toMatchObject({ state: 'letterDraft', version: version + 1, decided: false });
      // Four eyes: no letter is stored before the secretary sends it.
      expect(await t.dataSource.query(`SELECT id FROM decision_letters WHERE application_id = $1`, [id])).toEqual([]);
      const sent = await sendLetter(id);
      expect(sent.body.application).toMatchObject({ state: 'decided.recognised', version: version + 2, decided: true });
      expect(sent.body.decision).toMatchObject({ id: response.body.decision.id, letterSentAt: expect.any(String) });

      const [letterRow]: { decision_id: string; storage_key: string; sha256: string }[] = await t.dataSource.query(
        `SELECT decision_id, storage_key, sha256 FROM decision_letters WHERE application_id = $1`,
        [id],
      );
      expect(letterRow.decision_id).toBe(response.body.decision.id);
      const [audit]: { payload: Record<string, unknown>; actor_kind: string }[] = await t.dataSource.query(
        `SELECT payload, actor_kind FROM audit_events WHERE application_id = $1 AND event_type = 'RECORD_DECISION'`,
        [id],
      );
      expect(audit).toMatchObject({ actor_kind: 'chair', payload: { decisionId: response.body.decision.id, verdict: 'recognised', level: 'goed_beschreven' } });
      const outbox: { payload: { event: string; details: Record<string, unknown> } }[] = await t.dataSource.query(
        `SELECT payload FROM outbox WHERE application_id = $1 AND payload->>'event' = 'RECORD_DECISION'`,
        [id],
      );
      expect(outbox).toHaveLength(1);
      expect(outbox[0].payload.details).toMatchObject({ decisionId: response.body.decision.id, verdict: 'recognised' });

      const { response: download, pdf, text } = await letterOf(owner, id);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toMatch(/^attachment; filename="besluit-ERK-\d{4}-\d{4,}\.pdf"$/);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(letterRow.sha256);
      expect(text).toContain('Erkenningscommissie Interventies');
      expect(text).toContain(`Deelcommissie ${committeeName}`);
      expect(text).toContain(`Datum: ${formatDutchDate(new Date())}`);
      expect(text).toContain('Samen tegen eenzaamheid');
      expect(text).toContain('te erkennen op het niveau Goed beschreven');
      expect(text).toContain('Erkend, niveau Goed beschreven');
      expect(text).toContain('Beoordelaar A De doelen en de aanpak sluiten goed op elkaar aan.');
      expect(text).toContain('Beoordelaar C Werk de overdraagbaarheid verder uit.');
      expect(text).toContain(`uiterlijk op ${formatDutchDate(new Date(Date.now() + 42 * DAY_MS))}`);
      expect(text).toContain('Mr. Voorzitter Visser');
      for (const reviewer of reviewers) expect(text).not.toContain(reviewer.user.name);
      expect(text).not.toContain('VERTROUWELIJK');

      await letterOf(secretary, id);
      await letterOf(coach, id);
      await letterOf(member, id);
      await request(t.server).get(`/applications/${id}/decision-letter`).set(otherOwner.auth).expect(404);
      await request(t.server).get(`/applications/${id}/decision-letter`).set(otherChair.auth).expect(404);

      const forOwner = await request(t.server).get(`/applications/${id}/decisions`).set(owner.auth).expect(200);
      expect(forOwner.body.decisions).toHaveLength(1);
      expect(forOwner.body.decisions[0]).not.toHaveProperty('panel');
      expect(forOwner.body.decisions[0]).not.toHaveProperty('departsFromPanel');
    });

    it('refuses a decision outside the rules with the rule it breaks, and writes nothing', async () => {
      const { id, version } = await caseOnAgenda(seats('goed_beschreven', null, null));
      const files = await filesUnder(t.config.STORAGE_DIR);

      const minority = await decide(chair, id, { version, verdict: 'recognised', level: 'goed_beschreven', motivation: 'Toch erkennen.' }).expect(400);
      expect(minority.body).toMatchObject({
        code: 'DECISION_RULES_BROKEN',
        rule: 'MAJORITY_REQUIRED',
        rules: [{ code: 'MAJORITY_REQUIRED', field: 'level', message: expect.stringContaining('1 van 3') }],
        errors: [{ field: 'level' }],
      });
      const noLevel = await decide(chair, id, { version, verdict: 'recognised' }).expect(400);
      expect(noLevel.body.rule).toBe('LEVEL_REQUIRED');
      const skipped = await decide(chair, id, { version, verdict: 'recognised', level: 'goed_onderbouwd', motivation: 'x' }).expect(400);
      expect(skipped.body.rules.map((r: { code: string }) => r.code)).toEqual(['PANEL_COMPOSITION', 'LEVEL_ABOVE_TARGET', 'LEVEL_ABOVE_PANEL']);

      expect(await stateOf(id)).toMatchObject({ state: 'onAgenda' });
      expect(await currentVersion(t, id)).toBe(version);
      expect(await t.dataSource.query(`SELECT id FROM decisions WHERE application_id = $1`, [id])).toEqual([]);
      expect(await filesUnder(t.config.STORAGE_DIR)).toBe(files);
      await request(t.server).get(`/applications/${id}/decision-letter`).set(owner.auth).expect(404);
    });

    it('needs unanimity above Goed beschreven, and a motivation to depart from the panel', async () => {
      const { id, version } = await caseOnAgenda(seats('goed_onderbouwd', 'goed_onderbouwd', 'goed_onderbouwd', 'goed_beschreven'), {
        targetLevel: 'goed_onderbouwd',
      });
      const split = await decide(chair, id, { version, verdict: 'recognised', level: 'goed_onderbouwd' }).expect(400);
      expect(split.body.rule).toBe('UNANIMITY_REQUIRED');
      const effect = await decide(chair, id, { version, verdict: 'recognised', level: 'effectief_eerste', motivation: 'x' }).expect(400);
      expect(effect.body.rules.map((r: { code: string }) => r.code)).toEqual(['EFFECT_LEVEL_NEEDS_EFFECT_TARGET', 'LEVEL_ABOVE_PANEL']);
      const refusal = await decide(chair, id, { version, verdict: 'not_recognised' }).expect(400);
      expect(refusal.body.rule).toBe('MOTIVATION_REQUIRED');

      // The panel supports Goed beschreven (a majority); following it needs no motivation.
      const followed = await decide(chair, id, { version, verdict: 'recognised', level: 'goed_beschreven' }).expect(201);
      expect(followed.body.decision).toMatchObject({ level: 'goed_beschreven', departsFromPanel: false });

      const unanimous = await caseOnAgenda(seats('goed_onderbouwd', 'goed_onderbouwd', 'effectief_eerste', 'goed_onderbouwd'), {
        targetLevel: 'goed_onderbouwd',
      });
      const lower = await decide(chair, unanimous.id, { version: unanimous.version, verdict: 'recognised', level: 'goed_beschreven' }).expect(400);
      expect(lower.body).toMatchObject({ rule: 'DEPARTURE_NEEDS_MOTIVATION', errors: [{ field: 'motivation' }] });
      const motivated = await decide(chair, unanimous.id, {
        version: unanimous.version,
        verdict: 'recognised',
        level: 'goed_beschreven',
        motivation: 'De theoretische onderbouwing is nog te smal.',
      }).expect(201);
      expect(motivated.body.decision).toMatchObject({ level: 'goed_beschreven', departsFromPanel: true, motivation: 'De theoretische onderbouwing is nog te smal.' });
    });

    it('is taken only by the chair of the committee whose meeting has the case', async () => {
      const { id, version } = await caseOnAgenda(seats('goed_beschreven', 'goed_beschreven', 'goed_beschreven'));
      const body = { version, verdict: 'recognised', level: 'goed_beschreven' };
      await decide(member, id, body).expect(403);
      const notTheChair = await decide(chairSittingAsMember, id, body).expect(403);
      expect(notTheChair.body.code).toBe('NOT_YOUR_TURN');
      await decide(otherChair, id, body).expect(404);
      await decide(owner, id, body).expect(403);
      const stale = await decide(chair, id, { ...body, version: version - 1 }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      expect(await stateOf(id)).toMatchObject({ state: 'onAgenda' });
    });

    it('waits for the start of the meeting that has the case, saying from when, beforehand and on refusal', async () => {
      const startsAt = new Date(Date.now() + 3 * DAY_MS);
      startsAt.setUTCHours(13, 0, 0, 0);
      const laterMeeting = await planMeeting(t, secretary, committeeId, startsAt);
      const { id } = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats('goed_beschreven', 'goed_beschreven', 'goed_beschreven'));
      const version = await placeOnAgenda(t, secretary, laterMeeting, id);

      const before = await request(t.server).get(`/applications/${id}/dossier`).set(chair.auth).expect(200);
      expect(before.body.decidableFrom).toBe(startsAt.toISOString());
      const early = await decide(chair, id, { version, verdict: 'recognised', level: 'goed_beschreven' }).expect(409);
      expect(early.body).toMatchObject({ code: 'MEETING_NOT_STARTED', decidableFrom: startsAt.toISOString() });
      const dutch = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(startsAt);
      const english = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(startsAt);
      expect(early.body.message).toBe(
        `Het besluit kan pas worden vastgelegd vanaf het begin van de vergadering, ${dutch}. / The decision can be recorded from the start of the meeting, ${english}.`,
      );
      expect(await stateOf(id)).toMatchObject({ state: 'onAgenda' });
      expect(await t.dataSource.query(`SELECT id FROM decisions WHERE application_id = $1`, [id])).toEqual([]);
      const notDecided = await request(t.server).get(`/meetings/${laterMeeting}`).set(chair.auth).expect(200);
      expect(notDecided.body.agenda).toEqual([expect.objectContaining({ decision: null })]);

      await startMeeting(t, laterMeeting);
      const during = await request(t.server).get(`/applications/${id}/dossier`).set(chair.auth).expect(200);
      expect(during.body.decidableFrom).toBeNull();
      const recorded = await decide(chair, id, { version, verdict: 'recognised', level: 'goed_beschreven' }).expect(201);
      expect(recorded.body.decision).toMatchObject({ meetingId: laterMeeting, verdict: 'recognised' });

      // The agenda says what was decided on the item.
      const decided = await request(t.server).get(`/meetings/${laterMeeting}`).set(member.auth).expect(200);
      expect(decided.body.agenda).toEqual([
        expect.objectContaining({
          application: expect.objectContaining({ id }),
          decision: {
            verdict: 'recognised',
            verdictLabel: { nl: 'erkend', en: 'recognised' },
            level: 'goed_beschreven',
            levelLabel: 'Goed beschreven',
            decidedAt: recorded.body.decision.decidedAt,
          },
        }),
      ]);
    });
  });

  describe('not recognised', () => {
    it('needs a motivation, which the letter carries', async () => {
      const { id, version } = await caseOnAgenda(seats(null, null, 'goed_beschreven'));
      const bare = await decide(chair, id, { version, verdict: 'not_recognised' }).expect(400);
      expect(bare.body).toMatchObject({ rule: 'MOTIVATION_REQUIRED', errors: [{ field: 'motivation' }] });
      const levelled = await decide(chair, id, { version, verdict: 'not_recognised', level: 'goed_beschreven', motivation: 'x' }).expect(400);
      expect(levelled.body.rule).toBe('NOT_APPLICABLE');
      const refused = await decide(chair, id, { version, verdict: 'not_recognised', motivation: 'De aanpak is niet overdraagbaar beschreven.' }).expect(201);
      expect(refused.body.decision).toMatchObject({ verdict: 'not_recognised', level: null, departsFromPanel: false });
      expect(refused.body.application.state).toBe('letterDraft');
      expect((await sendLetter(id)).body.application.state).toBe('decided.notRecognised');
      const { text } = await letterOf(owner, id);
      expect(text).toContain('besloten de interventie "Samen tegen eenzaamheid" niet te erkennen');
      expect(text).toContain('Niet erkend');
      expect(text).toContain('De aanpak is niet overdraagbaar beschreven.');
    });
  });

  describe('conditional recognition', () => {
    it('names conditions with a deadline of six months at most; the secretary confirms them in time', async () => {
      const { id, version } = await caseOnAgenda(seats('goed_beschreven', 'goed_beschreven', 'goed_beschreven'));
      const conditional = { version, verdict: 'conditionally_recognised', level: 'goed_beschreven' };
      expect((await decide(chair, id, conditional).expect(400)).body.rule).toBe('CONDITIONS_REQUIRED');
      const tooLate = new Date(Date.now() + 200 * DAY_MS).toISOString();
      expect((await decide(chair, id, { ...conditional, conditions: 'x', conditionsDeadline: tooLate }).expect(400)).body.rule).toBe(
        'CONDITIONS_DEADLINE_INVALID',
      );

      const recorded = await decide(chair, id, { ...conditional, conditions: 'Voeg een kostenoverzicht toe aan de beschrijving.' }).expect(201);
      // The six months run from the letter, so there is no deadline until it is sent.
      expect(recorded.body.decision).toMatchObject({ verdict: 'conditionally_recognised', conditionsDeadline: null });
      const sent = await sendLetter(id);
      const decidedAt = sent.body.decision.letterSentAt as string;
      expect(sent.body.decision).toMatchObject({
        verdict: 'conditionally_recognised',
        conditions: 'Voeg een kostenoverzicht toe aan de beschrijving.',
        conditionsDeadline: addMonths(decidedAt, 6),
      });
      expect(sent.body.application.state).toBe('decided.conditionallyRecognised');
      const { text } = await letterOf(owner, id);
      expect(text).toContain('Erkend onder voorbehoud, niveau Goed beschreven');
      expect(text).toContain('Voeg een kostenoverzicht toe aan de beschrijving.');
      expect(text).toContain(`tot en met ${formatDutchDate(new Date(addMonths(decidedAt, 6)))}`);

      const decisions = t.app.get(DecisionsService);
      expect(await decisions.lapseConditions(id)).toBe(false);
      await request(t.server).post(`/applications/${id}/conditions/confirm`).set(chair.auth).send({ version: version + 2 }).expect(403);
      const confirmed = await request(t.server)
        .post(`/applications/${id}/conditions/confirm`)
        .set(secretary.auth)
        .send({ version: version + 2, internalNote: 'Kostenoverzicht ontvangen.' })
        .expect(200);
      expect(confirmed.body.application.state).toBe('decided.recognised');
      expect(confirmed.body.decision.conditionsMetAt).not.toBeNull();
      expect(await decisions.lapseConditions(id, new Date(Date.now() + 400 * DAY_MS))).toBe(false);
      expect(await stateOf(id)).toMatchObject({ state: 'decided.recognised' });
    });

    it('lapses when the deadline passes unconfirmed', async () => {
      const { id, version } = await caseOnAgenda(seats('goed_beschreven', 'goed_beschreven', 'goed_beschreven'));
      const sevenMonthsAgo = new Date(addMonths(new Date().toISOString(), -7));
      await decideAt(sevenMonthsAgo, id, { version, verdict: 'conditionally_recognised', level: 'goed_beschreven', conditions: 'Handboek actualiseren.' });

      const late = await request(t.server).post(`/applications/${id}/conditions/confirm`).set(secretary.auth).send({ version: version + 2 }).expect(409);
      expect(late.body.code).toBe('CONDITIONS_DEADLINE_PASSED');

      expect(await t.app.get(DecisionsService).lapseConditions(id)).toBe(true);
      expect(await stateOf(id)).toMatchObject({ state: 'lapsed' });
      const [decision]: { lapsed_at: Date | null }[] = await t.dataSource.query(`SELECT lapsed_at FROM decisions WHERE application_id = $1`, [id]);
      expect(decision.lapsed_at).not.toBeNull();
      const [audit]: { actor_kind: string; actor_id: string | null }[] = await t.dataSource.query(
        `SELECT actor_kind, actor_id FROM audit_events WHERE application_id = $1 AND event_type = 'CONDITIONS_LAPSED'`,
        [id],
      );
      expect(audit).toEqual({ actor_kind: 'system', actor_id: null });
      expect(await t.app.get(DecisionsService).lapseConditions(id)).toBe(false);
    });
  });

  describe('deferral', () => {
    it('asks questions; the owner revises and the same panel reviews a new round', async () => {
      const panel = seats('goed_beschreven', 'goed_beschreven', null);
      const { id, version } = await caseOnAgenda(panel);
      expect((await decide(chair, id, { version, verdict: 'deferred' }).expect(400)).body.rule).toBe('QUESTIONS_REQUIRED');
      const deferred = await decide(chair, id, { version, verdict: 'deferred', questions: 'Hoe borgt u de kwaliteit van de vrijwilligers?' }).expect(201);
      expect(deferred.body.decision).toMatchObject({ verdict: 'deferred', departsFromPanel: false });
      expect(deferred.body.application.state).toBe('letterDraft');
      expect((await sendLetter(id)).body.application.state).toBe('decided.deferred');
      const { text } = await letterOf(owner, id);
      expect(text).toContain('aan te houden');
      expect(text).toContain('Hoe borgt u de kwaliteit van de vrijwilligers?');

      await request(t.server).post(`/applications/${id}/revision`).set(owner.auth).send({ version: version + 2 }).expect(400);
      const revised = await request(t.server)
        .post(`/applications/${id}/revision`)
        .set(owner.auth)
        .send({ version: version + 2, answers: 'Met een jaarlijkse training en intervisie.' })
        .expect(200);
      expect(revised.body.state).toBe('underReview');
      expect(await stateOf(id)).toEqual({ state: 'underReview', reviewRound: 2 });
      const [row]: { revision_answers: string }[] = await t.dataSource.query(`SELECT revision_answers FROM decisions WHERE application_id = $1`, [id]);
      expect(row.revision_answers).toBe('Met een jaarlijkse training en intervisie.');
      // The committee that decided keeps the case in view.
      await request(t.server).get(`/applications/${id}`).set(member.auth).expect(200);

      // Round 1's reviews do not count for round 2.
      await sendAs(t, id, 'reviews', { type: 'ALL_REVIEWS_SUBMITTED' });
      const early = await request(t.server)
        .post(`/meetings/${meetingId}/agenda`)
        .set(secretary.auth)
        .send({ applicationId: id, version: await currentVersion(t, id) })
        .expect(409);
      expect(early.body).toMatchObject({ code: 'REVIEWS_INCOMPLETE', submitted: 0, panel: 3 });

      await insertReviews(t, id, 2, seats('goed_beschreven', 'goed_beschreven', 'goed_beschreven'));
      const again = await placeOnAgenda(t, secretary, meetingId, id);
      await startMeeting(t, meetingId);
      const dossier = await request(t.server).get(`/applications/${id}/dossier`).set(chair.auth).expect(200);
      expect(dossier.body).toMatchObject({ round: 2, panel: { tally: { goed_beschreven: 3, not_recognised: 0 } } });
      const second = await decide(chair, id, { version: again, verdict: 'recognised', level: 'goed_beschreven' }).expect(201);
      expect(second.body.decision).toMatchObject({ round: 2, verdict: 'recognised' });
      await sendLetter(id);
      const all = await request(t.server).get(`/applications/${id}/decisions`).set(owner.auth).expect(200);
      expect(all.body.decisions.map((d: { round: number; verdict: string }) => [d.round, d.verdict])).toEqual([
        [1, 'deferred'],
        [2, 'recognised'],
      ]);
    });
  });

  describe('objection', () => {
    it('is lodged by an owner once; the chair replaces the decision within the same rules', async () => {
      const { id, version } = await caseOnAgenda(seats('goed_beschreven', 'goed_beschreven', null));
      const refused = await decide(chair, id, { version, verdict: 'not_recognised', motivation: 'Te weinig praktijkervaring.' }).expect(201);
      expect(refused.body.decision.departsFromPanel).toBe(true);
      await sendLetter(id);

      const grounds = { grounds: 'De interventie draait al vier jaar op drie plaatsen.' };
      await request(t.server).post(`/applications/${id}/objection`).set(otherOwner.auth).send(grounds).expect(404);
      await request(t.server).post(`/applications/${id}/objection`).set(coach.auth).send(grounds).expect(403);
      const lodged = await request(t.server).post(`/applications/${id}/objection`).set(owner.auth).send(grounds).expect(201);
      expect(lodged.body).toMatchObject({
        objection: { decisionId: refused.body.decision.id, grounds: grounds.grounds, outcome: null },
        application: { state: 'objection' },
      });
      const twice = await request(t.server).post(`/applications/${id}/objection`).set(owner.auth).send(grounds).expect(409);
      expect(twice.body).toMatchObject({ code: 'EVENT_NOT_ALLOWED_IN_STATE', state: 'objection' });

      const objectionVersion = await currentVersion(t, id);
      const resolve = (user: TestUser, body: Record<string, unknown>) =>
        request(t.server).post(`/applications/${id}/objection/resolve`).set(user.auth).send({ version: objectionVersion, ...body });
      const noVerdict = await resolve(chair, { outcome: 'replaced', motivation: 'Heroverwogen.' }).expect(400);
      expect(noVerdict.body.errors[0].field).toBe('verdict');
      const upheldWithLevel = await resolve(chair, { outcome: 'upheld', level: 'goed_beschreven', motivation: 'Gehandhaafd.' }).expect(400);
      expect(upheldWithLevel.body.errors[0].field).toBe('level');
      const tooHigh = await resolve(chair, { outcome: 'replaced', verdict: 'recognised', level: 'goed_onderbouwd', motivation: 'Heroverwogen.' }).expect(400);
      expect(tooHigh.body.rules.map((r: { code: string }) => r.code)).toContain('LEVEL_ABOVE_TARGET');
      await resolve(otherChair, { outcome: 'upheld', motivation: 'Gehandhaafd.' }).expect(404);
      expect((await resolve(chairSittingAsMember, { outcome: 'upheld', motivation: 'Gehandhaafd.' }).expect(403)).body.code).toBe('NOT_YOUR_TURN');

      const replaced = await resolve(chair, {
        outcome: 'replaced',
        verdict: 'recognised',
        level: 'goed_beschreven',
        motivation: 'De praktijkervaring blijkt voldoende.',
      }).expect(200);
      expect(replaced.body.decision).toMatchObject({ kind: 'objection', verdict: 'recognised', level: 'goed_beschreven', round: 1, departsFromPanel: false });
      expect(replaced.body.application.state).toBe('decided.recognised');
      const rows: { id: string; superseded_by: string | null }[] = await t.dataSource.query(
        `SELECT id, superseded_by FROM decisions WHERE application_id = $1 ORDER BY decided_at`,
        [id],
      );
      expect(rows).toEqual([
        { id: refused.body.decision.id, superseded_by: replaced.body.decision.id },
        { id: replaced.body.decision.id, superseded_by: null },
      ]);
      const [objection]: { outcome: string; replacement_decision_id: string }[] = await t.dataSource.query(
        `SELECT outcome, replacement_decision_id FROM objections WHERE application_id = $1`,
        [id],
      );
      expect(objection).toEqual({ outcome: 'replaced', replacement_decision_id: replaced.body.decision.id });

      const { response, text } = await letterOf(owner, id);
      expect(response.headers['content-disposition']).toContain('beslissing-op-bezwaar-ERK-');
      expect(text).toContain('Betreft: beslissing op bezwaar');
      expect(text).toContain('Zij herziet haar besluit');
      expect(text).toContain('De praktijkervaring blijkt voldoende.');
      expect(text).toContain('Erkend, niveau Goed beschreven');
      expect(text).toContain('niet opnieuw bezwaar maken');

      const again = await request(t.server).post(`/applications/${id}/objection`).set(owner.auth).send(grounds).expect(409);
      expect(again.body.code).toBe('OBJECTION_ALREADY_LODGED');
    });

    it('can be upheld, after which the verdict stands', async () => {
      const { id, version } = await caseOnAgenda(seats(null, null, null));
      await decide(chair, id, { version, verdict: 'not_recognised', motivation: 'Geen beoordelaar ziet een niveau.' }).expect(201);
      await sendLetter(id);
      await request(t.server).post(`/applications/${id}/objection`).set(owner.auth).send({ grounds: 'Wij zijn het er niet mee eens.' }).expect(201);
      const upheld = await request(t.server)
        .post(`/applications/${id}/objection/resolve`)
        .set(chair.auth)
        .send({ version: await currentVersion(t, id), outcome: 'upheld', motivation: 'Het bezwaar brengt geen nieuwe feiten.' })
        .expect(200);
      expect(upheld.body.decision).toMatchObject({ verdict: 'not_recognised', kind: 'decision', supersededBy: null });
      expect(upheld.body.application.state).toBe('decided.notRecognised');
      const { text } = await letterOf(owner, id);
      expect(text).toContain('Zij handhaaft haar besluit.');
      expect(text).toContain('Het bezwaar brengt geen nieuwe feiten.');
      const letters: unknown[] = await t.dataSource.query(`SELECT id FROM decision_letters WHERE application_id = $1`, [id]);
      expect(letters).toHaveLength(2);
    });

    it('is refused after six weeks with a clear message, and accepted just within them', async () => {
      const late = await caseOnAgenda(seats('goed_beschreven', 'goed_beschreven', 'goed_beschreven'));
      const body = { version: late.version, verdict: 'recognised' as const, level: 'goed_beschreven' as const };
      await decideAt(new Date(Date.now() - 43 * DAY_MS), late.id, body);
      const refused = await request(t.server).post(`/applications/${late.id}/objection`).set(owner.auth).send({ grounds: 'Wij zijn het er niet mee eens.' }).expect(409);
      expect(refused.body).toMatchObject({ code: 'OBJECTION_PERIOD_ENDED', message: expect.stringContaining('bezwaartermijn van zes weken') });
      expect(await stateOf(late.id)).toMatchObject({ state: 'decided.recognised' });

      const inTime = await caseOnAgenda(seats('goed_beschreven', 'goed_beschreven', 'goed_beschreven'));
      await decideAt(new Date(Date.now() - 41 * DAY_MS), inTime.id, { ...body, version: inTime.version });
      await request(t.server).post(`/applications/${inTime.id}/objection`).set(owner.auth).send({ grounds: 'Wij zijn het er niet mee eens.' }).expect(201);
    });
  });
});
