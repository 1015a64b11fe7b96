import { call, client } from './client';
import type { DocumentView } from './werkblad-api';
import type { DecisionView, ObjectionView } from './decision-api';
import type { ApplicationView, Bilingual, LevelCode } from './types';

export type { DecisionView, ObjectionView };

/**
 * The committee's endpoints: the dossier (src/committee/dossier.service.ts), the chair's decision
 * and the resolution of an objection (src/decisions/decisions.controller.ts). Response shapes
 * mirror dossier.service.ts dossier() and src/decisions/decision.view.ts decisionView.
 */

export const VERDICTS = ['recognised', 'conditionally_recognised', 'deferred', 'not_recognised'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type ObjectionOutcome = 'upheld' | 'replaced';
export type PanelKind = 'science' | 'practice';
export type ReviewJudgment = 'voldoende' | 'twijfel' | 'onvoldoende';

/** The verdicts that recognise the intervention at a level (src/track/track.events.ts RECOGNISING_VERDICTS). */
export const RECOGNISING: readonly Verdict[] = ['recognised', 'conditionally_recognised'];

/** src/committee/decision-rules.ts CONDITIONS_PERIOD_MONTHS: the conditions deadline is at most this long after the decision. */
export const CONDITIONS_PERIOD_MONTHS = 6;

export interface DossierReview {
  letter: string;
  kind: PanelKind;
  reviewer: { id: string; name: string };
  submitted: boolean;
  /** null: proposes not to recognise (or has not submitted). */
  proposedLevel: LevelCode | null;
  proposedLevelLabel: string | null;
  criteria: { code: string; judgment: ReviewJudgment | null; motivation: string }[] | null;
  feedbackForOwner: string | null;
  confidentialRemarks: string | null;
  submittedAt: string | null;
}

export type LevelTally = Record<LevelCode | 'not_recognised', number>;

/** src/committee/decision-rules.ts PanelView, with the dossier's extras. */
export interface PanelSummary {
  reviews: number;
  requiredReviews: number;
  tally: LevelTally;
  support: Record<LevelCode, number>;
  majority: number;
  majorityLevel: LevelCode | null;
  unanimousLevel: LevelCode | null;
  supportedLevel: LevelCode | null;
  supportedLevelLabel: string | null;
  verdict: 'recognised' | 'not_recognised';
  /** The levels the rules let the chair grant; `needsMotivation` when that departs from the panel. */
  grantableLevels: { level: LevelCode; label: string; needsMotivation: boolean }[];
}

export interface FrozenDescription {
  number: number;
  createdAt: string;
  sections: { key: string; title: string; titleEn: string; content: string }[];
}

export interface Dossier {
  application: ApplicationView;
  round: number;
  meeting: {
    id: string;
    startsAt: string;
    location: string | null;
    committee: { id: string; name: string; databank: string } | null;
  } | null;
  /** The meeting's start while it is still to come: the decision cannot be recorded before it. */
  decidableFrom: string | null;
  description: FrozenDescription | null;
  documents: DocumentView[];
  form: {
    criteria: { code: string; label: Bilingual; question: Bilingual }[];
    judgments: { code: ReviewJudgment; label: Bilingual }[];
  };
  reviews: DossierReview[];
  panel: PanelSummary;
  decisions: DecisionView[];
  objections: ObjectionView[];
}

/** What the chair fills in; which fields a verdict needs is checked by the API's decision rules. */
export interface DecisionFields {
  level?: LevelCode | null;
  conditions?: string | null;
  conditionsDeadline?: string | null;
  questions?: string | null;
}

export interface DecisionResult {
  decision: DecisionView;
  application: ApplicationView;
}

/** One broken decision rule as the API names it (src/decisions/decisions.errors.ts decisionRulesBroken). */
export interface BrokenRule {
  code: string;
  field: string;
  message: string;
}

const path = (id: string) => ({ params: { path: { id } } });

export const dossierApi = {
  dossier: (id: string) => call<Dossier>(client.GET('/applications/{id}/dossier', path(id))),
  recordDecision: (id: string, body: DecisionFields & { version: number; verdict: Verdict; motivation?: string | null }) =>
    call<DecisionResult>(client.POST('/applications/{id}/decision', { ...path(id), body })),
  resolveObjection: (
    id: string,
    body: DecisionFields & { version: number; outcome: ObjectionOutcome; verdict?: Verdict | null; motivation: string },
  ) => call<DecisionResult>(client.POST('/applications/{id}/objection/resolve', { ...path(id), body })),
};
