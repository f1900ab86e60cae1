import type { AiRun, TimeEntry } from './ledger';
import { money } from './money/money';
import type { RateCard } from './rates/rate-card';

/**
 * One small production, priced by hand in the specs that use it.
 * Loaded rates: ROTO 45.00 x 1.2 + 5.00 = 59.00/h; COMP 50.00 x 1.2 + 5.00 = 65.00/h;
 * COMP_SUP 60.00 x 1.2 + 5.00 = 77.00/h.
 */
export const rateCard: RateCard = {
  name: 'Series S1',
  currency: 'USD',
  lines: [
    {
      role: 'ROTO',
      hourlyRate: money(4500, 'USD'),
      fringePercent: '20',
      flatFringePerHour: money(500, 'USD'),
    },
    {
      role: 'COMP',
      hourlyRate: money(5000, 'USD'),
      fringePercent: '20',
      flatFringePerHour: money(500, 'USD'),
    },
    {
      role: 'COMP_SUP',
      hourlyRate: money(6000, 'USD'),
      fringePercent: '20',
      flatFringePerHour: money(500, 'USD'),
    },
  ],
};

export const roles = [
  { code: 'ROTO', department: 'Prep' },
  { code: 'COMP', department: 'Compositing' },
  { code: 'COMP_SUP', department: 'Compositing' },
];

/**
 * SH010-ROTO: AI-assisted roto bid at 80 h (280 frames, 28 a day, 8 h a day), with a 20.00 licence.
 * SH020-COMP: human comp bid at 20 h.
 * SH030-PAINT: AI-final paint bid at 10 h whose craft fix-up (12 h) overran the bid.
 * SH040-ROTO: AI-final roto bid at 16 h whose AI job has not run yet.
 */
export const tasks = {
  roto: {
    id: 'SH010-ROTO',
    taskType: 'ROTO',
    path: 'AI_ASSISTED' as const,
    baselineRole: 'ROTO',
    baselineHours: 80,
    licenceFee: money(2000, 'USD'),
  },
  comp: {
    id: 'SH020-COMP',
    taskType: 'COMP',
    path: 'HUMAN' as const,
    baselineRole: 'COMP',
    baselineHours: 20,
  },
  paint: {
    id: 'SH030-PAINT',
    taskType: 'PAINT',
    path: 'AI_FINAL' as const,
    baselineRole: 'ROTO',
    baselineHours: 10,
  },
  pending: {
    id: 'SH040-ROTO',
    taskType: 'ROTO',
    path: 'AI_FINAL' as const,
    baselineRole: 'ROTO',
    baselineHours: 16,
  },
};

export const timeEntries: TimeEntry[] = [
  { id: 'e1', taskId: 'SH010-ROTO', role: 'ROTO', kind: 'AI_OPERATOR', workDate: '2026-07-20', minutes: 300 },
  { id: 'e2', taskId: 'SH010-ROTO', role: 'ROTO', kind: 'REWORK', workDate: '2026-08-05', minutes: 180 },
  {
    id: 'e3',
    taskId: 'SH010-ROTO',
    role: 'COMP_SUP',
    kind: 'AI_REVIEW',
    workDate: '2026-10-02',
    minutes: 120,
  },
  { id: 'e4', taskId: 'SH020-COMP', role: 'COMP', kind: 'ARTIST', workDate: '2026-08-12', minutes: 1080 },
  { id: 'e5', taskId: 'SH030-PAINT', role: 'ROTO', kind: 'ARTIST', workDate: '2026-09-01', minutes: 720 },
  { id: 'e6', taskId: 'SH030-PAINT', role: 'ROTO', kind: 'AI_OPERATOR', workDate: '2026-09-02', minutes: 60 },
];

export const aiRuns: AiRun[] = [
  {
    id: 'r1',
    taskId: 'SH010-ROTO',
    wallMs: 1_800_000,
    finishedAt: '2026-07-21T10:00:00Z',
    computeCost: money(250, 'USD'),
  },
  {
    id: 'r2',
    taskId: 'SH010-ROTO',
    wallMs: 1_800_000,
    finishedAt: '2026-08-10T10:00:00Z',
    computeCost: money(250, 'USD'),
  },
  {
    id: 'r3',
    taskId: 'SH030-PAINT',
    wallMs: 900_000,
    finishedAt: '2026-09-30T23:00:00Z',
    computeCost: money(125, 'USD'),
  },
];
