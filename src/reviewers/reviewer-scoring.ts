/**
 * How well a reviewer fits an application, for the secretary's ranked suggestions. Pure.
 *
 * total = 0.5 × themeMatch + 0.3 × availability + 0.2 × load, each part in [0, 1]:
 * - themeMatch: share of the application's themes the reviewer has as expertise;
 * - availability: share of the coming AVAILABILITY_WINDOW_DAYS (time to answer and review) not
 *   covered by the reviewer's unavailable periods;
 * - load: room left under the reviewer's own maximum of concurrent assignments (0 when full).
 * Conflicts and other blocks are not scored: those reviewers are excluded before ranking.
 */

export const SCORE_WEIGHTS = { themeMatch: 0.5, availability: 0.3, load: 0.2 } as const;
export const AVAILABILITY_WINDOW_DAYS = 28;

export interface UnavailablePeriod {
  /** First day away, YYYY-MM-DD. */
  from: string;
  /** Last day away (inclusive), YYYY-MM-DD. */
  until: string;
  note?: string | null;
}

export interface ScoreParts {
  total: number;
  themeMatch: number;
  availability: number;
  load: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

export function themeMatch(reviewerThemes: readonly string[], applicationThemes: readonly string[]): number {
  if (applicationThemes.length === 0) return 0;
  const mine = new Set(reviewerThemes);
  return applicationThemes.filter((theme) => mine.has(theme)).length / applicationThemes.length;
}

/** Share of the window [today, today + days) that no unavailable period covers. */
export function availability(periods: readonly UnavailablePeriod[], today: string, days = AVAILABILITY_WINDOW_DAYS): number {
  const start = dayNumber(today);
  const end = start + days; // exclusive
  const away = new Set<number>();
  for (const period of periods) {
    const from = Math.max(start, dayNumber(period.from));
    const until = Math.min(end - 1, dayNumber(period.until));
    for (let day = from; day <= until; day++) away.add(day);
  }
  return 1 - away.size / days;
}

/** True when `date` (YYYY-MM-DD) falls inside one of the periods. */
export function isUnavailableOn(periods: readonly UnavailablePeriod[], date: string): boolean {
  const day = dayNumber(date);
  return periods.some((period) => dayNumber(period.from) <= day && day <= dayNumber(period.until));
}

export function loadScore(currentLoad: number, maxConcurrent: number): number {
  if (maxConcurrent <= 0) return 0;
  return Math.max(0, 1 - currentLoad / maxConcurrent);
}

export function scoreReviewer(input: {
  reviewerThemes: readonly string[];
  applicationThemes: readonly string[];
  unavailablePeriods: readonly UnavailablePeriod[];
  today: string;
  currentLoad: number;
  maxConcurrent: number;
}): ScoreParts {
  const parts = {
    themeMatch: themeMatch(input.reviewerThemes, input.applicationThemes),
    availability: availability(input.unavailablePeriods, input.today),
    load: loadScore(input.currentLoad, input.maxConcurrent),
  };
  const total =
    SCORE_WEIGHTS.themeMatch * parts.themeMatch +
    SCORE_WEIGHTS.availability * parts.availability +
    SCORE_WEIGHTS.load * parts.load;
  return {
    total: round3(total),
    themeMatch: round3(parts.themeMatch),
    availability: round3(parts.availability),
    load: round3(parts.load),
  };
}
