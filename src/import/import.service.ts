import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed } from '../common/http/validation.js';
import { CommitteeSettingsService } from '../committee-settings/committee-settings.service.js';
import { trackProcedureOf } from '../committee-settings/procedure-settings.js';
import { jsonb } from '../database/jsonb.js';
import { Listing } from '../publication/listing.entity.js';
import { REFRESH_WORDS_SQL } from '../publication/listing-suggestion.sql.js';
import { PublicationService } from '../publication/publication.service.js';
import { slugify } from '../publication/slug.js';
import { appendAudit } from '../track/audit-log.js';
import { TRACK_MACHINE_VERSION, type TrackProcedure, type TrackSnapshot } from '../track/track.machine.js';
import { persist, stateDetail, stateKey } from '../track/track.snapshot.js';
import { CASE_COLUMNS, REQUIRED_CASE_COLUMNS, readCaseRow, type CaseRow } from './case-row.js';
import { CsvSyntaxError, parseCsv } from './csv-table.js';
import { problem, type ImportProblem } from './import-problem.js';
import { IMPORT_KINDS, type ImportKind, type ImportReport, type RowAction } from './import-report.view.js';
import { caseSteps, listingSteps, replay } from './import-replay.js';
import { LISTING_COLUMNS, REQUIRED_LISTING_COLUMNS, readListingRow, type ListingRow } from './listing-row.js';
import { RowReader } from './row-reader.js';
import { importFileInvalid } from './import.errors.js';

export { IMPORT_KINDS, type ImportKind, type ImportReport, type RowAction };

/** About a hundred listings and a few hundred cases exist; a file far beyond that is a mistake. */
export const MAX_IMPORT_ROWS = 2000;


type ParsedRow = ListingRow | CaseRow;

interface ImportRecord {
  applicationId: string;
  applicationVersion: number;
  rowHash: string;
}

interface PlannedRow {
  row: number;
  key: string;
  action: RowAction;
  parsed: ParsedRow | null;
  hash: string;
  record: ImportRecord | null;
  problems: ImportProblem[];
}

/** The committee and settings version imported cases follow, and what the statechart takes of it. */
interface ImportTarget {
  committeeId: string;
  settingsVersion: number;
  procedure: TrackProcedure;
}

interface Plan {
  /** Problems of the file as a whole (its header, its size); then no row is read. */
  fileProblems: ImportProblem[];
  rows: PlannedRow[];
}

/** Per kind: the columns, how a row is read, and its key in the import records. */
const KINDS = {
  listings: { record: 'listing', columns: LISTING_COLUMNS as readonly string[], required: REQUIRED_LISTING_COLUMNS as readonly string[] },
  cases: { record: 'case', columns: CASE_COLUMNS as readonly string[], required: REQUIRED_CASE_COLUMNS as readonly string[] },
} as const;

const dayOf = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
const instantOf = (day: string) => new Date(`${day}T11:00:00.000Z`);

/**
 * Import of what the previous databank holds: its published listings and its cases in flight,
 * from a CSV export, into one committee. The dry run reports every row's problems and writes
 * nothing; the real run applies a file without problems in one transaction, so a file is taken
 * whole or not at all. Each row is keyed (slug, reference) in `import_records` with a hash of its
 * values: the same file again changes nothing; a changed row updates what it created, as long as
 * that has not moved on in the system since.
 */
@Injectable()
export class ImportService {
  private readonly logger = new Logger(ImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publication: PublicationService,
    private readonly committeeSettings: CommitteeSettingsService,
  ) {}

  async dryRun(kind: ImportKind, committeeId: string, file: Buffer): Promise<ImportReport> {
    const committee = await this.committee(this.dataSource.manager, committeeId);
    const planned = await this.plan(this.dataSource.manager, kind, committeeId, file);
    return report(kind, committee, true, planned);
  }

  /** Applies the file, or refuses it whole (400 IMPORT_FILE_INVALID with the report) when any row has a problem. */
  async run(user: AuthUser, kind: ImportKind, committeeId: string, file: Buffer): Promise<ImportReport> {
    const result = await this.dataSource.transaction(async (manager) => {
      // One import at a time: two runs of the same file must not both see a row as new.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('import'))`);
      const committee = await this.committee(manager, committeeId);
      const planned = await this.plan(manager, kind, committeeId, file);
      const outcome = report(kind, committee, false, planned);
      if (!outcome.valid) throw fileInvalid(outcome);
      const target = await this.target(manager, committeeId);
      for (const row of planned.rows) {
        if (row.action === 'unchanged' || !row.parsed) continue;
        if (kind === 'listings') await this.writeListing(manager, user, target, row, row.parsed as ListingRow);
        else await this.writeCase(manager, user, target, row, row.parsed as CaseRow);
      }
      return outcome;
    });
    if (kind === 'listings' && (result.counts.create || result.counts.update))
      await this.dataSource.query(REFRESH_WORDS_SQL).catch((error: Error) => this.logger.warn(`listing_words not refreshed: ${error.message}`));
    this.logger.log(`import of ${kind}: ${JSON.stringify(result.counts)}`);
    return result;
  }

  private async committee(manager: EntityManager, committeeId: string) {
    const [committee]: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM committees WHERE id = $1 AND active`, [committeeId]);
    if (!committee)
      throw validationFailed([{ field: 'committeeId', reason: 'geen actieve commissie met dit id / no active committee has this id' }]);
    return committee;
  }

  /** Reads and checks every row, against the file, the other rows and what the database holds; writes nothing. */
  private async plan(manager: EntityManager, kind: ImportKind, committeeId: string, file: Buffer): Promise<Plan> {
    const spec = KINDS[kind];
    let table;
    try {
      table = parseCsv(file.toString('utf8'));
    } catch (error) {
      if (error instanceof CsvSyntaxError) return { fileProblems: [problem(error.row, null, 'unclosedQuote')], rows: [] };
      throw error;
    }
    const fileProblems: ImportProblem[] = [];
    if (!table.columns.length || !table.rows.length) fileProblems.push(problem(0, null, 'emptyFile'));
    if (table.rows.length > MAX_IMPORT_ROWS) fileProblems.push(problem(0, null, 'maxRows', { max: MAX_IMPORT_ROWS }));
    table.columns.forEach((column, index) => {
      if (!spec.columns.includes(column)) fileProblems.push(problem(1, column, 'unknownColumn'));
      else if (table.columns.indexOf(column) !== index) fileProblems.push(problem(1, column, 'duplicateColumn'));
    });
    for (const column of spec.required) if (!table.columns.includes(column)) fileProblems.push(problem(1, column, 'missingColumn'));
    if (fileProblems.length) return { fileProblems, rows: [] };

    const settings = await this.committeeSettings.current(committeeId, manager);
    const procedure = trackProcedureOf(settings.settings);
    const themeRows: { slug: string }[] = await manager.query(`SELECT slug FROM themes WHERE active`);
    const themes = new Set(themeRows.map((theme) => theme.slug));
    const today = dayOf(new Date());
    const planned: PlannedRow[] = [];
    const firstRowOfKey = new Map<string, number>();
    for (const { row, cells } of table.rows) {
      const reader = new RowReader(row, new Map(table.columns.map((column, index) => [column, cells[index] ?? ''])));
      const parsed =
        kind === 'listings'
          ? readListingRow(reader, { today, themes, procedure })
          : readCaseRow(reader, { today, themes, procedure });
      const key = kind === 'listings' ? reader.raw('slug') || slugify(reader.raw('name')) : reader.raw('reference');
      if (key && firstRowOfKey.has(key)) reader.fail(kind === 'listings' ? 'slug' : 'reference', 'duplicateKey', { value: String(firstRowOfKey.get(key)) });
      else if (key) firstRowOfKey.set(key, row);
      if (parsed) await this.checkAgainstDatabase(manager, kind, key, parsed, reader);
      const hash = rowHash(committeeId, parsed);
      const record = reader.problems.length || !parsed ? null : await this.record(manager, spec.record, key);
      if (record && record.rowHash !== hash && !(await this.unmovedSinceImport(manager, record)))
        reader.fail(kind === 'listings' ? 'slug' : 'reference', 'changedSinceImport');
      const action: RowAction = reader.problems.length ? 'invalid' : !record ? 'create' : record.rowHash === hash ? 'unchanged' : 'update';
      planned.push({ row, key, action, parsed: action === 'invalid' ? null : parsed, hash, record, problems: reader.problems });
    }
    return { fileProblems: [], rows: planned };
  }

  /** What only the database can tell: a key taken by something not imported, a coach, an owner account. */
  private async checkAgainstDatabase(manager: EntityManager, kind: ImportKind, key: string, parsed: ParsedRow, reader: RowReader): Promise<void> {
    if (kind === 'listings') {
      const [taken] = await manager.query(
        `SELECT 1 FROM listings l WHERE l.slug = $1 AND NOT EXISTS (SELECT 1 FROM import_records r WHERE r.kind = 'listing' AND r.key = $1)`,
        [key],
      );
      if (taken) reader.fail('slug', 'slugTaken');
      return;
    }
    const row = parsed as CaseRow;
    const [taken] = await manager.query(
      `SELECT 1 FROM applications a WHERE a.reference = $1 AND NOT EXISTS (SELECT 1 FROM import_records r WHERE r.kind = 'case' AND r.key = $1)`,
      [key],
    );
    if (taken) reader.fail('reference', 'referenceTaken');
    if (row.coachEmail && !(await this.userWithRole(manager, row.coachEmail, 'coach'))) reader.fail('coach_email', 'notACoach');
    const [owner]: { roles: string[] }[] = await manager.query(`SELECT roles FROM users WHERE email = $1`, [row.ownerEmail]);
    if (owner && !owner.roles.includes('owner')) reader.fail('owner_email', 'ownerIsStaff');
  }

  private async userWithRole(manager: EntityManager, email: string, role: string): Promise<string | null> {
    const [user]: { id: string }[] = await manager.query(`SELECT id FROM users WHERE email = $1 AND $2 = ANY(roles) AND disabled_at IS NULL`, [email, role]);
    return user?.id ?? null;
  }

  private async record(manager: EntityManager, kind: string, key: string): Promise<ImportRecord | null> {
    const [record]: ImportRecord[] = await manager.query(
      `SELECT application_id AS "applicationId", application_version AS "applicationVersion", row_hash AS "rowHash"
         FROM import_records WHERE kind = $1 AND key = $2`,
      [kind, key],
    );
    return record ?? null;
  }

  private async unmovedSinceImport(manager: EntityManager, record: ImportRecord): Promise<boolean> {
    const [row]: { version: number }[] = await manager.query(`SELECT version FROM applications WHERE id = $1`, [record.applicationId]);
    return row?.version === record.applicationVersion;
  }

  /** The committee's current settings version: an imported case follows it, as a case started now would. */
  private async target(manager: EntityManager, committeeId: string): Promise<ImportTarget> {
    const settings = await this.committeeSettings.current(committeeId, manager);
    return { committeeId, settingsVersion: settings.version, procedure: trackProcedureOf(settings.settings) };
  }

  private async writeListing(manager: EntityManager, user: AuthUser, target: ImportTarget, planned: PlannedRow, row: ListingRow): Promise<void> {
    // A `valid_until` in the file gives this recognition its own validity; otherwise the committee's applies.
    const procedure = row.validityYears === null ? target.procedure : { ...target.procedure, validityYears: { ...target.procedure.validityYears, [row.level]: row.validityYears } };
    const snapshot = replay({ targetLevel: row.level, procedure }, listingSteps(row.level, row.decisionDate));
    const fields: Partial<Application> = {
      name: row.name,
      organisation: row.organisation,
      contactName: row.contactName,
      contactEmail: row.contactEmail,
      summary: row.summary,
      goal: row.goal,
      targetGroup: row.targetGroup,
      approach: row.approach,
      themes: row.themes,
      targetLevel: row.level,
      committeeId: target.committeeId,
      settingsVersion: target.settingsVersion,
    };
    const { application, previousState } = await this.writeApplication(manager, user, planned, fields, snapshot, instantOf(row.decisionDate));
    // The listing reads these two from the werkblad (ListingSource), as it does for a publication through the track.
    await this.writeSections(manager, application.id, user.id, { active_elements: row.activeElements, research: row.research });
    await this.addOwner(manager, application.id, row.contactEmail, user.id);
    const listingFields = await this.publication.listingFields(manager, application, snapshot.context);
    const listings = manager.getRepository(Listing);
    if (application.listingId) await listings.update({ id: application.listingId }, listingFields);
    else {
      const { identifiers } = await listings.insert({ ...listingFields, slug: planned.key, firstApplicationId: application.id, publishedAt: new Date() });
      await manager.getRepository(Application).update({ id: application.id }, { listingId: identifiers[0].id as string });
    }
    await this.writeAudit(manager, 'listings', user, target.committeeId, planned, application, previousState, snapshot, { slug: planned.key, decisionDate: row.decisionDate, level: row.level });
  }

  private async writeCase(manager: EntityManager, user: AuthUser, target: ImportTarget, planned: PlannedRow, row: CaseRow): Promise<void> {
    const snapshot = replay({ targetLevel: row.targetLevel, procedure: target.procedure }, caseSteps(row.phase, row.targetLevel));
    const coachId = row.coachEmail ? await this.userWithRole(manager, row.coachEmail, 'coach') : null;
    const fields: Partial<Application> = {
      name: row.title,
      organisation: row.ownerOrganisation,
      contactName: row.ownerName,
      contactEmail: row.ownerEmail,
      summary: row.summary,
      goal: row.goal,
      targetGroup: row.targetGroup,
      approach: row.approach,
      themes: row.themes,
      targetLevel: row.targetLevel,
      coachId,
      submittedAt: instantOf(row.appliedAt),
      committeeId: target.committeeId,
      settingsVersion: target.settingsVersion,
    };
    const lastStep = row.submittedForAssessmentAt ?? row.admittedAt ?? row.appliedAt;
    const { application, previousState } = await this.writeApplication(manager, user, planned, fields, snapshot, instantOf(lastStep));
    if (!planned.record) await manager.query(`UPDATE applications SET reference = $2, created_at = $3 WHERE id = $1`, [application.id, row.reference, instantOf(row.appliedAt)]);
    await this.addOwner(manager, application.id, row.ownerEmail, user.id);
    await this.writeAudit(manager, 'cases', user, target.committeeId, planned, application, previousState, snapshot, {
      reference: row.reference,
      appliedAt: row.appliedAt,
      admittedAt: row.admittedAt,
      submittedForAssessmentAt: row.submittedForAssessmentAt,
      coachId,
    });
  }

  /** Inserts the application, or overwrites the one an earlier import created (it has not moved since: checked in plan). */
  private async writeApplication(
    manager: EntityManager,
    user: AuthUser,
    planned: PlannedRow,
    fields: Partial<Application>,
    snapshot: TrackSnapshot,
    stateChangedAt: Date,
  ): Promise<{ application: Application; previousState: string | null }> {
    const repository = manager.getRepository(Application);
    const track = { state: stateKey(snapshot), stateDetail: stateDetail(snapshot), snapshot: jsonb(persist(snapshot)), machineVersion: TRACK_MACHINE_VERSION, stateChangedAt };
    if (planned.record) {
      const id = planned.record.applicationId;
      const { state: previousState } = await repository.findOneByOrFail({ id });
      await repository.update({ id }, { ...fields, ...track, version: planned.record.applicationVersion + 1 });
      return { application: await repository.findOneByOrFail({ id }), previousState };
    }
    const { identifiers } = await repository.insert({ ...fields, ...track, createdBy: user.id, version: 1 });
    return { application: await repository.findOneByOrFail({ id: identifiers[0].id as string }), previousState: null };
  }

  private async writeSections(manager: EntityManager, applicationId: string, userId: string, sections: Record<string, string>): Promise<void> {
    for (const [key, content] of Object.entries(sections))
      await manager.query(
        `INSERT INTO description_sections (application_id, section_key, content, version, updated_by, updated_at)
         VALUES ($1, $2, $3, 1, $4, now())
         ON CONFLICT (application_id, section_key) DO UPDATE
           SET content = EXCLUDED.content, version = description_sections.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now()
         WHERE description_sections.content <> EXCLUDED.content`,
        [applicationId, key, content, userId],
      );
  }

  /**
   * An owner with an account owns the case at once. Without one, the address gets the existing
   * owner invitation: registering with it (and the same organisation) makes them owner. No mail
   * is sent; the secretariat tells owners when they may sign up.
   */
  private async addOwner(manager: EntityManager, applicationId: string, email: string, importedBy: string): Promise<void> {
    const ownerId = await this.userWithRole(manager, email, 'owner');
    if (ownerId)
      await manager.query(`INSERT INTO application_owners (application_id, user_id, added_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [applicationId, ownerId, importedBy]);
    else
      await manager.query(`INSERT INTO application_owner_invitations (application_id, email, invited_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        applicationId,
        email,
        importedBy,
      ]);
  }

  /** The history's line ("geïmporteerd"), and the import record with the row's hash and the version it left. */
  private async writeAudit(
    manager: EntityManager,
    kind: ImportKind,
    user: AuthUser,
    committeeId: string,
    planned: PlannedRow,
    application: Application,
    previousState: string | null,
    snapshot: TrackSnapshot,
    details: Record<string, unknown>,
  ): Promise<void> {
    await appendAudit(manager, {
      applicationId: application.id,
      applicationVersion: application.version,
      actorId: user.id,
      actorKind: 'system',
      eventType: planned.record ? 'IMPORT_UPDATED' : 'IMPORTED',
      fromState: previousState,
      toState: stateKey(snapshot),
      payload: { committeeId, row: planned.row, ...details },
    });
    await manager.query(
      `INSERT INTO import_records (kind, key, committee_id, application_id, application_version, row_hash, imported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (kind, key) DO UPDATE
         SET committee_id = EXCLUDED.committee_id, application_version = EXCLUDED.application_version,
             row_hash = EXCLUDED.row_hash, imported_by = EXCLUDED.imported_by, updated_at = now()`,
      [KINDS[kind].record, planned.key, committeeId, application.id, application.version, planned.hash, user.id],
    );
  }
}

/** The hash of a row's values (not its position in the file) and the committee it goes to. */
function rowHash(committeeId: string, parsed: ParsedRow | null): string {
  if (!parsed) return '0'.repeat(64);
  const { row: _position, ...values } = parsed;
  return createHash('sha256').update(JSON.stringify({ committeeId, values })).digest('hex');
}

function report(kind: ImportKind, committee: { id: string; name: string }, dryRun: boolean, plan: Plan): ImportReport {
  const rows = plan.rows;
  const problems = [...plan.fileProblems, ...rows.flatMap((row) => row.problems)];
  const counts = { rows: rows.length, create: 0, update: 0, unchanged: 0, invalid: 0 };
  for (const row of rows) counts[row.action] += 1;
  return {
    kind,
    committee,
    dryRun,
    valid: problems.length === 0,
    counts,
    rows: rows.map(({ row, key, action }) => ({ row, key, action })),
    problems,
  };
}

function fileInvalid(outcome: ImportReport) {
  return importFileInvalid({ problemCount: outcome.problems.length }, { report: outcome });
}
