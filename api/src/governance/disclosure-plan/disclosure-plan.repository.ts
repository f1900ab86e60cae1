import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isoTime } from '../../database/sql';
import { EPISODE_LABEL } from '../disclosure-statement/statement.repository';
import type { DisclosurePlacement, DisclosurePlanType } from './disclosure-plan.types';

const PLAN = `d.id, d.production_id AS "productionId", d.episode_id AS "episodeId",
  coalesce(${EPISODE_LABEL}, p.code || ', whole production') AS deliverable, d.placements::text[] AS placements,
  d.how_told AS "howTold", d.first_exposure AS "firstExposure", ${isoTime('d.updated_at')} AS "updatedAt",
  u.email AS "updatedBy"`;
const PLAN_FROM = `disclosure_plan d JOIN production p ON p.id = d.production_id
  LEFT JOIN episode e ON e.id = d.episode_id LEFT JOIN app_user u ON u.id = d.updated_by`;

export interface NewPlan {
  productionId: string;
  episodeId: string | null;
  placements: DisclosurePlacement[];
  howTold: string;
  firstExposure: string;
}

/** SQL of the deliverables' disclosure plans (one per production or episode). */
@Injectable()
export class DisclosurePlanRepository {
  constructor(private readonly db: DataSource) {}

  /** A production's plans, the production-wide one first, then by episode number; with an episode, its plan and the production's. */
  plans(
    productionId: string,
    episodeId: string | null = null,
    manager: EntityManager = this.db.manager,
  ): Promise<DisclosurePlanType[]> {
    return manager.query(
      `SELECT ${PLAN} FROM ${PLAN_FROM}
        WHERE d.production_id = $1 AND ($2::uuid IS NULL OR d.episode_id IS NULL OR d.episode_id = $2)
        ORDER BY e.number NULLS FIRST`,
      [productionId, episodeId],
    );
  }

  async plan(
    productionId: string,
    episodeId: string | null,
    manager: EntityManager,
  ): Promise<DisclosurePlanType | undefined> {
    const [row] = await manager.query(
      `SELECT ${PLAN} FROM ${PLAN_FROM} WHERE d.production_id = $1 AND d.episode_id IS NOT DISTINCT FROM $2`,
      [productionId, episodeId],
    );
    return row;
  }

  async upsert(plan: NewPlan, actorId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO disclosure_plan (production_id, episode_id, placements, how_told, first_exposure, updated_by)
       VALUES ($1, $2, $3::disclosure_placement[], $4, $5, $6)
       ON CONFLICT (production_id, coalesce(episode_id, '00000000-0000-0000-0000-000000000000'::uuid))
       DO UPDATE SET placements = $3::disclosure_placement[], how_told = $4, first_exposure = $5, updated_by = $6,
         updated_at = now()`,
      [plan.productionId, plan.episodeId, plan.placements, plan.howTold, plan.firstExposure, actorId],
    );
  }

  async episodeProduction(episodeId: string, manager: EntityManager): Promise<string | undefined> {
    const [row] = await manager.query(`SELECT production_id AS "productionId" FROM episode WHERE id = $1`, [
      episodeId,
    ]);
    return row?.productionId;
  }
}
