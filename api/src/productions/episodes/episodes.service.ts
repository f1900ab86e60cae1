import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { ProductionsRepository } from '../productions.repository';
import { byKey } from '../../platform/graphql/request-loader';
import { CreateEpisodeInput, EpisodeType } from './episode.types';
import { EpisodesRepository } from './episodes.repository';

@Injectable()
export class EpisodesService {
  constructor(
    private readonly db: DataSource,
    private readonly episodes: EpisodesRepository,
    private readonly productions: ProductionsRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(productionId: string, first: number, after?: string): Promise<Page<EpisodeType>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.episodes.list(productionId, offset, first);
    return toPage(rows, offset, first, total);
  }

  /** Episodes by id; Shot.episode batches these per request. */
  async byIds(ids: readonly string[]): Promise<Map<string, EpisodeType>> {
    return byKey(await this.episodes.byIds(ids), (e) => e.id);
  }

  create(input: CreateEpisodeInput, actorId: string): Promise<EpisodeType> {
    return this.db.transaction(async (manager) => {
      if (!(await this.productions.findById(input.productionId, manager)))
        throw notFound('production', input.productionId);
      const [episode] = await this.episodes.insertMissing(input.productionId, [input], actorId, manager);
      if (!episode)
        throw conflict(`Episode ${input.number} exists already in this production; pick another number.`);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'episode.create',
        subjectType: 'episode',
        subjectId: episode.id,
        productionId: input.productionId,
        payload: { before: null, after: { ...episode } },
      });
      return episode;
    });
  }
}
