import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { EpisodesRepository } from '../episodes/episodes.repository';
import { ProductionsRepository } from '../productions.repository';
import { byKey } from '../../platform/graphql/request-loader';
import { CreateShotInput, ShotFilterArgs } from './shot.types';
import { ShotRow, ShotsRepository } from './shots.repository';

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
}
