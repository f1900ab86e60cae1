// Saved what-ifs of the demo, in the shape of api/src/planning/scenarios/scenario-assumptions.ts.
import type { ScenarioAssumptions } from '../../api/src/planning/scenarios/scenario-assumptions';
import { TaskPath } from '../../api/src/platform/graphql/vocabulary.enums';
import { PORTFOLIO } from '../demo/productions';
import { TASK_TYPES } from './task-types';

const headcounts = (people: Record<string, number>) =>
  Object.entries(people).map(([roleCode, n]) => ({ roleCode, people: n }));

const BASE: Omit<ScenarioAssumptions, 'pathByTaskType' | 'headcounts'> = {
  aiReviewHoursPerTask: null,
  reworkRatePercent: 15,
  gpuDeviceClass: 'H100',
  gpuPricePerHour: null,
  gpuSecondsPerFrame: 45,
  gpuCount: 4,
  contingencyPercent: 10,
  hoursPerWeek: 40,
};

const SERIES_CREW = headcounts({
  ROTO_ARTIST: 6,
  PAINT_ARTIST: 6,
  COMPOSITOR: 8,
  MATCHMOVE_ARTIST: 3,
  FX_ARTIST: 6,
  FINISHING_EDITOR: 3,
  AI_OPERATOR: 3,
  VFX_SUPERVISOR: 2,
});

/** Each task on its own path, crewed as given, small inference on L4s. */
function currentPlan(production: string, crew: Record<string, number>) {
  return {
    production,
    name: 'Current plan',
    assumptions: {
      ...BASE,
      pathByTaskType: [],
      gpuDeviceClass: 'L4',
      gpuSecondsPerFrame: 2,
      gpuCount: 2,
      headcounts: headcounts(crew),
    },
  };
}

export const SCENARIOS: Array<{ production: string; name: string; assumptions: ScenarioAssumptions }> = [
  {
    production: PORTFOLIO.series,
    name: 'All human',
    assumptions: {
      ...BASE,
      pathByTaskType: TASK_TYPES.map((t) => ({ taskTypeCode: t.code, path: TaskPath.HUMAN })),
      reworkRatePercent: 0,
      gpuSecondsPerFrame: 0,
      headcounts: SERIES_CREW,
    },
  },
  {
    production: PORTFOLIO.series,
    name: 'AI-assisted collapse',
    assumptions: {
      ...BASE,
      pathByTaskType: [
        { taskTypeCode: 'FX', path: TaskPath.AI_ASSISTED },
        { taskTypeCode: 'ROTO', path: TaskPath.AI_ASSISTED },
        { taskTypeCode: 'PAINT', path: TaskPath.AI_ASSISTED },
        { taskTypeCode: 'CLEANUP', path: TaskPath.AI_ASSISTED },
        { taskTypeCode: 'KEYING', path: TaskPath.AI_ASSISTED },
        { taskTypeCode: 'LOCALIZATION', path: TaskPath.AI_ASSISTED },
        { taskTypeCode: 'DENOISE', path: TaskPath.AI_FINAL },
        { taskTypeCode: 'UPSCALE', path: TaskPath.AI_FINAL },
      ],
      headcounts: SERIES_CREW,
    },
  },
  currentPlan(PORTFOLIO.film, {
    ROTO_ARTIST: 3,
    PAINT_ARTIST: 3,
    COMPOSITOR: 4,
    MATCHMOVE_ARTIST: 2,
    FX_ARTIST: 3,
    FINISHING_EDITOR: 2,
    AI_OPERATOR: 1,
    VFX_SUPERVISOR: 1,
  }),
  currentPlan(PORTFOLIO.animation, {
    PAINT_ARTIST: 2,
    COMPOSITOR: 4,
    FX_ARTIST: 3,
    FINISHING_EDITOR: 2,
    AI_OPERATOR: 1,
    VFX_SUPERVISOR: 1,
  }),
];
