import { registerEnumType } from '@nestjs/graphql';
import { AI_PATHS, labelsObject, TASK_PATHS, TASK_STATUSES } from '@frameledger/analytics';
import type { TaskPath as Path, TaskStatus as Status } from '@frameledger/analytics';

// The planning vocabulary (docs/design.md, "Domain"), defined once in analytics/src/vocabulary.ts
// and registered here as GraphQL enums. Values equal the PostgreSQL enum labels (migration
// 1764000000001), so rows pass through unchanged.

export { AI_PATHS };
export type TaskPath = Path;
export type TaskStatus = Status;

export const TaskPath = labelsObject(TASK_PATHS);
registerEnumType(TaskPath, {
  name: 'TaskPath',
  description:
    'How a task is done: by people, by people with AI help, or with AI output as the final result.',
});

export const TaskStatus = labelsObject(TASK_STATUSES);
registerEnumType(TaskStatus, { name: 'TaskStatus' });

export enum AiCategory {
  GENERATIVE = 'GENERATIVE',
  TRADITIONAL = 'TRADITIONAL',
}
registerEnumType(AiCategory, {
  name: 'AiCategory',
  description:
    'GENERATIVE makes new pixels (guild notice rules apply); TRADITIONAL is keying, tracking, denoise and the like.',
});

export enum LikenessKind {
  NONE = 'NONE',
  EMPLOYMENT_REPLICA = 'EMPLOYMENT_REPLICA',
  INDEPENDENT_REPLICA = 'INDEPENDENT_REPLICA',
  BACKGROUND_REPLICA = 'BACKGROUND_REPLICA',
  SYNTHETIC_PERFORMER = 'SYNTHETIC_PERFORMER',
  DIGITAL_ALTERATION = 'DIGITAL_ALTERATION',
}
registerEnumType(LikenessKind, {
  name: 'LikenessKind',
  description: 'Performer likeness in the task, in the terms of the SAG-AFTRA 2023 agreement.',
});

export enum BidUnit {
  SHOT = 'SHOT',
  FRAME = 'FRAME',
}
registerEnumType(BidUnit, {
  name: 'BidUnit',
  description: 'SHOT: the three figures are hours per shot. FRAME: they are frames an artist finishes a day.',
});
