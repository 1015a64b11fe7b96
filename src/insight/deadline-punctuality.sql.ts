import { DEADLINE_STILL_RELEVANT_SQL } from '../deadlines/deadline-kinds.js';
import { casesCte, inPeriod, SqlParameters, type InsightFilter } from './insight-filter.js';
import { PUNCTUALITY_DEADLINE_KINDS } from './insight-measures.js';

/**
 * Per kind, the deadlines due in the period: met on time (by the due date, after any extension),
 * met late, and missed (past due without being met, whether still open or cancelled since because
 * the case moved on). Deadlines not yet due, or cancelled before their date, are not judged.
 */
export function punctualityQuery(filter: InsightFilter, now: Date): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const kinds = params.add([...PUNCTUALITY_DEADLINE_KINDS]);
  const at = params.add(now);
  const cases = casesCte(filter, params);
  const period = inPeriod('d.due_at', filter, params);
  const sql = `
    WITH ${cases}
    SELECT d.kind,
           count(*) FILTER (WHERE d.met_at IS NOT NULL AND d.met_at <= d.due_at)::int AS "onTime",
           count(*) FILTER (WHERE d.met_at > d.due_at)::int AS late,
           count(*) FILTER (WHERE d.met_at IS NULL
             AND (d.missed_at IS NOT NULL OR (d.status IN ('open', 'missed') AND d.due_at < ${at}::timestamptz)))::int AS missed
      FROM deadlines d JOIN cases c ON c.id = d.application_id
     WHERE d.kind = ANY(${kinds}::text[]) AND ${period}
     GROUP BY d.kind`;
  return { sql, parameters: params.values };
}

/**
 * The deadlines past due now and still asking for action (the to-do list's own definition), oldest
 * first, whatever the period: the list the secretariat chases today.
 */
export function missedNowQuery(filter: InsightFilter, now: Date, limit: number): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const kinds = params.add([...PUNCTUALITY_DEADLINE_KINDS]);
  const at = params.add(now);
  const cases = casesCte(filter, params);
  const sql = `
    WITH ${cases}
    SELECT a.id AS "applicationId", a.reference, a.name, d.kind, d.due_at AS "dueAt", d.assignee_role AS "assigneeRole",
           working_days_between(d.due_at, ${at}::timestamptz) AS "workingDaysOverdue"
      FROM deadlines d
      JOIN cases c ON c.id = d.application_id
      JOIN applications a ON a.id = d.application_id
     WHERE d.kind = ANY(${kinds}::text[]) AND d.status IN ('open', 'missed') AND d.due_at < ${at}::timestamptz
       AND ${DEADLINE_STILL_RELEVANT_SQL}
     ORDER BY d.due_at, a.reference
     LIMIT ${params.add(limit)}`;
  return { sql, parameters: params.values };
}
