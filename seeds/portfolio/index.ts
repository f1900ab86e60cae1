// The demo portfolio (the defaults of docs/design.md, "The numbers"; issue 3): three productions with rate cards,
// compute prices, FX, task types and bids, about 500 tasks over 2025-Q3..2026-Q4, time entries of
// every kind, external AI cost lines and closed months. Deterministic; loads in one transaction.
import { EntityManager } from 'typeorm';
import { DEMO_PRODUCTIONS } from '../demo/productions';
import { closedMonths } from './calendar';
import { COMPUTE_EFFECTIVE_FROM, COMPUTE_RATES } from './compute-rates';
import { FX, usdPerUnit } from './fx-rates';
import { generatePortfolio, templateId } from './generate';
import { demoId } from './ids';
import { insertRows } from './insert';
import { ROLES } from './labour-roles';
import { RATE_CARDS, RATE_CARDS_EFFECTIVE_FROM } from './rate-cards';
import { SCENARIOS } from './scenarios';
import { TASK_TYPES, threePoint } from './task-types';

export { PORTFOLIO } from '../demo/productions';

const roleId = (code: string) => demoId(`labour_role:${code}`);

/** Loads the portfolio; call inside seedDemo's transaction, after the productions are in. */
export async function seedPortfolio(manager: EntityManager): Promise<void> {
  const productionRows: Array<{ id: string; code: string }> = await manager.query(
    `SELECT id, code FROM production WHERE code = ANY($1::text[])`,
    [DEMO_PRODUCTIONS.map((p) => p.code)],
  );
  const productionId = new Map(productionRows.map((p) => [p.code, p.id]));
  for (const p of DEMO_PRODUCTIONS) {
    await manager.query(`UPDATE production SET reporting_currency = $2 WHERE code = $1`, [
      p.code,
      p.reportingCurrency,
    ]);
  }
  await seedReferenceData(manager, productionId);
  await seedBreakdowns(manager, productionId);
  await insertRows(
    manager,
    'period_lock',
    ['production_id', 'month'],
    DEMO_PRODUCTIONS.flatMap((p) =>
      closedMonths(p.startDate).map((month) => [productionId.get(p.code), month]),
    ),
  );
  await insertRows(
    manager,
    'scenario',
    ['id', 'production_id', 'name', 'assumptions'],
    SCENARIOS.map((s) => [
      demoId(`scenario:${s.production}:${s.name}`),
      productionId.get(s.production),
      s.name,
      JSON.stringify(s.assumptions),
    ]),
  );
}

async function seedReferenceData(manager: EntityManager, productionId: Map<string, string>): Promise<void> {
  await insertRows(
    manager,
    'labour_role',
    ['id', 'code', 'name', 'department', 'soc_code', 'union_local'],
    ROLES.map((r) => [roleId(r.code), r.code, r.name, r.department, r.socCode, r.unionLocal]),
  );
  await insertRows(
    manager,
    'rate_card',
    [
      'id',
      'production_id',
      'name',
      'currency',
      'effective_from',
      'hours_per_day',
      'fte_hours_per_year',
      'source',
    ],
    RATE_CARDS.map((c) => [
      demoId(`rate_card:${c.name}`),
      c.productionCode ? productionId.get(c.productionCode) : null,
      c.name,
      c.currency,
      RATE_CARDS_EFFECTIVE_FROM,
      c.hoursPerDay,
      c.fteHoursPerYear,
      c.source,
    ]),
  );
  await insertRows(
    manager,
    'rate_card_line',
    ['rate_card_id', 'labour_role_id', 'hourly_rate_minor', 'fringe_percent', 'flat_fringe_minor', 'source'],
    RATE_CARDS.flatMap((c) =>
      c.lines.map((l) => [
        demoId(`rate_card:${c.name}`),
        roleId(l.roleCode),
        l.hourlyMinor,
        l.fringePercent,
        l.flatFringeMinor,
        l.source,
      ]),
    ),
  );
  await insertRows(
    manager,
    'compute_rate',
    ['device_class', 'currency', 'price_per_hour_minor', 'watts', 'effective_from', 'source'],
    COMPUTE_RATES.map((r) => [r.deviceClass, 'USD', r.cents, r.watts, COMPUTE_EFFECTIVE_FROM, r.source]),
  );
  await insertRows(
    manager,
    'fx_rate',
    ['currency', 'reporting_currency', 'quarter', 'rate', 'source'],
    Object.entries(FX).flatMap(([currency, rates]) =>
      rates.map((r) => [currency, 'USD', r.quarter, usdPerUnit(r), r.source]),
    ),
  );
  await insertRows(
    manager,
    'task_type',
    ['code', 'name', 'baseline_role_id', 'default_ai_category'],
    TASK_TYPES.map((t) => [t.code, t.name, roleId(t.baselineRole), t.defaultAiCategory]),
  );
  await insertRows(
    manager,
    'bid_template',
    [
      'id',
      'task_type_code',
      'name',
      'unit',
      'complexity',
      'optimistic',
      'most_likely',
      'pessimistic',
      'source',
    ],
    TASK_TYPES.flatMap((t) =>
      [1, 2, 3, 4, 5].map((c) => {
        const e = threePoint(t, c);
        return [
          templateId(t.code, c),
          t.code,
          'Standard',
          t.unit,
          c,
          e.optimistic,
          e.mostLikely,
          e.pessimistic,
          t.source,
        ];
      }),
    ),
  );
}

async function seedBreakdowns(manager: EntityManager, productionId: Map<string, string>): Promise<void> {
  const p = generatePortfolio();
  const pid = (code: string) => productionId.get(code);
  // As-of reports count only what was recorded by the day (docs/reports.md): the breakdown was
  // there when the production started, and each time entry was logged on the evening of its work day.
  const started = new Map<string, string>(DEMO_PRODUCTIONS.map((d) => [d.code, `${d.startDate}T00:00:00Z`]));
  await insertRows(
    manager,
    'episode',
    ['id', 'production_id', 'number', 'title'],
    p.episodes.map((e) => [e.id, pid(e.production), e.number, e.title]),
  );
  await insertRows(
    manager,
    'shot',
    [
      'id',
      'production_id',
      'episode_id',
      'code',
      'sequence',
      'frame_in',
      'frame_out',
      'frame_count',
      'fps',
      'description',
      'performer_likeness',
      'performer_name',
    ],
    p.shots.map((s) => [
      s.id,
      pid(s.production),
      s.episodeId,
      s.code,
      s.sequence,
      s.frameIn,
      s.frameOut,
      s.frameCount,
      s.fps,
      s.description,
      s.performerLikeness,
      s.performerName,
    ]),
  );
  await insertRows(
    manager,
    'task',
    [
      'id',
      'production_id',
      'shot_id',
      'task_type_code',
      'bid_template_id',
      'complexity',
      'path',
      'status',
      'planned_ai_review_hours',
      'likeness_kind',
      'performer_name',
      'in_final_deliverable',
      'ai_forbidden',
      'created_at',
    ],
    p.tasks.map((t) => [
      t.id,
      pid(t.production),
      t.shotId,
      t.type,
      t.templateId,
      t.complexity,
      t.path,
      t.status,
      t.plannedReviewHours,
      t.likenessKind,
      t.performerName,
      t.inFinalDeliverable,
      t.aiForbidden,
      started.get(t.production),
    ]),
  );
  await insertRows(
    manager,
    'time_entry',
    ['task_id', 'person', 'labour_role_id', 'work_date', 'minutes', 'kind', 'note', 'created_at'],
    p.entries.map((e) => [
      e.taskId,
      e.person,
      roleId(e.roleCode),
      e.workDate,
      e.minutes,
      e.kind,
      e.note,
      `${e.workDate}T18:00:00Z`,
    ]),
  );
  await insertRows(
    manager,
    'ai_run',
    [
      'id',
      'task_id',
      'source',
      'external_ref',
      'model_label',
      'device_class',
      'wall_ms',
      'frames',
      'finished_at',
      'currency',
      'compute_cost_minor',
    ],
    p.aiRuns.map((r) => [
      r.id,
      r.taskId,
      'EXTERNAL',
      r.externalRef,
      r.modelLabel,
      r.deviceClass,
      r.wallMs,
      r.frames,
      r.finishedAt,
      r.currency,
      r.computeCostMinor,
    ]),
  );
}
