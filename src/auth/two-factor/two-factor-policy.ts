import type { Role } from '../../users/role.js';

/**
 * Every role but the owner's must use a second factor with a password: staff and reviewers see
 * confidential dossiers, reviews and committee remarks of others. Reviewers are included because
 * they read unpublished material of organisations other than their own (the same reason the
 * panel rules keep their remarks confidential). Owners only see their own applications and may
 * turn it on.
 */
export function requiresTwoFactor(roles: readonly Role[]): boolean {
  return roles.some((role) => role !== 'owner');
}
