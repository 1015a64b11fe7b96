import type { DeadlineKind } from './deadline-kinds.js';

export interface ActionLabel {
  nl: string;
  en: string;
}

/**
 * What a person is asked to do, in both languages: the lines of the to-do list, and the words of
 * reminders and of the weekly digest. Keys are stable codes a client may switch on.
 */
export const TO_DO_ACTIONS = {
  'complete-application': { nl: 'Aanmelding afmaken en indienen', en: 'Complete and submit the application' },
  'provide-information': { nl: 'Gevraagde informatie aanvullen', en: 'Provide the information asked for' },
  'write-description': { nl: 'Werkblad schrijven en indienen voor beoordeling', en: 'Write the description and submit it for assessment' },
  'give-feedback': { nl: 'Feedback geven op het werkblad', en: 'Give feedback on the description' },
  'decide-admission': { nl: 'Aanmelding beoordelen voor toelating', en: 'Decide on admission' },
  'start-panel': { nl: 'Samenstelling van het beoordelingspanel starten', en: 'Start composing the review panel' },
  'compose-panel': { nl: 'Beoordelingspanel samenstellen', en: 'Compose the review panel' },
  'answer-invitation': { nl: 'Uitnodiging om te beoordelen beantwoorden', en: 'Answer the invitation to review' },
  'write-review': { nl: 'Beoordeling schrijven en indienen', en: 'Write and submit your review' },
  'schedule-committee': { nl: 'Agenderen voor een commissievergadering', en: 'Put the case on a committee meeting agenda' },
  'send-agenda': { nl: 'Agenda en dossier naar de commissie sturen', en: 'Send the agenda and dossier to the committee' },
  decide: { nl: 'Besluit van de commissie vastleggen', en: "Record the committee's decision" },
  'send-decision-letter': { nl: 'Besluitbrief controleren en versturen', en: 'Check and send the decision letter' },
  'resolve-objection': { nl: 'Bezwaar afhandelen', en: 'Resolve the objection' },
  'meet-conditions': { nl: 'Gevraagde aanvullingen aanbrengen (erkend onder voorbehoud)', en: 'Make the additions asked for (conditional recognition)' },
  'submit-revision': { nl: 'Vragen van de commissie beantwoorden en herziening indienen', en: "Answer the committee's questions and submit a revision" },
  publish: { nl: 'Publiceren in de databank', en: 'Publish in the databank' },
  'apply-reassessment': { nl: 'Herbeoordeling aanvragen', en: 'Apply for re-assessment' },
} as const satisfies Record<string, ActionLabel>;

export type TodoAction = keyof typeof TO_DO_ACTIONS;

/** The action a deadline of each kind asks for. */
export const DEADLINE_ACTION: Readonly<Record<DeadlineKind, TodoAction>> = {
  invitation_response: 'answer-invitation',
  review: 'write-review',
  coach_feedback: 'give-feedback',
  owner_revision: 'submit-revision',
  conditions: 'meet-conditions',
  committee_agenda: 'send-agenda',
  recognition_expiry: 'apply-reassessment',
};

export function isTodoAction(value: unknown): value is TodoAction {
  return typeof value === 'string' && Object.hasOwn(TO_DO_ACTIONS, value);
}

/** The action of a deadline kind, by its code; undefined for anything else. */
export function deadlineActionLabel(kind: unknown): ActionLabel | undefined {
  return typeof kind === 'string' && Object.hasOwn(DEADLINE_ACTION, kind) ? TO_DO_ACTIONS[DEADLINE_ACTION[kind as DeadlineKind]] : undefined;
}

/**
 * The screen where the to-do item can be finished, relative to the web application's root. The
 * agenda's deadline is about a meeting (its subject), where the secretary marks the agenda sent.
 */
export function todoPath(action: TodoAction, target: { applicationId: string; subjectId?: string | null }): string {
  const application = `/aanmeldingen/${target.applicationId}`;
  switch (action) {
    case 'answer-invitation':
      return '/beoordelingen';
    case 'write-review':
      return `/beoordelingen/${target.applicationId}`;
    case 'write-description':
    case 'give-feedback':
      return `${application}/werkblad`;
    case 'start-panel':
    case 'compose-panel':
      return `${application}/panel`;
    case 'schedule-committee':
      return '/vergaderingen';
    case 'send-agenda':
      return target.subjectId ? `/vergaderingen/${target.subjectId}` : '/vergaderingen';
    case 'decide':
    case 'resolve-objection':
      return `${application}/dossier`;
    case 'meet-conditions':
    case 'submit-revision':
      return `${application}/besluit`;
    case 'complete-application':
    case 'provide-information':
    case 'decide-admission':
    case 'send-decision-letter':
    case 'publish':
    case 'apply-reassessment':
      return application;
  }
}
