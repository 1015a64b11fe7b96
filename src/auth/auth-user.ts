import type { Language, Role } from '../users/role.js';

/** The signed-in user as the rest of the code sees them. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  organisation: string;
  roles: Role[];
  language: Language;
  sessionId: string;
}

export function hasRole(user: AuthUser, ...roles: Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
