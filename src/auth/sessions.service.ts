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

interface ResolvedRow {
  session_id: string;
  session_created_at: Date;
  expires_at: Date;
  id: string;
  email: string;
  name: string;
  organisation: string;
  roles: User['roles'];
  language: User['language'];
  disabled_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly config: AppConfig,
  ) {}

  /** Starts a session; the token is returned once and only its hash is stored. */
  async start(userId: string, userAgent?: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.sessions.insert({ tokenHash: hashSessionToken(token), userId, expiresAt, userAgent: userAgent ?? null });
    return { token, expiresAt };
  }

  /**
   * The live session for a token with its (enabled) user, or null. One statement, since every
   * authenticated request waits for it; it also moves the session's last-seen time on, at most
   * once a minute, so a busy session does not write on every request.
   */
  async resolve(token: string): Promise<SessionWithUser | null> {
    const tokenHash = hashSessionToken(token);
    const [row]: ResolvedRow[] = await this.sessions.manager.query(
      `WITH seen AS (
         UPDATE sessions SET last_seen_at = now()
          WHERE token_hash = $1 AND last_seen_at < now() - interval '1 minute' AND expires_at > now()
       )
       SELECT s.id AS session_id, s.created_at AS session_created_at, s.expires_at,
              u.id, u.email, u.name, u.organisation, u.roles, u.language, u.disabled_at, u.created_at, u.updated_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [tokenHash],
    );
    if (!row || row.expires_at.getTime() <= Date.now() || row.disabled_at) return null;
    const session = Object.assign(new Session(), {
      id: row.session_id,
      tokenHash,
      userId: row.id,
      createdAt: row.session_created_at,
      expiresAt: row.expires_at,
    });
    const user = Object.assign(new User(), {
      id: row.id,
      email: row.email,
      name: row.name,
      organisation: row.organisation,
      roles: row.roles,
      language: row.language,
      disabledAt: row.disabled_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
    return { session, user };
  }

  /** The user's live sessions, the most recently used first. */
  listFor(userId: string): Promise<Session[]> {
    return this.sessions
      .createQueryBuilder('session')
      .where('session.user_id = :userId AND session.expires_at > now()', { userId })
      .orderBy('session.last_seen_at', 'DESC')
      .addOrderBy('session.id')
      .getMany();
  }

  /** Ends one of the user's own sessions; false when they have none with that id. */
  async endOwn(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.sessions.delete({ id: sessionId, userId });
    return (result.affected ?? 0) > 0;
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
