import request from 'supertest';
import { createReviewer, type TestUser } from '../assessment/assessment-helpers.js';
import { createCommittee, driveToAwaitingCommittee, placeOnAgenda, planMeeting } from '../committee/support/committee-fixtures.js';
import { admittedApplication, requestFeedback } from '../deadlines/support.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

interface Summary {
  id: string;
  reference: string;
  name: string;
  organisation: string;
  phase: string;
  state: string;
  coachId: string | null;
  targetLevel: string;
  stuck: boolean;
}

interface Page {
  items: Summary[];
  total: number;
  stuckTotal: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: string;
}

describe('the staff list of applications: search, filters, sorting and paging in the database', () => {
  let t: TestApp;
  let owner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let otherCoach: TestUser;
  let chair: TestUser;
  let member: TestUser;
  let admin: TestUser;
  let reviewer: TestUser;
  let committeeId: string;
  const cases: Record<'draft' | 'stuckIntake' | 'northCoached' | 'southCoached' | 'onAgenda', { id: string; reference: string }> = {} as never;

  const list = async (user: TestUser, query = '') => (await request(t.server).get(`/staff/applications${query}`).set(user.auth).expect(200)).body as Page;
  const ids = (page: Page) => page.items.map((item) => item.id).sort();
  const only = (...keys: (keyof typeof cases)[]) => keys.map((key) => cases[key].id).sort();

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { name: 'Chris Coach', organisation: 'Movisie' });
    otherCoach = await createUser(t, ['coach'], { name: 'Cor Collega', organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter' });
    member = await createUser(t, ['committee_member'], { name: 'Mees Lid' });
    admin = await createUser(t, ['admin'], { name: 'Ada Beheer' });

    const draft = await createDraft(t, owner.auth, { name: 'Alfa Buurtkamer', organisation: 'Stichting Noord' });
    cases.draft = { id: draft.id, reference: String(draft.reference) };
    const submitted = await createDraft(t, owner.auth, { name: 'Bravo 50% Taalcafé', organisation: 'Vereniging Zuid' });
    await step(t, owner.auth, submitted.id, 'submit', { version: submitted.version });
    cases.stuckIntake = { id: submitted.id, reference: String(submitted.reference) };
    // Waiting for admission for eight weeks: past the intake phase's ten working days.
    await t.dataSource.query(`UPDATE applications SET state_changed_at = now() - interval '56 days' WHERE id = $1`, [submitted.id]);
    cases.northCoached = await admittedApplication(t, { owner, secretary, coach }, { name: 'Charlie Mantelzorg', organisation: 'Stichting Noord' });
    cases.southCoached = await admittedApplication(t, { owner, secretary, coach: otherCoach }, { name: 'Delta Schuldhulp', organisation: 'Vereniging Zuid', targetLevel: 'goed_onderbouwd' });
    // The coach's feedback was due yesterday: an overdue deadline.
    await requestFeedback(t, cases.northCoached.id, owner);
    await t.dataSource.query(
      `INSERT INTO deadlines (application_id, kind, key, assignee_role, due_at) VALUES ($1, 'coach_feedback', 'staff-list-test', 'coach', now() - interval '1 day')`,
      [cases.northCoached.id],
    );

    reviewer = await createReviewer(t, secretary, 'practice');
    const seats = [reviewer, await createReviewer(t, secretary, 'practice'), await createReviewer(t, secretary, 'practice')].map((seat) => ({
      reviewer: seat,
      kind: 'practice' as const,
      proposedLevel: 'goed_beschreven' as const,
    }));
    committeeId = await createCommittee(t, admin, chair, [member]);
    const awaiting = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats, { fields: { name: 'Echo Wijkteam', organisation: 'Gemeente Oost' } });
    await placeOnAgenda(t, secretary, await planMeeting(t, secretary, committeeId), awaiting.id);
    const [{ reference }] = await t.dataSource.query(`SELECT reference FROM applications WHERE id = $1`, [awaiting.id]);
    cases.onAgenda = { id: awaiting.id, reference };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives the secretary every application, a page at a time, with the total and the stuck count; the pages join up without overlap', async () => {
    const whole = await list(secretary, '?pageSize=100&sort=name');
    expect(whole).toMatchObject({ total: 5, stuckTotal: 1, page: 1, pageSize: 100, pageCount: 1, sort: 'name' });
    expect(whole.items.map((item) => item.name)).toEqual(['Alfa Buurtkamer', 'Bravo 50% Taalcafé', 'Charlie Mantelzorg', 'Delta Schuldhulp', 'Echo Wijkteam']);
    const first = await list(secretary, '?pageSize=2&sort=name');
    const second = await list(secretary, '?pageSize=2&sort=name&page=2');
    const third = await list(secretary, '?pageSize=2&sort=name&page=3');
    expect([first, second, third].map((page) => page.pageCount)).toEqual([3, 3, 3]);
    expect([...first.items, ...second.items, ...third.items].map((item) => item.id)).toEqual(whole.items.map((item) => item.id));
    expect((await list(secretary, '?page=9')).items).toEqual([]);
  });

  it('sorts by each allowed key, both ways', async () => {
    expect((await list(secretary, '?sort=-name')).items.map((item) => item.name)[0]).toBe('Echo Wijkteam');
    const byReference = (await list(secretary, '?sort=reference')).items.map((item) => item.reference);
    expect(byReference).toEqual([...byReference].sort());
    expect((await list(secretary, '?sort=-reference')).items.map((item) => item.reference)).toEqual([...byReference].reverse());
    const byOrganisation = (await list(secretary, '?sort=organisation')).items.map((item) => item.organisation);
    expect(byOrganisation).toEqual(['Gemeente Oost', 'Stichting Noord', 'Stichting Noord', 'Vereniging Zuid', 'Vereniging Zuid']);
    // Longest in its state first: the stuck intake case has not moved for eight weeks.
    expect((await list(secretary, '?sort=stateChangedAt')).items[0].id).toBe(cases.stuckIntake.id);
    // Never submitted: the draft comes last, also in descending order.
    expect((await list(secretary, '?sort=-submittedAt')).items.at(-1)!.id).toBe(cases.draft.id);
    expect((await list(secretary, '?sort=submittedAt')).items.at(-1)!.id).toBe(cases.draft.id);
  });

  it('filters by name or reference, organisation, phase, state, coach, target level, committee, stuck and overdue, combined with AND', async () => {
    expect(ids(await list(secretary, '?q=mantelZORG'))).toEqual(only('northCoached'));
    expect(ids(await list(secretary, `?q=${encodeURIComponent(cases.southCoached.reference)}`))).toEqual(only('southCoached'));
    // % and _ are matched as themselves, not as wildcards.
    expect(ids(await list(secretary, '?q=50%25'))).toEqual(only('stuckIntake'));
    expect(ids(await list(secretary, '?q=_'))).toEqual([]);
    expect(ids(await list(secretary, '?organisation=noord'))).toEqual(only('draft', 'northCoached'));
    expect(ids(await list(secretary, '?phase=beschrijven'))).toEqual(only('northCoached', 'southCoached'));
    expect(ids(await list(secretary, '?phase=intake'))).toEqual(only('stuckIntake'));
    expect(ids(await list(secretary, '?state=onAgenda'))).toEqual(only('onAgenda'));
    expect(ids(await list(secretary, `?coach=${otherCoach.user.id}`))).toEqual(only('southCoached'));
    expect(ids(await list(secretary, '?targetLevel=goed_onderbouwd'))).toEqual(only('southCoached'));
    expect(ids(await list(secretary, `?committee=${committeeId}`))).toEqual(only('onAgenda'));
    const stuck = await list(secretary, '?stuck=true');
    expect(ids(stuck)).toEqual(only('stuckIntake'));
    expect(stuck.items[0]).toMatchObject({ stuck: true });
    expect(ids(await list(secretary, '?stuck=false'))).toEqual(only('draft', 'northCoached', 'southCoached', 'onAgenda'));
    expect(ids(await list(secretary, '?overdue=true'))).toEqual(only('northCoached'));
    expect((await list(secretary, '?overdue=false')).total).toBe(4);
    expect(ids(await list(secretary, '?organisation=zuid&phase=beschrijven'))).toEqual(only('southCoached'));
    expect(ids(await list(secretary, '?organisation=zuid&stuck=true&phase=beschrijven'))).toEqual([]);
  });

  it('refuses a bad value of every parameter, and unknown parameters, with 400 naming the parameter', async () => {
    const refusals: [string, string][] = [
      ['sort=dueAt', 'sort'],
      ['sort=', 'sort'],
      ['page=0', 'page'],
      ['page=1.5', 'page'],
      ['page=abc', 'page'],
      ['pageSize=0', 'pageSize'],
      ['pageSize=101', 'pageSize'],
      ['phase=nergens', 'phase'],
      ['state=decided', 'state'],
      ['coach=not-a-uuid', 'coach'],
      ['committee=42', 'committee'],
      ['targetLevel=excellent', 'targetLevel'],
      ['stuck=yes', 'stuck'],
      ['overdue=1', 'overdue'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['organisation=a%0Ab', 'organisation'],
      ['q=a&q=b', 'q'],
      ['owner=me', 'owner'],
    ];
    for (const [query, field] of refusals) {
      const response = await request(t.server).get(`/staff/applications?${query}`).set(secretary.auth);
      expect([query, response.status]).toEqual([query, 400]);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
  });

  it('is for staff only: owners, reviewers and admins get 403, anonymous callers 401', async () => {
    await request(t.server).get('/staff/applications').set(owner.auth).expect(403);
    await request(t.server).get('/staff/applications').set(reviewer.auth).expect(403);
    await request(t.server).get('/staff/applications').set(admin.auth).expect(403);
    await request(t.server).get('/staff/applications').expect(401);
  });

  it('shows a coach only their own cases, whatever the filters ask for', async () => {
    expect(ids(await list(coach))).toEqual(only('northCoached', 'onAgenda'));
    expect(ids(await list(otherCoach))).toEqual(only('southCoached'));
    expect((await list(coach, `?coach=${otherCoach.user.id}`)).total).toBe(0);
    expect((await list(coach, '?organisation=zuid')).total).toBe(0);
    expect((await list(otherCoach, '?stuck=true')).stuckTotal).toBe(0);
    expect((await list(otherCoach, '?overdue=true')).total).toBe(0);
  });

  it('shows the chair and members only the cases of their committee', async () => {
    expect(ids(await list(chair))).toEqual(only('onAgenda'));
    expect(ids(await list(member))).toEqual(only('onAgenda'));
    expect((await list(member, '?phase=intake')).total).toBe(0);
    const outsider = await createUser(t, ['committee_member'], { name: 'Buiten Staander' });
    expect(await list(outsider, `?committee=${committeeId}`)).toMatchObject({ items: [], total: 0, stuckTotal: 0 });
  });
});
