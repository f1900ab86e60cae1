import { frontierFromData, frontierTasks, type Frontier } from '@frameledger/analytics';
import type { ReportPool } from '../pool/report-pool';
import type { PlanContext } from './plan-context.service';

/**
 * The frontier of a production's plan, from what is spent (a DONE or worked-on task stays on its
 * path): one rule, so planFrontier's indexes are the ones adoption reads. The merge runs on a
 * report thread; its plain arrays come back and answer each point's choices here.
 */
export const frontierOf = async (pool: ReportPool, c: PlanContext): Promise<Frontier> =>
  frontierFromData(await pool.run('frontier', frontierTasks(c, c.assumptions)));
