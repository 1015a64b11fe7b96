import { ageBandsOf, completeFacts, type AgeBand, type CostBasis, type ListingFacts, type Setting } from '../description/listing-facts.js';
import type { PublicListingFacts } from './listing-facts.view.js';

/**
 * The structured facts as the public detail, open data and the pages show them: every field
 * named one by one (never a spread of what is stored), plus the age bands the search filters on.
 */
export function publicListingFacts(stored: ListingFacts | null): PublicListingFacts | null {
  if (!stored) return null;
  const facts = completeFacts(stored);
  return {
    costAmountCents: facts.costAmountCents,
    costBasis: facts.costBasis,
    costIncludes: facts.costIncludes,
    durationWeeks: facts.durationWeeks,
    sessions: facts.sessions,
    sessionMinutes: facts.sessionMinutes,
    staffQualifications: facts.staffQualifications,
    training: facts.training,
    trainingRequired: facts.trainingRequired,
    settings: facts.settings,
    ageMin: facts.ageMin,
    ageMax: facts.ageMax,
    ageBands: ageBandsOf(facts.ageMin, facts.ageMax),
  };
}

/** The search filters on the facts, already validated (SearchListingsQuery). */
export interface ListingFactFilters {
  setting?: Setting;
  ageGroup?: AgeBand;
  /** Whole euros; compared with listings whose cost is counted per `costBasis`. */
  maxCost?: number;
  costBasis?: CostBasis;
}

/** The basis a maximum cost is compared on when the request names none. */
export const DEFAULT_COST_BASIS: CostBasis = 'per_participant';

/**
 * SQL conditions for the fact filters (columns generated from listings.facts, see the migration
 * 1764004000000). A listing without a cost never passes a maximum cost: "unknown" is not "cheap".
 */
export function factConditions(filters: ListingFactFilters, bind: (value: unknown) => string): string[] {
  const conditions: string[] = [];
  const tokens = [];
  if (filters.setting !== undefined) tokens.push(`setting:${filters.setting}`);
  if (filters.ageGroup !== undefined) tokens.push(`age:${filters.ageGroup}`);
  if (tokens.length) conditions.push(`l.fact_facets @@ ${bind(tokens.map((token) => `'${token.replace(/['\\]/g, '\\$&')}'`).join(' & '))}::tsquery`);
  if (filters.maxCost !== undefined)
    conditions.push(`l.cost_basis = ${bind(filters.costBasis ?? DEFAULT_COST_BASIS)} AND l.cost_cents <= ${bind(filters.maxCost * 100)}`);
  return conditions;
}
