import { AnalyticsInputError } from '../errors';
import { toNonNegativeRatio, type Quantity } from '../exact/parse';
import { div, mul, toNumber, type Ratio } from '../exact/ratio';
import type { Working } from '../working';
import { threePointHours, type ThreePointHours, type ThreePointInput } from './three-point';

export type Complexity = 1 | 2 | 3 | 4 | 5;

/**
 * Effort for one task type by complexity 1-5. Most work is bid in hours per shot; roto and paint
 * are bid per frame, as a number of frames an artist finishes a day (the Foundry roto baseline is
 * 28 frames a day at level 2). For a per-frame template the optimistic figure is the MOST frames
 * a day (the fastest), the pessimistic the fewest.
 */
export type BidTemplate =
  | { taskType: string; basis: 'PER_SHOT'; hoursByComplexity: Record<Complexity, ThreePointInput> }
  | { taskType: string; basis: 'PER_FRAME'; framesPerDayByComplexity: Record<Complexity, ThreePointInput> };

export interface BidTask {
  id: string;
  complexity: Complexity;
  /** Needed for per-frame templates. */
  frameCount?: Quantity;
  /** The planner's own three-point hours; replaces the template for this task. */
  override?: ThreePointInput;
}

export interface Bid {
  taskId: string;
  /** Three-point hours; the baseline B(t) is `hours.mostLikely`. */
  hours: ThreePointHours;
  working: Working;
}

function frameHours(frames: Ratio, framesPerDay: Ratio, hoursPerDay: Ratio, field: string): Ratio {
  if (framesPerDay.num === 0n) throw new AnalyticsInputError(field, 'Frames per day must be above zero.');
  return mul(div(frames, framesPerDay), hoursPerDay);
}

/**
 * Baseline hours for a task from its template (or the task's override). Per frame: frames /
 * frames per day x hours per day, so 280 frames at 28 a day and 8 h a day is 80 h.
 */
export function bidHours(template: BidTemplate, task: BidTask, hoursPerDay: Quantity): Bid {
  const dayHours = toNonNegativeRatio(hoursPerDay, 'hoursPerDay');
  const field = `tasks.${task.id}`;
  if (task.override) {
    const hours = threePointHours(task.override, `${field}.override`);
    return {
      taskId: task.id,
      hours,
      working: {
        lines: [
          {
            label: `${task.id}: planner override`,
            quantity: toNumber(hours.mostLikely),
            unit: 'h',
            refs: [task.id],
          },
        ],
      },
    };
  }
  if (![1, 2, 3, 4, 5].includes(task.complexity)) {
    throw new AnalyticsInputError(
      `${field}.complexity`,
      `Complexity ${task.complexity} must be a whole level from 1 to 5.`,
    );
  }
  const label = `${task.id}: ${template.taskType} level ${task.complexity}`;
  if (template.basis === 'PER_SHOT') {
    const hours = threePointHours(
      template.hoursByComplexity[task.complexity],
      `bidTemplate.${template.taskType}`,
    );
    return {
      taskId: task.id,
      hours,
      working: {
        lines: [
          { label: `${label}, per shot`, quantity: toNumber(hours.mostLikely), unit: 'h', refs: [task.id] },
        ],
      },
    };
  }
  if (task.frameCount === undefined) {
    throw new AnalyticsInputError(
      `${field}.frameCount`,
      `${template.taskType} is bid per frame; give the task's frame count.`,
    );
  }
  const frames = toNonNegativeRatio(task.frameCount, `${field}.frameCount`);
  const templateField = `bidTemplate.${template.taskType}`;
  const perDay = threePointHours(
    template.framesPerDayByComplexity[task.complexity],
    templateField,
    'FALLING',
  );
  const hours = {
    optimistic: frameHours(frames, perDay.optimistic, dayHours, templateField),
    mostLikely: frameHours(frames, perDay.mostLikely, dayHours, templateField),
    pessimistic: frameHours(frames, perDay.pessimistic, dayHours, templateField),
  };
  return {
    taskId: task.id,
    hours,
    working: {
      lines: [
        { label: `${label}: frames`, quantity: toNumber(frames), unit: 'frames', refs: [task.id] },
        { label: 'Frames per day (most likely)', quantity: toNumber(perDay.mostLikely), unit: 'frames/day' },
        { label: 'Hours per day', quantity: toNumber(dayHours), unit: 'h/day' },
        {
          label: 'Baseline hours = frames / frames per day x hours per day',
          quantity: toNumber(hours.mostLikely),
          unit: 'h',
        },
      ],
    },
  };
}
