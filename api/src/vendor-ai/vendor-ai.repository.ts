import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isoTime } from '../database/sql';
import { dataTermsSql, ToolDataTerms, UNKNOWN_TERMS } from '../inference/registry/data-terms';
import { C2paStatus } from './c2pa-status';
import {
  RegisterVendorToolInput,
  VendorPlanInput,
  VendorPriceInput,
  VendorToolType,
  VendorUnit,
} from './vendor-ai.types';

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

const TOOL = `t.id, t.vendor, t.name, t.licence, t.training_data AS "trainingData", t.training_data_notes AS "trainingDataNotes",
  ${dataTermsSql('t')} AS "dataTerms",
  coalesce((SELECT array_agg(a.production_id ORDER BY a.production_id) FROM vendor_tool_approval a WHERE a.tool_id = t.id), '{}') AS "approvedProductionIds"`;

export interface PlanRow {
  id: string;
  toolId: string;
  name: string;
  currency: string;
  monthlyFeeMinor: string;
  monthlyCredits: string;
  overagePerCreditMinor: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}
const PLAN = `id, tool_id AS "toolId", name, currency, monthly_fee_minor::text AS "monthlyFeeMinor",
  monthly_credits::text AS "monthlyCredits", overage_per_credit_minor::text AS "overagePerCreditMinor",
  ${day('effective_from')} AS "effectiveFrom", ${day('effective_to')} AS "effectiveTo"`;

export interface PriceRow {
  id: string;
  toolId: string;
  unit: VendorUnit;
  currency: string;
  pricePerUnitMinor: string | null;
  planId: string | null;
  creditsPerUnit: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
}
const PRICE = `p.id, p.tool_id AS "toolId", p.unit, p.currency, p.price_per_unit_minor::text AS "pricePerUnitMinor",
  p.plan_id AS "planId", p.credits_per_unit::text AS "creditsPerUnit", ${day('p.effective_from')} AS "effectiveFrom",
  ${day('p.effective_to')} AS "effectiveTo"`;

export interface TaskForRun {
  id: string;
  productionId: string;
  productionCode: string;
  shotCode: string;
  taskTypeCode: string;
  aiForbidden: boolean;
}

export interface NewRun {
  taskId: string;
  toolId: string;
  modelId: string | null;
  modelLabel: string;
  startedAt: string;
  finishedAt: string;
  wallMs: number;
  unit: VendorUnit;
  quantity: string;
  credits: string | null;
  priceId: string;
  currency: string;
  costMinor: bigint;
  invoiceRef: string;
  operator: string;
}

export interface RunRow {
  id: string;
  taskId: string;
  toolId: string;
  tool: string;
  modelLabel: string;
  modelId: string | null;
  startedAt: string;
  finishedAt: string;
  usageUnit: VendorUnit;
  usageQuantity: string;
  credits: string | null;
  priceId: string;
  invoiceRef: string;
  operator: string;
  currency: string;
  costMinor: string;
}

export interface OutputRow {
  runId: string;
  fileId: string;
  sha256: string;
  originalName: string;
  c2paStatus: C2paStatus;
  c2paDetail: string;
}

/** SQL of vendor tools, their price lists and plans, and the EXTERNAL runs they price (ai_run). */
@Injectable()
export class VendorAiRepository {
  constructor(private readonly db: DataSource) {}

  /** The new tool's id; undefined when the vendor already has a tool of that name. */
  async insertTool(
    input: RegisterVendorToolInput,
    actorId: string,
    manager: EntityManager,
  ): Promise<string | undefined> {
    const terms = input.dataTerms ?? UNKNOWN_TERMS;
    const rows = await manager.query(
      `INSERT INTO vendor_tool (vendor, name, licence, training_data, training_data_notes, created_by, trains_on_inputs,
         retention_days, enterprise_agreement)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (vendor, name) DO NOTHING RETURNING id`,
      [
        input.vendor,
        input.name,
        input.licence,
        input.trainingData,
        input.trainingDataNotes,
        actorId,
        terms.trainsOnInputs,
        terms.retentionDays,
        terms.enterpriseAgreement,
      ],
    );
    return rows[0]?.id;
  }

  async setToolDataTerms(toolId: string, terms: ToolDataTerms, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE vendor_tool SET trains_on_inputs = $2, retention_days = $3, enterprise_agreement = $4 WHERE id = $1`,
      [toolId, terms.trainsOnInputs, terms.retentionDays, terms.enterpriseAgreement],
    );
  }

  async tool(
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<VendorToolType | undefined> {
    const rows = await manager.query(
      `SELECT ${TOOL} FROM vendor_tool t WHERE t.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0];
  }

  tools(): Promise<VendorToolType[]> {
    return this.db.query(`SELECT ${TOOL} FROM vendor_tool t ORDER BY t.vendor, t.name`);
  }

  async approve(
    toolId: string,
    productionId: string,
    actorId: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO vendor_tool_approval (tool_id, production_id, approved_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING tool_id`,
      [toolId, productionId, actorId],
    );
    return rows.length > 0;
  }

  async insertPlan(input: VendorPlanInput, actorId: string, manager: EntityManager): Promise<PlanRow> {
    const [row] = await manager.query(
      `INSERT INTO vendor_plan (tool_id, name, currency, monthly_fee_minor, monthly_credits, overage_per_credit_minor,
         effective_from, effective_to, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${PLAN}`,
      [
        input.toolId,
        input.name,
        input.currency,
        input.monthlyFeeMinor.toString(),
        input.monthlyCredits,
        input.overagePerCreditMinor,
        input.effectiveFrom,
        input.effectiveTo ?? null,
        actorId,
      ],
    );
    return row;
  }

  async plan(
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<PlanRow | undefined> {
    const rows = await manager.query(
      `SELECT ${PLAN} FROM vendor_plan WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0];
  }

  plans(toolId: string | null): Promise<PlanRow[]> {
    return this.db.query(
      `SELECT ${PLAN} FROM vendor_plan WHERE $1::uuid IS NULL OR tool_id = $1 ORDER BY tool_id, effective_from`,
      [toolId],
    );
  }

  /** Lines of the tool and unit whose dates meet [from, to) (null to: open-ended). */
  overlapping(
    toolId: string,
    unit: VendorUnit,
    from: string,
    to: string | null,
    manager: EntityManager,
  ): Promise<PriceRow[]> {
    return manager.query(
      `SELECT ${PRICE} FROM vendor_price p WHERE p.tool_id = $1 AND p.unit = $2
         AND daterange(p.effective_from, p.effective_to) && daterange($3::date, $4::date) ORDER BY p.effective_from`,
      [toolId, unit, from, to],
    );
  }

  async insertPrice(
    input: VendorPriceInput,
    currency: string,
    actorId: string,
    manager: EntityManager,
  ): Promise<PriceRow> {
    const [{ id }] = await manager.query(
      `INSERT INTO vendor_price (tool_id, unit, currency, price_per_unit_minor, plan_id, credits_per_unit, effective_from, effective_to, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        input.toolId,
        input.unit,
        currency,
        input.pricePerUnitMinor ?? null,
        input.planId ?? null,
        input.creditsPerUnit ?? null,
        input.effectiveFrom,
        input.effectiveTo ?? null,
        actorId,
      ],
    );
    return (await this.price(id, manager))!;
  }

  async price(id: string, manager: EntityManager = this.db.manager): Promise<PriceRow | undefined> {
    const rows = await manager.query(`SELECT ${PRICE} FROM vendor_price p WHERE p.id = $1`, [id]);
    return rows[0];
  }

  prices(toolId: string | null): Promise<PriceRow[]> {
    return this.db.query(
      `SELECT ${PRICE} FROM vendor_price p WHERE $1::uuid IS NULL OR p.tool_id = $1 ORDER BY p.tool_id, p.unit, p.effective_from`,
      [toolId],
    );
  }

  /** The tool's line for a unit in effect on a day (UTC). */
  async priceInEffect(
    toolId: string,
    unit: VendorUnit,
    onDay: string,
    manager: EntityManager,
  ): Promise<PriceRow | undefined> {
    const rows = await manager.query(
      `SELECT ${PRICE} FROM vendor_price p WHERE p.tool_id = $1 AND p.unit = $2
         AND p.effective_from <= $3::date AND (p.effective_to IS NULL OR p.effective_to > $3::date)`,
      [toolId, unit, onDay],
    );
    return rows[0];
  }

  async taskForRun(taskId: string, manager: EntityManager): Promise<TaskForRun | undefined> {
    const rows = await manager.query(
      `SELECT t.id, t.production_id AS "productionId", p.code AS "productionCode", s.code AS "shotCode",
         t.task_type_code AS "taskTypeCode", t.ai_forbidden AS "aiForbidden"
       FROM task t JOIN production p ON p.id = t.production_id JOIN shot s ON s.id = t.shot_id WHERE t.id = $1 FOR SHARE OF t`,
      [taskId],
    );
    return rows[0];
  }

  async insertRun(run: NewRun, actorId: string, manager: EntityManager): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO ai_run (task_id, source, external_ref, model_id, model_label, device_class, wall_ms, frames, finished_at,
         currency, compute_cost_minor, created_by, vendor_tool_id, vendor_price_id, started_at, usage_unit, usage_quantity,
         credits, operator)
       VALUES ($1, 'EXTERNAL', $2, $3, $4, 'VENDOR', $5, 0, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        run.taskId,
        run.invoiceRef,
        run.modelId,
        run.modelLabel,
        run.wallMs,
        run.finishedAt,
        run.currency,
        run.costMinor.toString(),
        actorId,
        run.toolId,
        run.priceId,
        run.startedAt,
        run.unit,
        run.quantity,
        run.credits,
        run.operator,
      ],
    );
    return id;
  }

  /** A plan's runs finished in the UTC month of `at`, in finish order: the runs its bill is spread over. */
  planMonthRuns(
    planId: string,
    at: string,
    manager: EntityManager,
  ): Promise<Array<{ id: string; credits: string; costMinor: string }>> {
    return manager.query(
      `SELECT r.id, r.credits::text AS credits, r.compute_cost_minor::text AS "costMinor"
       FROM ai_run r JOIN vendor_price p ON p.id = r.vendor_price_id
       WHERE p.plan_id = $1 AND date_trunc('month', r.finished_at AT TIME ZONE 'UTC') = date_trunc('month', $2::timestamptz AT TIME ZONE 'UTC')
       ORDER BY r.finished_at, r.id FOR UPDATE OF r`,
      [planId, at],
    );
  }

  async setCosts(
    costs: ReadonlyArray<{ id: string; costMinor: bigint }>,
    manager: EntityManager,
  ): Promise<void> {
    if (costs.length === 0) return;
    await manager.query(
      `UPDATE ai_run r SET compute_cost_minor = c.cost FROM unnest($1::uuid[], $2::bigint[]) AS c(id, cost) WHERE r.id = c.id`,
      [costs.map((c) => c.id), costs.map((c) => c.costMinor.toString())],
    );
  }

  async insertOutputs(
    runId: string,
    outputs: ReadonlyArray<{ fileId: string; status: C2paStatus; detail: string }>,
    manager: EntityManager,
  ): Promise<void> {
    if (outputs.length === 0) return;
    await manager.query(
      `INSERT INTO ai_run_output (ai_run_id, file_id, c2pa_status, c2pa_detail)
       SELECT $1, f, s, d FROM unnest($2::uuid[], $3::text[], $4::text[]) AS x(f, s, d)`,
      [runId, outputs.map((o) => o.fileId), outputs.map((o) => o.status), outputs.map((o) => o.detail)],
    );
  }

  runs(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<RunRow[]> {
    return manager.query(
      `SELECT r.id, r.task_id AS "taskId", r.vendor_tool_id AS "toolId", vt.vendor || ' ' || vt.name AS tool,
         r.model_label AS "modelLabel", r.model_id AS "modelId", ${isoTime('r.started_at')} AS "startedAt",
         ${isoTime('r.finished_at')} AS "finishedAt", r.usage_unit AS "usageUnit", r.usage_quantity::text AS "usageQuantity",
         r.credits::text AS credits, r.vendor_price_id AS "priceId", r.external_ref AS "invoiceRef", r.operator,
         r.currency, r.compute_cost_minor::text AS "costMinor"
       FROM ai_run r JOIN vendor_tool vt ON vt.id = r.vendor_tool_id WHERE r.id = ANY($1::uuid[]) ORDER BY r.finished_at, r.id`,
      [ids],
    );
  }

  outputs(runIds: readonly string[], manager: EntityManager = this.db.manager): Promise<OutputRow[]> {
    return manager.query(
      `SELECT o.ai_run_id AS "runId", o.file_id AS "fileId", f.sha256, f.original_name AS "originalName",
         o.c2pa_status AS "c2paStatus", o.c2pa_detail AS "c2paDetail"
       FROM ai_run_output o JOIN stored_file f ON f.id = o.file_id WHERE o.ai_run_id = ANY($1::uuid[]) ORDER BY f.original_name, f.sha256`,
      [runIds],
    );
  }

  /** The tasks' external runs, newest first (the task page lists them). */
  async runIdsOfTask(taskId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM ai_run WHERE task_id = $1 AND vendor_tool_id IS NOT NULL ORDER BY finished_at DESC, id`,
      [taskId],
    );
    return rows.map((r) => r.id);
  }
}
