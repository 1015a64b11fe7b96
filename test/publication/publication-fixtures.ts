import { step } from '../support/applications.js';
import type { TestApp } from '../support/test-app.js';
import { asAuthUser, sendAs, type TestUser } from '../support/track-driver.js';
import { systemActor, userActor } from '../../src/track/track-actor.js';
import { TrackService } from '../../src/track/track.service.js';
import type { LevelCode } from '../../src/track/track.levels.js';
import { insertPanel, insertReviews, placeOnAgenda, planMeeting, type PanelSeatFixture } from '../committee/support/committee-fixtures.js';

export interface RecognitionCast {
  owner: TestUser;
  secretary: TestUser;
  coach: TestUser;
  chair: TestUser;
  reviewers: TestUser[];
  committeeId: string;
}

/**
 * Takes an existing draft to `decided.recognised` through the one write path, with the actor
 * each step needs: intake over HTTP, the description and the system's panel/review events through
 * TrackService, the panel and its reviews written by the committee fixtures, the case placed on a
 * meeting's agenda (which gives the chair the `chair` kind), RECORD_DECISION by the chair and
 * SEND_DECISION_LETTER by the secretary.
 */
export async function recognise(
  t: TestApp,
  cast: RecognitionCast,
  applicationId: string,
  decision: { level?: LevelCode; at?: string; whileDescribing?: () => Promise<void> } = {},
): Promise<{ id: string; version: number }> {
  const track = t.app.get(TrackService);
  const [{ version }]: { version: number }[] = await t.dataSource.query(`SELECT version FROM applications WHERE id = $1`, [applicationId]);
  await step(t, cast.owner.auth, applicationId, 'submit', { version });
  await step(t, cast.secretary.auth, applicationId, 'admit', { version: version + 1, coachId: cast.coach.user.id });
  await track.send({
    applicationId,
    actor: systemActor('documents'),
    event: { type: 'DOCUMENTS_CHANGED', handbook: true, processEvaluation: true, effectStudies: 1 },
  });
  // The werkblad is open for the owner here (e.g. to save its structured facts).
  await decision.whileDescribing?.();
  await track.send({ applicationId, actor: userActor(asAuthUser(cast.coach.user)), event: { type: 'MARK_READY' } });
  await track.send({ applicationId, actor: userActor(asAuthUser(cast.owner.user)), event: { type: 'SUBMIT_FOR_ASSESSMENT' } });
  await sendAs(t, applicationId, cast.secretary, { type: 'START_PANEL_COMPOSITION' });
  const [{ round }]: { round: number }[] = await t.dataSource.query(
    `SELECT (snapshot->'context'->>'reviewRound')::int AS round FROM applications WHERE id = $1`,
    [applicationId],
  );
  const seats: PanelSeatFixture[] = cast.reviewers.map((reviewer) => ({
    reviewer,
    kind: 'practice',
    proposedLevel: decision.level ?? 'goed_beschreven',
    feedback: `Feedback van ${reviewer.user.name} voor de eigenaar.`,
    remarks: `Vertrouwelijk van ${reviewer.user.name}: alleen voor de commissie.`,
  }));
  await insertPanel(t, applicationId, seats);
  await sendAs(t, applicationId, 'panels', { type: 'PANEL_COMPLETE' });
  await insertReviews(t, applicationId, round, seats);
  await sendAs(t, applicationId, 'reviews', { type: 'ALL_REVIEWS_SUBMITTED' });
  const meetingId = await planMeeting(t, cast.secretary, cast.committeeId);
  await placeOnAgenda(t, cast.secretary, meetingId, applicationId);
  const at = decision.at ?? new Date().toISOString();
  await sendAs(t, applicationId, cast.chair, { type: 'RECORD_DECISION', verdict: 'recognised', level: decision.level ?? 'goed_beschreven', at });
  const decided = await sendAs(t, applicationId, cast.secretary, { type: 'SEND_DECISION_LETTER', at });
  if (decided.state !== 'decided.recognised') throw new Error(`expected decided.recognised, got ${decided.state}`);
  return { id: decided.id, version: decided.version };
}

export async function applicationVersion(t: TestApp, applicationId: string): Promise<number> {
  const [{ version }]: { version: number }[] = await t.dataSource.query(`SELECT version FROM applications WHERE id = $1`, [applicationId]);
  return version;
}
