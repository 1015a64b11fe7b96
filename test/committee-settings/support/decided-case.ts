import { DecisionsService } from '../../../src/decisions/decisions.service.js';
import type { TestApp } from '../../support/test-app.js';
import { asAuthUser, type TestUser } from '../../support/track-driver.js';
import { driveToAwaitingCommittee, placeOnAgenda, planMeeting, startMeeting, type PanelSeatFixture } from '../../committee/support/committee-fixtures.js';

export interface DecisionCast {
  owner: TestUser;
  secretary: TestUser;
  coach: TestUser;
  chair: TestUser;
  reviewers: TestUser[];
}

/** A case of the committee decided at a meeting that started just before `at`, its letter sent then; returns its id. */
export async function decidedCase(
  t: TestApp,
  cast: DecisionCast,
  committeeId: string,
  at: Date,
  decision: { verdict: 'recognised' | 'not_recognised'; level?: 'goed_beschreven'; motivation?: string },
  name?: string,
): Promise<string> {
  const seats: PanelSeatFixture[] = cast.reviewers.map((reviewer) => ({ reviewer, kind: 'practice', proposedLevel: 'goed_beschreven' }));
  const meetingId = await planMeeting(t, cast.secretary, committeeId);
  const { id } = await driveToAwaitingCommittee(t, cast, seats, { fields: { committeeId, ...(name ? { name } : {}) } });
  const version = await placeOnAgenda(t, cast.secretary, meetingId, id);
  await startMeeting(t, meetingId, new Date(at.getTime() - 60_000));
  const decisions = t.app.get(DecisionsService);
  await decisions.record(asAuthUser(cast.chair.user), id, { version, ...decision }, at);
  await decisions.sendLetter(asAuthUser(cast.secretary.user), id, { version: version + 1 }, at);
  return id;
}
