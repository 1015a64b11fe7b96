import { TRACK_EVENT_TYPES, type TrackEvent, type TrackEventType } from './track.events.js';

/**
 * Who may send an event, relative to one application:
 * - owner: an owner user of this application;
 * - coach: the coach assigned to it;
 * - secretary, chair: holders of those roles on the committee that handles it;
 * - reviewer: a member of its review panel;
 * - system: timers and the worker, never an HTTP caller.
 *
 * The machine decides *whether* the current state accepts an event; this table decides *who* may
 * send it. The service checks both.
 */
export const ACTOR_KINDS = ['owner', 'coach', 'secretary', 'chair', 'reviewer', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const TRACK_PERMISSIONS: Readonly<Record<TrackEventType, readonly ActorKind[]>> = {
  SUBMIT: ['owner'],
  ADMIT: ['secretary'],
  REFUSE_ADMISSION: ['secretary'],
  REQUEST_INFORMATION: ['secretary'],
  PROVIDE_INFORMATION: ['owner'],

  REQUEST_FEEDBACK: ['owner'],
  RETURN_FEEDBACK: ['coach'],
  MARK_READY: ['coach'],
  REOPEN_DESCRIPTION: ['coach'],
  // Facts are computed from the document store after an upload; a user must not be able to claim them.
  DOCUMENTS_CHANGED: ['system'],
  SUBMIT_FOR_ASSESSMENT: ['owner'],

  START_PANEL_COMPOSITION: ['secretary'],
  // Normally raised by the worker when the last invitation is accepted; the secretary can close it by hand.
  PANEL_COMPLETE: ['system', 'secretary'],
  // Reviewers submit reviews in the review module; the worker raises this when the last one is in.
  ALL_REVIEWS_SUBMITTED: ['system'],
  PLACE_ON_AGENDA: ['secretary'],
  REMOVE_FROM_AGENDA: ['secretary'],
  RECORD_DECISION: ['chair'],
  // Four eyes: the chair decides, the secretary sends the letter.
  SEND_DECISION_LETTER: ['secretary'],

  CONFIRM_CONDITIONS_MET: ['secretary'],
  CONDITIONS_LAPSED: ['system'],
  SUBMIT_REVISION: ['owner'],
  LODGE_OBJECTION: ['owner'],
  RESOLVE_OBJECTION: ['chair'],

  PUBLISH: ['secretary'],
  UPDATE_LISTING: ['secretary'],
  REASSESSMENT_DUE: ['system'],
  EXPIRE: ['system'],

  WITHDRAW: ['owner'],
};

export function actorKindsFor(event: TrackEventType | Pick<TrackEvent, 'type'>): readonly ActorKind[] {
  const type = typeof event === 'string' ? event : event.type;
  const kinds = TRACK_PERMISSIONS[type];
  if (!kinds) throw new RangeError(`Unknown track event: ${String(type)}`);
  return kinds;
}

/** True when any of the caller's kinds for this application may send the event. */
export function mayActorSend(kinds: Iterable<ActorKind>, event: TrackEventType | Pick<TrackEvent, 'type'>): boolean {
  const allowed = actorKindsFor(event);
  for (const kind of kinds) if (allowed.includes(kind)) return true;
  return false;
}

/** Event types a caller with these kinds may send at all, whatever the state. */
export function eventTypesFor(kinds: Iterable<ActorKind>): TrackEventType[] {
  const set = new Set(kinds);
  return TRACK_EVENT_TYPES.filter((type) => TRACK_PERMISSIONS[type].some((kind) => set.has(kind)));
}
