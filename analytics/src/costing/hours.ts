import { AnalyticsInputError } from '../errors';
import { add, makeRatio, ZERO, type Ratio } from '../exact/ratio';
import type { AiRun, TimeEntry } from '../ledger';
import type { TimeEntryKind } from '../vocabulary';

/** Logged minutes as exact hours; a reversing entry (a closed month's correction) has negative minutes. */
export function entryHours(entry: TimeEntry, field = 'timeEntries'): Ratio {
  if (!Number.isSafeInteger(entry.minutes)) {
    throw new AnalyticsInputError(`${field}.minutes`, `${entry.minutes} is not a whole number of minutes.`);
  }
  return makeRatio(BigInt(entry.minutes), 60n);
}

/** Hours by role, counting only entries of the given kinds (all kinds when omitted). */
export function hoursByRole(
  entries: readonly TimeEntry[],
  kinds?: readonly TimeEntryKind[],
): Map<string, Ratio> {
  const byRole = new Map<string, Ratio>();
  for (const e of entries) {
    if (kinds && !kinds.includes(e.kind)) continue;
    byRole.set(e.role, add(byRole.get(e.role) ?? ZERO, entryHours(e)));
  }
  return byRole;
}

/** AI machine hours M(t): the sum of job wall times. */
export function machineHours(runs: readonly AiRun[]): Ratio {
  let ms = 0n;
  for (const r of runs) {
    if (!Number.isSafeInteger(r.wallMs) || r.wallMs < 0) {
      throw new AnalyticsInputError(
        'aiRuns.wallMs',
        `${r.wallMs} is not a whole number of milliseconds; give 0 or more.`,
      );
    }
    ms += BigInt(r.wallMs);
  }
  return makeRatio(ms, 3_600_000n);
}

/** Groups records by task id once, so reports over many tasks stay linear. */
export function byTask<T extends { taskId: string }>(records: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const r of records) {
    const list = grouped.get(r.taskId);
    if (list) list.push(r);
    else grouped.set(r.taskId, [r]);
  }
  return grouped;
}
