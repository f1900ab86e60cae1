import fc from 'fast-check';
import { makeRatio } from '../exact/ratio';
import { fte } from './fte';
import { quarterOf, quarterRange, quartersBetween, shiftQuarter } from './quarter';

describe('quarters', () => {
  it('labels calendar quarters', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-07-31')).toBe('2026-Q3');
    expect(quarterOf(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-Q4');
  });

  it('names a fiscal year by the calendar year it ends in: with an April start, April 2026 is 2027-Q1', () => {
    expect(quarterOf('2026-04-01', 4)).toBe('2027-Q1');
    expect(quarterOf('2026-03-31', 4)).toBe('2026-Q4');
    expect(quarterOf('2027-01-15', 4)).toBe('2027-Q4');
    expect(quarterRange('2027-Q1', 4)).toEqual([
      new Date('2026-04-01T00:00:00Z'),
      new Date('2026-07-01T00:00:00Z'),
    ]);
    // October start (US federal): FY2027 runs October 2026 to September 2027.
    expect(quarterOf('2026-10-01', 10)).toBe('2027-Q1');
    expect(quarterRange('2027-Q4', 10)).toEqual([
      new Date('2027-07-01T00:00:00Z'),
      new Date('2027-10-01T00:00:00Z'),
    ]);
  });

  it('gives a half-open range', () => {
    expect(quarterRange('2026-Q4')).toEqual([
      new Date('2026-10-01T00:00:00Z'),
      new Date('2027-01-01T00:00:00Z'),
    ]);
  });

  it('steps and spans quarters', () => {
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(quartersBetween('2026-Q3', '2027-Q2')).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
    expect(() => quartersBetween('2027-Q1', '2026-Q1')).toThrow(/swap them/);
  });

  it('refuses bad labels, dates and months with a sentence', () => {
    expect(() => quarterRange('2026-Q5')).toThrow('"2026-Q5" is not a quarter; write it like 2026-Q3.');
    expect(() => quarterOf('31/07/2026')).toThrow(/is not a date/);
    expect(() => quarterOf('2026-07-31', 13)).toThrow(/1 to 12/);
  });

  it('counts FTE: 520 h in a quarter is 1 FTE at 2,080 h a year; 1,040 h over a year is 0.5', () => {
    expect(fte(makeRatio(520n), makeRatio(2080n), 1)).toBe(1);
    expect(fte(makeRatio(1040n), makeRatio(2080n), 4)).toBe(0.5);
  });

  describe('partition time', () => {
    const instant = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2199-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    });
    const fyStart = fc.integer({ min: 1, max: 12 });
    const contains = ([start, end]: [Date, Date], d: Date): boolean => start <= d && d < end;

    it('every instant lies in exactly one quarter, for calendar and fiscal years', () => {
      fc.assert(
        fc.property(instant, fyStart, (d, fy) => {
          const label = quarterOf(d, fy);
          const around = [-2, -1, 0, 1, 2].map((s) => shiftQuarter(label, s));
          expect(around.filter((q) => contains(quarterRange(q, fy), d))).toEqual([label]);
        }),
        { numRuns: 2000 },
      );
    });

    it('consecutive quarters meet with no gap and no overlap', () => {
      fc.assert(
        fc.property(instant, fyStart, (d, fy) => {
          const label = quarterOf(d, fy);
          const [, end] = quarterRange(label, fy);
          const [nextStart] = quarterRange(shiftQuarter(label, 1), fy);
          expect(nextStart).toEqual(end);
          expect(quarterOf(end, fy)).toBe(shiftQuarter(label, 1));
          expect(quarterOf(new Date(end.getTime() - 1), fy)).toBe(label);
        }),
        { numRuns: 2000 },
      );
    });
  });
});
