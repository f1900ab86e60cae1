import { creditsFor, exactText, priceUsage, spreadPlanMonth } from '@frameledger/analytics';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../common/errors';
import { money } from '../platform/graphql/money-format';
import { PolicyGate } from '../governance/policy/policy-gate';
import { ModelsRepository } from '../inference/registry/models.repository';
import { AuditLog } from '../platform/audit/log/audit-log.service';
import { FILE_STORE, FileStore } from '../platform/files/file-store';
import { StoredFilesRepository } from '../platform/files/stored-files.repository';
import { readOutputCredentials } from './output-credentials';
import { PriceRow, RunRow, VendorAiRepository } from './vendor-ai.repository';
import { C2paStatus } from './c2pa-status';
import { ExternalAiRunType, RecordAiRunInput } from './vendor-ai.types';

/** A vendor's clock may run a little ahead of ours; a finish further ahead than this is a typo. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * recordAiRun: an AI run done in a vendor's tool enters the same run ledger (ai_run) as the
 * worker's jobs, with its vendor facts beside (docs/decisions/0014), so every report counts it.
 * A plan-priced run re-spreads its month's bill over the month's runs of that plan.
 */
@Injectable()
export class VendorRunsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: VendorAiRepository,
    private readonly models: ModelsRepository,
    private readonly files: StoredFilesRepository,
    @Inject(FILE_STORE) private readonly store: FileStore,
    private readonly policy: PolicyGate,
    private readonly audit: AuditLog,
  ) {}

  record(input: RecordAiRunInput, actorId: string): Promise<ExternalAiRunType> {
    return this.db.transaction(async (manager) => {
      const id = await this.recordIn(manager, input, actorId, 'input');
      return (await this.view([id], manager))[0];
    });
  }

  /** Checks, prices, gates and writes one run in the caller's transaction; `field` prefixes input errors. */
  async recordIn(
    manager: EntityManager,
    input: RecordAiRunInput,
    actorId: string,
    field: string,
  ): Promise<string> {
    const task = await this.repo.taskForRun(input.taskId, manager);
    if (!task) throw notFound('task', input.taskId);
    if (task.aiForbidden) {
      throw badInput(
        `${field}.taskId`,
        `AI is forbidden on ${task.shotCode} ${task.taskTypeCode} (its plan keeps it human); change the task's plan before recording AI work on it.`,
      );
    }
    const tool = await this.repo.tool(input.toolId, manager);
    if (!tool) throw notFound('vendor tool', input.toolId);
    const modelLabel = await this.modelLabel(input, field, manager);
    const { startedAt, finishedAt } = this.times(input, field);
    const price = await this.price(input, finishedAt, field, manager);
    const outputs = await this.outputs(input.outputFileIds, field, manager);

    await this.policy.checkExternalRun(manager, {
      taskId: task.id,
      modelId: input.modelId ?? null,
      toolId: tool.id,
      actorId,
      usedAt: startedAt,
    });

    const credits = price.planId ? exactText(creditsFor(input.usage.quantity, price.creditsPerUnit!)) : null;
    const id = await this.repo.insertRun(
      {
        taskId: task.id,
        toolId: tool.id,
        modelId: input.modelId ?? null,
        modelLabel,
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        wallMs: finishedAt.getTime() - startedAt.getTime(),
        unit: input.usage.unit,
        quantity: input.usage.quantity,
        credits,
        priceId: price.id,
        currency: price.currency,
        costMinor: price.planId
          ? 0n
          : priceUsage(input.usage.quantity, price.pricePerUnitMinor!, price.currency).amountMinor,
        invoiceRef: input.invoiceRef,
        operator: input.operator,
      },
      actorId,
      manager,
    );
    await this.repo.insertOutputs(id, outputs, manager);
    const respread = price.planId ? await this.respread(price.planId, finishedAt, id, manager) : [];
    const [after] = await this.view([id], manager);
    await this.audit.append(manager, {
      actor: actorId,
      action: 'ai_run.record',
      subjectType: 'ai_run',
      subjectId: id,
      productionId: task.productionId,
      payload: {
        before: null,
        after: {
          ...after,
          cost: { amountMinor: after.cost.amountMinor.toString(), currency: after.cost.currency },
          outputs: after.outputs.map((o) => ({
            fileId: o.fileId,
            sha256: o.sha256,
            c2paStatus: o.c2paStatus,
          })),
          planMonthRespread: respread,
        },
      },
    });
    return id;
  }

  async view(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<ExternalAiRunType[]> {
    // One after the other: inside a transaction both go over the same connection.
    const runs = await this.repo.runs(ids, manager);
    const outputs = await this.repo.outputs(ids, manager);
    return runs.map((r: RunRow) => ({
      ...r,
      cost: money(r.costMinor, r.currency),
      outputs: outputs.filter((o) => o.runId === r.id).map((o) => ({ ...o, url: `/files/${o.fileId}` })),
    }));
  }

  async ofTask(taskId: string): Promise<ExternalAiRunType[]> {
    return this.view(await this.repo.runIdsOfTask(taskId));
  }

  private async modelLabel(input: RecordAiRunInput, field: string, manager: EntityManager): Promise<string> {
    if (input.modelId) {
      const model = await this.models.findById(input.modelId, manager);
      if (!model) throw notFound('model', input.modelId);
      return `${model.name} ${model.version}`;
    }
    if (!input.modelName) {
      throw badInput(
        `${field}.modelName`,
        "Name the vendor's model (and its version), or give the registry model's id.",
      );
    }
    return input.modelVersion ? `${input.modelName} ${input.modelVersion}` : input.modelName;
  }

  private times(input: RecordAiRunInput, field: string): { startedAt: Date; finishedAt: Date } {
    const startedAt = new Date(input.startedAt);
    const finishedAt = new Date(input.finishedAt);
    if (finishedAt < startedAt) {
      throw badInput(
        `${field}.finishedAt`,
        `The run finished (${input.finishedAt}) before it started (${input.startedAt}); check the two times.`,
      );
    }
    if (finishedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      throw badInput(
        `${field}.finishedAt`,
        `The run finishes in the future (${input.finishedAt}); record a run once it has finished.`,
      );
    }
    return { startedAt, finishedAt };
  }

  /** The price list line: the one given, or the tool's line for the unit in effect on the finish day. */
  private async price(
    input: RecordAiRunInput,
    finishedAt: Date,
    field: string,
    manager: EntityManager,
  ): Promise<PriceRow> {
    const onDay = finishedAt.toISOString().slice(0, 10);
    const unit = input.usage.unit;
    const price = input.priceId
      ? await this.repo.price(input.priceId, manager)
      : await this.repo.priceInEffect(input.toolId, unit, onDay, manager);
    if (!price) {
      if (input.priceId) throw notFound('vendor price', input.priceId);
      throw badInput(
        `${field}.usage.unit`,
        `The tool has no price for ${unit} in effect on ${onDay}; add one with addVendorPrice first.`,
      );
    }
    const inEffect =
      price.effectiveFrom <= onDay && (price.effectiveTo === null || onDay < price.effectiveTo);
    if (price.toolId !== input.toolId || price.unit !== unit || !inEffect) {
      throw badInput(
        `${field}.priceId`,
        `Price ${price.id} is for ${price.unit} from ${price.effectiveFrom}${price.effectiveTo ? ` to ${price.effectiveTo}` : ''}${price.toolId !== input.toolId ? ' on another tool' : ''}; choose the tool's ${unit} price in effect on ${onDay}.`,
      );
    }
    if (price.planId) {
      const plan = (await this.repo.plan(price.planId, manager, true))!;
      if (plan.effectiveFrom > onDay || (plan.effectiveTo !== null && onDay >= plan.effectiveTo)) {
        throw badInput(
          `${field}.finishedAt`,
          `Plan ${plan.name} is not in effect on ${onDay}; record the run under the plan that was.`,
        );
      }
    }
    return price;
  }

  /** The output files with what their C2PA credentials say, read from the stored bytes (never the client's word). */
  private async outputs(fileIds: readonly string[], field: string, manager: EntityManager) {
    const read: Array<{ fileId: string; status: C2paStatus; detail: string }> = [];
    for (const fileId of new Set(fileIds)) {
      const file = await this.files.findById(fileId, manager);
      if (!file || file.kind !== 'RENDER') {
        throw badInput(
          `${field}.outputFileIds`,
          `No output file has the id ${fileId}; upload it to POST /files/vendor-ai/outputs first.`,
        );
      }
      const credentials = await readOutputCredentials(await this.store.read(file.sha256));
      read.push({ fileId, status: credentials.status, detail: credentials.detail });
    }
    return read;
  }

  /** Spreads the plan month's bill over its runs again; answers each run whose cost changed. */
  private async respread(planId: string, at: Date, newRunId: string, manager: EntityManager) {
    const plan = (await this.repo.plan(planId, manager))!;
    const runs = await this.repo.planMonthRuns(planId, at.toISOString(), manager);
    const { shares } = spreadPlanMonth(plan, runs);
    const changed = shares.flatMap((s, i) =>
      s.cost.amountMinor !== BigInt(runs[i].costMinor) || s.id === newRunId
        ? [{ id: s.id, before: runs[i].costMinor, costMinor: s.cost.amountMinor }]
        : [],
    );
    await this.repo.setCosts(changed, manager);
    return changed.map((c) => ({ runId: c.id, beforeMinor: c.before, afterMinor: c.costMinor.toString() }));
  }
}
