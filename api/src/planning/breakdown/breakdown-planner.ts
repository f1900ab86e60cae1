import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors';
import { TaskTypesService } from '../task-types/task-types.service';
import { TasksRepository } from '../tasks/tasks.repository';
import { EpisodesRepository } from '../../productions/episodes/episodes.repository';
import { ImportError, lineError } from '../../imports/parse-result';
import { ShotsRepository } from '../../productions/shots/shots.repository';
import { BreakdownShotType, BreakdownTaskType } from './breakdown.types';
import { PlannedRow, ReadBreakdown } from './breakdown-rows';

export interface PlannedTaskLine extends BreakdownTaskType {
  bidTemplateId: string | null;
}

export interface BreakdownPlan {
  shots: BreakdownShotType[];
  tasks: PlannedTaskLine[];
  errors: ImportError[];
  /** Episode numbers the commit creates. */
  newEpisodes: number[];
  /** Codes of shots that clash with a stored shot (other frames or episode): neither new nor reused. */
  clashes: Set<string>;
}

/** What a commit of the plan would create and reuse; shots that clash with stored ones count as neither. */
export function planCounts(plan: BreakdownPlan) {
  const fresh = (code: string) => !plan.clashes.has(code);
  return {
    newEpisodes: plan.newEpisodes.length,
    newShots: plan.shots.filter((s) => !s.exists && fresh(s.code)).length,
    reusedShots: plan.shots.filter((s) => s.exists).length,
    newTasks: plan.tasks.filter((t) => !t.exists && fresh(t.shotCode)).length,
  };
}

const toShot = (row: PlannedRow): BreakdownShotType => ({
  line: row.line,
  code: row.code,
  episodeNumber: row.episodeNumber,
  sequence: row.sequence,
  frameIn: row.frameIn,
  frameOut: row.frameOut,
  frameCount: row.frameCount,
  fps: row.fps,
  timeScalar: row.timeScalar,
  description: row.description,
  performerLikeness: row.performerLikeness,
  exists: false,
  shotId: null,
});

/**
 * Checks a read breakdown against the production as it is: shots that exist already are reused
 * when their frames agree, tasks a shot has already are left alone, and every task must have a
 * bid template. Problems come back line-numbered, like the parsers' own.
 */
@Injectable()
export class BreakdownPlanner {
  constructor(
    private readonly shots: ShotsRepository,
    private readonly episodes: EpisodesRepository,
    private readonly types: TaskTypesService,
    private readonly tasks: TasksRepository,
  ) {}

  async plan(
    productionId: string,
    read: ReadBreakdown,
    templateName: string | undefined,
    manager: EntityManager,
  ): Promise<BreakdownPlan> {
    const errors = [...read.errors];
    const shots = new Map<string, BreakdownShotType>();
    for (const row of read.rows) {
      const first = shots.get(row.code);
      if (!first) shots.set(row.code, toShot(row));
      else if (first.episodeNumber !== row.episodeNumber) {
        errors.push(
          lineError(
            row.line,
            `shot code ${row.code} is in episode ${first.episodeNumber} on line ${first.line} and episode ${row.episodeNumber} here; shot codes are unique within a production.`,
            'shot',
          ),
        );
      }
    }
    const clashes = await this.matchExisting(productionId, [...shots.values()], errors, manager);
    const known = await this.episodes.byNumbers(
      productionId,
      [...new Set(read.rows.flatMap((r) => r.episodeNumber ?? []))],
      manager,
    );
    const newEpisodes = [
      ...new Set(
        [...shots.values()]
          .filter((s) => !s.exists && !clashes.has(s.code))
          .flatMap((s) => s.episodeNumber ?? []),
      ),
    ]
      .filter((n) => !known.some((e) => e.number === n))
      .sort((a, b) => a - b);
    const tasks = await this.planTasks(read.rows, shots, templateName, errors, manager);
    errors.sort((a, b) => a.line - b.line);
    return { shots: [...shots.values()], tasks, errors, newEpisodes, clashes };
  }

  private async matchExisting(
    productionId: string,
    planned: BreakdownShotType[],
    errors: ImportError[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const clashes = new Set<string>();
    const existing = await this.shots.byCodes(
      productionId,
      planned.map((s) => s.code),
      manager,
    );
    const episodeIds = [...new Set(existing.flatMap((s) => s.episodeId ?? []))];
    const numberOf = new Map((await this.episodes.byIds(episodeIds)).map((e) => [e.id, e.number]));
    for (const shot of planned) {
      const stored = existing.find((s) => s.code === shot.code);
      if (!stored) continue;
      const storedEpisode = stored.episodeId ? (numberOf.get(stored.episodeId) ?? null) : null;
      if (stored.frameCount !== shot.frameCount) {
        clashes.add(shot.code);
        errors.push(
          lineError(
            shot.line,
            `shot ${shot.code} exists already with ${stored.frameCount} frames, but this file gives ${shot.frameCount}; rename the shot or correct its frames.`,
            'frame_count',
          ),
        );
      } else if (shot.episodeNumber !== null && storedEpisode !== shot.episodeNumber) {
        clashes.add(shot.code);
        errors.push(
          lineError(
            shot.line,
            `shot ${shot.code} exists already in ${storedEpisode === null ? 'no episode' : `episode ${storedEpisode}`}, not episode ${shot.episodeNumber}; shot codes are unique within a production.`,
            'episode',
          ),
        );
      } else {
        Object.assign(shot, { exists: true, shotId: stored.id, episodeNumber: storedEpisode });
      }
    }
    return clashes;
  }

  private async planTasks(
    rows: PlannedRow[],
    shots: Map<string, BreakdownShotType>,
    templateName: string | undefined,
    errors: ImportError[],
    manager: EntityManager,
  ): Promise<PlannedTaskLine[]> {
    const withTask = rows.filter((r) => r.task !== null);
    const templates = new Map<string, string | AppError>();
    for (const { task } of withTask) {
      const key = `${task!.type}/${task!.complexity}`;
      if (templates.has(key)) continue;
      try {
        templates.set(
          key,
          (await this.types.templateFor(task!.type, task!.complexity, templateName, 'task', manager)).id,
        );
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        templates.set(key, error);
      }
    }
    const existingPairs = withTask.flatMap((r) => {
      const shotId = shots.get(r.code)?.shotId;
      return shotId ? [{ shotId, taskTypeCode: r.task!.type }] : [];
    });
    const taken = new Set(
      (await this.tasks.existing(existingPairs, manager)).map((p) => `${p.shotId}/${p.taskTypeCode}`),
    );
    return withTask.map((row) => {
      const task = row.task!;
      const template = templates.get(`${task.type}/${task.complexity}`);
      if (template instanceof AppError) errors.push(lineError(row.line, template.message, 'task_type'));
      const shotId = shots.get(row.code)?.shotId;
      return {
        line: row.line,
        shotCode: row.code,
        taskTypeCode: task.type,
        complexity: task.complexity,
        path: task.path,
        exists: shotId !== null && shotId !== undefined && taken.has(`${shotId}/${task.type}`),
        bidTemplateId: typeof template === 'string' ? template : null,
      };
    });
  }
}
