import { rateCardInEffect } from './card-in-effect';

const production = { id: 'p1', currency: 'EUR', startDate: '2026-03-01' };
const card = (name: string, productionId: string | null, currency: string, effectiveFrom: string) => ({
  name,
  productionId,
  currency,
  effectiveFrom,
});
const pick = (cards: ReturnType<typeof card>[], today: string) =>
  rateCardInEffect(cards, production, today)?.name;

describe('rateCardInEffect', () => {
  const studio2025 = card('Studio 2025', null, 'EUR', '2025-01-01');
  const studio2026 = card('Studio 2026', null, 'EUR', '2026-01-01');
  const studioUsd = card('Studio USD', null, 'USD', '2026-02-01');
  const own = card('Own', 'p1', 'EUR', '2026-04-01');
  const other = card('Other production', 'p2', 'EUR', '2026-02-15');

  it('takes the newest studio-wide card in the production’s currency when it has none of its own', () => {
    expect(pick([studio2025, studio2026, studioUsd, other], '2026-02-20')).toBe('Studio 2026');
  });

  it('prefers the production’s own card once it is in effect, even over a newer studio card', () => {
    const newerStudio = card('Studio mid-2026', null, 'EUR', '2026-05-01');
    expect(pick([studio2026, own, newerStudio], '2026-06-01')).toBe('Own');
    expect(pick([studio2026, own, newerStudio], '2026-03-15')).toBe('Studio 2026');
  });

  it('plans before the start as of the start: on 2025-06-01 a production starting 2026-03-01 gets Studio 2026', () => {
    expect(pick([studio2025, studio2026], '2025-06-01')).toBe('Studio 2026');
  });

  it('has none when no card in its currency is in effect', () => {
    expect(pick([studioUsd, other], '2026-06-01')).toBeUndefined();
  });
});
