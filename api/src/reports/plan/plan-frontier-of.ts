import { frontierTasks, paretoFrontier, type Frontier } from '@frameledger/analytics';
import type { PlanContext } from './plan-context.service';

/**
 * The frontier of a production's plan, from what is spent (a DONE or worked-on task stays on its
 * path): one rule, so planFrontier's indexes are the ones adoption reads.
 */
export const frontierOf = (c: PlanContext): Frontier => paretoFrontier(frontierTasks(c, c.assumptions));
