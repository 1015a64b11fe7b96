import type { PublicListingFacts } from '../publication/listing-facts.view.js';
import type { PublicListingDetail } from './open-data.service.js';

/** A fact as a cell: empty when not given, lists joined with "; ", numbers and booleans as JSON writes them. */
export function factCell(value: PublicListingFacts[keyof PublicListingFacts] | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('; ') : String(value);
}

const FACT_KEYS = ['costAmountCents', 'costBasis', 'costIncludes', 'durationWeeks', 'sessions', 'sessionMinutes', 'staffQualifications', 'training',
  'trainingRequired', 'settings', 'ageMin', 'ageMax', 'ageBands'] as const satisfies readonly (keyof PublicListingFacts)[];

/** The structured facts, one column each (`facts.<field>`), empty for a listing without facts. */
const FACT_COLUMNS: [string, (listing: PublicListingDetail) => string][] = FACT_KEYS.map((key) => [`facts.${key}`, (l) => factCell(l.facts?.[key])]);

/** The CSV's columns, each a field of the public detail (lists joined with "; "). */
export const CSV_COLUMNS: [header: string, value: (listing: PublicListingDetail) => string][] = [
  ['slug', (l) => l.slug],
  ['title', (l) => l.title],
  ['level', (l) => l.level],
  ['levelLabel', (l) => l.levelLabel],
  ['levelLabelEn', (l) => l.levelLabelEn],
  ['databank', (l) => l.databank ?? ''],
  ['databankName', (l) => l.databankName ?? ''],
  ['decisionDate', (l) => l.decisionDate],
  ['recognisedUntil', (l) => l.recognisedUntil],
  ['themes', (l) => l.themes.join('; ')],
  ['organisations', (l) => l.organisations.join('; ')],
  ['summary', (l) => l.summary],
  ['goal', (l) => l.goal],
  ['targetGroup', (l) => l.targetGroup],
  ['approach', (l) => l.approach],
  ['activeElements', (l) => l.activeElements],
  ['research', (l) => l.research],
  ['contactName', (l) => l.contact.name],
  ['contactEmail', (l) => l.contact.email],
  ['contactOrganisation', (l) => l.contact.organisation],
  ['publishedAt', (l) => l.publishedAt],
  ['updatedAt', (l) => l.updatedAt],
  ...FACT_COLUMNS,
];

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * such a cell gets a leading apostrophe, which spreadsheets hide (OWASP's advice on CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180: comma-separated, CRLF line ends, with a header row; UTF-8 with a BOM for Excel. */
export function listingsCsv(listings: PublicListingDetail[]): string {
  const lines = [CSV_COLUMNS.map(([header]) => header).join(',')];
  for (const listing of listings) lines.push(CSV_COLUMNS.map(([, value]) => csvCell(value(listing))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
