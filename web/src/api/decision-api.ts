import { call, client } from './client';
import type { Verdict, ObjectionOutcome } from './dossier-api';
import type { ApplicationView, Bilingual, LevelCode, ListingDetail } from './types';

/**
 * The committee's decision and what follows it: the decisions with the panel's feedback
 * (src/decisions/decisions.controller.ts, decision.view.ts, decision-feedback.ts), the owner's
 * objection and revision, the secretary's confirmation of conditions, and publication
 * (src/publication/publication.controller.ts, listing.view.ts staffListingView).
 */

/** One reviewer's feedback for the owner, known only by the panel letter. */
export interface DecisionFeedback {
  letter: string;
  text: string;
}

/** src/decisions/decision.view.ts decisionView; `departsFromPanel` for staff only. */
export interface DecisionView {
  id: string;
  applicationId: string;
  round: number;
  /** decision: taken at a meeting; objection: replaced a decision after an objection. */
  kind: 'decision' | 'objection';
  verdict: Verdict;
  verdictLabel: Bilingual;
  level: LevelCode | null;
  levelLabel: string | null;
  motivation: string | null;
  conditions: string | null;
  conditionsDeadline: string | null;
  conditionsMetAt: string | null;
  lapsedAt: string | null;
  questions: string | null;
  revisionAnswers: string | null;
  revisionSubmittedAt: string | null;
  decidedAt: string;
  /** When the secretary sent the letter; null while it is a draft (owners never see such a decision). */
  letterSentAt: string | null;
  /** Null while the letter is a draft: the window runs from the sending. */
  objectionDeadline: string | null;
  /** The secretary's message that went with the letter. */
  coveringMessage: string | null;
  supersededBy: string | null;
  departsFromPanel?: boolean;
}

/** A decision as GET /applications/:id/decisions gives it: with the panel's feedback of its round. */
export interface DecisionWithFeedback extends DecisionView {
  feedback: DecisionFeedback[];
}

/** src/decisions/decisions.service.ts objectionView */
export interface ObjectionView {
  id: string;
  applicationId: string;
  decisionId: string;
  grounds: string;
  lodgedAt: string;
  outcome: ObjectionOutcome | null;
  motivation: string | null;
  resolvedAt: string | null;
  replacementDecisionId: string | null;
}

export interface DecisionsOverview {
  decisions: DecisionWithFeedback[];
  objections: ObjectionView[];
  /** The databank entry this application carries, once published. */
  listing: { slug: string; listed: boolean } | null;
}

export interface PublicationResult {
  application: ApplicationView;
  listing: (ListingDetail & { listed: boolean }) | null;
}

const path = (id: string) => ({ params: { path: { id } } });

/** Where the browser downloads the latest decision letter (PDF) from; the session cookie goes along. */
export const decisionLetterUrl = (id: string) => `/applications/${encodeURIComponent(id)}/decision-letter`;

/** The decision that stands now: the newest one not replaced after an objection. */
export function standingDecision(overview: DecisionsOverview): DecisionWithFeedback | undefined {
  return [...overview.decisions].reverse().find((decision) => decision.supersededBy === null);
}

export const decisionApi = {
  decisions: (id: string) => call<DecisionsOverview>(client.GET('/applications/{id}/decisions', path(id))),
  lodgeObjection: (id: string, version: number, grounds: string) =>
    call<{ objection: ObjectionView; application: ApplicationView }>(client.POST('/applications/{id}/objection', { ...path(id), body: { version, grounds } })),
  submitRevision: (id: string, version: number, answers: string) =>
    call<ApplicationView>(client.POST('/applications/{id}/revision', { ...path(id), body: { version, answers } })),
  confirmConditions: (id: string, version: number, internalNote?: string) =>
    call<{ decision: DecisionView; application: ApplicationView }>(
      client.POST('/applications/{id}/conditions/confirm', { ...path(id), body: { version, internalNote } }),
    ),
  publish: (id: string, version: number) => call<PublicationResult>(client.POST('/applications/{id}/publish', { ...path(id), body: { version } })),
  /** The public listing PUBLISH would write now, without publishing. */
  previewPublication: (id: string) => call<ListingDetail>(client.GET('/applications/{id}/listing/preview', path(id))),
  updateListing: (id: string, version: number) =>
    call<PublicationResult>(client.POST('/applications/{id}/listing/update', { ...path(id), body: { version } })),
  startReassessment: (slug: string, targetLevel?: LevelCode) =>
    call<ApplicationView>(client.POST('/listings/{slug}/reassessment', { params: { path: { slug } }, body: { targetLevel } })),
};
