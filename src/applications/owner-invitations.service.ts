import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed } from '../common/http/validation.js';
import { appendAudit } from '../track/audit-log.js';
import { notYourTurn } from '../track/track.errors.js';
import { User } from '../users/user.entity.js';
import { ApplicationAccess } from './application-access.service.js';
import { ApplicationOwner } from './application-owner.entity.js';
import { OwnerInvitation } from './owner-invitation.entity.js';

const sameOrganisation = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Co-owners: owners invite colleagues of the same organisation. A colleague with an account is
 * added at once; one without an account is invited by e-mail address and becomes an owner when
 * they register with that address.
 */
@Injectable()
export class OwnerInvitations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
  ) {}

  async list(user: AuthUser, applicationId: string) {
    await this.access.load(user, applicationId);
    const owners: { id: string; name: string; email: string; organisation: string; addedAt: Date }[] = await this.dataSource.query(
      `SELECT u.id, u.name, u.email, u.organisation, o.created_at AS "addedAt"
         FROM application_owners o JOIN users u ON u.id = o.user_id
        WHERE o.application_id = $1 ORDER BY o.created_at`,
      [applicationId],
    );
    const invitations = await this.dataSource.getRepository(OwnerInvitation).find({ where: { applicationId }, order: { createdAt: 'ASC' } });
    return { owners, invitations: invitations.map(({ email, createdAt }) => ({ email, invitedAt: createdAt })) };
  }

  async add(user: AuthUser, applicationId: string, rawEmail: string) {
    const email = rawEmail.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      throw validationFailed([{ field: 'email', reason: 'email moet een geldig e-mailadres zijn / email must be a valid e-mail address' }]);
    await this.dataSource.transaction(async (manager) => {
      const { application, kinds } = await this.access.load(user, applicationId, manager);
      if (!kinds.includes('owner')) throw notYourTurn('ADD_OWNER');
      const colleague = await manager.getRepository(User).findOneBy({ email });
      if (colleague) {
        if (!colleague.roles.includes('owner') || !sameOrganisation(colleague.organisation, application.organisation))
          throw validationFailed([{ field: 'email', reason: 'alleen collega-eigenaren van dezelfde organisatie / only owners from the same organisation' }]);
        await manager.getRepository(ApplicationOwner).upsert({ applicationId, userId: colleague.id, addedBy: user.id }, ['applicationId', 'userId']);
      } else {
        await manager.getRepository(OwnerInvitation).upsert({ applicationId, email, invitedBy: user.id }, ['applicationId', 'email']);
      }
      await appendAudit(manager, {
        applicationId,
        applicationVersion: application.version,
        actorId: user.id,
        actorKind: 'owner',
        eventType: colleague ? 'OWNER_ADDED' : 'OWNER_INVITED',
        payload: colleague ? { userId: colleague.id, name: colleague.name } : {},
      });
    });
    return this.list(user, applicationId);
  }

  async remove(user: AuthUser, applicationId: string, ownerId: string) {
    await this.dataSource.transaction(async (manager) => {
      const { application, kinds } = await this.access.load(user, applicationId, manager);
      if (!kinds.includes('owner')) throw notYourTurn('REMOVE_OWNER');
      const owners = await manager.getRepository(ApplicationOwner).findBy({ applicationId });
      if (!owners.some((owner) => owner.userId === ownerId))
        throw validationFailed([{ field: 'userId', reason: 'geen eigenaar van deze aanmelding / not an owner of this application' }]);
      if (owners.length === 1)
        throw validationFailed([{ field: 'userId', reason: 'een aanmelding houdt minstens één eigenaar / an application keeps at least one owner' }]);
      await manager.getRepository(ApplicationOwner).delete({ applicationId, userId: ownerId });
      await appendAudit(manager, {
        applicationId,
        applicationVersion: application.version,
        actorId: user.id,
        actorKind: 'owner',
        eventType: 'OWNER_REMOVED',
        payload: { userId: ownerId },
      });
    });
    return this.list(user, applicationId);
  }

  /** Turns pending invitations for this user's e-mail address into ownership (same organisation only). */
  async claimFor(user: AuthUser): Promise<void> {
    await this.dataSource.query(
      `WITH claimed AS (
         DELETE FROM application_owner_invitations i USING applications a
          WHERE i.email = $1 AND a.id = i.application_id AND lower(trim(a.organisation)) = lower(trim($3))
         RETURNING i.application_id, i.invited_by)
       INSERT INTO application_owners (application_id, user_id, added_by)
       SELECT application_id, $2, invited_by FROM claimed
       ON CONFLICT DO NOTHING`,
      [user.email, user.id, user.organisation],
    );
  }
}
