import { call, client } from './client';
import type { Verdict } from './dossier-api';
import type { LevelCode } from './types';

/**
 * Committees and their meetings (src/committee/committees.controller.ts, meetings.controller.ts).
 * Response shapes mirror src/committee/committees.service.ts view() and meetings.service.ts
 * list() / get().
 */

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

export interface CommitteeView {
  id: string;
  name: string;
  databank: string;
  active: boolean;
  chair: PersonRef | null;
  members: PersonRef[];
}

export interface MeetingSummary {
  id: string;
  startsAt: string;
  location: string;
  committeeId: string;
  committeeName: string;
  agendaSize: number;
  /** Decided by the API: the meeting's day (in the Netherlands) is over. */
  past: boolean;
}

/** The decision the meeting took on an agenda item. */
export interface AgendaDecision {
  verdict: Verdict;
  level: LevelCode | null;
  decidedAt: string;
}

export interface AgendaEntry {
  position: number;
  round: number;
  addedAt: string;
  /** null until the chair records the decision. */
  decision: AgendaDecision | null;
  /** Internal minutes of the item; null until written. */
  minutes: string | null;
  application: {
    id: string;
    reference: string;
    name: string;
    organisation: string;
    targetLevel: LevelCode;
    targetLevelLabel: string;
    state: string;
    version: number;
  };
}

export interface MeetingView {
  id: string;
  startsAt: string;
  location: string;
  committee: { id: string; name: string; databank: string };
  /** The viewer's seat; null for the secretariat. */
  seat: 'chair' | 'member' | null;
  /** The meeting has begun: its minutes can be written. */
  minutesOpen: boolean;
  agenda: AgendaEntry[];
}

export interface MeetingChanges {
  startsAt?: string;
  location?: string;
}

const path = (id: string) => ({ params: { path: { id } } });

export const meetingApi = {
  committees: () => call<CommitteeView[]>(client.GET('/committees')),
  meetings: () => call<MeetingSummary[]>(client.GET('/meetings')),
  meeting: (id: string) => call<MeetingView>(client.GET('/meetings/{id}', path(id))),
  plan: (committeeId: string, body: { startsAt: string; location?: string }) =>
    call<MeetingView>(client.POST('/committees/{id}/meetings', { ...path(committeeId), body })),
  update: (id: string, body: MeetingChanges) => call<MeetingView>(client.PATCH('/meetings/{id}', { ...path(id), body })),
  place: (id: string, applicationId: string, version: number) =>
    call<MeetingView>(client.POST('/meetings/{id}/agenda', { ...path(id), body: { applicationId, version } })),
  saveMinutes: (id: string, applicationId: string, minutes: string) =>
    call<MeetingView>(client.PUT('/meetings/{id}/agenda/{applicationId}/minutes', { params: { path: { id, applicationId } }, body: { minutes } })),
  reorder: (id: string, applicationIds: string[]) => call<MeetingView>(client.PUT('/meetings/{id}/agenda', { ...path(id), body: { applicationIds } })),
  remove: (id: string, applicationId: string, version: number) =>
    call<MeetingView>(client.DELETE('/meetings/{id}/agenda/{applicationId}', { params: { path: { id, applicationId }, query: { version } } })),
};

const ZONE = 'Europe/Amsterdam';

/** Amsterdam's UTC offset at an instant, as "+01:00". */
function amsterdamOffset(instant: Date): string {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return /GMT([+-]\d{2}:\d{2})/.exec(name ?? '')?.[1] ?? '+00:00';
}

/**
 * A Dutch wall-clock date (YYYY-MM-DD) and time (HH:MM) as the ISO instant the API wants, with
 * the offset Amsterdam has on that day (summer or winter time), whatever the browser's zone.
 */
export function amsterdamInstant(date: string, time: string): string {
  const asUtc = new Date(`${date}T${time}:00Z`);
  const first = amsterdamOffset(asUtc);
  const [hours, minutes] = first.slice(1).split(':').map(Number);
  const sign = first.startsWith('-') ? -1 : 1;
  const offset = amsterdamOffset(new Date(asUtc.getTime() - sign * (hours * 60 + minutes) * 60_000));
  return `${date}T${time}:00${offset}`;
}

/** The Dutch calendar date (YYYY-MM-DD) and time (HH:MM) of an instant. */
export function amsterdamParts(value: string | Date): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}
