import request from 'supertest';
import { DemoSeeder } from '../../src/seed/demo-seeder.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/seed/demo-users.js';
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
    expect(new Set(DEMO_USERS.flatMap((u) => u.roles))).toEqual(new Set(ROLES));
    for (const demo of DEMO_USERS) {
      const response = await request(t.server).post('/auth/login').send({ email: demo.email, password: DEMO_PASSWORD }).expect(200);
      expect(response.body.user.roles).toEqual(demo.roles);
    }
  });
});
