import type { EntityManager } from 'typeorm';
import { FINISHED_STATES } from '../track/finished-states.js';

/**
 * Why the law does not allow erasing a person now: each is a duty of the public task that still
 * needs them (their case is running, their review is awaited, they chair a committee), or an
 * erasure that has already been done.
 */
export const ERASURE_REFUSAL_CODES = ['ALREADY_ERASED', 'OWN_ACCOUNT', 'CASE_IN_PROGRESS', 'OPEN_REVIEW', 'COACH_OF_OPEN_CASE', 'COMMITTEE_SEAT'] as const;
export type ErasureRefusalCode = (typeof ERASURE_REFUSAL_CODES)[number];

export interface ErasureRefusal {
  code: ErasureRefusalCode;
  /** The case references it concerns, or the committee names for COMMITTEE_SEAT. */
  concerns: string[];
}

const FINISHED = [...FINISHED_STATES];

/** Every reason that erasing `subjectId` is not allowed now, asked by `adminId`; empty when it is. */
export async function erasureRefusals(manager: EntityManager, subjectId: string, adminId: string, erasedAt: Date | null): Promise<ErasureRefusal[]> {
  const refusals: ErasureRefusal[] = [];
  if (erasedAt) refusals.push({ code: 'ALREADY_ERASED', concerns: [] });
  if (subjectId === adminId) refusals.push({ code: 'OWN_ACCOUNT', concerns: [] });
  const references = async (sql: string) => ((await manager.query(sql, [subjectId, FINISHED])) as { reference: string }[]).map((row) => row.reference);
  const owned = await references(
    `SELECT a.reference FROM applications a JOIN application_owners o ON o.application_id = a.id
      WHERE o.user_id = $1 AND a.state <> ALL ($2::text[]) ORDER BY a.reference`,
  );
  if (owned.length) refusals.push({ code: 'CASE_IN_PROGRESS', concerns: owned });
  const reviewing = await references(
    `SELECT DISTINCT a.reference FROM applications a
      WHERE a.state <> ALL ($2::text[])
        AND (EXISTS (SELECT 1 FROM panel_invitations i WHERE i.application_id = a.id AND i.reviewer_id = $1 AND i.status IN ('pending', 'accepted'))
          OR EXISTS (SELECT 1 FROM panel_members m WHERE m.application_id = a.id AND m.reviewer_id = $1 AND m.status = 'active')
          OR EXISTS (SELECT 1 FROM reviews r WHERE r.application_id = a.id AND r.reviewer_id = $1 AND r.status = 'draft'))
      ORDER BY a.reference`,
  );
  if (reviewing.length) refusals.push({ code: 'OPEN_REVIEW', concerns: reviewing });
  const coaching = await references(`SELECT a.reference FROM applications a WHERE a.coach_id = $1 AND a.state <> ALL ($2::text[]) ORDER BY a.reference`);
  if (coaching.length) refusals.push({ code: 'COACH_OF_OPEN_CASE', concerns: coaching });
  const seats: { name: string }[] = await manager.query(
    `SELECT c.name FROM committees c
      WHERE c.active AND (c.chair_id = $1 OR EXISTS (SELECT 1 FROM committee_members m WHERE m.committee_id = c.id AND m.user_id = $1))
      ORDER BY c.name`,
    [subjectId],
  );
  if (seats.length) refusals.push({ code: 'COMMITTEE_SEAT', concerns: seats.map((seat) => seat.name) });
  return refusals;
}
