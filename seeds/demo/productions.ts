/**
 * The demo portfolio's productions. The codes are stable: reports, dashboard and tests refer to
 * them through PORTFOLIO. Budgets are set so the numbers tell their story (seeds/portfolio/README.md):
 * DERRUMBE's all-human plan is over its VFX budget and its AI-assisted plan fits.
 */
export const PORTFOLIO = {
  /** Argentine six-episode science-fiction series: budget in ARS, reports in USD. */
  series: 'DERRUMBE',
  /** UK feature film in GBP. */
  film: 'HOLLOWAY',
  /** Animated series in USD, covered by The Animation Guild (IATSE Local 839). */
  animation: 'LUMEN',
} as const;

export const DEMO_PRODUCTIONS = [
  {
    code: PORTFOLIO.series,
    title: 'Derrumbe (6-episode science-fiction series)',
    currency: 'ARS',
    reportingCurrency: 'USD',
    // ARS 330,000,000.00. The all-human plan (about ARS 503.3 million with 10% contingency) does
    // not fit; the AI-assisted plan (about ARS 170.2 million) does: seeds/portfolio/README.md.
    vfxBudgetMinor: '33000000000',
    startDate: '2025-07-01',
    deliveryDate: '2027-02-26',
    guildCovered: true,
    country: 'AR',
  },
  {
    code: PORTFOLIO.film,
    title: 'The Holloway Line (feature film)',
    currency: 'GBP',
    reportingCurrency: 'USD',
    // GBP 150,000.00: the all-human plan (about GBP 110,000 with contingency) fits.
    vfxBudgetMinor: '15000000',
    startDate: '2025-07-01',
    deliveryDate: '2026-12-18',
    guildCovered: false,
    country: 'GB',
  },
  {
    code: PORTFOLIO.animation,
    title: 'Lumen & the Lanternfish (animated series)',
    currency: 'USD',
    reportingCurrency: 'USD',
    // USD 280,000.00: the all-human plan (about USD 214,000 with contingency) fits.
    vfxBudgetMinor: '28000000',
    startDate: '2025-10-01',
    deliveryDate: '2027-06-30',
    guildCovered: true,
    country: 'US',
  },
];
