import type { EntityManager } from 'typeorm';
import { CommitteeSettingsVersion } from './committee-settings-version.entity.js';
import type { ProcedureSettings } from './procedure-settings.js';

/** The settings version a case follows, read inside the caller's transaction; null for a case without a committee. */
export async function caseSettingsVersion(
  manager: EntityManager,
  application: { committeeId: string | null; settingsVersion: number | null },
): Promise<ProcedureSettings | null> {
  if (application.committeeId === null || application.settingsVersion === null) return null;
  const found = await manager.getRepository(CommitteeSettingsVersion).findOneBy({ committeeId: application.committeeId, version: application.settingsVersion });
  return found?.settings ?? null;
}
