import type { EntityManager } from 'typeorm';
import { NATIONAL_PROCEDURE_SETTINGS } from '../committee-settings/procedure-settings.js';
import type { CaseReminderSettings } from './deadline-schedule.js';

/**
 * The re-assessment notice of the settings version the case follows (a stored version from before
 * the setting existed, or a case without a committee, has the national six months). As SQL over
 * `a` (applications), for the reminder's own read of its deadline.
 */
export const REASSESSMENT_NOTICE_MONTHS_SQL = `coalesce((SELECT (cs.settings->>'reassessmentNoticeMonths')::int FROM committee_settings cs
   WHERE cs.committee_id = a.committee_id AND cs.version = a.settings_version), ${NATIONAL_PROCEDURE_SETTINGS.reassessmentNoticeMonths})`;

export async function caseReminderSettings(manager: EntityManager, applicationId: string): Promise<CaseReminderSettings> {
  const [row]: { months: number }[] = await manager.query(`SELECT ${REASSESSMENT_NOTICE_MONTHS_SQL} AS months FROM applications a WHERE a.id = $1`, [applicationId]);
  return { reassessmentNoticeMonths: row?.months ?? NATIONAL_PROCEDURE_SETTINGS.reassessmentNoticeMonths };
}
