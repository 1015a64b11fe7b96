import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { STAFF_ROLES } from '../../users/role.js';
import type { User } from '../../users/user.entity.js';
import { UsersService } from '../../users/users.service.js';
import type { OidcIdentity } from './oidc-client.js';
import { OidcRefusal } from './oidc-refusal.js';
import { OIDC_SETTINGS } from './oidc-settings.provider.js';
import type { OidcSettings } from './oidc-settings.js';
import { isDomainError } from '../../common/errors/domain-error.js';
import { emailTaken } from '../../users/users.errors.js';

/**
 * Finds the account for a verified identity by its e-mail address, or makes one without any role.
 * Only the roles an administrator grants count: an account gets a session only when it holds a
 * staff role (reviewers included); owners keep signing in with their password.
 */
@Injectable()
export class OidcAccounts {
  constructor(
    private readonly users: UsersService,
    @Inject(OIDC_SETTINGS) private readonly settings: OidcSettings | null,
  ) {}

  async accountFor(identity: OidcIdentity): Promise<User> {
    const email = identity.email;
    // An address the provider has not verified could be anyone's, so it finds no account.
    if (!email || !identity.emailVerified) throw new OidcRefusal('OIDC_EMAIL_NOT_VERIFIED', { email });
    const user = (await this.users.findForLogin(email)) ?? (await this.provision(identity, email));
    if (user.disabledAt) throw new OidcRefusal('OIDC_ACCOUNT_DISABLED', { userId: user.id, email });
    if (user.roles.some((role) => STAFF_ROLES.includes(role))) return user;
    throw new OidcRefusal(user.roles.includes('owner') ? 'OIDC_OWNER_ACCOUNT' : 'OIDC_ROLE_PENDING', { userId: user.id, email });
  }

  /**
   * A first sign-in makes an account with no role, which an administrator finds in the user list.
   * Its password is random and never shown: the account signs in through the identity provider.
   */
  private async provision(identity: OidcIdentity, email: string): Promise<User> {
    try {
      return await this.users.create({
        email,
        name: identity.name?.trim() || email,
        organisation: this.settings!.buttonLabel,
        roles: [],
        password: randomBytes(32).toString('base64url'),
      });
    } catch (error) {
      // Two first sign-ins at once: the other one made the account.
      const made = isDomainError(error, emailTaken.code) ? await this.users.findForLogin(email) : null;
      if (!made) throw error;
      return made;
    }
  }
}
