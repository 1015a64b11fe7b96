/**
 * The structured facts of an intervention that the registries show beside the text (Blueprints,
 * CEBC, the EIF Guidebook, NJi): cost, duration and intensity, staff, setting and the target
 * group's age. The owner fills them in the werkblad; a frozen version keeps them; the publication
 * step copies them into the listing. Codes are stored; labels live with the screens.
 * See docs/decisions/0032-structured-listing-facts.md.
 */

/** Where the intervention is carried out: the set Dutch databanks filter on. */
export const SETTINGS = ['home', 'school', 'childcare', 'community_centre', 'healthcare', 'residential', 'workplace', 'online'] as const;
export type Setting = (typeof SETTINGS)[number];

/** What a cost amount is counted per. */
export const COST_BASES = ['per_participant', 'per_year', 'per_group'] as const;
export type CostBasis = (typeof COST_BASES)[number];

/**
 * Age bands as the youth and social databanks use them; a listing belongs to every band its
 * age range touches. `to` is inclusive; the last band is open.
 */
export const AGE_BANDS = [
  { code: '0-3', from: 0, to: 3 },
  { code: '4-11', from: 4, to: 11 },
  { code: '12-17', from: 12, to: 17 },
  { code: '18-26', from: 18, to: 26 },
  { code: '27-64', from: 27, to: 64 },
  { code: '65+', from: 65, to: 150 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['code'];
export const AGE_BAND_CODES = AGE_BANDS.map((band) => band.code) as AgeBand[];

export const MAX_AGE = 120;
/** One million euros: above this a figure is a typing error, not a cost. */
export const MAX_COST_CENTS = 100_000_000;
export const MAX_DURATION_WEEKS = 520;
export const MAX_SESSIONS = 1000;
export const MAX_SESSION_MINUTES = 24 * 60;
export const FACT_TEXT_MAX_CHARS = 2000;

/**
 * Every field may be empty (null or ''): a werkblad is written over weeks. Money is in whole
 * euro cents (an integer, so no rounding), time in whole weeks and minutes.
 */
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

export const EMPTY_LISTING_FACTS: ListingFacts = {
  costAmountCents: null,
  costBasis: null,
  costIncludes: '',
  durationWeeks: null,
  sessions: null,
  sessionMinutes: null,
  staffQualifications: '',
  training: '',
  trainingRequired: null,
  settings: [],
  ageMin: null,
  ageMax: null,
};

/** Stored facts with every field present, whatever an older row left out; fields are copied one by one. */
export function completeFacts(stored: Partial<ListingFacts> | null | undefined): ListingFacts {
  const value = stored ?? {};
  return {
    costAmountCents: value.costAmountCents ?? null,
    costBasis: value.costBasis ?? null,
    costIncludes: value.costIncludes ?? '',
    durationWeeks: value.durationWeeks ?? null,
    sessions: value.sessions ?? null,
    sessionMinutes: value.sessionMinutes ?? null,
    staffQualifications: value.staffQualifications ?? '',
    training: value.training ?? '',
    trainingRequired: value.trainingRequired ?? null,
    settings: [...(value.settings ?? [])],
    ageMin: value.ageMin ?? null,
    ageMax: value.ageMax ?? null,
  };
}

export function hasAnyFact(facts: ListingFacts): boolean {
  const empty = EMPTY_LISTING_FACTS as unknown as Record<string, unknown>;
  return Object.entries(facts).some(([key, value]) => (Array.isArray(value) ? value.length > 0 : value !== empty[key]));
}

export function sameFacts(a: ListingFacts, b: ListingFacts): boolean {
  return JSON.stringify(completeFacts(a)) === JSON.stringify(completeFacts(b));
}

/** The rules between fields (the DTO checks each field on its own). Field name and rule, for a 400. */
export function factRuleBreaks(facts: ListingFacts): { field: string; rule: string; reason: string }[] {
  const breaks: { field: string; rule: string; reason: string }[] = [];
  if (facts.costAmountCents !== null && facts.costBasis === null)
    breaks.push({ field: 'costBasis', rule: 'required', reason: 'kies waarop het bedrag betrekking heeft / choose what the amount is counted per' });
  if (facts.costAmountCents === null && facts.costBasis !== null)
    breaks.push({ field: 'costAmountCents', rule: 'required', reason: 'vul het bedrag in bij deze kostengrondslag / give the amount for this cost basis' });
  if (facts.ageMin !== null && facts.ageMax !== null && facts.ageMin > facts.ageMax)
    breaks.push({ field: 'ageMax', rule: 'ageOrder', reason: `de hoogste leeftijd is lager dan de laagste (${facts.ageMin}) / the highest age is below the lowest (${facts.ageMin})` });
  if (new Set(facts.settings).size !== facts.settings.length)
    breaks.push({ field: 'settings', rule: 'uniqueItems', reason: 'een setting staat er twee keer in / a setting is listed twice' });
  return breaks;
}

/** The bands an age range touches; a range open at one end runs to 0 or to MAX_AGE. */
export function ageBandsOf(ageMin: number | null, ageMax: number | null): AgeBand[] {
  if (ageMin === null && ageMax === null) return [];
  const from = ageMin ?? 0;
  const to = ageMax ?? MAX_AGE;
  return AGE_BANDS.filter((band) => band.from <= to && band.to >= from).map((band) => band.code);
}
