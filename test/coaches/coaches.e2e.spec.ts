import request from 'supertest';
import { UsersService } from '../../src/users/users.service.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

describe('GET /coaches (the secretary chooses a coach at admission)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
  });
  afterAll(() => t.close());

  it('lists the active coaches with their open caseload, fewest cases first', async () => {
    const secretary = await createUser(t, ['secretary']);
    const owner = await createUser(t, ['owner']);
    const busy = await createUser(t, ['coach'], { name: 'Anna Drukbezet' });
    const free = await createUser(t, ['coach'], { name: 'Bert Vrij' });
    const disabled = await createUser(t, ['coach'], { name: 'Cees Uit' });
    await t.app.get(UsersService).disable(disabled.user.id);
    await createUser(t, ['reviewer'], { name: 'Geen Begeleider' });

    for (const name of ['Eerste', 'Tweede']) {
      const draft = await createDraft(t, owner.auth, { name });
      const submitted = await step(t, owner.auth, draft.id, 'submit', { version: draft.version });
      await step(t, secretary.auth, draft.id, 'admit', { version: submitted.version, coachId: busy.user.id });
    }
    // A withdrawn case no longer counts.
    const [withdrawn] = await t.dataSource.query(`SELECT id, version FROM applications WHERE name = 'Tweede'`);
    await step(t, owner.auth, withdrawn.id, 'withdraw', { version: withdrawn.version });

    const response = await request(t.server).get('/coaches').set(secretary.auth).expect(200);
    expect(response.body).toEqual([
      { id: free.user.id, name: 'Bert Vrij', email: free.user.email, organisation: 'Stichting Voorbeeld', caseload: 0 },
      { id: busy.user.id, name: 'Anna Drukbezet', email: busy.user.email, organisation: 'Stichting Voorbeeld', caseload: 1 },
    ]);
  });

  it('is for secretaries only', async () => {
    const owner = await createUser(t, ['owner']);
    const coach = await createUser(t, ['coach']);
    await request(t.server).get('/coaches').set(owner.auth).expect(403);
    await request(t.server).get('/coaches').set(coach.auth).expect(403);
    await request(t.server).get('/coaches').expect(401);
  });
});
