// Public wage figures the rate cards are built from, each with its source. Hourly = annual / 2,080
// (52 weeks x 40 hours, the BLS convention), in US cents.

export interface WageFigure {
  annualUsd: number;
  hourlyCents: number;
  source: string;
}

const figure = (annualUsd: number, source: string): WageFigure => ({
  annualUsd,
  hourlyCents: Math.round((annualUsd * 100) / 2080),
  source,
});

const OEWS_27_1014 = 'BLS OEWS May 2024, national, SOC 27-1014 Special Effects Artists and Animators';

export const WAGES = {
  /** $73,030 a year = $35.11 an hour. */
  effectsP25: figure(73_030, `${OEWS_27_1014}, 25th percentile annual wage $73,030`),
  /** $99,800 a year = $47.98 an hour. */
  effectsMedian: figure(99_800, `${OEWS_27_1014}, median annual wage $99,800`),
  /** $135,600 a year = $65.19 an hour. */
  effectsP75: figure(135_600, `${OEWS_27_1014}, 75th percentile annual wage $135,600`),
  /** $174,630 a year = $83.96 an hour. */
  effectsP90: figure(174_630, `${OEWS_27_1014}, 90th percentile annual wage $174,630`),
  /**
   * $70,570 a year = $33.93 an hour. Recalled from the BLS Occupational Outlook Handbook's May 2024
   * median for film and video editors and not re-checked offline: verify at
   * https://www.bls.gov/oes/current/oes274032.htm before relying on it.
   */
  editorsMedian: figure(
    70_570,
    'BLS OEWS May 2024, national, SOC 27-4032 Film and Video Editors, median annual wage $70,570 (as quoted in the BLS Occupational Outlook Handbook; verify at bls.gov/oes/current/oes274032.htm)',
  ),
};

/** Which wage figure each role is priced at on the US card. */
export const ROLE_WAGE: Record<string, WageFigure> = {
  ROTO_ARTIST: WAGES.effectsP25,
  PAINT_ARTIST: WAGES.effectsP25,
  COMPOSITOR: WAGES.effectsMedian,
  MATCHMOVE_ARTIST: WAGES.effectsMedian,
  FX_ARTIST: WAGES.effectsP75,
  FINISHING_EDITOR: WAGES.editorsMedian,
  AI_OPERATOR: WAGES.effectsMedian,
  VFX_SUPERVISOR: WAGES.effectsP90,
  ANIMATION_COMPOSITOR: WAGES.effectsMedian,
};
