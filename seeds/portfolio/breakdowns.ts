// The portfolio's breakdowns: sequences of shots, the tasks on each shot, and the quarter the
// work happened in (2025-Q3 to 2026-Q4). About 500 tasks in all.
import type { TaskPath } from '@frameledger/analytics';
import { PORTFOLIO } from '../demo/productions';

export type SeedPath = TaskPath;

export interface SeedTaskSpec {
  type: string;
  complexity: number;
  path: SeedPath;
}

export interface SequenceSpec {
  episode: number | null;
  code: string;
  name: string;
  quarter: string;
  shots: number;
  /** Shot lengths are drawn between these, inclusive. */
  frames: [number, number];
  tasks: SeedTaskSpec[];
  /** A performer's likeness is in these shots; the listed task types carry it. */
  likeness?: {
    performer: string;
    kind: 'DIGITAL_ALTERATION' | 'BACKGROUND_REPLICA' | 'EMPLOYMENT_REPLICA';
    taskTypes: string[];
    /** Policy forbids AI on those tasks (no consent on file). */
    aiForbidden: boolean;
  };
}

export interface ProductionBreakdown {
  code: string;
  fps: number;
  episodes: Array<{ number: number; title: string }>;
  sequences: SequenceSpec[];
}

const t = (type: string, complexity: number, path: SeedPath = 'HUMAN'): SeedTaskSpec => ({
  type,
  complexity,
  path,
});

export const BREAKDOWNS: ProductionBreakdown[] = [
  {
    code: PORTFOLIO.series,
    fps: 24,
    episodes: [
      { number: 1, title: 'La grieta' },
      { number: 2, title: 'Río abajo' },
      { number: 3, title: 'Subsuelo' },
      { number: 4, title: 'Apagón' },
      { number: 5, title: 'Archivo' },
      { number: 6, title: 'Derrumbe' },
    ],
    sequences: [
      {
        episode: 1,
        code: 'LAB',
        name: 'Laboratory',
        quarter: '2025-Q3',
        shots: 12,
        frames: [60, 140],
        // The studio's first AI pass: roto only; the lead's likeness stays with people.
        tasks: [t('ROTO', 2, 'AI_ASSISTED'), t('COMP', 2)],
        likeness: {
          performer: 'Valeria Ríos',
          kind: 'DIGITAL_ALTERATION',
          taskTypes: ['COMP'],
          aiForbidden: true,
        },
      },
      {
        episode: 1,
        code: 'CITY',
        name: 'City establishing',
        quarter: '2025-Q3',
        shots: 8,
        frames: [90, 200],
        tasks: [t('MATCHMOVE', 2), t('COMP', 3)],
      },
      {
        episode: 2,
        code: 'RIO',
        name: 'River chase',
        quarter: '2025-Q4',
        shots: 12,
        frames: [50, 120],
        tasks: [t('KEYING', 2, 'AI_ASSISTED'), t('COMP', 2)],
      },
      {
        episode: 2,
        code: 'SIGN',
        name: 'Street signs',
        quarter: '2025-Q4',
        shots: 6,
        frames: [40, 90],
        tasks: [t('LOCALIZATION', 2, 'AI_ASSISTED')],
      },
      {
        episode: 3,
        code: 'TUNNEL',
        name: 'Tunnel',
        quarter: '2026-Q1',
        shots: 12,
        frames: [70, 160],
        tasks: [t('ROTO', 3, 'AI_ASSISTED'), t('PAINT', 2, 'AI_ASSISTED'), t('COMP', 3)],
      },
      {
        episode: 4,
        code: 'NIGHT',
        name: 'Blackout night',
        quarter: '2026-Q2',
        shots: 10,
        frames: [80, 180],
        tasks: [t('DENOISE', 2, 'AI_FINAL'), t('GRADE', 2)],
      },
      {
        episode: 4,
        code: 'CROWD',
        name: 'Crowd at the plaza',
        quarter: '2026-Q2',
        shots: 8,
        frames: [80, 150],
        tasks: [t('ROTO', 3, 'AI_ASSISTED'), t('COMP', 3)],
        likeness: {
          performer: 'Background performers (plaza crowd)',
          kind: 'BACKGROUND_REPLICA',
          taskTypes: ['COMP'],
          aiForbidden: false,
        },
      },
      {
        episode: 5,
        code: 'ARCHIVE',
        name: 'Archive footage',
        quarter: '2026-Q3',
        shots: 10,
        frames: [100, 240],
        tasks: [t('UPSCALE', 2, 'AI_FINAL'), t('CLEANUP', 2, 'AI_ASSISTED')],
      },
      {
        episode: 5,
        code: 'CHASE',
        name: 'Rooftop chase',
        quarter: '2026-Q3',
        shots: 10,
        frames: [60, 140],
        tasks: [t('MATCHMOVE', 3), t('ROTO', 2, 'AI_ASSISTED'), t('COMP', 3)],
      },
      {
        // The building collapse: the sequence that only fits the budget with AI.
        episode: 6,
        code: 'COL',
        name: 'Building collapse',
        quarter: '2026-Q4',
        shots: 24,
        frames: [120, 220],
        tasks: [
          t('FX', 5, 'AI_ASSISTED'),
          t('ROTO', 3, 'AI_ASSISTED'),
          t('PAINT', 3, 'AI_ASSISTED'),
          t('COMP', 4),
        ],
      },
    ],
  },
  {
    code: PORTFOLIO.film,
    fps: 24,
    episodes: [],
    sequences: [
      {
        episode: null,
        code: 'STN',
        name: 'Station platform',
        quarter: '2025-Q3',
        shots: 12,
        frames: [60, 150],
        tasks: [t('ROTO', 2), t('PAINT', 2), t('COMP', 2)],
      },
      {
        episode: null,
        code: 'TRAIN',
        name: 'Night train',
        quarter: '2025-Q4',
        shots: 10,
        frames: [80, 160],
        tasks: [t('KEYING', 3, 'AI_ASSISTED'), t('COMP', 3)],
      },
      {
        episode: null,
        code: 'FLOOD',
        name: 'Flooded tunnel',
        quarter: '2026-Q1',
        shots: 8,
        frames: [100, 200],
        tasks: [t('FX', 4), t('COMP', 4), t('MATCHMOVE', 3)],
      },
      {
        episode: null,
        code: 'ARCH',
        name: 'Archive inserts',
        quarter: '2026-Q2',
        shots: 10,
        frames: [50, 120],
        tasks: [t('CLEANUP', 2), t('GRADE', 1)],
      },
      {
        episode: null,
        code: 'TITLES',
        name: 'Signage and titles',
        quarter: '2026-Q3',
        shots: 8,
        frames: [40, 100],
        tasks: [t('LOCALIZATION', 1, 'AI_ASSISTED'), t('UPSCALE', 1, 'AI_FINAL')],
      },
      {
        episode: null,
        code: 'FINAL',
        name: 'Final conform',
        quarter: '2026-Q4',
        shots: 8,
        frames: [80, 200],
        tasks: [t('DENOISE', 1, 'AI_FINAL'), t('GRADE', 2)],
      },
    ],
  },
  {
    code: PORTFOLIO.animation,
    // Animation for a European co-producer: delivered at 25 fps.
    fps: 25,
    episodes: [
      { number: 1, title: 'The Lantern' },
      { number: 2, title: 'Reef Lights' },
      { number: 3, title: 'Night Market' },
      { number: 4, title: 'The Storm' },
      { number: 5, title: 'Homecoming' },
    ],
    sequences: [
      {
        episode: 1,
        code: 'OPEN',
        name: 'Opening',
        quarter: '2025-Q4',
        shots: 8,
        frames: [48, 120],
        tasks: [t('CLEANUP', 2, 'AI_ASSISTED'), t('COMP', 2)],
      },
      {
        episode: 2,
        code: 'REEF',
        name: 'Reef',
        quarter: '2026-Q1',
        shots: 10,
        frames: [60, 140],
        tasks: [t('FX', 3), t('COMP', 3)],
      },
      {
        episode: 3,
        code: 'MARKET',
        name: 'Night market',
        quarter: '2026-Q2',
        shots: 8,
        frames: [48, 110],
        tasks: [t('LOCALIZATION', 2, 'AI_ASSISTED'), t('COMP', 2)],
      },
      {
        episode: 4,
        code: 'STORM',
        name: 'Storm',
        quarter: '2026-Q3',
        shots: 8,
        frames: [72, 160],
        tasks: [t('FX', 4), t('DENOISE', 2, 'AI_FINAL'), t('COMP', 3)],
      },
      {
        episode: 5,
        code: 'HOME',
        name: 'Homecoming',
        quarter: '2026-Q4',
        shots: 10,
        frames: [60, 150],
        tasks: [t('UPSCALE', 2, 'AI_FINAL'), t('GRADE', 2)],
      },
    ],
  },
];
