// Task types with their baseline roles and Standard bid templates. Per-frame templates give
// frames an artist finishes a day; per-shot templates give hours. The three points are the most
// likely figure and a spread: hours 0.75x / 1x / 1.6x (overruns are likelier than savings),
// frames a day 1.25x / 1x / 0.6x.

export interface SeedTaskType {
  code: string;
  name: string;
  baselineRole: string;
  defaultAiCategory: 'GENERATIVE' | 'TRADITIONAL';
  unit: 'SHOT' | 'FRAME';
  /** Most likely figure at complexity 1 to 5. */
  mostLikely: [number, number, number, number, number];
  source: string;
}

const ROTO_SOURCE =
  'Foundry roto baseline: 28 frames a day at level 2 and 14 at level 3; levels 1, 4 and 5 extrapolated by the FrameLedger demo (x2, /1.75, /2)';
const DEMO = 'FrameLedger demo estimate (hours per shot); edit to your studio’s bids';

export const TASK_TYPES: SeedTaskType[] = [
  {
    code: 'ROTO',
    name: 'Rotoscoping',
    baselineRole: 'ROTO_ARTIST',
    defaultAiCategory: 'TRADITIONAL',
    unit: 'FRAME',
    mostLikely: [56, 28, 14, 8, 4],
    source: ROTO_SOURCE,
  },
  {
    code: 'PAINT',
    name: 'Paint and prep',
    baselineRole: 'PAINT_ARTIST',
    defaultAiCategory: 'GENERATIVE',
    unit: 'FRAME',
    mostLikely: [60, 35, 18, 10, 5],
    source:
      'FrameLedger demo estimate in frames a day, set a little above the Foundry roto baseline (prep is bid like roto)',
  },
  {
    code: 'CLEANUP',
    name: 'Cleanup',
    baselineRole: 'PAINT_ARTIST',
    defaultAiCategory: 'GENERATIVE',
    unit: 'SHOT',
    mostLikely: [2, 4, 8, 16, 32],
    source: DEMO,
  },
  {
    code: 'COMP',
    name: 'Compositing',
    baselineRole: 'COMPOSITOR',
    defaultAiCategory: 'TRADITIONAL',
    unit: 'SHOT',
    mostLikely: [4, 8, 16, 32, 60],
    source: DEMO,
  },
  {
    code: 'MATCHMOVE',
    name: 'Matchmove',
    baselineRole: 'MATCHMOVE_ARTIST',
    defaultAiCategory: 'TRADITIONAL',
    unit: 'SHOT',
    mostLikely: [2, 4, 8, 16, 30],
    source: DEMO,
  },
  {
    code: 'FX',
    name: 'Effects simulation',
    baselineRole: 'FX_ARTIST',
    defaultAiCategory: 'GENERATIVE',
    unit: 'SHOT',
    mostLikely: [16, 40, 80, 160, 320],
    source: DEMO,
  },
  {
    code: 'UPSCALE',
    name: 'Upscale',
    baselineRole: 'FINISHING_EDITOR',
    defaultAiCategory: 'TRADITIONAL',
    unit: 'SHOT',
    mostLikely: [0.5, 1, 2, 4, 8],
    source: DEMO,
  },
  {
    code: 'DENOISE',
    name: 'Denoise',
    baselineRole: 'FINISHING_EDITOR',
    defaultAiCategory: 'TRADITIONAL',
    unit: 'SHOT',
    mostLikely: [0.5, 1, 2, 3, 6],
    source: DEMO,
  },
  {
    code: 'GRADE',
    name: 'Colour grade',
    baselineRole: 'FINISHING_EDITOR',
    defaultAiCategory: 'TRADITIONAL',
    unit: 'SHOT',
    mostLikely: [0.5, 1, 2, 3, 5],
    source: DEMO,
  },
  {
    code: 'KEYING',
    name: 'Keying',
    baselineRole: 'COMPOSITOR',
    defaultAiCategory: 'TRADITIONAL',
    unit: 'SHOT',
    mostLikely: [2, 4, 8, 14, 24],
    source: DEMO,
  },
  {
    code: 'LOCALIZATION',
    name: 'On-screen text localization',
    baselineRole: 'PAINT_ARTIST',
    defaultAiCategory: 'TRADITIONAL',
    unit: 'SHOT',
    mostLikely: [1, 2, 4, 8, 16],
    source: DEMO,
  },
];

/** The three points of a template at one complexity (1-5). */
export function threePoint(type: SeedTaskType, complexity: number) {
  const m = type.mostLikely[complexity - 1];
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return type.unit === 'FRAME'
    ? { optimistic: round(m * 1.25), mostLikely: m, pessimistic: round(m * 0.6) }
    : { optimistic: round(m * 0.75), mostLikely: m, pessimistic: round(m * 1.6) };
}
