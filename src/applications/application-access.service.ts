import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import type { ActorKind } from '../track/track.permissions.js';
import { applicationNotFound } from '../track/track.errors.js';
import { Application } from './application.entity.js';
import { ApplicationOwner } from './application-owner.entity.js';

/** States in which the committee (chair, members) has the case in view. */
export const COMMITTEE_STATES = [
  'awaitingCommittee',
  'onAgenda',
  'decided.recognised',
  'decided.conditionallyRecognised',
  'decided.deferred',
  'decided.notRecognised',
  'objection',
  'lapsed',
  'published.listed',
  'published.reassessmentDue',
  'expired',
];

/**
 * Object-level access to applications. Who is involved, and in what capacity:
 * owners of the application, its assigned coach, every secretary, the chair and committee
 * members once the case reaches the committee. Everyone else gets 404, as if it did not exist.
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
    if (user.roles.includes('chair') && COMMITTEE_STATES.includes(application.state)) kinds.push('chair');
    return kinds;
  }

  /** Committee members read along but take no track steps. */
  canRead(user: AuthUser, application: Application, kinds: ActorKind[]): boolean {
    return kinds.length > 0 || (user.roles.includes('committee_member') && COMMITTEE_STATES.includes(application.state));
  }

  /** Loads an application the user may see, or throws 404. */
  async load(user: AuthUser, id: string, manager?: EntityManager): Promise<{ application: Application; kinds: ActorKind[] }> {
    const repository = (manager ?? this.owners.manager).getRepository(Application);
    const application = await repository.findOneBy({ id });
    if (!application) throw applicationNotFound();
    const kinds = await this.kindsFor(user, application, manager);
    if (!this.canRead(user, application, kinds)) throw applicationNotFound();
    return { application, kinds };
  }

  /** Narrows a query on `application` to the rows this user may see. */
  restrictToVisible(query: SelectQueryBuilder<Application>, user: AuthUser): SelectQueryBuilder<Application> {
    if (user.roles.includes('secretary')) return query;
    const clauses: string[] = [];
    if (user.roles.includes('owner'))
      clauses.push('EXISTS (SELECT 1 FROM application_owners o WHERE o.application_id = application.id AND o.user_id = :viewerId)');
    if (user.roles.includes('coach')) clauses.push('application.coach_id = :viewerId');
    if (user.roles.includes('chair') || user.roles.includes('committee_member'))
      clauses.push('application.state IN (:...committeeStates)');
    if (clauses.length === 0) return query.andWhere('false');
    return query.andWhere(`(${clauses.join(' OR ')})`, { viewerId: user.id, committeeStates: COMMITTEE_STATES });
  }
}
