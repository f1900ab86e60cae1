/** The demo portfolio's productions (the costing seed fills in their breakdowns). */
export const DEMO_PRODUCTIONS = [
  {
    code: 'DERRUMBE',
    title: 'Derrumbe (6-episode science-fiction series)',
    currency: 'ARS',
    // ARS 1,150,000,000.00: sized so the all-human plan of the collapse sequence does not fit.
    vfxBudgetMinor: '115000000000',
    startDate: '2025-04-01',
    deliveryDate: '2026-09-30',
    guildCovered: true,
    country: 'AR',
  },
];
