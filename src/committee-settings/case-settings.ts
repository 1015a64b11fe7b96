import type { EntityManager } from 'typeorm';
import { CommitteeSettingsVersion } from './committee-settings-version.entity.js';
import { NATIONAL_PROCEDURE_SETTINGS, type ProcedureSettings } from './procedure-settings.js';

/**
 * The settings version a case follows (docs/decisions/0027): the one it was started under, never
 * the committee's newest; the national procedure for a case without a committee. Read inside the
 * caller's transaction by the modules whose rules the settings change (panels, reviews, decisions).
 */
export async function settingsOfCase(
  manager: EntityManager,
  application: { committeeId: string | null; settingsVersion: number | null },
): Promise<ProcedureSettings> {
  if (application.committeeId === null || application.settingsVersion === null) return NATIONAL_PROCEDURE_SETTINGS;
  const found = await manager
    .getRepository(CommitteeSettingsVersion)
    .findOneByOrFail({ committeeId: application.committeeId, version: application.settingsVersion });
  return found.settings;
}
