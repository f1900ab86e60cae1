import { AnalyticsInputError } from '../errors';
import { makeRatio } from '../exact/ratio';
import { money } from '../money/money';
import { displayRate, priceHours } from './hourly-rate';
import { fteHoursPerYear, hoursPerDay, loadedRate, rateFor, type RateCard } from './rate-card';

const card: RateCard = {
  name: 'Feature VFX 2026',
  currency: 'USD',
  lines: [
    {
      role: 'ROTO',
      hourlyRate: money(4500, 'USD'),
      fringePercent: '20',
      flatFringePerHour: money(500, 'USD'),
    },
    { role: 'PAINT', hourlyRate: money(4533, 'USD'), fringePercent: '17.5' },
  ],
};

describe('rate card', () => {
  it('loads a rate: 45.00 x (1 + 20%) + 5.00 flat = 59.00 an hour', () => {
    expect(displayRate(rateFor(card, 'ROTO'))).toEqual(money(5900, 'USD'));
  });

  it('keeps the loaded rate exact until it meets the hours: 45.33 x 1.175 = 53.26275/h, x 100 h = 5,326.28', () => {
    const paint = loadedRate(card.lines[1]);
    expect(paint.minorPerHour).toEqual(makeRatio(532_6275n, 1000n));
    expect(priceHours(makeRatio(100n), paint)).toEqual(money(532_628, 'USD'));
    // Rounding the rate first would give 53.26 x 100 = 5,326.00: 2.75 lost.
  });

  it('defaults to 8 hours a day and 2,080 FTE hours a year', () => {
    expect(hoursPerDay(card)).toEqual(makeRatio(8n));
    expect(fteHoursPerYear(card)).toEqual(makeRatio(2080n));
    expect(hoursPerDay({ ...card, hoursPerDay: '7.5' })).toEqual(makeRatio(15n, 2n));
  });

  it('names a missing role instead of pricing it at zero', () => {
    expect(() => rateFor(card, 'COMP')).toThrow(AnalyticsInputError);
    expect(() => rateFor(card, 'COMP')).toThrow(
      'Rate card "Feature VFX 2026" has no line for role COMP; add one before pricing its hours.',
    );
  });

  it('refuses a line in another currency', () => {
    const mixed = { ...card, lines: [{ role: 'ROTO', hourlyRate: money(4500, 'GBP') }] };
    expect(() => rateFor(mixed, 'ROTO')).toThrow(/GBP but rate card/);
  });
});
