import { call, client } from './client';
import type { MailPreview } from './notify-api';
import type { Language } from './types';

/**
 * A case's deadlines and the agenda mailing of a meeting (src/deadlines/deadlines.controller.ts).
 * Shapes mirror src/deadlines/case-deadline.view.ts and DeadlinesService.agendaStatus().
 */

export type DeadlineStatus = 'open' | 'missed' | 'met' | 'cancelled';
export type DeadlineAction = 'extend' | 'complete';

export interface ReminderMoment {
  stage: string;
  at: string;
}

export interface CaseDeadline {
  id: string;
  applicationId: string;
  kind: string;
  /** The to-do action the deadline asks for, and its words in both languages. */
  action: string;
  label: { nl: string; en: string };
  dueAt: string;
  status: DeadlineStatus;
  metAt: string | null;
  closedAt: string | null;
  closeReason: string | null;
  extendedCount: number;
  version: number;
  /** Who is due, as this reader may know them (reviewers by panel letter for the coach). */
  assignees: { role: 'owners' | 'coach' | 'secretaries' | 'reviewer'; names: string[] };
  remindersSent: ReminderMoment[];
  remindersPlanned: ReminderMoment[];
  allowedActions: DeadlineAction[];
  /** Who hears of an extension (the people due, but not the secretary who extends it). */
  toldOnExtension: string[];
}

export interface AgendaMailing {
  meetingId: string;
  openCount: number;
  dueAt: string | null;
  missed: boolean;
  lastSentAt: string | null;
  allowedActions: 'send-agenda'[];
}

/** src/deadlines/deadlines.service.ts previewAgenda() */
export interface AgendaMailPreview {
  meetingId: string;
  items: { applicationId: string; reference: string; name: string }[];
  recipients: { name: string; email: string; language: Language }[];
  /** The mail in each recipient language, rendered for the first recipient in it. */
  mails: MailPreview[];
}

const path = (id: string) => ({ params: { path: { id } } });

export const deadlineApi = {
  ofApplication: (applicationId: string) => call<CaseDeadline[]>(client.GET('/applications/{id}/deadlines', path(applicationId))),
  extend: (id: string, body: { dueAt: string; reason: string; version: number }) => call<CaseDeadline>(client.POST('/deadlines/{id}/extend', { ...path(id), body })),
  complete: (id: string, version: number) => call<CaseDeadline>(client.POST('/deadlines/{id}/complete', { ...path(id), body: { version } })),
  agendaMailing: (meetingId: string) => call<AgendaMailing>(client.GET('/meetings/{id}/agenda-mailing', path(meetingId))),
  previewAgenda: (meetingId: string) => call<AgendaMailPreview>(client.POST('/meetings/{id}/agenda-mailing/preview', path(meetingId))),
  sendAgenda: (meetingId: string) =>
    call<{ meetingId: string; completed: unknown[]; recipients: AgendaMailPreview['recipients'] }>(client.POST('/meetings/{id}/agenda-mailing/send', path(meetingId))),
};
