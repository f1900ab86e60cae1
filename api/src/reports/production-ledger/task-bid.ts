import { bidFromStoredTemplate, type ThreePointHours } from '@frameledger/analytics';
import type { TaskRow } from './production-ledger.repository';

/** A task's three-point bid hours, exact, by the analytics rule for a stored bid; null for a task with no bid. */
export const taskBid = (task: TaskRow, hoursPerDay: string): ThreePointHours | null =>
  bidFromStoredTemplate(task, hoursPerDay)?.hours ?? null;
