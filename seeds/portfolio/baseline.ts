import { bidFromStoredTemplate, ratioToNumber } from '@frameledger/analytics';
import { SeedTaskType, TASK_TYPES, threePoint } from './task-types';

export const typeOf = (code: string): SeedTaskType => {
  const type = TASK_TYPES.find((t) => t.code === code);
  if (!type) throw new Error(`The demo has no task type ${code}.`);
  return type;
};

/** B(t) in hours for a demo task, by the analytics rule for a stored bid (8-hour bid day). */
export function baselineHours(typeCode: string, complexity: number, frames: number, hoursPerDay = 8): number {
  const type = typeOf(typeCode);
  const bid = bidFromStoredTemplate(
    {
      id: typeCode,
      taskTypeCode: type.code,
      complexity,
      frameCount: frames,
      baselineHoursOverride: null,
      unit: type.unit,
      ...threePoint(type, complexity),
    },
    hoursPerDay,
  );
  if (!bid) throw new Error(`The demo's ${typeCode} template has no figures at complexity ${complexity}.`);
  return ratioToNumber(bid.hours.mostLikely);
}
