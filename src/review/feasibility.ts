/**
 * The feasibility (uitvoerbaarheid) verdict: a judgment separate from the level, given by each
 * reviewer and by the chair when the case's settings ask for it (RIVM's procedure; decision 0034).
 */
export const FEASIBILITY_VERDICTS = ['feasible', 'feasible_with_conditions', 'not_feasible'] as const;
export type FeasibilityVerdict = (typeof FEASIBILITY_VERDICTS)[number];

export const FEASIBILITY_LABELS: Readonly<Record<FeasibilityVerdict, { nl: string; en: string }>> = {
  feasible: { nl: 'uitvoerbaar', en: 'feasible' },
  feasible_with_conditions: { nl: 'uitvoerbaar onder voorwaarden', en: 'feasible under conditions' },
  not_feasible: { nl: 'niet uitvoerbaar', en: 'not feasible' },
};

export const FEASIBILITY_EXPLANATION_MAX_LENGTH = 10000;

/** A verdict with its explanation, as stored with a review or a decision; null when the case's settings ask for none. */
export interface Feasibility {
  verdict: FeasibilityVerdict;
  verdictLabel: { nl: string; en: string };
  explanation: string;
}

export function feasibilityView(verdict: FeasibilityVerdict | null, explanation: string | null): Feasibility | null {
  return verdict === null ? null : { verdict, verdictLabel: FEASIBILITY_LABELS[verdict], explanation: explanation ?? '' };
}
