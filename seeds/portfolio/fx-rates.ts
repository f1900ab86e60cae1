// Quarterly booked exchange rates into USD, the portfolio's reporting currency. A rate is the USD
// one unit of the currency buys (what the fx_rate table stores); it is written here as the units
// per USD people quote, and inverted to 10 decimals.

export interface SeedFxRate {
  quarter: string;
  /** Units of the currency per US dollar, as quoted. */
  perUsd: number;
  source: string;
}

const PAST_ARS = 'approximate quarter average of the BCRA Comunicación A 3500 wholesale rate, rounded';
const PAST_GBP = 'approximate quarter average of the Bank of England USD/GBP spot rate (XUDLUSS), rounded';
const PLANNING = 'FrameLedger demo planning rate (not a published figure); replace with the booked rate';

export const FX: Record<'ARS' | 'GBP', SeedFxRate[]> = {
  ARS: [
    { quarter: '2025-Q3', perUsd: 1300, source: PAST_ARS },
    { quarter: '2025-Q4', perUsd: 1450, source: PAST_ARS },
    { quarter: '2026-Q1', perUsd: 1470, source: PLANNING },
    { quarter: '2026-Q2', perUsd: 1520, source: PLANNING },
    { quarter: '2026-Q3', perUsd: 1580, source: PLANNING },
    { quarter: '2026-Q4', perUsd: 1650, source: PLANNING },
  ],
  GBP: [
    // GBP is quoted the other way round: USD per pound; perUsd is its inverse.
    { quarter: '2025-Q3', perUsd: 1 / 1.35, source: `${PAST_GBP} (1 GBP = 1.35 USD)` },
    { quarter: '2025-Q4', perUsd: 1 / 1.33, source: `${PAST_GBP} (1 GBP = 1.33 USD)` },
    { quarter: '2026-Q1', perUsd: 1 / 1.34, source: `${PLANNING} (1 GBP = 1.34 USD)` },
    { quarter: '2026-Q2', perUsd: 1 / 1.35, source: `${PLANNING} (1 GBP = 1.35 USD)` },
    { quarter: '2026-Q3', perUsd: 1 / 1.34, source: `${PLANNING} (1 GBP = 1.34 USD)` },
    { quarter: '2026-Q4', perUsd: 1 / 1.33, source: `${PLANNING} (1 GBP = 1.33 USD)` },
  ],
};

/** The stored rate: USD per unit, as a decimal string with 10 places. */
export const usdPerUnit = (r: SeedFxRate): string => (1 / r.perUsd).toFixed(10);

export const perUsdIn = (currency: string, quarter: string): number => {
  if (currency === 'USD') return 1;
  const rate = FX[currency as 'ARS' | 'GBP'].find((r) => r.quarter === quarter);
  if (!rate) throw new Error(`The demo has no ${currency} rate for ${quarter}.`);
  return rate.perUsd;
};
