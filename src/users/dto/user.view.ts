import type { User } from '../user.entity.js';

/** What the API shows of a user: never the password hash. */
export function userView(user: User) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    organisation: user.organisation,
    roles: user.roles,
    language: user.language,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt,
  };
}
export type UserView = ReturnType<typeof userView>;
