// Rate cards: one studio-wide US card priced from BLS wages, and one card per production in its
// own currency. Each line keeps the sum that made it in its source text.
import { PORTFOLIO } from '../demo/productions';
import { ROLES } from './labour-roles';
import { ROLE_WAGE } from './wages';

export interface SeedRateCard {
  /** Null: studio-wide. */
  productionCode: string | null;
  name: string;
  currency: string;
  hoursPerDay: number;
  fteHoursPerYear: number;
  source: string;
  lines: Array<{
    roleCode: string;
    hourlyMinor: number;
    fringePercent: number;
    flatFringeMinor: number;
    source: string;
  }>;
}

const US_FICA = 'employer FICA 7.65% (Social Security 6.2% + Medicare 1.45%, IRS)';
const EFFECTIVE_FROM = '2025-01-01';
export { EFFECTIVE_FROM as RATE_CARDS_EFFECTIVE_FROM };

/** Every role, priced from its US wage through `convert`. */
function linesFrom(
  convert: (usdCents: number) => number,
  derivation: string,
  fringePercent: number,
  flatFringeMinor: number,
  fringeSource: string,
) {
  return ROLES.map((role) => {
    const wage = ROLE_WAGE[role.code];
    return {
      roleCode: role.code,
      hourlyMinor: convert(wage.hourlyCents),
      fringePercent,
      flatFringeMinor,
      source: `${wage.source}; $${(wage.hourlyCents / 100).toFixed(2)}/h${derivation}; fringe: ${fringeSource}`,
    };
  });
}

// DERRUMBE's Buenos Aires vendor: US wage x 0.35 (demo assumption for Buenos Aires VFX pay
// relative to the US) x ARS 1,300 per USD (the 2025-Q3 row of fx-rates.ts).
const ARS_FACTOR = 0.35 * 1300;

// HOLLOWAY's London vendor: US wage x 0.80 (demo assumption for London VFX pay relative to the
// US) / USD 1.35 per GBP (the 2025-Q3 row of fx-rates.ts).
const GBP_FACTOR = 0.8 / 1.35;

export const RATE_CARDS: SeedRateCard[] = [
  {
    productionCode: null,
    name: 'US studio card (BLS OEWS May 2024)',
    currency: 'USD',
    hoursPerDay: 8,
    fteHoursPerYear: 2080,
    source: 'Hourly = BLS annual wage / 2,080 h; fringe: US employer payroll taxes',
    lines: linesFrom((c) => c, '', 7.65, 0, US_FICA),
  },
  {
    productionCode: PORTFOLIO.series,
    name: 'Derrumbe: Buenos Aires vendor card',
    currency: 'ARS',
    hoursPerDay: 8,
    fteHoursPerYear: 2080,
    source:
      'US wage x 0.35 (demo assumption) x ARS 1,300/USD (2025-Q3); fringe: Argentine employer contributions',
    lines: linesFrom(
      (c) => Math.round(c * ARS_FACTOR),
      ' x 0.35 (demo assumption: Buenos Aires pay relative to the US) x ARS 1,300/USD (2025-Q3)',
      24,
      0,
      'Argentine employer social security contributions, about 18-20.4% (Ley 27.541) plus 6% health insurance (obra social), rounded to 24%',
    ),
  },
  {
    productionCode: PORTFOLIO.film,
    name: 'The Holloway Line: London vendor card',
    currency: 'GBP',
    hoursPerDay: 8,
    fteHoursPerYear: 1950,
    source: 'US wage x 0.80 (demo assumption) / USD 1.35 per GBP (2025-Q3); FTE year 37.5 h x 52 weeks',
    lines: linesFrom(
      (c) => Math.round(c * GBP_FACTOR),
      ' x 0.80 (demo assumption: London pay relative to the US) / USD 1.35 per GBP (2025-Q3)',
      18,
      0,
      'UK employer National Insurance 15% (from April 2025) + 3% workplace pension (auto-enrolment minimum)',
    ),
  },
  {
    productionCode: PORTFOLIO.animation,
    name: 'Lumen: Animation Guild card',
    currency: 'USD',
    hoursPerDay: 8,
    fteHoursPerYear: 2080,
    source: 'BLS wages; guild pension and health as a flat amount per hour',
    lines: linesFrom(
      (c) => c,
      '',
      7.65,
      950,
      `${US_FICA}; flat $9.50/h pension and health: a demo assumption standing in for the Motion Picture Industry Pension and Health Plans hourly contributions under the Animation Guild agreement (check the current rate)`,
    ),
  },
];
