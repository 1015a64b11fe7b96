import { call, client } from './client';

/** Codes of src/description/listing-facts.ts (the generated types check the values the API accepts). */
export const SETTINGS = ['home', 'school', 'childcare', 'community_centre', 'healthcare', 'residential', 'workplace', 'online'] as const;
export type Setting = (typeof SETTINGS)[number];
export const COST_BASES = ['per_participant', 'per_year', 'per_group'] as const;
export type CostBasis = (typeof COST_BASES)[number];

/** src/description/listing-facts.ts ListingFacts: money in whole euro cents, time in weeks and minutes. */
export interface ListingFacts {
  costAmountCents: number | null;
  costBasis: CostBasis | null;
  costIncludes: string;
  durationWeeks: number | null;
  sessions: number | null;
  sessionMinutes: number | null;
  staffQualifications: string;
  training: string;
  trainingRequired: boolean | null;
  settings: Setting[];
  ageMin: number | null;
  ageMax: number | null;
}

/** src/description/description-facts.ts CurrentFacts */
export interface CurrentFacts {
  facts: ListingFacts;
  version: number;
  updatedAt: string | null;
}

export const listingFactsApi = {
  save: (id: string, version: number, facts: ListingFacts) =>
    call<CurrentFacts>(client.PUT('/applications/{id}/description/facts', { params: { path: { id } }, body: { version, ...facts } })),
};
