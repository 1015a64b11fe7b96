import request from 'supertest';
import { WorkingDayCalendar } from '../../src/calendar/working-days.js';
import { InsightRefreshService, type InsightRefreshResult } from '../../src/insight/insight-refresh.service.js';
import { InsightService } from '../../src/insight/insight.service.js';
import type { TestUser } from '../assessment/assessment-helpers.js';
import { createCommittee, pdfText } from '../committee/support/committee-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { insertDeadline, insertDecision, insertFixedCase, insertInvitation } from './insight-fixtures.js';
import { filledAndOutlinedRectangles } from './pdf-drawing.js';

/** 10:00 UTC: the same calendar date in Amsterdam, winter or summer. */
const on = (date: string) => `${date}T10:00:00Z`;
const YEAR_2025 = '?from=2025-01-01&to=2025-12-31';

/**
 * A small fixed history in 2025, its working days counted by hand on the Dutch calendar (weekends,
 * Tweede paasdag 21 April, Hemelvaartsdag 29 May, Tweede pinksterdag 9 June, Christmas 25 and 26
 * December are days off; Goede Vrijdag 18 April and Bevrijdingsdag 5 May are working days).
 *
 * Case A (goed beschreven, committee North): submitted Mon 10 Mar; admitted Mon 17 Mar (intake 5);
 * description to Thu 17 Apr (beschrijven 23); review to Tue 6 May (beoordelen 12, across Easter);
 * committee to the letter on Thu 5 Jun (commissie 21, across Ascension), recognised Mon 2 Jun;
 * published Thu 12 Jun (besluit 4, across Whit Monday). Submission to decision: 58.
 * Case B (goed onderbouwd, committee South): submitted Wed 8 Jan, information asked and given,
 * admitted Fri 24 Jan (intake 12); beschrijven to Mon 3 Mar (26); beoordelen to Tue 1 Apr (21);
 * commissie to Thu 3 Jul (64), not recognised Tue 1 Jul. Submission to decision: 121.
 * Case C: submitted Mon 6 Oct, not admitted Mon 13 Oct (intake 5).
 * Case D (effectief): submitted Mon 22 Dec, withdrawn Mon 29 Dec (intake 3, across Christmas).
 * Case E: listed since 2020, expired Mon 3 Nov 2025.
 * Case F: in the description phase with the coach's feedback due Fri 19 Dec and not given.
 */
describe('insight: management figures in SQL from the audit trail, the decisions and the deadlines', () => {
  let t: TestApp;
  let owner: TestUser;
  let secretary: TestUser;
  let chair: TestUser;
  let member: TestUser;
  let admin: TestUser;
  let coach: TestUser;
  let reviewer: TestUser;
  let north: string;
  let south: string;
  let caseF: { id: string; reference: string };
  let refreshed: InsightRefreshResult;

  const get = async (user: TestUser, path: string) => (await request(t.server).get(path).set(user.auth).expect(200)).body;
  const fetchPdf = async (path: string, user: TestUser): Promise<Buffer> =>
    (
      await request(t.server)
        .get(path)
        .set(user.auth)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200)
    ).body as Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner']);
    secretary = await createUser(t, ['secretary']);
    chair = await createUser(t, ['chair']);
    member = await createUser(t, ['committee_member']);
    admin = await createUser(t, ['admin']);
    coach = await createUser(t, ['coach']);
    reviewer = await createUser(t, ['reviewer']);
    north = await createCommittee(t, admin, chair, [member], 'Deelcommissie Noord');
    south = await createCommittee(t, admin, chair, [member], 'Deelcommissie Zuid');
    const by = secretary.user.id;

    const a = await insertFixedCase(t, by, {
      name: 'Alfa',
      targetLevel: 'goed_beschreven',
      state: 'published.listed',
      submittedAt: on('2025-03-10'),
      history: [
        { to: 'draft', at: on('2025-03-03') },
        { to: 'intake', at: on('2025-03-10') },
        { to: 'description', at: on('2025-03-17') },
        { to: 'submittedForAssessment', at: on('2025-04-17') },
        { to: 'panelComposition', at: on('2025-04-18') },
        { to: 'underReview', at: on('2025-04-22') },
        { to: 'awaitingCommittee', at: on('2025-05-06') },
        { to: 'onAgenda', at: on('2025-05-20') },
        { to: 'letterDraft', at: on('2025-06-02') },
        { to: 'decided.recognised', at: on('2025-06-05') },
        { to: 'published.listed', at: on('2025-06-12') },
      ],
    });
    const [meeting]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO committee_meetings (committee_id, starts_at, created_by) VALUES ($1, $2, $3) RETURNING id`,
      [north, on('2025-06-02'), by],
    );
    await t.dataSource.query(`INSERT INTO agenda_items (meeting_id, application_id, round, position, added_by) VALUES ($1, $2, 1, 1, $3)`, [meeting.id, a.id, by]);
    await insertDecision(t, { applicationId: a.id, committeeId: north, decidedBy: chair.user.id, verdict: 'recognised', decidedAt: on('2025-06-02'), meetingId: meeting.id });

    const b = await insertFixedCase(t, by, {
      name: 'Bravo',
      targetLevel: 'goed_onderbouwd',
      state: 'decided.notRecognised',
      submittedAt: on('2025-01-08'),
      history: [
        { to: 'draft', at: on('2025-01-06') },
        { to: 'intake', at: on('2025-01-08') },
        { to: 'informationRequested', at: on('2025-01-10') },
        { to: 'intake', at: on('2025-01-20') },
        { to: 'description', at: on('2025-01-24') },
        { to: 'submittedForAssessment', at: on('2025-03-03') },
        { to: 'underReview', at: on('2025-03-10') },
        { to: 'awaitingCommittee', at: on('2025-04-01') },
        { to: 'onAgenda', at: on('2025-04-03') },
        { to: 'letterDraft', at: on('2025-07-01') },
        { to: 'decided.notRecognised', at: on('2025-07-03') },
      ],
    });
    const [southMeeting]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO committee_meetings (committee_id, starts_at, created_by) VALUES ($1, $2, $3) RETURNING id`,
      [south, on('2025-07-01'), by],
    );
    await t.dataSource.query(`INSERT INTO agenda_items (meeting_id, application_id, round, position, added_by) VALUES ($1, $2, 1, 1, $3)`, [southMeeting.id, b.id, by]);
    await t.dataSource.query(`INSERT INTO committee_meetings (committee_id, starts_at, created_by) VALUES ($1, $2, $3)`, [north, on('2025-09-01'), by]);
    await insertDecision(t, { applicationId: b.id, committeeId: south, decidedBy: chair.user.id, verdict: 'not_recognised', decidedAt: on('2025-07-01'), meetingId: southMeeting.id });

    await insertFixedCase(t, by, {
      name: 'Charlie',
      targetLevel: 'goed_beschreven',
      state: 'notAdmitted',
      submittedAt: on('2025-10-06'),
      history: [
        { to: 'draft', at: on('2025-10-01') },
        { to: 'intake', at: on('2025-10-06') },
        { to: 'notAdmitted', at: on('2025-10-13') },
      ],
    });
    await insertFixedCase(t, by, {
      name: 'Delta',
      targetLevel: 'effectief_eerste',
      state: 'withdrawn',
      submittedAt: on('2025-12-22'),
      history: [
        { to: 'draft', at: on('2025-12-19') },
        { to: 'intake', at: on('2025-12-22') },
        { to: 'withdrawn', at: on('2025-12-29') },
      ],
    });
    await insertFixedCase(t, by, {
      name: 'Echo',
      targetLevel: 'goed_beschreven',
      state: 'expired',
      history: [
        { to: 'published.listed', at: on('2020-06-01') },
        { to: 'published.reassessmentDue', at: on('2025-05-01') },
        { to: 'expired', at: on('2025-11-03') },
      ],
    });
    caseF = await insertFixedCase(t, by, {
      name: 'Buurt, "samen" sterk',
      targetLevel: 'goed_beschreven',
      state: 'description',
      stateDetail: { werkblad: 'feedbackRequested', documents: 'incomplete' },
      history: [],
    });

    // Review: one on time, one late (A), one missed (B). Coach feedback: on time (A), missed then
    // cancelled (B), missed and open (F). An invitation cancelled before its date is not judged; a
    // deadline of 2026 lies outside the period.
    const reviewerIds = [reviewer.user.id];
    await insertDeadline(t, { applicationId: a.id, kind: 'review', dueAt: on('2025-04-30'), status: 'met', metAt: on('2025-04-29'), assigneeIds: reviewerIds });
    await insertDeadline(t, { applicationId: a.id, kind: 'review', dueAt: on('2025-04-30'), status: 'met', metAt: on('2025-05-02'), assigneeIds: reviewerIds });
    await insertDeadline(t, { applicationId: b.id, kind: 'review', dueAt: on('2025-03-20'), status: 'missed', missedAt: on('2025-03-21'), assigneeIds: reviewerIds });
    // Asked Tue 18 March, given Tue 25 March: 5 working days.
    await insertDeadline(t, {
      applicationId: a.id,
      kind: 'coach_feedback',
      createdAt: on('2025-03-18'),
      dueAt: '2025-03-25T15:00:00Z',
      status: 'met',
      metAt: '2025-03-25T09:00:00Z',
      assigneeIds: [coach.user.id],
    });
    await t.dataSource.query(`UPDATE applications SET coach_id = $1 WHERE id = ANY($2)`, [coach.user.id, [a.id, caseF.id]]);
    // Invitations: answered after 1 working day, after 2 (Thu 17 to Tue 22 April, Easter Monday off), and one expired.
    await insertInvitation(t, { applicationId: a.id, reviewerId: reviewer.user.id, status: 'accepted', invitedAt: on('2025-04-14'), respondedAt: on('2025-04-15') });
    await insertInvitation(t, { applicationId: a.id, reviewerId: reviewer.user.id, status: 'declined', invitedAt: on('2025-04-17'), respondedAt: on('2025-04-22') });
    await insertInvitation(t, { applicationId: b.id, reviewerId: reviewer.user.id, status: 'expired', invitedAt: on('2025-03-03') });
    await insertDeadline(t, { applicationId: b.id, kind: 'coach_feedback', dueAt: on('2025-02-10'), status: 'cancelled', missedAt: on('2025-02-11') });
    await insertDeadline(t, { applicationId: caseF.id, kind: 'coach_feedback', dueAt: '2025-12-19T16:00:00Z', status: 'missed', missedAt: '2025-12-19T17:00:00Z', assigneeRole: 'coach' });
    await insertDeadline(t, { applicationId: a.id, kind: 'invitation_response', dueAt: on('2025-04-10'), status: 'cancelled' });
    await insertDeadline(t, { applicationId: a.id, kind: 'review', dueAt: on('2026-02-02'), status: 'met', metAt: on('2026-02-01') });
    refreshed = await t.app.get(InsightRefreshService).refresh();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('the working-day calendar in SQL', () => {
    it.each([
      ['2025-04-17', '2025-05-06', 12], // Easter Monday off, Good Friday and Liberation Day worked
      ['2025-12-22', '2025-12-29', 3], // Christmas
      ['2025-06-05', '2025-06-12', 4], // Whit Monday
      ['2025-03-14', '2025-03-17', 1], // Friday to Monday
      ['2025-03-17', '2025-03-14', -1],
      ['2025-03-15', '2025-03-16', 0], // within a weekend
    ])('counts the working days after %s up to and including %s as %i, as WorkingDayCalendar does', async (from, to, expected) => {
      const [{ days }] = await t.dataSource.query(`SELECT working_days_between($1::timestamptz, $2::timestamptz) AS days`, [on(from), on(to)]);
      expect(days).toBe(expected);
      expect(new WorkingDayCalendar().workingDaysBetween(new Date(on(from)), new Date(on(to)))).toBe(expected);
    });
  });

  describe('lead times', () => {
    it('per phase and from submission to decision over the period, in working days', async () => {
      const view = await get(secretary, `/insight/lead-times${YEAR_2025}`);
      expect(view.filter).toEqual({ from: '2025-01-01', to: '2025-12-31', committee: null, targetLevel: null });
      expect(view.overall).toEqual([
        // Intake stays 3, 5, 5, 12: p75 = 5 + 0.25 × 7, p90 = 5 + 0.7 × 7.
        { measure: 'intake', quarter: null, count: 4, median: 5, p75: 6.8, p90: 9.9 },
        { measure: 'beschrijven', quarter: null, count: 2, median: 24.5, p75: 25.3, p90: 25.7 },
        { measure: 'beoordelen', quarter: null, count: 2, median: 16.5, p75: 18.8, p90: 20.1 },
        { measure: 'commissie', quarter: null, count: 2, median: 42.5, p75: 53.3, p90: 59.7 },
        { measure: 'besluit', quarter: null, count: 1, median: 4, p75: 4, p90: 4 },
        { measure: 'submissionToDecision', quarter: null, count: 2, median: 89.5, p75: 105.3, p90: 114.7 },
      ]);
    });

    it('per quarter in which the stay ended, every quarter and measure listed', async () => {
      const view = await get(chair, `/insight/lead-times${YEAR_2025}`);
      expect(view.byQuarter).toHaveLength(4 * 6);
      const row = (quarter: string, measure: string) => view.byQuarter.find((r: { quarter: string; measure: string }) => r.quarter === quarter && r.measure === measure);
      expect(row('2025-Q1', 'intake')).toEqual({ measure: 'intake', quarter: '2025-Q1', count: 2, median: 8.5, p75: 10.3, p90: 11.3 });
      expect(row('2025-Q4', 'intake')).toMatchObject({ count: 2, median: 4 });
      expect(row('2025-Q2', 'commissie')).toMatchObject({ count: 1, median: 21 });
      expect(row('2025-Q3', 'commissie')).toMatchObject({ count: 1, median: 64 });
      expect(row('2025-Q2', 'submissionToDecision')).toMatchObject({ count: 1, median: 58 });
      expect(row('2025-Q3', 'submissionToDecision')).toMatchObject({ count: 1, median: 121 });
      expect(row('2025-Q3', 'intake')).toEqual({ measure: 'intake', quarter: '2025-Q3', count: 0, median: null, p75: null, p90: null });
    });

    it('by target level, by committee, and by a period that ends mid-history', async () => {
      const onderbouwd = await get(member, `/insight/lead-times${YEAR_2025}&targetLevel=goed_onderbouwd`);
      expect(onderbouwd.overall.map((r: { count: number }) => r.count)).toEqual([1, 1, 1, 1, 0, 1]);
      expect(onderbouwd.overall[0]).toMatchObject({ measure: 'intake', median: 12 });

      const northOnly = await get(admin, `/insight/lead-times${YEAR_2025}&committee=${north}`);
      expect(northOnly.overall.find((r: { measure: string }) => r.measure === 'submissionToDecision')).toMatchObject({ count: 1, median: 58 });
      expect(northOnly.overall.find((r: { measure: string }) => r.measure === 'intake')).toMatchObject({ count: 1, median: 5 });

      const firstQuarter = await get(secretary, '/insight/lead-times?from=2025-01-01&to=2025-03-31');
      expect(firstQuarter.byQuarter.map((r: { quarter: string }) => r.quarter)).toEqual(Array(6).fill('2025-Q1'));
      expect(firstQuarter.overall.find((r: { measure: string }) => r.measure === 'beschrijven')).toMatchObject({ count: 1, median: 26 });
    });
  });

  describe('throughput', () => {
    it('counts each milestone in its quarter, empty quarters included', async () => {
      const view = await get(secretary, `/insight/throughput${YEAR_2025}`);
      const zero = { submitted: 0, admitted: 0, notAdmitted: 0, withdrawn: 0, recognised: 0, conditionallyRecognised: 0, deferred: 0, notRecognised: 0, published: 0, expired: 0 };
      expect(view.quarters).toEqual([
        { ...zero, quarter: '2025-Q1', submitted: 2, admitted: 2 },
        { ...zero, quarter: '2025-Q2', recognised: 1, published: 1 },
        { ...zero, quarter: '2025-Q3', notRecognised: 1 },
        { ...zero, quarter: '2025-Q4', submitted: 2, notAdmitted: 1, withdrawn: 1, expired: 1 },
      ]);
      expect(view.total).toEqual({ ...zero, quarter: 'total', submitted: 4, admitted: 2, notAdmitted: 1, withdrawn: 1, recognised: 1, notRecognised: 1, published: 1, expired: 1 });
    });

    it('by committee: only what that committee had on its agenda or decided', async () => {
      const view = await get(chair, `/insight/throughput${YEAR_2025}&committee=${south}`);
      expect(view.total).toMatchObject({ submitted: 1, admitted: 1, notRecognised: 1, recognised: 0, published: 0, withdrawn: 0 });
    });
  });

  describe('deadlines', () => {
    it('the on-time rate per kind over the deadlines due in the period', async () => {
      const view = await get(secretary, `/insight/deadlines${YEAR_2025}`);
      expect(view.kinds).toEqual([
        { kind: 'invitation_response', judged: 0, onTime: 0, late: 0, missed: 0, onTimePercentage: null },
        { kind: 'review', judged: 3, onTime: 1, late: 1, missed: 1, onTimePercentage: 33.3 },
        { kind: 'coach_feedback', judged: 3, onTime: 1, late: 0, missed: 2, onTimePercentage: 33.3 },
        { kind: 'owner_revision', judged: 0, onTime: 0, late: 0, missed: 0, onTimePercentage: null },
        { kind: 'committee_agenda', judged: 0, onTime: 0, late: 0, missed: 0, onTimePercentage: null },
      ]);
      expect(view.overall).toEqual({ judged: 6, onTime: 2, late: 1, missed: 3, onTimePercentage: 33.3 });
    });

    it('lists the deadlines missed now that still ask for action, with the working days overdue', async () => {
      // B's review is marked missed, but B was decided long since: the to-do list's rule leaves it out.
      const fixedNow = await t.app.get(InsightService).deadlines(await t.app.get(InsightService).resolveFilter({}), new Date('2025-12-30T12:00:00Z'));
      expect(fixedNow.missedNow).toEqual([
        {
          applicationId: caseF.id,
          reference: caseF.reference,
          name: 'Buurt, "samen" sterk',
          kind: 'coach_feedback',
          dueAt: '2025-12-19T16:00:00.000Z',
          assigneeRole: 'coach',
          // Mon 22, Tue 23, Wed 24, Mon 29, Tue 30 December.
          workingDaysOverdue: 5,
        },
      ]);
      const today = await get(secretary, '/insight/deadlines');
      expect(today.missedNow).toHaveLength(1);
      expect(today.missedNow[0].workingDaysOverdue).toBe(new WorkingDayCalendar().workingDaysBetween(new Date('2025-12-19T16:00:00Z'), new Date()));
      expect(today.missedNowTruncated).toBe(false);
    });
  });

  describe('the summary tables', () => {
    it('say when they were rebuilt, and the figures read from them say so too', async () => {
      // Milestones: 4 submitted, 2 admitted, 1 not admitted, 1 withdrawn, 1 expired, 2 first publications (E in 2020), 2 decisions.
      expect(refreshed.milestones).toBe(13);
      // Stays: A 5, B 5 (besluit still running), C 1, D 1; submission to decision: A, B.
      expect(refreshed.spans).toBe(14);
      expect((await get(secretary, `/insight/lead-times${YEAR_2025}`)).refreshedAt).toBe(refreshed.refreshedAt);
      expect((await get(member, `/insight/backlog${YEAR_2025}`)).refreshedAt).toBe(refreshed.refreshedAt);
    });
  });

  describe('backlog', () => {
    it('counts the cases in each phase at the end of every month', async () => {
      const view = await get(secretary, `/insight/backlog${YEAR_2025}`);
      const phases = (row: Record<string, number>) => [row.intake, row.beschrijven, row.beoordelen, row.commissie, row.besluit, row.total];
      expect(view.months.map((row: { month: string }) => row.month)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2025-${m}`));
      expect(view.months.map(phases)).toEqual([
        [0, 1, 0, 0, 0, 1], // B describing since 24 January
        [0, 1, 0, 0, 0, 1],
        [0, 1, 1, 0, 0, 2], // A describing, B in review
        [0, 0, 1, 1, 0, 2], // A in review, B with the committee
        [0, 0, 0, 2, 0, 2],
        [0, 0, 0, 1, 0, 1], // A published on 12 June
        ...Array(6).fill([0, 0, 0, 0, 1, 1]), // B decided 3 July, its letter phase still running; C and D came and went within a month
      ]);
      const byPhase = (figures: Record<string, number>) => [figures.intake, figures.beschrijven, figures.beoordelen, figures.commissie, figures.besluit];
      const none = [0, 0, 0, 0, 0];
      expect(view.months.map((row: { entered: Record<string, number> }) => byPhase(row.entered))).toEqual([
        [1, 1, 0, 0, 0], // B submitted 8 January, admitted 24 January
        none,
        [1, 1, 1, 0, 0], // A submitted 10 March, admitted 17 March; B to review 3 March
        [0, 0, 1, 1, 0], // A to review 17 April; B to the committee 1 April
        [0, 0, 0, 1, 0], // A to the committee 6 May
        [0, 0, 0, 0, 1], // A's letter 5 June
        [0, 0, 0, 0, 1], // B's letter 3 July
        none,
        none,
        [1, 0, 0, 0, 0], // C
        none,
        [1, 0, 0, 0, 0], // D
      ]);
      expect(view.months.map((row: { left: Record<string, number> }) => byPhase(row.left))).toEqual([
        [1, 0, 0, 0, 0],
        none,
        [1, 1, 0, 0, 0],
        [0, 1, 1, 0, 0],
        [0, 0, 1, 0, 0],
        [0, 0, 0, 1, 1], // A decided 5 June and published 12 June
        [0, 0, 0, 1, 0],
        none,
        none,
        [1, 0, 0, 0, 0], // C not admitted 13 October
        none,
        [1, 0, 0, 0, 0], // D withdrawn 29 December
      ]);
      // Each month's figure is the month before's plus in minus out.
      view.months.forEach((row: Record<string, number> & { entered: Record<string, number>; left: Record<string, number> }, index: number) => {
        const before = index ? byPhase(view.months[index - 1]) : none;
        expect(byPhase(row)).toEqual(before.map((figure, phase) => figure + byPhase(row.entered)[phase] - byPhase(row.left)[phase]));
      });
      const northOnly = await get(chair, `/insight/backlog${YEAR_2025}&committee=${north}`);
      expect(northOnly.months.map((row: { total: number }) => row.total)).toEqual([0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    });
  });

  describe('reviewers, coaches and the committee', () => {
    it('per reviewer: invitations by outcome, the median answer in working days, reviews on time', async () => {
      const view = await get(secretary, `/insight/reviewers${YEAR_2025}`);
      const figures = { invited: 3, accepted: 1, declined: 1, expired: 1, pending: 0, medianResponseDays: 1.5, reviewsOnTime: 1, reviewsLate: 1, reviewsMissed: 1, openReviews: 0 };
      expect(view.reviewers).toEqual([{ reviewerId: reviewer.user.id, name: reviewer.user.name, ...figures }]);
      expect(view.total).toEqual(figures);
      const secondQuarter = await get(member, '/insight/reviewers?from=2025-04-01&to=2025-06-30');
      expect(secondQuarter.total).toMatchObject({ invited: 2, expired: 0, medianResponseDays: 1.5, reviewsOnTime: 1, reviewsLate: 1, reviewsMissed: 0 });
    });

    it('per coach: the caseload now and the feedback turnaround in working days', async () => {
      const view = await get(secretary, `/insight/coaches${YEAR_2025}`);
      // A is published (not coached any more), F is being described.
      const figures = { caseload: 1, feedbackGiven: 1, feedbackOnTime: 1, medianTurnaroundDays: 5 };
      expect(view.coaches).toEqual([{ coachId: coach.user.id, name: coach.user.name, ...figures }]);
      expect(view.total).toEqual(figures);
    });

    it('per meeting: the cases on the agenda and the decisions taken', async () => {
      const view = await get(member, `/insight/committee-meetings${YEAR_2025}`);
      expect(view.meetings.map((m: { startsAt: string; committeeName: string; cases: number; decisions: number }) => [m.startsAt, m.committeeName, m.cases, m.decisions])).toEqual([
        ['2025-06-02T10:00:00.000Z', 'Deelcommissie Noord', 1, 1],
        ['2025-07-01T10:00:00.000Z', 'Deelcommissie Zuid', 1, 1],
        ['2025-09-01T10:00:00.000Z', 'Deelcommissie Noord', 0, 0],
      ]);
      expect(view.total).toEqual({ meetings: 3, cases: 2, decisions: 2, casesPerMeeting: 0.7, decisionsPerMeeting: 0.7 });
      const north2025 = await get(chair, `/insight/committee-meetings${YEAR_2025}&committee=${north}`);
      expect(north2025.total).toEqual({ meetings: 2, cases: 1, decisions: 1, casesPerMeeting: 0.5, decisionsPerMeeting: 0.5 });
    });

    it('exports each as CSV with Dutch headers', async () => {
      const backlog = (await request(t.server).get(`/insight/backlog.csv${YEAR_2025}`).set(secretary.auth).expect(200)).text.split('\r\n');
      expect(backlog.slice(0, 2)).toEqual([
        '\uFEFFMaand,Intake,Beschrijven,Beoordelen,Commissie,Besluit,Totaal,Intake in,Intake uit,Beschrijven in,Beschrijven uit,Beoordelen in,Beoordelen uit,Commissie in,Commissie uit,Besluit in,Besluit uit',
        '2025-01,0,1,0,0,0,1,1,1,1,0,0,0,0,0,0,0',
      ]);
      const reviewers = (await request(t.server).get(`/insight/reviewers.csv${YEAR_2025}`).set(secretary.auth).expect(200)).text.split('\r\n');
      expect(reviewers.at(-2)).toBe('Totaal,3,1,1,1,0,1.5,1,1,1,0');
      const coaches = (await request(t.server).get(`/insight/coaches.csv${YEAR_2025}`).set(secretary.auth).expect(200)).text.split('\r\n');
      expect(coaches[0]).toBe('\uFEFFBegeleider,Zaken nu,Feedback gegeven,Feedback op tijd,Mediaan doorlooptijd feedback (werkdagen)');
      const meetings = (await request(t.server).get(`/insight/committee-meetings.csv${YEAR_2025}`).set(secretary.auth).expect(200)).text.split('\r\n');
      expect(meetings[1]).toBe('2025-06-02T10:00:00.000Z,Deelcommissie Noord,1,1');
    });
  });

  describe('the jaaroverzicht', () => {
    it('puts the year’s main figures in a PDF, in Dutch', async () => {
      const response = await request(t.server)
        .get('/insight/jaaroverzicht.pdf?year=2025')
        .set(chair.auth)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe('attachment; filename="jaaroverzicht-2025.pdf"');
      const text = pdfText(response.body as Buffer);
      expect(text).toContain('Jaaroverzicht 2025');
      expect(text).toContain('Aanmeldingen: 4');
      expect(text).toContain('Van aanmelding tot besluit: 89,5 · 105,3 · 114,7 (2)');
      expect(text).toContain('Beoordeling: 33,3% van 3');
      expect(text).toContain('Mediaan antwoordtijd: 1,5 werkdagen');
      expect(text).toContain('Zaken per vergadering: 0,7');
    });

    it('draws the charts of the insight page from the API’s figures, with Dutch titles, axes and legends', async () => {
      const pdf = await fetchPdf('/insight/jaaroverzicht.pdf?year=2025', chair);
      // Node's windows-1252 decoder leaves byte 0x96 (the en dash of a figure not measured) as U+0096.
      const text = pdfText(pdf).replaceAll('\u0096', '–');
      const throughput = await get(chair, `/insight/throughput${YEAR_2025}`);
      const leadTimes = await get(chair, `/insight/lead-times${YEAR_2025}`);
      const backlog = await get(chair, `/insight/backlog${YEAR_2025}`);

      for (const chart of ['Instroom en uitkomsten per kwartaal', 'Doorlooptijd van aanmelding tot besluit per kwartaal', 'Werkvoorraad per fase aan het eind van elke maand'])
        expect(text).toContain(chart);
      expect(text).toContain('Aantal aanvragen');
      expect(text).toContain('Werkdagen');
      expect(text).toContain('K1 2025 K2 2025 K3 2025 K4 2025 Kwartaal');
      expect(text).toContain('jan feb mrt apr mei jun jul aug sep okt nov dec Maand');
      for (const legend of ['Aanmeldingen', 'Toegelaten', 'Erkend', 'Gepubliceerd', 'Mediaan', '75e percentiel', '90e percentiel', 'Intake', 'Beschrijven', 'Beoordelen', 'Commissie', 'Besluit'])
        expect(text).toContain(legend);

      // The throughput bars, quarter by quarter in the legend's order, each as tall as the API's figure.
      const figures: number[] = throughput.quarters.flatMap((row: Record<string, number>) => [row.submitted, row.admitted, row.recognised, row.published]);
      expect(figures).toEqual([2, 2, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 2, 0, 0, 0]);
      const bars = filledAndOutlinedRectangles(pdf).slice(0, figures.length);
      const pointsPerCase = bars[0].height / figures[0];
      expect(pointsPerCase).toBeGreaterThan(10);
      bars.forEach((bar, index) => expect(bar.height).toBeCloseTo(figures[index] * pointsPerCase, 2));
      expect(new Set(bars.map((bar) => (bar.y + bar.height).toFixed(2))).size).toBe(1);

      // The lead-time chart's figures and the monthly backlog, as tables under the charts.
      const dutch = (value: number | null) => (value === null ? '–' : String(value).replace('.', ','));
      for (const row of leadTimes.byQuarter.filter((r: { measure: string }) => r.measure === 'submissionToDecision'))
        expect(text).toContain(`K${row.quarter.slice(6)} 2025 ${row.count} ${dutch(row.median)} ${dutch(row.p75)} ${dutch(row.p90)}`);
      expect(text).toContain('K2 2025 1 58 58 58');
      const phases = ['intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit'];
      const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
      backlog.months.forEach((row: Record<string, number> & { entered: Record<string, number>; left: Record<string, number> }, index: number) =>
        expect(text).toContain([monthNames[index], ...phases.flatMap((phase) => [row.entered[phase], row.left[phase], row[phase]]), row.total].join(' ')),
      );
      expect(text).toContain('juni 0 0 0 0 0 0 0 0 0 0 1 1 1 1 0 1'); // A: out of commissie, into besluit and out again; B still with the committee
    });

    it('refuses a year outside the calendar, and anyone the figures are not for', async () => {
      const refused = await request(t.server).get('/insight/jaaroverzicht.pdf?year=1999').set(secretary.auth).expect(400);
      expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual(['year']);
      await request(t.server).get('/insight/jaaroverzicht.pdf').set(secretary.auth).expect(400);
      await request(t.server).get('/insight/jaaroverzicht.pdf?year=2025').set(owner.auth).expect(403);
    });
  });

  describe('access', () => {
    it.each(['owner', 'coach', 'reviewer'] as const)('refuses a %s every figure and export', async (role) => {
      const user = { owner, coach, reviewer }[role];
      for (const path of ['lead-times', 'throughput', 'deadlines', 'backlog', 'reviewers', 'coaches', 'committee-meetings', 'lead-times.csv', 'throughput.csv', 'deadlines.csv', 'missed-deadlines.csv', 'backlog.csv', 'reviewers.csv', 'coaches.csv', 'committee-meetings.csv'])
        await request(t.server).get(`/insight/${path}`).set(user.auth).expect(403);
    });

    it('asks for a session', async () => {
      await request(t.server).get('/insight/lead-times').expect(401);
    });
  });

  describe('validation', () => {
    it.each([
      ['from=2025-13-01', 'from'],
      ['from=1-1-2025', 'from'],
      ['to=2025-02-30', 'to'],
      ['from=2025-06-01&to=2025-05-31', 'to'],
      ['from=1999-12-31', 'from'],
      ['committee=noord', 'committee'],
      ['committee=00000000-0000-4000-8000-000000000000', 'committee'],
      ['targetLevel=uitstekend', 'targetLevel'],
      ['format=xlsx', 'format'],
    ])('refuses ?%s with a 400 naming %s', async (query, field) => {
      const response = await request(t.server).get(`/insight/throughput?${query}`).set(secretary.auth).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(expect.arrayContaining([field]));
    });
  });

  describe('CSV exports', () => {
    it('throughput with Dutch headers, one line per quarter and a total', async () => {
      const response = await request(t.server).get(`/insight/throughput.csv${YEAR_2025}`).set(secretary.auth).expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toContain('instroom-en-uitstroom.csv');
      expect(response.text.split('\r\n')).toEqual([
        '\uFEFFKwartaal,Aanmeldingen,Toegelaten,Niet toegelaten,Ingetrokken,Erkend,Erkend onder voorbehoud,Aangehouden,Niet erkend,Gepubliceerd,Verlopen',
        '2025-Q1,2,2,0,0,0,0,0,0,0,0',
        '2025-Q2,0,0,0,0,1,0,0,0,1,0',
        '2025-Q3,0,0,0,0,0,0,0,1,0,0',
        '2025-Q4,2,0,1,1,0,0,0,0,0,1',
        'Totaal,4,2,1,1,1,0,0,1,1,1',
        '',
      ]);
    });

    it('lead times and on-time rates with decimals and empty cells where nothing was measured', async () => {
      const leadTimes = (await request(t.server).get(`/insight/lead-times.csv${YEAR_2025}`).set(chair.auth).expect(200)).text.split('\r\n');
      expect(leadTimes[0]).toBe('\uFEFFDoorlooptijd,Kwartaal,Aantal,Mediaan (werkdagen),P75 (werkdagen),P90 (werkdagen)');
      expect(leadTimes[1]).toBe('Intake,Hele periode,4,5,6.8,9.9');
      expect(leadTimes).toContain('Van aanmelding tot besluit,2025-Q3,1,121,121,121');
      expect(leadTimes).toContain('Besluit,2025-Q1,0,,,');

      const deadlines = (await request(t.server).get(`/insight/deadlines.csv${YEAR_2025}`).set(member.auth).expect(200)).text.split('\r\n');
      expect(deadlines.slice(0, 3)).toEqual(['\uFEFFSoort termijn,Beoordeeld,Op tijd,Te laat,Gemist,Op tijd (%)', 'Antwoord op uitnodiging,0,0,0,0,', 'Beoordeling,3,1,1,1,33.3']);
    });

    it('quotes a name with a comma and quotes (RFC 4180)', async () => {
      const lines = (await request(t.server).get('/insight/missed-deadlines.csv').set(admin.auth).expect(200)).text.split('\r\n');
      expect(lines[0]).toBe('\uFEFFKenmerk,Interventie,Soort termijn,Uiterste datum,Werkdagen over tijd,Aan zet');
      expect(lines[1]).toMatch(new RegExp(`^${caseF.reference},"Buurt, ""samen"" sterk",Feedback begeleider,2025-12-19T16:00:00.000Z,\\d+,Begeleider$`));
      expect(lines).toHaveLength(3);
    });
  });
});
