import type { PanelDecision, PanelRule } from '../committee-settings/procedure-settings.js';

/**
 * Who sits on a review panel (DOMAIN.md, Beoordelen). Pure rules, no I/O. The composition per
 * level is a committee setting (`panel` of each offered level, docs/decisions/0034); the national
 * one is three practice reviewers (majority) for Goed beschreven and two science plus two practice
 * reviewers (unanimous) above it. A case follows the settings version it started under.
 */

export const REVIEWER_KINDS = ['science', 'practice'] as const;
export type ReviewerKind = (typeof REVIEWER_KINDS)[number];

export type KindCounts = Record<ReviewerKind, number>;

export interface PanelRequirement extends KindCounts {
  total: number;
  /** How the panel's advice on the level applied for counts: more than half of the reviews, or all of them. */
  decision: PanelDecision;
}

/** The places of a panel under the case's rule for its target level. */
export function panelRequirement(rule: PanelRule): PanelRequirement {
  return { science: rule.science, practice: rule.practice, total: rule.science + rule.practice, decision: rule.decision };
}

export function isReviewerKind(value: unknown): value is ReviewerKind {
  return typeof value === 'string' && (REVIEWER_KINDS as readonly string[]).includes(value);
}

/**
 * Places still open per kind: required minus active members minus pending invitations.
 * Pending invitations hold a place, so the secretary never invites more people than needed.
 */
export function openSlots(required: KindCounts, active: KindCounts, pending: KindCounts): KindCounts {
  return {
    science: Math.max(0, required.science - active.science - pending.science),
    practice: Math.max(0, required.practice - active.practice - pending.practice),
  };
}

/** The panel is complete when every place is taken by an active (accepted, not removed) member. */
export function isPanelComplete(required: KindCounts, active: KindCounts): boolean {
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
