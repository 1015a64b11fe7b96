import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import type { ActorKind } from '../track/track.permissions.js';
import { applicationNotFound } from '../track/track.errors.js';
import { Application } from './application.entity.js';
import { ApplicationOwner } from './application-owner.entity.js';

/**
 * Object-level access to applications. Who is involved, and in what capacity:
 * owners of the application, its assigned coach, every secretary, the chair and members of a
 * committee that has the case on one of its meetings' agendas or decided it. Everyone else gets 404, as if it did not exist.
 */
@Injectable()
export class ApplicationAccess {
  constructor(@InjectRepository(ApplicationOwner) private readonly owners: Repository<ApplicationOwner>) {}

  /** The capacities in which this user is involved in the application (empty: not involved). */
  async kindsFor(user: AuthUser, application: Application, manager?: EntityManager): Promise<ActorKind[]> {
    const kinds: ActorKind[] = [];
    const owners = manager ? manager.getRepository(ApplicationOwner) : this.owners;
    if (user.roles.includes('owner') && (await owners.existsBy({ applicationId: application.id, userId: user.id })))
      kinds.push('owner');
    if (user.roles.includes('coach') && application.coachId === user.id) kinds.push('coach');
    if (user.roles.includes('secretary')) kinds.push('secretary');
    // The chair of a committee that has the case on an agenda or decided it (the decision checks which committee).
    if (user.roles.includes('chair') && (await committeeSeat(owners.manager, application.id, user.id)) === 'chair')
      kinds.push('chair');
    // Only an ACTIVE panel member (accepted, not removed); an invitee sees just the invitation view.
    if (user.roles.includes('reviewer') && (await isActivePanelMember(owners.manager, application.id, user.id)))
      kinds.push('reviewer');
    return kinds;
  }

  /** Committee members read along but take no track steps; `seat` is theirs on a committee that has the case. */
  canRead(user: AuthUser, application: Application, kinds: ActorKind[], seat: CommitteeSeat | null = null): boolean {
    return kinds.length > 0 || (seat !== null && (user.roles.includes('committee_member') || user.roles.includes('chair')));
  }

  /** Loads an application the user may see, or throws 404. */
  async load(user: AuthUser, id: string, manager?: EntityManager): Promise<{ application: Application; kinds: ActorKind[] }> {
    const repository = (manager ?? this.owners.manager).getRepository(Application);
    const application = await repository.findOneBy({ id });
    if (!application) throw applicationNotFound();
    const kinds = await this.kindsFor(user, application, manager);
    const seat =
      kinds.length === 0 && (user.roles.includes('committee_member') || user.roles.includes('chair'))
        ? await committeeSeat(repository.manager, application.id, user.id)
        : null;
    if (!this.canRead(user, application, kinds, seat)) throw applicationNotFound();
    return { application, kinds };
  }

  /** Narrows a query on `application` to the rows this user may see. */
  restrictToVisible(query: SelectQueryBuilder<Application>, user: AuthUser): SelectQueryBuilder<Application> {
    if (user.roles.includes('secretary')) return query;
    const clauses: string[] = [];
    if (user.roles.includes('owner'))
      clauses.push('EXISTS (SELECT 1 FROM application_owners o WHERE o.application_id = application.id AND o.user_id = :viewerId)');
    if (user.roles.includes('coach')) clauses.push('application.coach_id = :viewerId');
    if (user.roles.includes('reviewer'))
      clauses.push(
        "EXISTS (SELECT 1 FROM panel_members pm WHERE pm.application_id = application.id AND pm.reviewer_id = :viewerId AND pm.status = 'active')",
      );
    if (user.roles.includes('chair') || user.roles.includes('committee_member'))
      clauses.push('EXISTS (SELECT 1 FROM committee_case_seats s WHERE s.application_id = application.id AND s.user_id = :viewerId)');
    if (clauses.length === 0) return query.andWhere('false');
    return query.andWhere(`(${clauses.join(' OR ')})`, { viewerId: user.id });
  }
}

async function isActivePanelMember(manager: EntityManager, applicationId: string, reviewerId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM panel_members WHERE application_id = $1 AND reviewer_id = $2 AND status = 'active'`,
    [applicationId, reviewerId],
  );
  return rows.length > 0;
}

export type CommitteeSeat = 'chair' | 'member';

/** The user's seat on a committee that has the application on one of its agendas or decided it (view from the committee migration). */
async function committeeSeat(manager: EntityManager, applicationId: string, userId: string): Promise<CommitteeSeat | null> {
  const [row]: { is_chair: boolean | null }[] = await manager.query(
    `SELECT bool_or(is_chair) AS is_chair FROM committee_case_seats WHERE application_id = $1 AND user_id = $2`,
    [applicationId, userId],
  );
  if (row?.is_chair == null) return null;
  return row.is_chair ? 'chair' : 'member';
}
