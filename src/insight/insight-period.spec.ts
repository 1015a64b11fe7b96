import { quartersBetween } from './insight-filter.js';
import { amsterdamToday, defaultFrom } from './insight-period.js';

describe('the period of the insight figures', () => {
  it('defaults to five quarters: from the start of the quarter a year before the last day', () => {
    expect(defaultFrom('2026-12-07')).toBe('2025-10-01');
    expect(defaultFrom('2026-01-01')).toBe('2025-01-01');
    expect(defaultFrom('2026-06-30')).toBe('2025-04-01');
  });

  it('reads today on the Amsterdam calendar', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam.
    expect(amsterdamToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(amsterdamToday(new Date('2025-07-01T21:59:00Z'))).toBe('2025-07-01');
  });

  it('lists every quarter the period touches, across a year end', () => {
    expect(quartersBetween('2025-11-15', '2026-04-01')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersBetween('2025-01-01', '2025-03-31')).toEqual(['2025-Q1']);
  });
});
