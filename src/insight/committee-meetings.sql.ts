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
    WITH ${cases}
    SELECT m.id AS "meetingId", m.starts_at AS "startsAt", k.id AS "committeeId", k.name AS "committeeName",
           (SELECT count(*) FROM agenda_items i JOIN cases c ON c.id = i.application_id WHERE i.meeting_id = m.id)::int AS cases,
           (SELECT count(*) FROM decisions d JOIN cases c ON c.id = d.application_id
             WHERE d.meeting_id = m.id AND d.kind = 'decision')::int AS decisions
      FROM committee_meetings m
      JOIN committees k ON k.id = m.committee_id
     WHERE (${committee}::uuid IS NULL OR m.committee_id = ${committee}::uuid) AND ${heldInPeriod}
     ORDER BY m.starts_at, m.id`;
  return { sql, parameters: params.values };
}
