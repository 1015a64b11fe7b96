import { jest } from '@jest/globals';
import request from 'supertest';
import { secondFactorFor } from '../support/two-factor.js';
import { DEMO_CASES } from '../../src/seed/demo-case-content.js';
import { DemoSeeder } from '../../src/seed/demo-seeder.js';
import { DEMO_COMMITTEE, DEMO_PASSWORD, DEMO_SECOND_COMMITTEE, DEMO_USERS } from '../../src/seed/demo-users.js';
import { ROLES } from '../../src/users/role.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Seeding the six cases takes every step of the track; slow on a busy 2-core machine.
jest.setTimeout(120_000);

/** Every table the demo cases write to; the second run must leave each count as it was. */
const SEEDED_TABLES = [
  'users',
  'reviewer_profiles',
  'committees',
  'applications',
  'application_owners',
  'audit_events',
  'outbox',
  'deadlines',
  'description_sections',
  'description_versions',
  'section_comments',
  'documents',
  'document_versions',
  'panel_invitations',
  'panel_members',
  'reviews',
  'committee_meetings',
  'agenda_items',
  'decisions',
  'decision_letters',
  'listings',
];

describe('demo data', () => {
  let t: TestApp;
  /** Application id by intervention name, after seeding. */
  const ids = new Map<string, string>();
  const caseName = (stage: string) => DEMO_CASES.find((demo) => demo.stage === stage)!.intake.name;

  const tokenOf = async (email: string) => {
    const response = await request(t.server)
      .post('/auth/tokens')
      .send({ email, password: DEMO_PASSWORD, ...(await secondFactorFor(email)) })
      .expect(200);
    return { Authorization: `Bearer ${response.body.token}` };
  };
  const counts = async () => {
    const result: Record<string, number> = {};
    for (const table of SEEDED_TABLES) result[table] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;
    return result;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
  });
  afterAll(() => t.close());

  it('creates the demo accounts and cases once: a second run changes nothing', async () => {
    const seeder = t.app.get(DemoSeeder);
    expect(await seeder.seed()).toBe(DEMO_USERS.length);
    const afterFirst = await counts();
    expect(await seeder.seed()).toBe(0);
    expect(await counts()).toEqual(afterFirst);
    expect(afterFirst).toMatchObject({ applications: 6, committee_meetings: 2, agenda_items: 2, decisions: 1, listings: 1, panel_members: 9 });

    const profiles = await t.dataSource.query('SELECT kind, count(*)::int AS n FROM reviewer_profiles GROUP BY kind ORDER BY kind');
    expect(profiles).toEqual([
      { kind: 'practice', n: 3 },
      { kind: 'science', n: 2 },
    ]);
    const committees = await t.dataSource.query(
      `SELECT c.name, u.email AS chair, max(s.version)::int AS version,
              (SELECT count(*)::int FROM applications a WHERE a.committee_id = c.id) AS cases
         FROM committees c JOIN users u ON u.id = c.chair_id JOIN committee_settings s ON s.committee_id = c.id
        GROUP BY c.id, u.email ORDER BY c.created_at`,
    );
    // Two committees with different procedures; the demo cases are Movisie's, the default committee.
    expect(committees).toEqual([
      { name: DEMO_COMMITTEE.name, chair: DEMO_COMMITTEE.chairEmail, version: 1, cases: 6 },
      { name: DEMO_SECOND_COMMITTEE.name, chair: DEMO_SECOND_COMMITTEE.chairEmail, version: 2, cases: 0 },
    ]);
    const procedures = (await request(t.server).get('/procedures').set(await tokenOf('eigenaar@demo.nl')).expect(200)).body;
    expect(procedures.map((p: { levels: { level: string; validityYears: number }[] }) => p.levels.find((l) => l.level === 'goed_beschreven')!.validityYears)).toEqual([5, 3]);
    expect(new Set(DEMO_USERS.flatMap((u) => u.roles))).toEqual(new Set(ROLES));
    for (const demo of DEMO_USERS) {
      const response = await request(t.server)
        .post('/auth/login')
        .send({ email: demo.email, password: DEMO_PASSWORD, ...(await secondFactorFor(demo.email)) })
        .expect(200);
      expect(response.body.user.roles).toEqual(demo.roles);
    }
  });

  it('leaves the six cases of the demo owner at six points on the track, each reached through the services', async () => {
    const owner = await tokenOf('eigenaar@demo.nl');
    const mine = await request(t.server).get('/applications').set(owner).expect(200);
    expect(mine.body).toHaveLength(6);
    for (const application of mine.body as { id: string; name: string }[]) ids.set(application.name, application.id);
    expect(new Set(ids.keys())).toEqual(new Set(DEMO_CASES.map((demo) => demo.intake.name)));

    const rows: { name: string; state: string; werkblad: string | null; documents: string | null }[] = await t.dataSource.query(
      `SELECT name, state, state_detail->>'werkblad' AS werkblad, state_detail->>'documents' AS documents FROM applications`,
    );
    const stateOf = (stage: string) => rows.find((row) => row.name === caseName(stage))!;
    expect(stateOf('intake').state).toBe('intake');
    expect(stateOf('description')).toMatchObject({ state: 'description', werkblad: 'feedbackRequested', documents: 'incomplete' });
    expect(stateOf('submittedForAssessment').state).toBe('submittedForAssessment');
    expect(stateOf('underReview').state).toBe('underReview');
    expect(stateOf('onAgenda').state).toBe('onAgenda');
    expect(stateOf('published').state).toMatch(/^published/);

    // The system's own steps happened inside the services, as in real use.
    const systemSteps: { name: string; event: string }[] = await t.dataSource.query(
      `SELECT a.name, e.event_type AS event FROM audit_events e JOIN applications a ON a.id = e.application_id
        WHERE e.actor_kind = 'system' AND e.event_type IN ('PANEL_COMPLETE', 'ALL_REVIEWS_SUBMITTED') ORDER BY a.name, e.id`,
    );
    expect(systemSteps).toEqual(
      expect.arrayContaining([
        { name: caseName('underReview'), event: 'PANEL_COMPLETE' },
        { name: caseName('onAgenda'), event: 'ALL_REVIEWS_SUBMITTED' },
        { name: caseName('published'), event: 'ALL_REVIEWS_SUBMITTED' },
      ]),
    );
    expect(systemSteps.filter((step) => step.name === caseName('underReview')).map((step) => step.event)).toEqual(['PANEL_COMPLETE']);

    // The coach has the feedback round of case 2 to return; the documents are a real PDF and DOCX.
    const coach = await tokenOf('begeleider@demo.nl');
    const inDescription = await request(t.server).get(`/applications/${ids.get(caseName('description'))}`).set(coach).expect(200);
    expect(inDescription.body.allowedActions).toContain('RETURN_FEEDBACK');
    const documents = await request(t.server).get(`/applications/${ids.get(caseName('submittedForAssessment'))}/documents`).set(owner).expect(200);
    expect(documents.body.map((document: { kind: string; versions: { mimeType: string }[] }) => [document.kind, document.versions[0].mimeType])).toEqual([
      ['handbook', 'application/pdf'],
      ['process_evaluation', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);

    // The secretary can compose the panel of case 3 from the suggestions.
    const secretary = await tokenOf('secretaris@demo.nl');
    const suggestions = await request(t.server).get(`/applications/${ids.get(caseName('submittedForAssessment'))}/panel/suggestions`).set(secretary).expect(200);
    expect(suggestions.body.suggestions.filter((s: { kind: string }) => s.kind === 'practice')).toHaveLength(3);
  });

  it('gives each practice reviewer the case under review, the chair a dossier to decide, and the databank a listing', async () => {
    const underReview = ids.get(caseName('underReview'))!;
    const reviews = DEMO_CASES.find((demo) => demo.stage === 'underReview')!.reviews;
    const submittedBy = new Set(reviews.filter((review) => review.submit).map((review) => review.reviewerEmail));
    for (const email of ['beoordelaar@demo.nl', 'beoordelaar2@demo.nl', 'beoordelaar3@demo.nl']) {
      const reviewer = await tokenOf(email);
      const invitations = await request(t.server).get('/me/invitations').set(reviewer).expect(200);
      const invitation = (invitations.body as { status: string; application: { id: string; state: string } }[]).find(
        (candidate) => candidate.application.id === underReview,
      );
      expect(invitation).toMatchObject({ status: 'accepted', application: { state: 'underReview' } });
      const review = await request(t.server).get(`/applications/${underReview}/reviews/mine`).set(reviewer).expect(200);
      expect(review.body.status).toBe(submittedBy.has(email) ? 'submitted' : 'draft');
      expect(review.body.editable).toBe(!submittedBy.has(email));
    }

    const chair = await tokenOf('voorzitter@demo.nl');
    const dossier = await request(t.server).get(`/applications/${ids.get(caseName('onAgenda'))}/dossier`).set(chair).expect(200);
    expect(dossier.body.reviews).toHaveLength(3);
    expect(dossier.body.reviews.every((review: { submitted: boolean }) => review.submitted)).toBe(true);
    expect(new Date(dossier.body.meeting.startsAt).getTime()).toBeGreaterThan(Date.now() + 7 * 86_400_000);
    // The meeting is ahead: the chair sees the dossier and from when the decision can be recorded, not the action yet.
    expect(dossier.body.application.allowedActions).not.toContain('RECORD_DECISION');
    expect(dossier.body.decidableFrom).toBe(dossier.body.meeting.startsAt);

    const published = DEMO_CASES.find((demo) => demo.stage === 'published')!.intake.name;
    const search = await request(t.server).get('/databank/interventions').query({ q: published }).expect(200);
    expect(search.body.items.map((item: { title: string }) => item.title)).toEqual([published]);
    expect(search.body.items[0].level).toBe('goed_beschreven');
  });
});
