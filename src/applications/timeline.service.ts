import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { mergeTimelines, notificationLog } from '../notifications/notification-log.js';
import { ApplicationAccess } from './application-access.service.js';
import { readsAsStaff } from './staff-reader.js';

interface TimelineRow {
  id: string;
  eventType: string;
  fromState: string | null;
  toState: string | null;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  payload: Record<string, unknown>;
  internalNote: string | null;
  createdAt: Date;
}

/**
 * The history of an application for the people involved. Owners and reviewers see neither
 * internal notes nor staff-only lines, and never who reviewed: a reviewer appears as "Beoordelaar".
 */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
  ) {}

  async timeline(user: AuthUser, applicationId: string) {
    const { kinds } = await this.access.load(user, applicationId);
    const staff = readsAsStaff(kinds);
    const rows: TimelineRow[] = await this.dataSource.query(
      `SELECT e.id::text AS id, e.event_type AS "eventType", e.from_state AS "fromState", e.to_state AS "toState",
              e.actor_kind AS "actorKind", e.actor_id AS "actorId", u.name AS "actorName", e.payload,
              e.internal_note AS "internalNote", e.created_at AS "createdAt"
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.application_id = $1 ${staff ? '' : "AND e.visibility = 'involved'"}
        ORDER BY e.id`,
      [applicationId],
    );
    if (!staff) return rows.map((row) => this.forOwner(row));
    // The notification log (who was mailed what, and whether it went out) is for the staff who run the case.
    if (!kinds.some((kind) => kind === 'secretary' || kind === 'coach' || kind === 'chair')) return rows;
    return mergeTimelines(rows, await notificationLog(this.dataSource, applicationId, user.language));
  }

  private forOwner(row: TimelineRow) {
    const { internalNote: _note, ...rest } = row;
    if (row.actorKind === 'reviewer') return { ...rest, actorId: null, actorName: 'Beoordelaar' };
    return rest;
  }
}
