import type { EntityManager } from 'typeorm';
import { jsonb } from '../database/jsonb.js';
import { OutboxMessage } from './outbox-message.entity.js';

export const TRACK_TRANSITION_TOPIC = 'track.transition';

export interface TrackTransitionMessage {
  applicationId: string;
  event: string;
  fromState: string;
  toState: string;
  actorId: string | null;
  auditEventId: string;
  applicationVersion: number;
  /** What the event carried that recipients may need (a question, a reason, a verdict). */
  details: Record<string, unknown>;
}

/**
 * Every transition leaves one outbox message describing it; the notification module (worker)
 * turns it into mails and reminders for the right people. Written in the transaction of the
 * transition, so a side effect is never lost and never sent for a change that rolled back.
 */
export async function enqueueTransitionEffects(manager: EntityManager, message: TrackTransitionMessage): Promise<void> {
  await manager.getRepository(OutboxMessage).insert({
    applicationId: message.applicationId,
    topic: TRACK_TRANSITION_TOPIC,
    payload: jsonb(message as unknown as Record<string, unknown>),
    availableAt: new Date(),
    attempts: 0,
  });
}
