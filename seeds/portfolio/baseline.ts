import {
  bidHours,
  BidTemplate,
  Complexity,
  makeRatio,
  ratioToNumber,
  ThreePointInput,
} from '@frameledger/analytics';
import { SeedTaskType, TASK_TYPES, threePoint } from './task-types';

export const typeOf = (code: string): SeedTaskType => {
  const type = TASK_TYPES.find((t) => t.code === code);
  if (!type) throw new Error(`The demo has no task type ${code}.`);
  return type;
};

/** B(t) in hours for a demo task, by the analytics library's bid rules (8-hour bid day). */
export function baselineHours(typeCode: string, complexity: number, frames: number, hoursPerDay = 8): number {
  const type = typeOf(typeCode);
  const estimate = { [complexity]: threePoint(type, complexity) } as Record<Complexity, ThreePointInput>;
  const template: BidTemplate =
    type.unit === 'FRAME'
      ? { taskType: type.code, basis: 'PER_FRAME', framesPerDayByComplexity: estimate }
      : { taskType: type.code, basis: 'PER_SHOT', hoursByComplexity: estimate };
  const bid = bidHours(
    template,
    { id: typeCode, complexity: complexity as Complexity, frameCount: frames },
    makeRatio(BigInt(hoursPerDay)),
  );
  return ratioToNumber(bid.hours.mostLikely);
}
