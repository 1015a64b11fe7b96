import request from 'supertest';
import { DemoSeeder } from '../../src/seed/demo-seeder.js';
import { DEMO_COMMITTEE, DEMO_PASSWORD, DEMO_USERS } from '../../src/seed/demo-users.js';
import { ROLES } from '../../src/users/role.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
  });
  afterAll(() => t.close());

  it('creates one demo user per role, once, and every one of them can log in', async () => {
    const seeder = t.app.get(DemoSeeder);
    expect(await seeder.seed()).toBe(DEMO_USERS.length);
    expect(await seeder.seed()).toBe(0);
    const profiles = await t.dataSource.query('SELECT kind, count(*)::int AS n FROM reviewer_profiles GROUP BY kind ORDER BY kind');
    expect(profiles).toEqual([
      { kind: 'practice', n: 3 },
      { kind: 'science', n: 2 },
    ]);
    const committees = await t.dataSource.query(
      `SELECT c.name, u.email AS chair FROM committees c JOIN users u ON u.id = c.chair_id`,
    );
    expect(committees).toEqual([{ name: DEMO_COMMITTEE.name, chair: DEMO_COMMITTEE.chairEmail }]);
    expect(new Set(DEMO_USERS.flatMap((u) => u.roles))).toEqual(new Set(ROLES));
    for (const demo of DEMO_USERS) {
      const response = await request(t.server).post('/auth/login').send({ email: demo.email, password: DEMO_PASSWORD }).expect(200);
      expect(response.body.user.roles).toEqual(demo.roles);
    }
  });
});
