import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

export type TestUser = Awaited<ReturnType<typeof createUser>>;

/**
 * The people the committee-settings specs need, created in this order: an admin who edits the
 * settings, the secretary, owner and coach who take a case through, a chair for the committees,
 * and three reviewers named by `reviewerName`.
 */
export async function settingsCast(t: TestApp, reviewerName = (n: number) => `Beoordelaar ${n}`) {
  const admin = await createUser(t, ['admin']);
  const secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
  const owner = await createUser(t, ['owner']);
  const coach = await createUser(t, ['coach']);
  const chair = await createUser(t, ['chair']);
  const reviewers = await Promise.all([1, 2, 3].map((n) => createUser(t, ['reviewer'], { name: reviewerName(n) })));
  return { admin, secretary, owner, coach, chair, reviewers };
}
