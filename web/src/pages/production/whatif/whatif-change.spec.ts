import { moneyChange, numberChange } from './whatif-change';

describe('a what-if figure’s change against the starting plan', () => {
  it('writes a rise with a plus and a fall in parentheses, exact in minor units', () => {
    // $203,476.97 -> $204,726.97 is $1,250.00 more; back again is $1,250.00 less.
    const start = { amountMinor: '20347697', currency: 'USD' };
    const now = { amountMinor: '20472697', currency: 'USD' };
    expect(moneyChange(now, start, 'en-US')).toEqual({ text: '+$1,250.00', direction: 'up' });
    expect(moneyChange(start, now, 'en-US')).toEqual({ text: '($1,250.00)', direction: 'down' });
    expect(moneyChange(start, start, 'en-US')).toEqual({ text: 'no change', direction: 'none' });
  });

  it('keeps every digit of an amount no float can hold', () => {
    const start = { amountMinor: '35507344541', currency: 'ARS' };
    const now = { amountMinor: '35507344542', currency: 'ARS' };
    expect(moneyChange(now, start, 'en-US').text).toBe('+ARS\u00a00.01');
  });

  it('writes a count’s change to its places, and calls less than half the last place no change', () => {
    expect(numberChange(14.5, 12, 'weeks', 1, 'en-US')).toEqual({ text: '+2.5 weeks', direction: 'up' });
    expect(numberChange(61.2, 73.7, 'points', 1, 'en-US')).toEqual({
      text: '-12.5 points',
      direction: 'down',
    });
    expect(numberChange(12.04, 12, 'weeks', 1, 'en-US').direction).toBe('none');
  });
});
