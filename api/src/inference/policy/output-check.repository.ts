import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { OutputCheck } from './output-check.types';

@Injectable()
export class OutputCheckRepository {
  /** The production's policy, locked for the caller's transaction; undefined for an unknown production. */
  async lock(
    productionId: string,
    manager: EntityManager,
  ): Promise<{ policy: OutputCheck | null } | undefined> {
    const [row] = await manager.query(
      `SELECT inference_output_check AS policy FROM production WHERE id = $1 FOR UPDATE`,
      [productionId],
    );
    return row;
  }

  async set(productionId: string, policy: OutputCheck | null, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE production SET inference_output_check = $2 WHERE id = $1`, [
      productionId,
      policy,
    ]);
  }
}
