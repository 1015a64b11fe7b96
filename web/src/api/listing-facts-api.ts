import { call, client } from './client';
import { valuesOf } from './enum-values';
import type { components } from './schema';

type Schemas = components['schemas'];

/** The werkblad's facts for the listing: money in whole euro cents, time in weeks and minutes (src/description/listing-facts.view.ts). */
export type ListingFacts = Schemas['ListingFactsView'];
export type CurrentFacts = Schemas['CurrentFactsView'];
export type Setting = Schemas['ListingSetting'];
export type CostBasis = Schemas['CostBasis'];

/** The settings and cost bases in the order the form offers them. */
export const SETTINGS = valuesOf<Setting>()(['home', 'school', 'childcare', 'community_centre', 'healthcare', 'residential', 'workplace', 'online']);
export const COST_BASES = valuesOf<CostBasis>()(['per_participant', 'per_year', 'per_group']);

export const listingFactsApi = {
  save: (id: string, version: number, facts: ListingFacts) =>
    call(client.PUT('/applications/{id}/description/facts', { params: { path: { id } }, body: { version, ...facts } })),
};
