import { WorkingDayCalendar } from '../calendar/working-days.js';
import { DEFAULT_STUCK_THRESHOLDS, idlenessOf, type StuckThresholds } from './stuck-rule.js';
import { stuckCondition, stuckLimits } from './stuck-sql.js';
import { TRACK_STATE_KEYS, type StateDetail } from './track.snapshot.js';

/** What the SQL condition decides for one row, evaluated on the same data the condition binds. */
function stuckBySqlData(limits: ReturnType<typeof stuckLimits>, state: string, stateChangedAt: Date): boolean {
  return limits.some((limit) => limit.states.includes(state) && stateChangedAt < limit.before);
}

/** An admin's choice far from the defaults: the smallest and largest allowed, and odd values between. */
const CUSTOM_THRESHOLDS: StuckThresholds = { intake: 1, beschrijven: 250, beoordelen: 7, commissie: 13, besluit: 3 };

describe('the stuck rule as a SQL condition', () => {
  const calendar = new WorkingDayCalendar();
  const now = new Date('2026-03-11T10:00:00Z');
  const details: (StateDetail | null)[] = [null, { werkblad: 'feedbackRequested', documents: 'incomplete' } as unknown as StateDetail];

  it.each([
    ['the default thresholds', DEFAULT_STUCK_THRESHOLDS],
    ['custom thresholds', CUSTOM_THRESHOLDS],
  ])('agrees with idlenessOf for every state, just before, at and after each threshold, whatever the werkblad detail, with %s', (_, thresholds) => {
    const limits = stuckLimits(now, thresholds);
    const days = [...new Set([0, ...Object.values(thresholds).flatMap((limit) => [limit - 1, limit, limit + 1])])];
    for (const state of TRACK_STATE_KEYS)
      for (const day of days)
        for (const offsetMs of [-60_000, 0, 60_000])
          for (const stateDetail of details) {
            const stateChangedAt = new Date(calendar.addWorkingDays(now, -day).getTime() + offsetMs);
            const expected = idlenessOf({ state, stateDetail, stateChangedAt }, now, thresholds).stuck;
            expect([state, day, offsetMs, stuckBySqlData(limits, state, stateChangedAt)]).toEqual([state, day, offsetMs, expected]);
          }
  });

  it('follows the thresholds given: a case stuck under one setting is not under a larger one', () => {
    const stateChangedAt = calendar.addWorkingDays(now, -5);
    const intake = { state: 'intake', stateDetail: null, stateChangedAt };
    expect(idlenessOf(intake, now, { ...CUSTOM_THRESHOLDS, intake: 4 })).toMatchObject({ stuck: true, stuckAfterWorkingDays: 4, workingDaysInState: 5 });
    expect(idlenessOf(intake, now, { ...CUSTOM_THRESHOLDS, intake: 6 })).toMatchObject({ stuck: false, stuckAfterWorkingDays: 6 });
    expect(stuckBySqlData(stuckLimits(now, { ...CUSTOM_THRESHOLDS, intake: 4 }), 'intake', stateChangedAt)).toBe(true);
    expect(stuckBySqlData(stuckLimits(now, { ...CUSTOM_THRESHOLDS, intake: 6 }), 'intake', stateChangedAt)).toBe(false);
  });

  it('never lists a state in which nobody has the turn', () => {
    const listed = stuckLimits(now, CUSTOM_THRESHOLDS).flatMap((limit) => limit.states);
    for (const closed of ['draft', 'notAdmitted', 'decided.notRecognised', 'published.listed', 'withdrawn', 'expired', 'lapsed']) expect(listed).not.toContain(closed);
  });

  it('binds its values as parameters under the prefix given and negates as a whole', () => {
    const stuck = stuckCondition('a', now, DEFAULT_STUCK_THRESHOLDS);
    expect(stuck.sql).toMatch(/^\(\(a\.state = ANY\(:stuckStates0\) AND a\.state_changed_at < :stuckBefore0\) OR /);
    expect(Object.keys(stuck.parameters)).toHaveLength(stuckLimits(now, DEFAULT_STUCK_THRESHOLDS).length * 2);
    expect(stuckCondition('a', now, DEFAULT_STUCK_THRESHOLDS, { stuck: false }).sql).toBe(`NOT ${stuck.sql}`);
    const proposed = stuckCondition('a', now, CUSTOM_THRESHOLDS, { parameterPrefix: 'proposed' });
    expect(proposed.sql).toContain(':proposedStates0');
    expect(Object.keys(proposed.parameters).every((name) => name.startsWith('proposed'))).toBe(true);
  });
});
