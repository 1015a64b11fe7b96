import type { EntityManager } from 'typeorm';
import type { PanelReviewers } from '../notifications/recipients.js';

/** The notification recipients "reviewers": the active members of the application's panel. */
export class ActivePanelReviewers implements PanelReviewers {
  async reviewerIds(manager: EntityManager, applicationId: string): Promise<string[]> {
    const rows: { reviewer_id: string }[] = await manager.query(
      `SELECT reviewer_id FROM panel_members WHERE application_id = $1 AND status = 'active'`,
      [applicationId],
    );
    return rows.map((row) => row.reviewer_id);
  }
}
