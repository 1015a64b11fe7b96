import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed, type FieldError } from '../common/http/validation.js';
import { Committee } from '../committee/committee.entity.js';
import { committeeInactive, committeeNotFound } from '../committee/committee.errors.js';
import type { TrackProcedure } from '../track/track.machine.js';
import type { LevelCode } from '../track/track.levels.js';
import { CLOSED_STATES } from '../track/track.snapshot.js';
import { settingsOfCase } from './case-settings.js';
import { CommitteeSettingsVersion } from './committee-settings-version.entity.js';
import { databankClosed, settingsBreakCases, settingsVersionStale, type BrokenCase } from './committee-settings.errors.js';
import {
  completedSettings,
  inLadderOrder,
  NATIONAL_PROCEDURE_SETTINGS,
  OFFICIAL_LEVEL_CODES,
  removedLevels,
  SETTINGS_LIMITS,
  settingChanges,
  trackProcedureOf,
  type ProcedureSettings,
} from './procedure-settings.js';

/** How many running cases the preview names (the total is always given). */
const PREVIEW_CASE_LIMIT = 50;

/** The committee and settings version a new application is started under, and what the statechart takes of it. */
export interface ProcedureForNewApplication {
  committeeId: string | null;
  settingsVersion: number | null;
  committeeName: string | null;
  procedure: TrackProcedure;
}

interface RunningCaseRow {
  id: string;
  reference: string;
  name: string;
  state: string;
  settingsVersion: number;
}

/**
 * Versioned procedure settings per committee (docs/decisions/0027): read the current version,
 * preview a change (what differs, which running cases keep their version, which would break),
 * save it as a new version, and resolve the version a new application is started under.
 */
@Injectable()
export class CommitteeSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest version of the committee's settings; every committee has one from its creation on. */
  async current(committeeId: string, manager: EntityManager = this.dataSource.manager): Promise<CommitteeSettingsVersion> {
    const found = await manager.getRepository(CommitteeSettingsVersion).findOne({ where: { committeeId }, order: { version: 'DESC' } });
    if (!found) throw committeeNotFound();
    return found;
  }

  /** The settings version an application follows; the national procedure for one without a committee. */
  async ofApplication(application: { committeeId: string | null; settingsVersion: number | null }, manager: EntityManager = this.dataSource.manager): Promise<ProcedureSettings> {
    return settingsOfCase(manager, application);
  }

  /** Writes version 1, the national procedure, for a committee just created (inside its transaction). */
  async writeFirstVersion(manager: EntityManager, committeeId: string, createdBy: string | null, settings: ProcedureSettings = NATIONAL_PROCEDURE_SETTINGS): Promise<void> {
    await manager.getRepository(CommitteeSettingsVersion).insert({ committeeId, version: 1, settings, createdBy });
  }

  async view(committeeId: string) {
    const committee = await this.committee(committeeId);
    const versions = await this.dataSource.query<{ version: number; settings: ProcedureSettings; createdAt: Date; createdById: string | null; createdByName: string | null; cases: number }[]>(
      `SELECT s.version, s.settings, s.created_at AS "createdAt", s.created_by AS "createdById", u.name AS "createdByName",
              (SELECT count(*)::int FROM applications a WHERE a.committee_id = s.committee_id AND a.settings_version = s.version AND NOT a.state = ANY($2)) AS cases
         FROM committee_settings s LEFT JOIN users u ON u.id = s.created_by
        WHERE s.committee_id = $1 ORDER BY s.version DESC`,
      [committeeId, CLOSED_STATES],
    );
    for (const row of versions) row.settings = completedSettings(row.settings);
    const [current] = versions;
    return {
      committeeId: committee.id,
      committeeName: committee.name,
      databank: committee.databank,
      version: current.version,
      settings: current.settings,
      officialLevelCodes: OFFICIAL_LEVEL_CODES,
      limits: SETTINGS_LIMITS,
      /** Newest first: who saved each version, what it changed from the one before, and how many running cases follow it. */
      versions: versions.map((row, index) => ({
        version: row.version,
        createdAt: new Date(row.createdAt).toISOString(),
        createdBy: row.createdById ? { id: row.createdById, name: row.createdByName ?? '' } : null,
        changes: index + 1 < versions.length ? settingChanges(versions[index + 1].settings, row.settings) : [],
        runningCases: row.cases,
      })),
    };
  }

  /** What saving `proposed` would do, without saving: the changes, the cases that keep their version, and those a removed level would break. */
  async preview(committeeId: string, basedOnVersion: number, proposed: ProcedureSettings) {
    await this.committee(committeeId);
    const settings = this.checked(proposed);
    const current = await this.current(committeeId);
    const running = await this.dataSource.query<RunningCaseRow[]>(
      `SELECT id, reference, name, state, settings_version AS "settingsVersion" FROM applications
        WHERE committee_id = $1 AND NOT state = ANY($2) ORDER BY reference LIMIT $3`,
      [committeeId, CLOSED_STATES, PREVIEW_CASE_LIMIT],
    );
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM applications WHERE committee_id = $1 AND NOT state = ANY($2)`,
      [committeeId, CLOSED_STATES],
    );
    const changes = settingChanges(current.settings, settings);
    return {
      currentVersion: current.version,
      basedOnVersion,
      stale: basedOnVersion !== current.version,
      nextVersion: changes.length ? current.version + 1 : current.version,
      changes,
      /** Running cases keep the version they follow; the change applies to new applications only. */
      unaffected: { total, cases: running },
      brokenCases: await this.brokenCases(this.dataSource.manager, committeeId, removedLevels(current.settings, settings)),
    };
  }

  /**
   * Saves `proposed` as the next version when it differs from the current one. Refused when the
   * admin edited an older version (409 SETTINGS_VERSION_STALE) or when a removed level is still
   * targeted by a running case or held by a published one (409 SETTINGS_BREAK_CASES, naming them).
   */
  async save(user: AuthUser, committeeId: string, basedOnVersion: number, proposed: ProcedureSettings) {
    const settings = this.checked(proposed);
    await this.dataSource.transaction(async (manager) => {
      const committee = await manager.getRepository(Committee).findOne({ where: { id: committeeId }, lock: { mode: 'pessimistic_write' } });
      if (!committee) throw committeeNotFound();
      const current = await this.current(committeeId, manager);
      if (basedOnVersion !== current.version) throw settingsVersionStale(basedOnVersion, current.version);
      if (settingChanges(current.settings, settings).length === 0) return;
      const broken = await this.brokenCases(manager, committeeId, removedLevels(current.settings, settings));
      if (broken.length) throw settingsBreakCases(broken);
      await manager.getRepository(CommitteeSettingsVersion).insert({ committeeId, version: current.version + 1, settings, createdBy: user.id });
    });
    return this.view(committeeId);
  }

  /**
   * The committee and settings version a new application is started under: the committee asked
   * for, or else the oldest active committee (the only one in a single-databank installation),
   * or none at all (national procedure) when there is no committee yet. A closed databank is 409
   * DATABANK_CLOSED with the committee's message; an inactive committee 409 COMMITTEE_INACTIVE; a
   * target level the committee does not offer 400 `targetLevel` `oneOf`.
   */
  async forNewApplication(
    manager: EntityManager,
    committeeId: string | undefined | null,
    targetLevel: LevelCode,
    options: { reassessment?: boolean } = {},
  ): Promise<ProcedureForNewApplication> {
    const repository = manager.getRepository(Committee);
    const committee = committeeId
      ? await repository.findOneBy({ id: committeeId })
      : await repository.findOne({ where: { active: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (committeeId && !committee)
      throw validationFailed([{ field: 'committeeId', rule: 'oneOf', reason: 'geen bestaande commissie / not an existing committee' }]);
    if (!committee) return { committeeId: null, settingsVersion: null, committeeName: null, procedure: trackProcedureOf(NATIONAL_PROCEDURE_SETTINGS) };
    if (!committee.active) throw committeeInactive();
    const current = await this.current(committee.id, manager);
    // A closed databank takes no new interventions; the re-assessment of one it lists goes on.
    if (!current.settings.openToApplications && !options.reassessment)
      throw databankClosed(committee, current.settings.closedMessageNl, current.settings.closedMessageEn);
    const procedure = trackProcedureOf(current.settings);
    if (!procedure.levels.includes(targetLevel))
      throw validationFailed([
        {
          field: 'targetLevel',
          rule: 'oneOf',
          values: procedure.levels,
          reason: `dit niveau biedt de commissie niet aan / the committee does not offer this level: ${procedure.levels.join(', ')}`,
        },
      ]);
    return { committeeId: committee.id, settingsVersion: current.version, committeeName: committee.name, procedure };
  }

  /** For owners choosing where to apply: every active committee with what its current settings offer. */
  async procedures() {
    const rows = await this.dataSource.query<{ id: string; name: string; databank: string; version: number; settings: ProcedureSettings }[]>(
      `SELECT c.id, c.name, c.databank, s.version, s.settings FROM committees c
         JOIN LATERAL (SELECT version, settings FROM committee_settings WHERE committee_id = c.id ORDER BY version DESC LIMIT 1) s ON true
        WHERE c.active ORDER BY c.created_at, c.id`,
    );
    return rows.map(({ settings, ...row }) => ({ ...row, settings: completedSettings(settings) })).map((row) => ({
      id: row.id,
      name: row.name,
      databank: row.databank,
      settingsVersion: row.version,
      openToApplications: row.settings.openToApplications,
      closedMessageNl: row.settings.openToApplications ? null : row.settings.closedMessageNl,
      closedMessageEn: row.settings.openToApplications ? null : row.settings.closedMessageEn,
      levels: inLadderOrder(row.settings.levels).map((offered) => ({ ...offered, code: OFFICIAL_LEVEL_CODES[offered.level] })),
    }));
  }

  private async committee(id: string): Promise<Committee> {
    const committee = await this.dataSource.getRepository(Committee).findOneBy({ id });
    if (!committee) throw committeeNotFound();
    return committee;
  }

  /** Running cases of the committee that target one of `levels`, and published ones that hold one. */
  private async brokenCases(manager: EntityManager, committeeId: string, levels: string[]): Promise<BrokenCase[]> {
    if (!levels.length) return [];
    return manager.query(
      `SELECT id, reference, name, level, uses FROM (
         SELECT id, reference, name, target_level AS level, 'targets' AS uses FROM applications
          WHERE committee_id = $1 AND target_level = ANY($2) AND NOT state = ANY($3) AND state NOT LIKE 'published.%'
         UNION ALL
         SELECT id, reference, name, snapshot->'context'->'decision'->>'level', 'holds' FROM applications
          WHERE committee_id = $1 AND state LIKE 'published.%' AND snapshot->'context'->'decision'->>'level' = ANY($2)
       ) used ORDER BY reference`,
      [committeeId, levels, CLOSED_STATES],
    );
  }

  /** The rules no decorator expresses; the levels put in ladder order and empty messages made null. */
  private checked(settings: ProcedureSettings): ProcedureSettings {
    const errors: FieldError[] = [];
    const levels = settings.levels.map((offered) => offered.level);
    if (new Set(levels).size !== levels.length)
      errors.push({ field: 'settings.levels', rule: 'uniqueItems', reason: 'elk niveau hoogstens één keer / each level at most once' });
    const closedMessageNl = settings.closedMessageNl?.trim() || null;
    const closedMessageEn = settings.closedMessageEn?.trim() || null;
    if (!settings.openToApplications) {
      for (const [field, value] of [['settings.closedMessageNl', closedMessageNl], ['settings.closedMessageEn', closedMessageEn]] as const)
        if (value === null) errors.push({ field, rule: 'required', reason: 'verplicht zolang de databank gesloten is / required while the databank is closed' });
    }
    errors.push(...panelSizeErrors(settings));
    if (errors.length) throw validationFailed(errors);
    return {
      levels: inLadderOrder(settings.levels).map(({ level, labelNl, labelEn, validityYears, panel }) => ({
        level,
        labelNl,
        labelEn,
        validityYears,
        panel: { science: panel.science, practice: panel.practice, decision: panel.decision },
      })),
      openToApplications: settings.openToApplications,
      closedMessageNl,
      closedMessageEn,
      objectionWindowDays: settings.objectionWindowDays,
      conditionsPeriodMonths: settings.conditionsPeriodMonths,
      publishNegativeVerdicts: settings.publishNegativeVerdicts,
      reassessmentNoticeMonths: settings.reassessmentNoticeMonths,
      feasibilityVerdict: settings.feasibilityVerdict,
    };
  }
}

/**
 * A panel too small to judge (a majority of one is no panel) or larger than a committee can
 * staff, as a 400 on the level's panel. A change cannot break a running case's panel: the case
 * keeps the version it started under (docs/decisions/0034).
 */
function panelSizeErrors(settings: ProcedureSettings): FieldError[] {
  const { min, max } = SETTINGS_LIMITS.panelSize;
  return settings.levels.flatMap((offered, index): FieldError[] => {
    const size = offered.panel.science + offered.panel.practice;
    const field = `settings.levels.${index}.panel`;
    if (size < min) return [{ field, rule: 'min', min, reason: `een panel telt minstens ${min} beoordelaars / a panel has at least ${min} reviewers` }];
    if (size > max) return [{ field, rule: 'max', max, reason: `een panel telt hoogstens ${max} beoordelaars / a panel has at most ${max} reviewers` }];
    return [];
  });
}
