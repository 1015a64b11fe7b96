import { casesCte, inPeriod, SqlParameters, type InsightFilter } from './insight-filter.js';

/**
 * Per committee meeting held in the period (of the filtered committee, if any): the cases on its
 * agenda and the decisions taken at it (decisions of kind `decision`; an objection's is not counted
 * again), counting only the cases the filter counts. Oldest meeting first.
 */
export function committeeMeetingsQuery(filter: InsightFilter): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const cases = casesCte(filter, params);
  const committee = params.add(filter.committee);
  const heldInPeriod = inPeriod('m.starts_at', filter, params);
  const sql = `
    WITH ${cases},
    meetings AS (
      SELECT m.id, m.starts_at, m.committee_id FROM committee_meetings m
       WHERE (${committee}::uuid IS NULL OR m.committee_id = ${committee}::uuid) AND ${heldInPeriod}),
    agenda AS (
      SELECT i.meeting_id, count(*)::int AS cases
        FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id JOIN cases c ON c.id = i.application_id
       GROUP BY i.meeting_id),
    decided AS (
      SELECT d.meeting_id, count(*)::int AS decisions
        FROM decisions d JOIN meetings m ON m.id = d.meeting_id JOIN cases c ON c.id = d.application_id
       WHERE d.kind = 'decision'
       GROUP BY d.meeting_id)
    SELECT m.id AS "meetingId", m.starts_at AS "startsAt", k.id AS "committeeId", k.name AS "committeeName",
           coalesce(agenda.cases, 0) AS cases, coalesce(decided.decisions, 0) AS decisions
      FROM meetings m
      JOIN committees k ON k.id = m.committee_id
      LEFT JOIN agenda ON agenda.meeting_id = m.id
      LEFT JOIN decided ON decided.meeting_id = m.id
     ORDER BY m.starts_at, m.id`;
  return { sql, parameters: params.values };
}
