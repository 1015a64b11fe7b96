import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ArrayContains, QueryFailedError, type EntityManager, type Repository } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher.js';
import { SessionsService } from '../auth/sessions.service.js';
import type { Language, Role } from './role.js';
import { User } from './user.entity.js';
import { emailTaken } from './users.errors.js';

export interface NewUser {
  email: string;
  name: string;
  organisation: string;
  roles: Role[];
  language?: Language;
  /** Left out for an invited account: it has no password until its owner sets one through the invitation link. */
  password?: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
  ) {}

  async create(input: NewUser): Promise<User> {
    const passwordHash = input.password === undefined ? null : await this.hasher.hash(input.password);
    try {
      const { identifiers } = await this.users.insert({
        email: input.email.toLowerCase(),
        name: input.name,
        organisation: input.organisation,
        roles: input.roles,
        language: input.language ?? 'nl',
        passwordHash,
      });
      return this.get(identifiers[0].id as string);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'users_email_key')
        throw emailTaken();
      throw error;
    }
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'Gebruiker niet gevonden. / User not found.' });
    return user;
  }

  /** With the password hash, for signing in. */
  findForLogin(email: string): Promise<User | null> {
    return this.users.findOne({
      where: { email: email.toLowerCase() },
      select: { id: true, email: true, name: true, organisation: true, roles: true, language: true, passwordHash: true, disabledAt: true },
    });
  }

  list(role?: Role): Promise<User[]> {
    return this.users.find({ where: role ? { roles: ArrayContains([role]) } : {}, order: { name: 'ASC' } });
  }

  async update(id: string, changes: Partial<Pick<User, 'name' | 'organisation' | 'language' | 'roles'>>): Promise<User> {
    await this.get(id);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (Object.keys(defined).length > 0) await this.users.update({ id }, defined);
    return this.get(id);
  }

  async setPassword(id: string, password: string, manager: EntityManager = this.users.manager): Promise<void> {
    await manager.update(User, { id }, { passwordHash: await this.hasher.hash(password) });
  }

  /** Disabling ends every session of the user at once. */
  async disable(id: string): Promise<User> {
    const user = await this.get(id);
    if (!user.disabledAt) await this.users.update({ id }, { disabledAt: new Date() });
    await this.sessions.endAllFor(id);
    return this.get(id);
  }

  async enable(id: string): Promise<User> {
    await this.get(id);
    await this.users.update({ id }, { disabledAt: null });
    return this.get(id);
  }
}
