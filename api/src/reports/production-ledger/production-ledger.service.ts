import { Injectable } from '@nestjs/common';
import {
  AiRun,
  convertMoney,
  FxTable,
  money,
  Money,
  quarterOf,
  taskAsOf,
  RateCard,
  ThreePointHours,
  TimeEntry,
} from '@frameledger/analytics';
import { notFound } from '../../common/errors';
import { Pricing, PricingService } from '../pricing/pricing';
import { ProductionLedgerRepository, ProductionRow, TaskRow } from './production-ledger.repository';
import { taskBid } from './task-bid';

/** One production's tasks, time entries and AI runs, in the analytics library's shapes, priced in its rate card's currency. */
export interface ProductionLedger {
  production: ProductionRow;
  pricing: Pricing;
  rateCard: RateCard;
  tasks: TaskRow[];
  bids: Map<string, ThreePointHours | null>;
  /** With when each was logged: an as-of counts an entry only once it was (late-logged work appears from that day). */
  timeEntries: Array<TimeEntry & { recordedAt: string }>;
  /**
   * Compute cost converted into the rate card's currency at the quarter the run finished;
   * `bookedIn` is the currency the run was costed in, so a report can show the rate it used.
   */
  aiRuns: Array<
    AiRun & {
      id: string;
      finishedAt: string;
      licenceFee: Money;
      bookedIn: string;
      /** Compute as the run was costed, before conversion. */
      bookedCompute: Money;
      jobId: string | null;
    }
  >;
  /** The rates that converted the runs booked in another currency, into the rate card's. */
  fx: FxTable;
  /** Shot and task type name of each task, for labels ("SIGN010 On-screen text localization"). */
  names: Map<string, string>;
  /** Each labour role's name by its code, for working lines that name roles by code. */
  roleNames: Map<string, string>;
}

@Injectable()
export class ProductionLedgerService {
  constructor(
    private readonly repository: ProductionLedgerRepository,
    private readonly pricing: PricingService,
  ) {}

  /**
   * One production's records. With `asOf` (YYYY-MM-DD), each task's status and path are as they
   * stood at the end of that day (analytics' taskAsOf over the audit log's changes since), tasks
   * created after it (and after the production's start) are left out, and the rate card is the one
   * in effect on it.
   */
  async load(productionId: string, asOf?: string): Promise<ProductionLedger> {
    const production = await this.repository.production(productionId);
    if (!production) throw notFound('production', productionId);
    const [pricing, current, entries, runs, histories] = await Promise.all([
      this.pricing.forProductions([productionId], asOf),
      this.repository.tasks(productionId, asOf),
      this.repository.entries(productionId),
      this.repository.runs(productionId),
      asOf === undefined ? [] : this.repository.histories(productionId, asOf),
    ]);
    const history = new Map(histories.map((h) => [h.taskId, h]));
    const tasks =
      asOf === undefined
        ? current
        : current.map((t) => {
            const h = history.get(t.id);
            const then = taskAsOf(
              {
                status: t.status,
                path: t.path,
                statusBefore: h?.statusBefore ?? undefined,
                pathBefore: h?.pathBefore ?? undefined,
                lastWorkDay: h?.lastWorkDay ?? undefined,
              },
              asOf,
              production.startDate,
            );
            return { ...t, ...then };
          });
    const rateCard = pricing.card(productionId);
    const day = pricing.bidDays().get(productionId) as string;
    const foreign = runs.filter((r) => r.currency !== rateCard.currency);
    const fx = await this.pricing.fxTable(rateCard.currency, [
      ...new Set(foreign.map((r) => quarterOf(r.finishedAt))),
    ]);
    const inCard = (minor: string, currency: string, finishedAt: string, table: FxTable) =>
      convertMoney(money(minor, currency), quarterOf(finishedAt), table);
    return {
      production,
      pricing,
      rateCard,
      fx,
      tasks,
      bids: new Map(tasks.map((t) => [t.id, taskBid(t, day)])),
      timeEntries: entries.map((e) => ({
        id: e.id,
        taskId: e.taskId,
        role: pricing.role(e.roleId).code,
        kind: e.kind,
        workDate: e.workDate,
        minutes: e.minutes,
        recordedAt: e.recordedAt,
      })),
      aiRuns: runs.map((r) => ({
        id: r.id,
        taskId: r.taskId,
        wallMs: Number(r.wallMs),
        finishedAt: r.finishedAt,
        computeCost: inCard(r.computeMinor, r.currency, r.finishedAt, fx),
        // Exact only in its own currency: a converted run is rounded when it is converted.
        ...(r.currency === rateCard.currency ? { computeCostExact: BigInt(r.computeExact) } : {}),
        // Shown as it was set, in its own currency: the amount beside it is converted, the rate is not.
        computeRate: r.rateMinor === null ? undefined : money(r.rateMinor, r.rateCurrency as string),
        licenceFee: inCard(r.licenceMinor, r.currency, r.finishedAt, fx),
        bookedIn: r.currency,
        bookedCompute: money(r.computeMinor, r.currency),
        jobId: r.jobId,
      })),
      names: new Map(tasks.map((t) => [t.id, `${t.shotCode} ${pricing.taskTypeName(t.taskTypeCode)}`])),
      roleNames: new Map([...pricing.roles.values()].map((r) => [r.code, r.name])),
    };
  }
}
