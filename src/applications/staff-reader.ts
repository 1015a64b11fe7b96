import type { ActorKind } from '../track/track.permissions.js';

const STAFF_KINDS: readonly ActorKind[] = ['secretary', 'coach', 'chair'];

/**
 * Whether a reader of an application sees what the staff sees (internal notes, staff-only history
 * lines, admission criteria). Owners and reviewers do not. An empty `kinds` means the reader got
 * in through a committee seat (ApplicationAccess.load), which counts as staff.
 */
export function readsAsStaff(kinds: readonly ActorKind[]): boolean {
  return kinds.length === 0 || kinds.some((kind) => STAFF_KINDS.includes(kind));
}
