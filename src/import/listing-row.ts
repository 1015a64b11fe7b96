import { addMonths, type TrackProcedure } from '../track/track.machine.js';
import type { LevelCode } from '../track/track.levels.js';
import { RowReader } from './row-reader.js';

/** The columns of a listings file, in the order of the example file (docs/import/listings.example.csv). */
export const LISTING_COLUMNS = [
  'slug',
  'name',
  'level',
  'decision_date',
  'valid_until',
  'themes',
  'summary',
  'goal',
  'target_group',
  'approach',
  'active_elements',
  'research',
  'organisation',
  'contact_name',
  'contact_email',
] as const;
export const REQUIRED_LISTING_COLUMNS = ['name', 'level', 'decision_date', 'summary', 'organisation', 'contact_name', 'contact_email'] as const;

/** How far after the decision a given `valid_until` may lie. */
export const MAX_VALIDITY_YEARS = 10;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ListingRow {
  row: number;
  /** Empty when the file leaves it out: then the slug is made from the name. */
  slug: string;
  name: string;
  level: LevelCode;
  decisionDate: string;
  /** Whole years from the decision date; null when the file leaves `valid_until` out (the committee's default applies). */
  validityYears: number | null;
  themes: string[];
  summary: string;
  goal: string;
  targetGroup: string;
  approach: string;
  activeElements: string;
  research: string;
  organisation: string;
  contactName: string;
  contactEmail: string;
}

/** Reads and checks one listing row; `today` (YYYY-MM-DD) bounds the dates. */
export function readListingRow(reader: RowReader, context: { today: string; themes: ReadonlySet<string>; procedure: TrackProcedure }): ListingRow | null {
  const slug = reader.pattern('slug', SLUG, 'kleine-letters-en-cijfers-met-streepjes');
  const name = reader.text('name', { required: true });
  const level = reader.level('level', context.procedure.levels);
  const decisionDate = reader.date('decision_date', { required: true, notInFuture: context.today });
  const validUntil = reader.date('valid_until');
  let validityYears: number | null = null;
  if (decisionDate && validUntil) {
    validityYears = wholeYearsBetween(decisionDate, validUntil);
    if (validityYears === null) reader.fail('valid_until', 'wholeYearsAfterDecision', { max: MAX_VALIDITY_YEARS });
  }
  const defaultValidityYears = level ? context.procedure.validityYears[level] : undefined;
  if (decisionDate && (validUntil || defaultValidityYears)) {
    const until = validUntil ?? addMonths(`${decisionDate}T12:00:00.000Z`, 12 * (defaultValidityYears ?? 0)).slice(0, 10);
    if (until <= context.today) reader.fail(validUntil ? 'valid_until' : 'decision_date', 'alreadyExpired');
  }
  const row: Omit<ListingRow, 'level' | 'decisionDate'> = {
    row: reader.row,
    slug,
    name,
    validityYears,
    themes: reader.themes('themes', context.themes),
    summary: reader.text('summary', { required: true, long: true }),
    goal: reader.text('goal', { long: true }),
    targetGroup: reader.text('target_group', { long: true }),
    approach: reader.text('approach', { long: true }),
    activeElements: reader.text('active_elements', { long: true }),
    research: reader.text('research', { long: true }),
    organisation: reader.text('organisation', { required: true }),
    contactName: reader.text('contact_name', { required: true }),
    contactEmail: reader.email('contact_email', { required: true }),
  };
  if (reader.problems.length || !level || !decisionDate) return null;
  return { ...row, level, decisionDate };
}

/** N when `until` is exactly N whole years (1..MAX_VALIDITY_YEARS) after `from`, else null. */
function wholeYearsBetween(from: string, until: string): number | null {
  for (let years = 1; years <= MAX_VALIDITY_YEARS; years += 1)
    if (addMonths(`${from}T12:00:00.000Z`, 12 * years).slice(0, 10) === until) return years;
  return null;
}
