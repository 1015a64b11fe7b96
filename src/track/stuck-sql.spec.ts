import { WorkingDayCalendar } from '../calendar/working-days.js';
import { idlenessOf } from './stuck-rule.js';
import { stuckCondition, stuckLimits } from './stuck-sql.js';
import { TRACK_STATE_KEYS, type StateDetail } from './track.snapshot.js';

/** What the SQL condition decides for one row, evaluated on the same data the condition binds. */
function stuckBySqlData(limits: ReturnType<typeof stuckLimits>, state: string, stateChangedAt: Date): boolean {
  return limits.some((limit) => limit.states.includes(state) && stateChangedAt < limit.before);
}

describe('the stuck rule as a SQL condition', () => {
  const calendar = new WorkingDayCalendar();
  const now = new Date('2026-03-11T10:00:00Z');
  const details: (StateDetail | null)[] = [null, { werkblad: 'feedbackRequested', documents: 'incomplete' } as unknown as StateDetail];

  it('agrees with idlenessOf for every state, just before, at and after each threshold, whatever the werkblad detail', () => {
    const limits = stuckLimits(now);
    for (const state of TRACK_STATE_KEYS)
      for (const days of [0, 9, 10, 11, 20, 30, 40, 59, 60, 61])
        for (const offsetMs of [-60_000, 0, 60_000])
          for (const stateDetail of details) {
            const stateChangedAt = new Date(calendar.addWorkingDays(now, -days).getTime() + offsetMs);
            const expected = idlenessOf({ state, stateDetail, stateChangedAt }, now).stuck;
            expect([state, days, offsetMs, stuckBySqlData(limits, state, stateChangedAt)]).toEqual([state, days, offsetMs, expected]);
          }
  });

  it('never lists a state in which nobody has the turn', () => {
    const listed = stuckLimits(now).flatMap((limit) => limit.states);
    for (const closed of ['draft', 'notAdmitted', 'decided.notRecognised', 'published.listed', 'withdrawn', 'expired', 'lapsed']) expect(listed).not.toContain(closed);
  });

  it('binds its values as parameters and negates as a whole', () => {
    const stuck = stuckCondition('a', now);
    expect(stuck.sql).toMatch(/^\(\(a\.state = ANY\(:stuckStates0\) AND a\.state_changed_at < :stuckBefore0\) OR /);
    expect(Object.keys(stuck.parameters)).toHaveLength(stuckLimits(now).length * 2);
    expect(stuckCondition('a', now, false).sql).toBe(`NOT ${stuck.sql}`);
  });
});
