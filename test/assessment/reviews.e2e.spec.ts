import pg from 'pg';
import request from 'supertest';
import { CommitteeSettingsService } from '../../src/committee-settings/committee-settings.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { takeToSubmittedForAssessment } from '../journey/journey.js';
import { driveToSubmittedForAssessment, sendAs } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import { accept, composePanel, createReviewer, invite, startPanel, type TestUser } from './assessment-helpers.js';

const GOED_BESCHREVEN_CRITERIA = [
  'problem',
  'target_group',
  'goals',
  'approach',
  'implementation',
  'transferability',
  'practice_experience',
  'coherence',
];

function completeReview(codes: string[], remark: string) {
  return {
    criteria: codes.map((code) => ({ code, judgment: 'voldoende', motivation: `Goed uitgewerkt: ${code}.` })),
    proposedLevel: 'goed_beschreven',
    feedbackForOwner: 'Heldere beschrijving; maak de subdoelen nog concreter.',
    confidentialRemarks: remark,
  };
}

describe('structured reviews over HTTP', () => {
  let t: TestApp;
  let owner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let chair: TestUser;
  let reviewers: TestUser[];

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner'], { organisation: 'Stichting Voorbeeld' });
    secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { organisation: 'Movisie' });
    reviewers = [];
    for (let i = 0; i < 4; i++) reviewers.push(await createReviewer(t, secretary, 'practice'));
  });
  afterAll(() => t.close());

  async function underReview(panel: TestUser[]) {
    const application = await driveToSubmittedForAssessment(t, { owner, secretary, coach });
    await startPanel(t, secretary, application.id, application.version);
    await composePanel(t, secretary, application.id, panel);
    return application.id;
  }

  const mine = (reviewer: TestUser, id: string) => request(t.server).get(`/applications/${id}/reviews/mine`).set(reviewer.auth);
  const save = (reviewer: TestUser, id: string, body: object) => request(t.server).put(`/applications/${id}/reviews/mine`).set(reviewer.auth).send(body);
  const submit = (reviewer: TestUser, id: string, body: object = {}) =>
    request(t.server).post(`/applications/${id}/reviews/mine/submit`).set(reviewer.auth).send(body);
  /**
   * The committee defers the case. The chair acts as chair only on a committee that has the case
   * on an agenda (the committee module's `committee_case_seats`), so the agenda item is written
   * straight into the committee tables; the decision itself goes through the track.
   */
  async function deferAsCommittee(applicationId: string) {
    const [committee]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO committees (name, databank, chair_id) VALUES ($1, 'Databank Effectieve sociale interventies', $2) RETURNING id`,
      [`Erkenningscommissie ${applicationId}`, chair.user.id],
    );
    // Every committee has procedure settings from its creation on (the committees service writes version 1).
    await t.app.get(CommitteeSettingsService).writeFirstVersion(t.dataSource.manager, committee.id, null);
    const [meeting]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO committee_meetings (committee_id, starts_at, created_by) VALUES ($1, now() + interval '7 days', $2) RETURNING id`,
      [committee.id, secretary.user.id],
    );
    await t.dataSource.query(`INSERT INTO agenda_items (meeting_id, application_id, round, position, added_by) VALUES ($1, $2, 1, 1, $3)`, [
      meeting.id,
      applicationId,
      secretary.user.id,
    ]);
    await sendAs(t, applicationId, secretary, { type: 'PLACE_ON_AGENDA', meetingId: meeting.id });
    const at = new Date().toISOString();
    await sendAs(t, applicationId, chair, { type: 'RECORD_DECISION', verdict: 'deferred', at });
    await sendAs(t, applicationId, secretary, { type: 'SEND_DECISION_LETTER', at });
  }

  const stateOf = async (id: string) => (await request(t.server).get(`/applications/${id}`).set(secretary.auth).expect(200)).body.state;

  it('saves drafts, refuses an incomplete review naming the missing criteria, and locks a submitted one', async () => {
    const [r1, r2, r3] = reviewers;
    const id = await underReview([r1, r2, r3]);
    const blank = await mine(r1, id).expect(200);
    expect(blank.body).toMatchObject({ round: 1, letter: 'A', status: 'draft', saved: false, editable: true, id: null });
    expect(blank.body.form.criteria.map((c: { code: string }) => c.code)).toEqual(GOED_BESCHREVEN_CRITERIA);

    const partial = await save(r1, id, {
      criteria: [
        { code: 'problem', judgment: 'voldoende', motivation: 'Oorzaken helder.' },
        { code: 'goals', judgment: 'twijfel' },
      ],
      feedbackForOwner: 'Concept',
    }).expect(200);
    expect(partial.body).toMatchObject({ status: 'draft', saved: true });
    const again = await mine(r1, id).expect(200);
    expect(again.body.criteria.find((c: { code: string }) => c.code === 'problem')).toEqual({ code: 'problem', judgment: 'voldoende', motivation: 'Oorzaken helder.' });

    const incomplete = await submit(r1, id).expect(400);
    const fields = incomplete.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual([...GOED_BESCHREVEN_CRITERIA.filter((code) => code !== 'problem').map((code) => `criteria.${code}`), 'proposedLevel']);
    expect(incomplete.body.errors.find((e: { field: string }) => e.field === 'criteria.goals').reason).toContain('motivation');
    expect((await mine(r1, id).expect(200)).body.status).toBe('draft');

    await save(r1, id, { criteria: [{ code: 'foundation', judgment: 'voldoende' }] }).expect(400);
    await save(r1, id, { proposedLevel: 'goed_onderbouwd' }).expect(400);
    await save(r1, id, { criteria: [{ code: 'goals', judgment: 'prima' }] }).expect(400);

    const submitted = await submit(r1, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'Alleen voor de commissie.')).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', editable: false, missing: [] });
    const locked = await save(r1, id, { feedbackForOwner: 'Toch anders.' }).expect(409);
    expect(locked.body.code).toBe('REVIEW_ALREADY_SUBMITTED');
    await submit(r1, id).expect(409);
    expect(await stateOf(id)).toBe('underReview');
  });

  it('opens the material to judge (frozen werkblad, documents, level, criteria) to members of the panel only', async () => {
    const [r1, r2, r3, outsider] = reviewers;
    const application = await takeToSubmittedForAssessment(t, { owner, secretary, coach });
    const id = application.id;
    await startPanel(t, secretary, id, application.version);
    const material = (reviewer: TestUser) => request(t.server).get(`/applications/${id}/reviews/material`).set(reviewer.auth);

    // Invited but not yet accepted: the invitation, not the dossier.
    const pending = await invite(t, secretary, id, r1);
    await material(r1).expect(404);
    await material(outsider).expect(404);
    const documents = (await request(t.server).get(`/applications/${id}/documents`).set(secretary.auth).expect(200)).body as {
      kind: string;
      versions: { downloadUrl: string }[];
    }[];
    const handbookUrl = documents.find((document) => document.kind === 'handbook')!.versions[0].downloadUrl;
    await request(t.server).get(handbookUrl).set(r1.auth).expect(404);
    await request(t.server).get(`/applications/${id}/description`).set(r1.auth).expect(404);

    await accept(t, r1, pending.id);
    const opened = await material(r1).expect(200);
    expect(opened.body.application).toMatchObject({ id, name: 'Samen tegen eenzaamheid', organisation: expect.any(String) });
    expect(opened.body.targetLevel).toMatchObject({ code: 'goed_beschreven', label: 'Goed beschreven', meaning: { nl: expect.stringContaining('uitvoerbaar') } });
    expect(opened.body.criteria.map((criterion: { code: string }) => criterion.code)).toEqual(GOED_BESCHREVEN_CRITERIA);
    expect(opened.body.description.sections.find((section: { key: string }) => section.key === 'goals')).toMatchObject({
      title: expect.any(String),
      content: 'Na zes maanden voelt 60% van de deelnemers zich minder eenzaam.',
    });
    expect(opened.body.documents.map((document: { kind: string }) => document.kind).sort()).toEqual(['handbook', 'process_evaluation']);
    await request(t.server).get(handbookUrl).set(r1.auth).expect(200);
    // The owners appear only as their organisation.
    expect(JSON.stringify(opened.body)).not.toContain(owner.user.email);
    expect(JSON.stringify(opened.body)).not.toContain(owner.user.name);
    expect(JSON.stringify(opened.body)).not.toContain('Olga Owner');
    expect(JSON.stringify(opened.body)).not.toContain('olga@example.nl');

    // Staff have the dossier; this view is the panel's.
    await material(secretary).expect(403);
    // A removed member loses it at once.
    await composePanel(t, secretary, id, [r2, r3]);
    await request(t.server).delete(`/applications/${id}/panel/members/${r2.user.id}`).set(secretary.auth).expect(200);
    await material(r2).expect(404);
    await material(r3).expect(200);
  });

  it('says why and since when a form cannot be changed: panel not complete, submitted, awaiting a revision, round ended', async () => {
    const [r1, r2, r3] = reviewers;
    const application = await driveToSubmittedForAssessment(t, { owner, secretary, coach });
    const id = application.id;
    await startPanel(t, secretary, id, application.version);
    await composePanel(t, secretary, id, [r1]);
    expect((await mine(r1, id).expect(200)).body).toMatchObject({ editable: false, lock: { reason: 'panel_incomplete', at: null } });
    await save(r1, id, { feedbackForOwner: 'Te vroeg' }).expect(409);

    await composePanel(t, secretary, id, [r2, r3]);
    expect((await mine(r1, id).expect(200)).body).toMatchObject({ editable: true, lock: null });
    const submitted = await submit(r1, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'A')).expect(200);
    expect(submitted.body.lock).toEqual({ reason: 'submitted', at: submitted.body.submittedAt });

    await submit(r2, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'B')).expect(200);
    await submit(r3, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'C')).expect(200);
    const timeline = await request(t.server).get(`/applications/${id}/timeline`).set(secretary.auth).expect(200);
    const roundEnd = timeline.body.find((e: { eventType: string }) => e.eventType === 'ALL_REVIEWS_SUBMITTED').createdAt;
    expect((await mine(r1, id).expect(200)).body.lock).toEqual({ reason: 'round_ended', at: roundEnd });

    await deferAsCommittee(id);
    expect((await mine(r2, id).expect(200)).body.lock).toEqual({ reason: 'awaiting_revision', at: roundEnd });
  });

  it("hides other reviewers' reviews until one's own is in, and then shows them by letter without their confidential remarks", async () => {
    const [r1, r2, r3] = reviewers;
    const id = await underReview([r1, r2, r3]);
    await submit(r1, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'Remark van A')).expect(200);
    await save(r2, id, { feedbackForOwner: 'Nog bezig' }).expect(200);
    const early = await request(t.server).get(`/applications/${id}/reviews`).set(r2.auth).expect(403);
    expect(early.body.code).toBe('OWN_REVIEW_FIRST');
    expect(JSON.stringify(early.body)).not.toContain('Remark van A');

    await submit(r2, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'Remark van B')).expect(200);
    const seen = await request(t.server).get(`/applications/${id}/reviews`).set(r2.auth).expect(200);
    expect(seen.body.reviews.map((r: { letter: string; isMine: boolean }) => [r.letter, r.isMine])).toEqual([
      ['A', false],
      ['B', true],
    ]);
    const text = JSON.stringify(seen.body);
    expect(text).not.toContain('Remark van A');
    expect(text).toContain('Remark van B');
    expect(text).not.toContain(r1.user.id);

    const staff = await request(t.server).get(`/applications/${id}/reviews`).set(secretary.auth).expect(200);
    expect(staff.body.progress.map((p: { letter: string; status: string }) => `${p.letter}:${p.status}`)).toEqual(['A:submitted', 'B:submitted', 'C:not_started']);
    expect(JSON.stringify(staff.body)).toContain('Remark van A');
    await request(t.server).get(`/applications/${id}/reviews`).set(coach.auth).expect(403);
  });

  it('a removed reviewer can no longer act; the round waits for the replacement; the last review moves to the committee', async () => {
    const [r1, r2, r3, r4] = reviewers;
    const id = await underReview([r1, r2, r3]);
    await save(r3, id, { feedbackForOwner: 'Concept van C' }).expect(200);

    await request(t.server).delete(`/applications/${id}/panel/members/${r3.user.id}`).set(r1.auth).send({}).expect(403);
    const removed = await request(t.server)
      .delete(`/applications/${id}/panel/members/${r3.user.id}`)
      .set(secretary.auth)
      .send({ reason: 'Bleek toch betrokken bij de organisatie.' })
      .expect(200);
    expect(removed.body.members.find((m: { reviewerId: string }) => m.reviewerId === r3.user.id).status).toBe('removed');
    expect(removed.body.openSlots).toEqual({ science: 0, practice: 1 });

    await request(t.server).get(`/applications/${id}`).set(r3.auth).expect(404);
    await mine(r3, id).expect(404);
    await save(r3, id, { feedbackForOwner: 'Toch nog iets' }).expect(404);
    await submit(r3, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'x')).expect(404);
    await request(t.server).get(`/applications/${id}/reviews`).set(r3.auth).expect(404);
    await request(t.server).get(`/applications/${id}/panel`).set(r3.auth).expect(404);
    const list = await request(t.server).get('/applications').set(r3.auth).expect(200);
    expect(list.body.map((a: { id: string }) => a.id)).not.toContain(id);
    // Once removed, not invited again.
    const reinvite = await request(t.server).post(`/applications/${id}/panel/invitations`).set(secretary.auth).send({ reviewerId: r3.user.id }).expect(400);
    expect(reinvite.body.errors[0].field).toBe('reviewerId');

    await submit(r1, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'A')).expect(200);
    await submit(r2, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'B')).expect(200);
    expect(await stateOf(id)).toBe('underReview');

    const replacement = await invite(t, secretary, id, r4);
    expect((await accept(t, r4, replacement.id)).letter).toBe('D');
    expect(await stateOf(id)).toBe('underReview');
    const last = await submit(r4, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'D')).expect(200);
    expect(last.body.editable).toBe(false);
    expect(await stateOf(id)).toBe('awaitingCommittee');
    const timeline = await request(t.server).get(`/applications/${id}/timeline`).set(secretary.auth).expect(200);
    expect(timeline.body.find((e: { eventType: string }) => e.eventType === 'ALL_REVIEWS_SUBMITTED')).toMatchObject({
      actorKind: 'system',
      fromState: 'underReview',
      toState: 'awaitingCommittee',
    });
    const staff = await request(t.server).get(`/applications/${id}/reviews`).set(secretary.auth).expect(200);
    expect(staff.body.reviews.map((r: { letter: string }) => r.letter)).toEqual(['A', 'B', 'D']);
    expect(JSON.stringify(staff.body)).not.toContain('Concept van C');
  });

  it('refuses the save of a reviewer removed while the save waited for the application lock', async () => {
    const id = await underReview(reviewers.slice(0, 3));
    const removed = reviewers[0];
    // The secretary's removal, by hand: it holds the application lock, as the panel service does.
    const secretariat = new pg.Client({ connectionString: t.config.DATABASE_URL });
    await secretariat.connect();
    try {
      await secretariat.query('BEGIN');
      await secretariat.query('SELECT id FROM applications WHERE id = $1 FOR UPDATE', [id]);
      await secretariat.query(`UPDATE panel_members SET status = 'removed', removed_at = now(), removed_by = $3 WHERE application_id = $1 AND reviewer_id = $2`, [
        id,
        removed.user.id,
        secretary.user.id,
      ]);
      const saving = save(removed, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'Late draft.')).then((response) => response);
      await waitUntilSomeoneWaitsForALock(secretariat);
      await secretariat.query('COMMIT');
      expect((await saving).status).toBe(404);
    } finally {
      await secretariat.end();
    }
    const reviews = await t.dataSource.query('SELECT 1 FROM reviews WHERE application_id = $1 AND reviewer_id = $2', [id, removed.user.id]);
    expect(reviews).toEqual([]);
  });

  it('never shows the owner who reviewed: every owner-facing response, through a deferral and a second round', async () => {
    const [r1, r2, r3] = reviewers;
    const application = await driveToSubmittedForAssessment(t, { owner, secretary, coach });
    const id = application.id;
    const ownerSaw: string[] = [];
    const ownerGets = async () => {
      for (const path of [`/applications/${id}`, `/applications/${id}/timeline`, '/applications', `/applications/${id}/owners`, `/applications/${id}/reviews`]) {
        const response = await request(t.server).get(path).set(owner.auth);
        expect(response.status).toBe(200);
        ownerSaw.push(JSON.stringify(response.body));
      }
      for (const path of [`/applications/${id}/panel`, `/applications/${id}/panel/suggestions`, `/applications/${id}/reviews/mine`]) {
        const response = await request(t.server).get(path).set(owner.auth);
        expect(response.status).toBe(403);
        ownerSaw.push(JSON.stringify(response.body));
      }
    };

    await startPanel(t, secretary, id, application.version);
    const invitation = await invite(t, secretary, id, r3);
    await ownerGets();
    await request(t.server).post(`/invitations/${invitation.id}/decline`).set(r3.auth).send({ reason: 'Vakantie' }).expect(200);
    await composePanel(t, secretary, id, [r1, r2, r3]);
    await ownerGets();
    for (const reviewer of [r1, r2, r3]) await submit(reviewer, id, completeReview(GOED_BESCHREVEN_CRITERIA, `GEHEIM-${reviewer.user.id}`)).expect(200);
    await ownerGets();
    const beforeDecision = await request(t.server).get(`/applications/${id}/reviews`).set(owner.auth).expect(200);
    expect(beforeDecision.body.reviews).toEqual([]);

    await deferAsCommittee(id);
    await ownerGets();
    const feedback = await request(t.server).get(`/applications/${id}/reviews`).set(owner.auth).expect(200);
    expect(feedback.body.reviews).toEqual(
      ['A', 'B', 'C'].map((letter) => ({
        round: 1,
        reviewer: `Beoordelaar ${letter}`,
        feedbackForOwner: 'Heldere beschrijving; maak de subdoelen nog concreter.',
      })),
    );

    // The revision goes back to the same panel for round 2.
    await sendAs(t, id, owner, { type: 'SUBMIT_REVISION' });
    const round2 = await mine(r1, id).expect(200);
    expect(round2.body).toMatchObject({ round: 2, status: 'draft', saved: false, letter: 'A', previousRound: { proposedLevel: 'goed_beschreven' } });
    await submit(r1, id, completeReview(GOED_BESCHREVEN_CRITERIA, `GEHEIM2-${r1.user.id}`)).expect(200);
    await ownerGets();
    const stillRound1 = await request(t.server).get(`/applications/${id}/reviews`).set(owner.auth).expect(200);
    expect(stillRound1.body.reviews.map((r: { round: number }) => r.round)).toEqual([1, 1, 1]);

    const secrets = [r1, r2, r3].flatMap((r) => [r.user.id, r.user.name, r.user.email, `GEHEIM-${r.user.id}`]);
    for (const body of ownerSaw) for (const secret of secrets) expect(body).not.toContain(secret);
    // The check has teeth: staff responses do name the reviewers.
    const staff = JSON.stringify((await request(t.server).get(`/applications/${id}/panel`).set(secretary.auth).expect(200)).body);
    expect(staff).toContain(r1.user.name);
    expect(staff).toContain(r1.user.email);
  });
  it('shows a panel member neither internal notes nor staff-only history, and tells the secretaries of each review', async () => {
    const id = await underReview(reviewers.slice(0, 3));
    const member = reviewers[0];
    const timeline = await request(t.server).get(`/applications/${id}/timeline`).set(member.auth).expect(200);
    const events = timeline.body.map((line: { eventType: string }) => line.eventType);
    expect(events).toContain('SUBMIT_FOR_ASSESSMENT');
    expect(events).toContain('PANEL_COMPLETE');
    expect(events.some((type: string) => type.startsWith('PANEL_INVITATION') || type.startsWith('INVITATION'))).toBe(false);
    expect(timeline.body.every((line: Record<string, unknown>) => !('internalNote' in line))).toBe(true);
    for (const other of reviewers.slice(1, 3)) expect(JSON.stringify(timeline.body)).not.toContain(other.user.name);
    const view = await request(t.server).get(`/applications/${id}`).set(member.auth).expect(200);
    expect(view.body.admissionCriteria).toBeUndefined();

    const invitations = await t.dataSource.query(
      `SELECT payload->>'trigger' AS trigger, payload->'recipientIds' AS recipients FROM outbox
        WHERE application_id = $1 AND topic = 'notification' ORDER BY created_at`,
      [id],
    );
    expect(invitations.filter((row: { trigger: string }) => row.trigger === 'INVITATION_SENT')).toHaveLength(3);
    expect(invitations.filter((row: { trigger: string }) => row.trigger === 'INVITATION_ACCEPTED')).toHaveLength(3);

    await submit(member, id, completeReview(GOED_BESCHREVEN_CRITERIA, 'Vertrouwelijk.')).expect(200);
    const [reviewNotice] = await t.dataSource.query(
      `SELECT payload->'details'->>'reviewerName' AS name FROM outbox
        WHERE application_id = $1 AND topic = 'notification' AND payload->>'trigger' = 'REVIEW_SUBMITTED'`,
      [id],
    );
    expect(reviewNotice).toEqual({ name: member.user.name });
  });
});

/** Resolves once another session of this database waits for a row lock (the request under test). */
async function waitUntilSomeoneWaitsForALock(client: pg.Client): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const { rows } = await client.query(
      `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
    );
    if (rows.length) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no session started waiting for the lock within 10 s');
}
