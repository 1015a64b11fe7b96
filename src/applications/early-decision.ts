import type { EntityManager } from 'typeorm';
import type { Application } from './application.entity.js';
import { trackContextOf } from '../track/track.snapshot.js';

/**
 * RECORD_DECISION is offered only from the start of the meeting whose agenda holds the case: the
 * statechart cannot know the meeting's start (the secretary may move it), so this narrows what it
 * accepts, with the same rule the decision itself is refused by (409 MEETING_NOT_STARTED).
 * Read with a plain query: the committee module depends on this one, not the other way round.
 */
export async function withoutEarlyDecision(manager: EntityManager, application: Application, actions: string[], now = new Date()): Promise<string[]> {
  if (!actions.includes('RECORD_DECISION')) return actions;
  const { meetingId } = trackContextOf(application);
  const [meeting]: { startsAt: Date }[] = meetingId
    ? await manager.query(`SELECT starts_at AS "startsAt" FROM committee_meetings WHERE id = $1`, [meetingId])
    : [];
  const started = meeting !== undefined && new Date(meeting.startsAt).getTime() <= now.getTime();
  return started ? actions : actions.filter((action) => action !== 'RECORD_DECISION');
}
