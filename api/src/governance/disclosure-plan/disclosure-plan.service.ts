import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { ProductionsRepository } from '../../productions/productions.repository';
import { DisclosurePlanRepository } from './disclosure-plan.repository';
import { DisclosurePlanType, SetDisclosurePlanInput } from './disclosure-plan.types';

/** Records a deliverable's disclosure plan, replacing the one before (audited with before and after). */
@Injectable()
export class DisclosurePlanService {
  constructor(
    private readonly db: DataSource,
    private readonly repository: DisclosurePlanRepository,
    private readonly productions: ProductionsRepository,
    private readonly audit: AuditLog,
  ) {}

  async plans(productionId: string): Promise<DisclosurePlanType[]> {
    if (!(await this.productions.findById(productionId))) throw notFound('production', productionId);
    return this.repository.plans(productionId);
  }

  async set(input: SetDisclosurePlanInput, actorId: string): Promise<DisclosurePlanType> {
    const howTold = input.howTold.trim();
    const firstExposure = input.firstExposure.trim();
    if (!howTold) throw badInput('input.howTold', 'Say how the audience is told, in a sentence.');
    if (!firstExposure)
      throw badInput(
        'input.firstExposure',
        'Say when the audience is first told: no later than first exposure.',
      );
    const episodeId = input.episodeId ?? null;
    return this.db.transaction(async (manager) => {
      if (!(await this.productions.findById(input.productionId, manager)))
        throw notFound('production', input.productionId);
      if (episodeId) {
        const owner = await this.repository.episodeProduction(episodeId, manager);
        if (!owner) throw notFound('episode', episodeId);
        if (owner !== input.productionId)
          throw badInput(
            'input.episodeId',
            'That episode belongs to another production; give one of this production.',
          );
      }
      const before = await this.repository.plan(input.productionId, episodeId, manager);
      const placements = [...new Set(input.placements)];
      await this.repository.upsert(
        { productionId: input.productionId, episodeId, placements, howTold, firstExposure },
        actorId,
        manager,
      );
      const after = (await this.repository.plan(input.productionId, episodeId, manager))!;
      await this.audit.append(manager, {
        actor: actorId,
        action: 'disclosure_plan.set',
        subjectType: 'disclosure_plan',
        subjectId: after.id,
        productionId: input.productionId,
        payload: { before: before ? { ...before } : null, after: { ...after } },
      });
      return after;
    });
  }
}
