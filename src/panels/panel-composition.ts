import type { LevelCode } from '../track/track.levels.js';

/**
 * Who sits on a review panel (DOMAIN.md, Beoordelen). Pure rules, no I/O.
 *
 * - Goed beschreven: three practice reviewers (decision by majority).
 * - Goed onderbouwd and every Effectief level: four reviewers, science and practice; we fix the
 *   split at two science and two practice reviewers, so both perspectives weigh equally in a
 *   judgment that has to be unanimous.
 */

export const REVIEWER_KINDS = ['science', 'practice'] as const;
export type ReviewerKind = (typeof REVIEWER_KINDS)[number];

export type KindCounts = Record<ReviewerKind, number>;

export interface PanelRequirement extends KindCounts {
  total: number;
  /** How the committee decides on the reviews: majority (three practice reviewers) or unanimity. */
  decision: 'majority' | 'unanimous';
}

export function panelRequirement(level: LevelCode): PanelRequirement {
  if (level === 'goed_beschreven') return { science: 0, practice: 3, total: 3, decision: 'majority' };
  return { science: 2, practice: 2, total: 4, decision: 'unanimous' };
}

export function isReviewerKind(value: unknown): value is ReviewerKind {
  return typeof value === 'string' && (REVIEWER_KINDS as readonly string[]).includes(value);
}

/**
 * Places still open per kind: required minus active members minus pending invitations.
 * Pending invitations hold a place, so the secretary never invites more people than needed.
 */
export function openSlots(level: LevelCode, active: KindCounts, pending: KindCounts): KindCounts {
  const required = panelRequirement(level);
  return {
    science: Math.max(0, required.science - active.science - pending.science),
    practice: Math.max(0, required.practice - active.practice - pending.practice),
  };
}

/** The panel is complete when every place is taken by an active (accepted, not removed) member. */
export function isPanelComplete(level: LevelCode, active: KindCounts): boolean {
  const required = panelRequirement(level);
  return active.science >= required.science && active.practice >= required.practice;
}

/** Stable letters per application in acceptance order: A..Z, then AA, AB, ... */
export function panelLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Invalid panel position: ${index}`);
  let letters = '';
  let n = index;
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/** Organisations match case-insensitively and ignoring surrounding or repeated white space. */
export function sameOrganisation(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (value: string | null | undefined) => (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}
