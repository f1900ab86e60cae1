import { currencyProblem, dayProblem, monthProblem, quarterProblem, timeProblem } from './input-rules';

describe('input rules', () => {
  it('takes real calendar days from 2000-01-01 to 2099-12-31 only', () => {
    expect(dayProblem('2026-02-28')).toBeUndefined();
    expect(dayProblem('2028-02-29')).toBeUndefined(); // a leap year
    expect(dayProblem('2026-02-30')).toBe(
      '2026-02-30 is not a day of the calendar; check the month and the day',
    );
    expect(dayProblem('2100-02-29')).toMatch(/not a day of the calendar/); // 2100 is no leap year
    expect(dayProblem('9999-12-31')).toBe(
      '9999-12-31 is outside the dates this ledger takes (2000-01-01 to 2099-12-31)',
    );
    expect(dayProblem('1999-12-31')).toMatch(/outside the dates/);
    expect(dayProblem('2026-3-1')).toBe('"2026-3-1" is not a date; write it like 2026-07-31');
  });

  it('takes times on such days, months and quarters in the same window', () => {
    expect(timeProblem('2026-04-01T09:30:00Z')).toBeUndefined();
    expect(timeProblem('2026-04-31T09:30:00Z')).toMatch(/not a day of the calendar/);
    expect(timeProblem('last Tuesday')).toMatch(/ISO 8601/);
    expect(monthProblem('2026-13')).toBe('"2026-13" is not a month; write it like 2026-03');
    expect(quarterProblem('2026-Q4')).toBeUndefined();
    expect(quarterProblem('9999-Q4')).toMatch(/outside the quarters/);
  });

  it('takes ISO 4217 currencies the money library counts in', () => {
    expect(currencyProblem('USD')).toBeUndefined();
    expect(currencyProblem('JPY')).toBeUndefined();
    expect(currencyProblem('usd')).toMatch(/ISO 4217 currency code in capitals/);
    expect(currencyProblem('XXX')).toBe(
      'XXX is not an ISO 4217 currency with a known minor unit; use one such as USD, GBP or ARS',
    );
  });
});
