import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { DEADLINE_STILL_RELEVANT_SQL } from '../deadlines/deadline-kinds.js';
import type { StuckThresholds } from '../track/stuck-rule.js';
import { stuckCondition } from '../track/stuck-sql.js';
import { StuckThresholdSettings } from '../track/stuck-threshold-settings.service.js';
import { phaseOf, TRACK_STATE_KEYS } from '../track/track.snapshot.js';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { Application } from '../applications/application.entity.js';
import { applicationSummaryView, SUMMARY_COLUMNS } from '../applications/application.view.js';
import type { StaffListQuery, StaffListSort } from './dto/staff-list.query.js';

/** The column each sort key orders by; the id breaks ties so pages never overlap. */
const SORT_COLUMNS: Readonly<Record<string, string>> = {
  updatedAt: 'application.updated_at',
  name: 'lower(application.name)',
  reference: 'application.reference',
  organisation: 'lower(application.organisation)',
  stateChangedAt: 'application.state_changed_at',
  submittedAt: 'application.submitted_at',
};

/**
 * An open deadline of the case past its due time that still asks for action (the to-do's own rule,
 * written for the alias `a`: here it reads the list's own row instead of joining it again).
 */
const OVERDUE_DEADLINE_SQL = `EXISTS (SELECT 1 FROM deadlines d
  WHERE d.application_id = application.id AND d.status IN ('open', 'missed') AND d.due_at < :now
    AND ${DEADLINE_STILL_RELEVANT_SQL.replace(/\ba\./g, 'application.')})`;

/** The case is (or was) on an agenda of the committee's meetings, or that committee decided it. */
const COMMITTEE_SQL = `(EXISTS (SELECT 1 FROM agenda_items ai JOIN committee_meetings m ON m.id = ai.meeting_id
    WHERE ai.application_id = application.id AND m.committee_id = :committee)
  OR EXISTS (SELECT 1 FROM decisions dc WHERE dc.application_id = application.id AND dc.committee_id = :committee))`;

/** `%`, `_` and `\` match themselves in the ILIKE patterns built from what the user typed. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/**
 * The staff's list of applications: searched, filtered, sorted and paged in PostgreSQL, always
 * inside what the reader may see (ApplicationAccess.restrictToVisible), so no filter reaches further.
 */
@Injectable()
export class StaffListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly stuckThresholds: StuckThresholdSettings,
  ) {}

  async list(user: AuthUser, query: StaffListQuery, now: Date = new Date()) {
    const thresholds = await this.stuckThresholds.current();
    const { counts, page } = this.queries(user, query, now, thresholds);
    const totals = await counts.getRawOne<{ total: number; stuckTotal: number }>();
    const total = totals?.total ?? 0;
    const rows = await page.getMany();
    return {
      items: rows.map((row) => applicationSummaryView(row, now, thresholds)),
      total,
      stuckTotal: totals?.stuckTotal ?? 0,
      page: query.page,
      pageSize: query.pageSize,
      pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
      sort: query.sort,
    };
  }

  /** The two statements of one list request: the counts, and the page's rows (bench/staff-list.ts runs the same SQL through raw pg). */
  queries(user: AuthUser, query: StaffListQuery, now: Date, thresholds: StuckThresholds) {
    const filtered = this.filtered(user, query, now, thresholds);
    const stuck = stuckCondition('application', now, thresholds);
    const counts = filtered
      .clone()
      .select('count(*)::int', 'total')
      .addSelect(`count(*) FILTER (WHERE ${stuck.sql})::int`, 'stuckTotal')
      .setParameters(stuck.parameters);
    const page = this.sorted(filtered.select(SUMMARY_COLUMNS.map((column) => `application.${column}`)), query.sort)
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize);
    return { counts, page };
  }

  private filtered(user: AuthUser, query: StaffListQuery, now: Date, thresholds: StuckThresholds): SelectQueryBuilder<Application> {
    const builder = this.access.restrictToVisible(this.dataSource.getRepository(Application).createQueryBuilder('application'), user);
    if (query.q) builder.andWhere('(application.name ILIKE :q OR application.reference ILIKE :q)', { q: likePattern(query.q) });
    if (query.organisation) builder.andWhere('application.organisation ILIKE :organisation', { organisation: likePattern(query.organisation) });
    if (query.phase) builder.andWhere('application.state = ANY(:phaseStates)', { phaseStates: TRACK_STATE_KEYS.filter((key) => phaseOf(key).phase === query.phase) });
    if (query.state) builder.andWhere('application.state = :state', { state: query.state });
    if (query.coach) builder.andWhere('application.coach_id = :coach', { coach: query.coach });
    if (query.targetLevel) builder.andWhere('application.target_level = :targetLevel', { targetLevel: query.targetLevel });
    if (query.committee) builder.andWhere(COMMITTEE_SQL, { committee: query.committee });
    if (query.stuck) {
      const stuck = stuckCondition('application', now, thresholds, { stuck: query.stuck === 'true' });
      builder.andWhere(stuck.sql, stuck.parameters);
    }
    if (query.overdue) builder.andWhere(query.overdue === 'true' ? OVERDUE_DEADLINE_SQL : `NOT ${OVERDUE_DEADLINE_SQL}`, { now });
    return builder;
  }

  private sorted(builder: SelectQueryBuilder<Application>, sort: StaffListSort): SelectQueryBuilder<Application> {
    const descending = sort.startsWith('-');
    const key = descending ? sort.slice(1) : sort;
    const direction = descending ? 'DESC' : 'ASC';
    // Only submittedAt can be empty (a draft); those come last either way. The others are NOT NULL,
    // so no NULLS clause: their indexes serve both directions.
    return builder.orderBy(SORT_COLUMNS[key], direction, key === 'submittedAt' ? 'NULLS LAST' : undefined).addOrderBy('application.id', direction);
  }
}
