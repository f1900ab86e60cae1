import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { EpisodesRepository } from '../episodes/episodes.repository';
import { ProductionsRepository } from '../productions.repository';
import { byKey } from '../../platform/graphql/request-loader';
import { CreateShotInput, ShotFilterArgs, UpdateShotInput } from './shot.types';
import { ShotChanges, ShotRow, ShotsRepository } from './shots.repository';

@Injectable()
export class ShotsService {
  constructor(
    private readonly db: DataSource,
    private readonly shots: ShotsRepository,
    private readonly episodes: EpisodesRepository,
    private readonly productions: ProductionsRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(args: ShotFilterArgs): Promise<Page<ShotRow>> {
    const offset = offsetOf(args.after);
    const { rows, total } = await this.shots.list(args, offset, args.first);
    return toPage(rows, offset, args.first, total);
  }

  /** Shots by id; the resolvers batch these per request (shot.loaders.ts). */
  async byIds(ids: readonly string[]): Promise<Map<string, ShotRow>> {
    return byKey(await this.shots.byIds(ids), (s) => s.id);
  }

  create(input: CreateShotInput, actorId: string): Promise<ShotRow> {
    if (input.frameOut < input.frameIn) {
      throw badInput(
        'input.frameOut',
        `frameOut ${input.frameOut} is before frameIn ${input.frameIn}; the range is inclusive.`,
      );
    }
    return this.db.transaction(async (manager) => {
      if (!(await this.productions.findById(input.productionId, manager)))
        throw notFound('production', input.productionId);
      if (input.episodeId) {
        const episode = await this.episodes.findById(input.episodeId, manager);
        if (!episode || episode.productionId !== input.productionId) {
          throw badInput(
            'input.episodeId',
            'That episode is not part of this production; pick one of its own episodes.',
          );
        }
      }
      if ((await this.shots.byCodes(input.productionId, [input.code], manager)).length > 0) {
        throw conflict(
          `Shot ${input.code} exists already in this production; shot codes are unique within a production.`,
        );
      }
      const [shot] = await this.shots.insertMany(
        input.productionId,
        [
          {
            episodeId: input.episodeId ?? null,
            code: input.code,
            sequence: input.sequence,
            frameIn: input.frameIn,
            frameOut: input.frameOut,
            frameCount: input.frameOut - input.frameIn + 1,
            fps: input.fps,
            description: input.description,
            performerLikeness: input.performerLikeness,
            performerName: input.performerName ?? null,
          },
        ],
        actorId,
        manager,
      );
      await this.audit.append(manager, {
        actor: actorId,
        action: 'shot.create',
        subjectType: 'shot',
        subjectId: shot.id,
        productionId: shot.productionId,
        payload: { before: null, after: { ...shot } },
      });
      return shot;
    });
  }

  /** Changes the fields given; a new code must be free in the production, the frames stay in order. */
  update(id: string, input: UpdateShotInput, actorId: string): Promise<ShotRow> {
    return this.db.transaction(async (manager) => {
      const before = await this.shots.findForUpdate(id, manager);
      if (!before) throw notFound('shot', id);
      // A null for a field that cannot be empty means "leave it"; only the performer's name clears.
      const changes: ShotChanges = Object.fromEntries(
        Object.entries(input).filter(
          ([key, v]) => v !== undefined && (v !== null || key === 'performerName'),
        ),
      );
      // Nothing to change is no change: no write, no audit event saying nothing.
      if (Object.keys(changes).length === 0) return before;
      const frameIn = changes.frameIn ?? before.frameIn;
      const frameOut = changes.frameOut ?? before.frameOut;
      if (frameOut < frameIn) {
        throw badInput(
          changes.frameOut !== undefined ? 'input.frameOut' : 'input.frameIn',
          `frameOut ${frameOut} is before frameIn ${frameIn}; the range is inclusive.`,
        );
      }
      if (changes.frameIn !== undefined || changes.frameOut !== undefined)
        changes.frameCount = frameOut - frameIn + 1;
      if (changes.code !== undefined && changes.code !== before.code) {
        if ((await this.shots.byCodes(before.productionId, [changes.code], manager)).length > 0) {
          throw conflict(
            `Shot ${changes.code} exists already in this production; pick another code (codes are unique within a production).`,
          );
        }
      }
      const after = await this.shots.update(id, changes, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'shot.update',
        subjectType: 'shot',
        subjectId: id,
        productionId: before.productionId,
        payload: { before: { ...before }, after: { ...after } },
      });
      return after;
    });
  }
}
