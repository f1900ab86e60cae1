import { registerEnumType } from '@nestjs/graphql';

// The planning vocabulary of DESIGN section 3, one GraphQL enum each. Values equal the
// PostgreSQL enum labels (migration 1764000000001), so rows pass through unchanged.

export enum TaskPath {
  HUMAN = 'HUMAN',
  AI_ASSISTED = 'AI_ASSISTED',
  AI_FINAL = 'AI_FINAL',
}
registerEnumType(TaskPath, {
  name: 'TaskPath',
  description:
    'How a task is done: by people, by people with AI help, or with AI output as the final result.',
});

export enum TaskStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  IN_REVIEW = 'IN_REVIEW',
  DONE = 'DONE',
  OMITTED = 'OMITTED',
}
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

export const AI_PATHS: readonly TaskPath[] = [TaskPath.AI_ASSISTED, TaskPath.AI_FINAL];
