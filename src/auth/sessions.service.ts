import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type Repository } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { User } from '../users/user.entity.js';
import { Session } from './session.entity.js';
import { hashSessionToken, newSessionToken } from './session-token.js';

export interface SessionWithUser {
  session: Session;
  user: User;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly config: AppConfig,
  ) {}

  /** Starts a session; the token is returned once and only its hash is stored. */
  async start(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.sessions.insert({ tokenHash: hashSessionToken(token), userId, expiresAt });
    return { token, expiresAt };
  }

  /** The live session for a token with its (enabled) user, or null. */
  async resolve(token: string): Promise<SessionWithUser | null> {
    const session = await this.sessions.findOneBy({ tokenHash: hashSessionToken(token) });
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const user = await this.users.findOneBy({ id: session.userId });
    if (!user || user.disabledAt) return null;
    return { session, user };
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  async endAllFor(userId: string): Promise<number> {
    const result = await this.sessions.delete({ userId });
    return result.affected ?? 0;
  }

  async endOthersFor(userId: string, keepSessionId: string): Promise<void> {
    await this.sessions
      .createQueryBuilder()
      .delete()
      .where('user_id = :userId AND id <> :keepSessionId', { userId, keepSessionId })
      .execute();
  }

  async deleteExpired(now = new Date()): Promise<number> {
    const result = await this.sessions.delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }
}
