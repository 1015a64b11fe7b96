import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { validationFailed } from '../common/http/validation.js';
import { punctualityQuery, missedNowQuery } from './deadline-punctuality.sql.js';
import type { AnnualOverviewQuery } from './dto/annual-overview.query.js';
import type { InsightFilterQuery } from './dto/insight-filter.query.js';
import type { AnnualOverviewModel } from './annual-overview-pdf.js';
import { monthsBetween, quartersBetween, type InsightFilter } from './insight-filter.js';
import { backlogQuery } from './backlog.sql.js';
import { coachesQuery, feedbackTotalsQuery } from './coaches.sql.js';
import { committeeMeetingsQuery } from './committee-meetings.sql.js';
import { invitationTotalsQuery, reviewersQuery } from './reviewers.sql.js';
import { ACTIVE_STATES, LEAD_TIME_MEASURES, LEAD_TIME_PHASES, PUNCTUALITY_DEADLINE_KINDS, type LeadTimePhase, THROUGHPUT_MEASURES, type LeadTimeMeasure, type ThroughputMeasure } from './insight-measures.js';
import { amsterdamToday, defaultFrom } from './insight-period.js';
import { InsightRefreshService } from './insight-refresh.service.js';
import type { BacklogRow, BacklogView, CoachesView, CoachRow, CommitteeMeetingRow, CommitteeMeetingsView, ReviewerRow, ReviewersView, DeadlinesView, LeadTimeRow, LeadTimesView, MissedDeadlineRow, PunctualityFigures, PunctualityKind, ThroughputRow, ThroughputView } from './insight.views.js';
import { leadTimesQuery } from './lead-times.sql.js';
import { throughputQuery } from './throughput.sql.js';
import { WORKING_DAY_CALENDAR_FIRST_YEAR, WORKING_DAY_CALENDAR_LAST_YEAR } from './working-day-calendar-rows.js';

/** At most this many missed deadlines are listed; the figure per kind counts them all. */
export const MISSED_NOW_LIMIT = 200;

const FIRST_DAY = `${WORKING_DAY_CALENDAR_FIRST_YEAR}-01-01`;
const LAST_DAY = `${WORKING_DAY_CALENDAR_LAST_YEAR}-12-31`;

interface LeadTimeResult {
  measure: LeadTimeMeasure;
  quarter: string | null;
  count: number;
  median: number | null;
  p75: number | null;
  p90: number | null;
}

/** Management figures, computed in SQL from the audit trail, the decisions and the deadlines. */
@Injectable()
export class InsightService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly summary: InsightRefreshService,
  ) {}

  /** The filter with its defaults; a 400 naming the parameter for a period the other way round or an unknown committee. */
  async resolveFilter(query: InsightFilterQuery, now = new Date()): Promise<InsightFilter> {
    const to = query.to ?? amsterdamToday(now);
    const from = query.from ?? defaultFrom(to);
    if (from < FIRST_DAY) throw validationFailed([{ field: 'from', reason: `niet voor ${FIRST_DAY} / not before ${FIRST_DAY}` }]);
    if (to > LAST_DAY) throw validationFailed([{ field: 'to', reason: `niet na ${LAST_DAY} / not after ${LAST_DAY}` }]);
    if (to < from) throw validationFailed([{ field: 'to', reason: 'ligt voor de begindatum / is before the start date' }]);
    if (query.committee) {
      const [found] = await this.dataSource.query(`SELECT 1 FROM committees WHERE id = $1`, [query.committee]);
      if (!found) throw validationFailed([{ field: 'committee', reason: 'onbekende commissie / unknown committee' }]);
    }
    return { from, to, committee: query.committee ?? null, targetLevel: query.targetLevel ?? null };
  }

  async leadTimes(filter: InsightFilter): Promise<LeadTimesView> {
    const { sql, parameters } = leadTimesQuery(filter);
    const [rows, refreshedAt]: [LeadTimeResult[], string | null] = await Promise.all([this.dataSource.query(sql, parameters), this.summary.refreshedAt()]);
    const find = (measure: LeadTimeMeasure, quarter: string | null) =>
      rows.find((row) => row.measure === measure && row.quarter === quarter);
    const row = (measure: LeadTimeMeasure, quarter: string | null): LeadTimeRow => {
      const found = find(measure, quarter);
      return {
        measure,
        quarter,
        count: found?.count ?? 0,
        median: oneDecimal(found?.median),
        p75: oneDecimal(found?.p75),
        p90: oneDecimal(found?.p90),
      };
    };
    return {
      filter,
      refreshedAt,
      overall: LEAD_TIME_MEASURES.map((measure) => row(measure, null)),
      byQuarter: quartersBetween(filter.from, filter.to).flatMap((quarter) => LEAD_TIME_MEASURES.map((measure) => row(measure, quarter))),
    };
  }

  async throughput(filter: InsightFilter): Promise<ThroughputView> {
    const { sql, parameters } = throughputQuery(filter);
    const [counts, refreshedAt]: [{ quarter: string; measure: ThroughputMeasure; count: number }[], string | null] = await Promise.all([
      this.dataSource.query(sql, parameters),
      this.summary.refreshedAt(),
    ]);
    const quarters = quartersBetween(filter.from, filter.to).map((quarter) => throughputRow(quarter, counts.filter((count) => count.quarter === quarter)));
    return { filter, refreshedAt, quarters, total: throughputRow('total', counts) };
  }

  async deadlines(filter: InsightFilter, now = new Date()): Promise<DeadlinesView> {
    const perKind = punctualityQuery(filter, now);
    const counts: { kind: PunctualityKind; onTime: number; late: number; missed: number }[] = await this.dataSource.query(perKind.sql, perKind.parameters);
    const kinds = PUNCTUALITY_DEADLINE_KINDS.map((kind) => ({ kind, ...punctuality(counts.filter((count) => count.kind === kind)) }));
    const missedNow = missedNowQuery(filter, now, MISSED_NOW_LIMIT + 1);
    const rows: (Omit<MissedDeadlineRow, 'dueAt'> & { dueAt: Date })[] = await this.dataSource.query(missedNow.sql, missedNow.parameters);
    return {
      filter,
      kinds,
      overall: punctuality(counts),
      missedNow: rows.slice(0, MISSED_NOW_LIMIT).map((row) => ({ ...row, dueAt: row.dueAt.toISOString() })),
      missedNowTruncated: rows.length > MISSED_NOW_LIMIT,
    };
  }
  async backlog(filter: InsightFilter, now = new Date()): Promise<BacklogView> {
    const { sql, parameters } = backlogQuery(filter, now);
    const [counts, refreshedAt]: [{ month: string; measure: LeadTimePhase; atEnd: number; entered: number; left: number }[], string | null] = await Promise.all([
      this.dataSource.query(sql, parameters),
      this.summary.refreshedAt(),
    ]);
    const months = monthsBetween(filter.from, filter.to).map((month) => {
      const row = emptyBacklogRow(month);
      for (const count of counts.filter((c) => c.month === month)) {
        row[count.measure] = count.atEnd;
        row.entered[count.measure] = count.entered;
        row.left[count.measure] = count.left;
        row.total += count.atEnd;
      }
      return row;
    });
    return { filter, refreshedAt, months };
  }

  async reviewers(filter: InsightFilter, now = new Date()): Promise<ReviewersView> {
    const perReviewer = reviewersQuery(filter, now);
    const totals = invitationTotalsQuery(filter);
    const [rows, [overall]]: [ReviewerRow[], { medianResponseDays: number | null }[]] = await Promise.all([
      this.dataSource.query(perReviewer.sql, perReviewer.parameters),
      this.dataSource.query(totals.sql, totals.parameters),
    ]);
    const reviewers = rows.map((row) => ({ ...row, medianResponseDays: oneDecimal(row.medianResponseDays) }));
    const sum = (pick: (row: ReviewerRow) => number) => reviewers.reduce((total, row) => total + pick(row), 0);
    return {
      filter,
      reviewers,
      total: {
        invited: sum((row) => row.invited),
        accepted: sum((row) => row.accepted),
        declined: sum((row) => row.declined),
        expired: sum((row) => row.expired),
        pending: sum((row) => row.pending),
        medianResponseDays: oneDecimal(overall?.medianResponseDays),
        reviewsOnTime: sum((row) => row.reviewsOnTime),
        reviewsLate: sum((row) => row.reviewsLate),
        reviewsMissed: sum((row) => row.reviewsMissed),
        openReviews: sum((row) => row.openReviews),
      },
    };
  }

  async coaches(filter: InsightFilter): Promise<CoachesView> {
    const perCoach = coachesQuery(filter, ACTIVE_STATES);
    const totals = feedbackTotalsQuery(filter);
    const [rows, [overall]]: [CoachRow[], { medianTurnaroundDays: number | null }[]] = await Promise.all([
      this.dataSource.query(perCoach.sql, perCoach.parameters),
      this.dataSource.query(totals.sql, totals.parameters),
    ]);
    const coaches = rows.map((row) => ({ ...row, medianTurnaroundDays: oneDecimal(row.medianTurnaroundDays) }));
    const sum = (pick: (row: CoachRow) => number) => coaches.reduce((total, row) => total + pick(row), 0);
    return {
      filter,
      coaches,
      total: {
        caseload: sum((row) => row.caseload),
        feedbackGiven: sum((row) => row.feedbackGiven),
        feedbackOnTime: sum((row) => row.feedbackOnTime),
        medianTurnaroundDays: oneDecimal(overall?.medianTurnaroundDays),
      },
    };
  }

  /** Every figure of one calendar year, for the jaaroverzicht PDF. */
  async annualOverview(query: AnnualOverviewQuery, now = new Date()): Promise<AnnualOverviewModel> {
    const filter = await this.resolveFilter({ from: `${query.year}-01-01`, to: `${query.year}-12-31`, committee: query.committee, targetLevel: query.targetLevel });
    const [committee]: { name: string }[] = filter.committee ? await this.dataSource.query(`SELECT name FROM committees WHERE id = $1`, [filter.committee]) : [];
    const [leadTimes, throughput, backlog, deadlines, reviewers, coaches, meetings] = await Promise.all([
      this.leadTimes(filter),
      this.throughput(filter),
      this.backlog(filter, now),
      this.deadlines(filter, now),
      this.reviewers(filter, now),
      this.coaches(filter),
      this.committeeMeetings(filter),
    ]);
    return { year: query.year, committeeName: committee?.name ?? null, leadTimes, throughput, backlog, deadlines, reviewers, coaches, meetings, printedAt: now };
  }

  async committeeMeetings(filter: InsightFilter): Promise<CommitteeMeetingsView> {
    const { sql, parameters } = committeeMeetingsQuery(filter);
    const rows: (Omit<CommitteeMeetingRow, 'startsAt'> & { startsAt: Date })[] = await this.dataSource.query(sql, parameters);
    const meetings = rows.map((row) => ({ ...row, startsAt: row.startsAt.toISOString() }));
    const cases = meetings.reduce((total, row) => total + row.cases, 0);
    const decisions = meetings.reduce((total, row) => total + row.decisions, 0);
    return {
      filter,
      meetings,
      total: {
        meetings: meetings.length,
        cases,
        decisions,
        casesPerMeeting: meetings.length ? oneDecimal(cases / meetings.length) : null,
        decisionsPerMeeting: meetings.length ? oneDecimal(decisions / meetings.length) : null,
      },
    };
  }
}

export function emptyBacklogRow(month: string): BacklogRow {
  const row = { month, total: 0, entered: {}, left: {} } as BacklogRow;
  for (const phase of LEAD_TIME_PHASES) row[phase] = row.entered[phase] = row.left[phase] = 0;
  return row;
}

function throughputRow(quarter: string, counts: { measure: ThroughputMeasure; count: number }[]): ThroughputRow {
  const row = { quarter } as ThroughputRow;
  for (const measure of THROUGHPUT_MEASURES)
    row[measure] = counts.filter((count) => count.measure === measure).reduce((sum, count) => sum + count.count, 0);
  return row;
}

function punctuality(counts: { onTime: number; late: number; missed: number }[]): PunctualityFigures {
  const sum = (pick: (count: { onTime: number; late: number; missed: number }) => number) => counts.reduce((total, count) => total + pick(count), 0);
  const onTime = sum((count) => count.onTime);
  const late = sum((count) => count.late);
  const missed = sum((count) => count.missed);
  const judged = onTime + late + missed;
  return { judged, onTime, late, missed, onTimePercentage: judged ? oneDecimal((onTime / judged) * 100) : null };
}

function oneDecimal(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Math.round(Number(value) * 10) / 10;
}
