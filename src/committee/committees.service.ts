import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed } from '../common/http/validation.js';
import { CommitteeSettingsService } from '../committee-settings/committee-settings.service.js';
import { User } from '../users/user.entity.js';
import { CommitteeMember } from './committee-member.entity.js';
import { Committee } from './committee.entity.js';
import { freeDatabankSlug } from './databank-slug.js';
import { committeeNotFound } from './committee.errors.js';
import type { CreateCommitteeDto, UpdateCommitteeDto } from './dto/committee.dto.js';

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

export type Seat = 'chair' | 'member';

/** Staff who see every committee and meeting: they run the procedure or manage committees. */
export function seesAllCommittees(user: AuthUser): boolean {
  return user.roles.includes('secretary') || user.roles.includes('admin');
}

/** Committees (deelcommissies): name, databank, chair and members. Admins manage them. */
@Injectable()
export class CommitteesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: CommitteeSettingsService,
  ) {}

  async list(user: AuthUser) {
    const query = this.dataSource.getRepository(Committee).createQueryBuilder('committee').orderBy('committee.name', 'ASC');
    if (!seesAllCommittees(user))
      query.where(
        '(committee.chair_id = :userId OR EXISTS (SELECT 1 FROM committee_members m WHERE m.committee_id = committee.id AND m.user_id = :userId))',
        { userId: user.id },
      );
    const committees = await query.getMany();
    return Promise.all(committees.map((committee) => this.view(committee)));
  }

  async get(user: AuthUser, id: string) {
    const committee = await this.dataSource.getRepository(Committee).findOneBy({ id });
    if (!committee || (!seesAllCommittees(user) && (await this.seat(user.id, committee.id)) === null)) throw committeeNotFound();
    return this.view(committee);
  }

  /** A new committee starts with version 1 of its procedure settings: the national procedure, for the admin to adjust. */
  async create(dto: CreateCommitteeDto, createdBy: string | null = null) {
    return this.dataSource.transaction(async (manager) => {
      await this.assertPeople(manager, dto.chairId, dto.memberIds);
      await this.assertNameFree(manager, dto.name);
      const { identifiers } = await manager
        .getRepository(Committee)
        .insert({ name: dto.name, databank: dto.databank, databankSlug: await freeDatabankSlug(manager, dto.databank), chairId: dto.chairId, active: true });
      const id = identifiers[0].id as string;
      await this.settings.writeFirstVersion(manager, id, createdBy);
      await this.replaceMembers(manager, id, dto.memberIds);
      return this.view(await manager.getRepository(Committee).findOneByOrFail({ id }), manager);
    });
  }

  async update(id: string, dto: UpdateCommitteeDto) {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Committee);
      const committee = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!committee) throw committeeNotFound();
      await this.assertPeople(manager, dto.chairId, dto.memberIds);
      const chairId = dto.chairId ?? committee.chairId;
      const memberIds = dto.memberIds ?? (await manager.getRepository(CommitteeMember).findBy({ committeeId: id })).map((m) => m.userId);
      if (memberIds.includes(chairId))
        throw validationFailed([{ field: 'memberIds', reason: 'de voorzitter staat niet ook bij de leden / the chair is not listed among the members' }]);
      if (dto.name !== undefined && dto.name.toLowerCase() !== committee.name.toLowerCase()) await this.assertNameFree(manager, dto.name);
      const changes: Partial<Committee> = {};
      if (dto.name !== undefined) changes.name = dto.name;
      if (dto.databank !== undefined) changes.databank = dto.databank;
      if (dto.chairId !== undefined) changes.chairId = dto.chairId;
      if (dto.active !== undefined) changes.active = dto.active;
      if (Object.keys(changes).length) await repository.update({ id }, changes);
      if (dto.memberIds !== undefined) await this.replaceMembers(manager, id, dto.memberIds);
      return this.view(await repository.findOneByOrFail({ id }), manager);
    });
  }

  /** The user's seat on this committee, if any. */
  async seat(userId: string, committeeId: string, manager?: EntityManager): Promise<Seat | null> {
    const db = manager ?? this.dataSource.manager;
    const committee = await db.getRepository(Committee).findOneBy({ id: committeeId });
    if (!committee) return null;
    if (committee.chairId === userId) return 'chair';
    return (await db.getRepository(CommitteeMember).existsBy({ committeeId, userId })) ? 'member' : null;
  }

  async view(committee: Committee, manager?: EntityManager) {
    const db = manager ?? this.dataSource.manager;
    const memberRows = await db.getRepository(CommitteeMember).findBy({ committeeId: committee.id });
    const people = await db.getRepository(User).findBy({ id: In([committee.chairId, ...memberRows.map((m) => m.userId)]) });
    const person = (id: string): PersonRef | null => {
      const found = people.find((p) => p.id === id);
      return found ? { id: found.id, name: found.name, email: found.email } : null;
    };
    return {
      id: committee.id,
      name: committee.name,
      databank: committee.databank,
      databankSlug: committee.databankSlug,
      active: committee.active,
      chair: person(committee.chairId),
      members: memberRows
        .map((m) => person(m.userId))
        .filter((p): p is PersonRef => p !== null)
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      createdAt: committee.createdAt,
      updatedAt: committee.updatedAt,
    };
  }

  /** The chair holds the chair role; members are committee members (or chairs sitting in); all active. */
  private async assertPeople(manager: EntityManager, chairId: string | undefined, memberIds: string[] | undefined): Promise<void> {
    const ids = [...(chairId ? [chairId] : []), ...(memberIds ?? [])];
    if (!ids.length) return;
    const users = await manager.getRepository(User).findBy({ id: In(ids) });
    const active = (id: string) => users.find((user) => user.id === id && !user.disabledAt);
    const errors = [];
    if (chairId && !active(chairId)?.roles.includes('chair'))
      errors.push({ field: 'chairId', reason: 'geen actieve gebruiker met de rol voorzitter / not an active user with the chair role' });
    const wrong = (memberIds ?? []).filter((id) => {
      const user = active(id);
      return !user || !(user.roles.includes('committee_member') || user.roles.includes('chair'));
    });
    if (wrong.length)
      errors.push({
        field: 'memberIds',
        reason: `geen actieve commissieleden / not active committee members: ${wrong.join(', ')}`,
      });
    if (chairId && memberIds?.includes(chairId))
      errors.push({ field: 'memberIds', reason: 'de voorzitter staat niet ook bij de leden / the chair is not listed among the members' });
    if (errors.length) throw validationFailed(errors);
  }

  private async assertNameFree(manager: EntityManager, name: string): Promise<void> {
    const taken = await manager
      .getRepository(Committee)
      .createQueryBuilder('committee')
      .where('lower(committee.name) = lower(:name)', { name })
      .getExists();
    if (taken) throw validationFailed([{ field: 'name', reason: 'er is al een commissie met deze naam / a committee with this name exists' }]);
  }

  private async replaceMembers(manager: EntityManager, committeeId: string, memberIds: string[]): Promise<void> {
    await manager.getRepository(CommitteeMember).delete({ committeeId });
    if (memberIds.length)
      await manager.getRepository(CommitteeMember).insert(memberIds.map((userId) => ({ committeeId, userId })));
  }
}
