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

  /** Committee members read along but take no track steps; `seat` is theirs on a committee that has the case. */
  canRead(user: AuthUser, application: Application, kinds: ActorKind[], seat: CommitteeSeat | null = null): boolean {
    return kinds.length > 0 || (seat !== null && (user.roles.includes('committee_member') || user.roles.includes('chair')));
  }

  /**
   * Loads an application the user may see, or throws 404. With `lock` (inside a transaction) the
   * row is locked first: every write to an application, transition or not, starts here, so they
   * all lock before they check, in one order.
   */
  async load(user: AuthUser, id: string, manager?: EntityManager, options: { lock?: boolean } = {}): Promise<{ application: Application; kinds: ActorKind[] }> {
    const found = await this.involvement(user, id, manager, options);
    if (!found) throw applicationNotFound();
    const { application, kinds, seat } = found;
    if (!this.canRead(user, application, kinds, kinds.length === 0 ? seat : null)) throw applicationNotFound();
    return { application, kinds };
  }

  /**
   * The application with the capacities in which this user is involved and their committee seat,
   * read in one statement (every request about an application starts here). Null when the
   * application does not exist.
   *
   * `lock` first takes the row lock in a statement of its own. Under READ COMMITTED a locking
   * SELECT that waited re-reads only the locked row: its subqueries (ownership, panel membership)
   * would still see the world from before the wait. The statement after the lock sees what the
   * previous holder committed, e.g. a reviewer removed from the panel meanwhile.
   */
  async involvement(
    user: AuthUser,
    id: string,
    manager?: EntityManager,
    options: { lock?: boolean } = {},
  ): Promise<{ application: Application; kinds: ActorKind[]; seat: CommitteeSeat | null } | null> {
    const repository = (manager ?? this.owners.manager).getRepository(Application);
    if (options.lock) await repository.createQueryBuilder('application').select('application.id').where('application.id = :id', { id }).setLock('pessimistic_write').getRawOne();
    const query = repository.createQueryBuilder('application').where('application.id = :id', { id });
    const asOwner = user.roles.includes('owner');
    const asReviewer = user.roles.includes('reviewer');
    const onCommittee = user.roles.includes('chair') || user.roles.includes('committee_member');
    if (asOwner)
      query.addSelect('EXISTS (SELECT 1 FROM application_owners o WHERE o.application_id = application.id AND o.user_id = :viewerId)', 'viewer_is_owner');
    // Only an ACTIVE panel member (accepted, not removed); an invitee sees just the invitation view.
    if (asReviewer)
      query.addSelect(
        "EXISTS (SELECT 1 FROM panel_members pm WHERE pm.application_id = application.id AND pm.reviewer_id = :viewerId AND pm.status = 'active')",
        'viewer_is_reviewer',
      );
    // The seat on a committee that has the case on one of its agendas or decided it (view from the committee migration).
    if (onCommittee)
      query.addSelect('(SELECT bool_or(s.is_chair) FROM committee_case_seats s WHERE s.application_id = application.id AND s.user_id = :viewerId)', 'viewer_seat_is_chair');
    if (asOwner || asReviewer || onCommittee) query.setParameter('viewerId', user.id);
    const { entities, raw } = await query.getRawAndEntities<{ viewer_is_owner?: boolean; viewer_is_reviewer?: boolean; viewer_seat_is_chair?: boolean | null }>();
    const [application] = entities;
    if (!application) return null;
    const row = raw[0];
    const seat: CommitteeSeat | null = row.viewer_seat_is_chair == null ? null : row.viewer_seat_is_chair ? 'chair' : 'member';
    const kinds: ActorKind[] = [];
    if (row.viewer_is_owner) kinds.push('owner');
    if (user.roles.includes('coach') && application.coachId === user.id) kinds.push('coach');
    if (user.roles.includes('secretary')) kinds.push('secretary');
    // The chair of a committee that has the case on an agenda or decided it (the decision checks which committee).
    if (user.roles.includes('chair') && seat === 'chair') kinds.push('chair');
    if (row.viewer_is_reviewer) kinds.push('reviewer');
    return { application, kinds, seat };
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

export type CommitteeSeat = 'chair' | 'member';
