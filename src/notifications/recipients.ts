import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecipientRole } from './who-hears-what.js';

/**
 * The members of an application's review panel who should hear of it. The panel tables belong
 * to the assessment module, which provides the implementation (ActivePanelReviewers).
 */
export const PANEL_REVIEWERS = Symbol('PANEL_REVIEWERS');

export interface PanelReviewers {
  /** User ids of the active panel members of this application. */
  reviewerIds(manager: EntityManager, applicationId: string): Promise<string[]>;
}

export interface RecipientContext {
  applicationId: string | null;
  actorId: string | null;
  addressedIds: readonly string[];
}

/** Turns the roles of the who-hears-what table into active user ids for one application. */
@Injectable()
export class RecipientResolver {
  constructor(@Inject(PANEL_REVIEWERS) private readonly panel: PanelReviewers) {}

  async resolve(manager: EntityManager, role: RecipientRole, context: RecipientContext): Promise<string[]> {
    const ids = await this.candidates(manager, role, context);
    if (ids.length === 0) return [];
    // Only active accounts; staff are not told about their own action (owners get it as a confirmation).
    const rows: { id: string }[] = await manager.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND disabled_at IS NULL`, [ids]);
    const active = new Set(rows.map((row) => row.id));
    return [...new Set(ids)].filter((id) => active.has(id) && (role === 'owners' || id !== context.actorId));
  }

  private async candidates(manager: EntityManager, role: RecipientRole, { applicationId, addressedIds }: RecipientContext): Promise<string[]> {
    switch (role) {
      case 'addressed':
        return [...addressedIds];
      case 'secretaries':
        return this.withRole(manager, 'secretary');
      case 'chairs':
        return this.withRole(manager, 'chair');
      case 'owners':
        if (!applicationId) return [];
        return this.ids(manager, `SELECT user_id AS id FROM application_owners WHERE application_id = $1 ORDER BY created_at`, [applicationId]);
      case 'coach':
        if (!applicationId) return [];
        return this.ids(manager, `SELECT coach_id AS id FROM applications WHERE id = $1 AND coach_id IS NOT NULL`, [applicationId]);
      case 'reviewers':
        return applicationId ? this.panel.reviewerIds(manager, applicationId) : [];
    }
  }

  private withRole(manager: EntityManager, role: string): Promise<string[]> {
    return this.ids(manager, `SELECT id FROM users WHERE $1 = ANY(roles) ORDER BY created_at`, [role]);
  }

  private async ids(manager: EntityManager, sql: string, parameters: unknown[]): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(sql, parameters);
    return rows.map((row) => row.id);
  }
}
