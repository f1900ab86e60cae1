import { EntityManager } from 'typeorm';
import { AuditLog } from '../../api/src/platform/audit/log/audit-log.service';
import { AuditLogRepository } from '../../api/src/platform/audit/log/audit-log.repository';
import type { FileStore } from '../../api/src/platform/files/file-store';
import { StoredFilesRepository } from '../../api/src/platform/files/stored-files.repository';
import { PolicyExceptionsRepository } from '../../api/src/governance/policy/policy-exceptions.repository';
import { PolicyFactsRepository } from '../../api/src/governance/policy/policy-facts.repository';
import { PolicyGate } from '../../api/src/governance/policy/policy-gate';
import { PolicySettingsRepository } from '../../api/src/governance/policy/policy-settings.repository';
import { ModelsRepository } from '../../api/src/inference/registry/models.repository';
import { VendorAiRepository } from '../../api/src/vendor-ai/vendor-ai.repository';
import { VendorRunsService } from '../../api/src/vendor-ai/vendor-runs.service';
import { TrainingDataKind } from '../../api/src/inference/registry/model.types';
import { TrainsOnInputs } from '../../api/src/inference/registry/data-terms';
import { VendorUnit } from '../../api/src/vendor-ai/vendor-ai.types';
import { PORTFOLIO } from './productions';

/** ARS per USD in 2026-Q4 (seeds/portfolio/fx-rates.ts): the plan's USD prices billed in ARS. */
const ARS_PER_USD = 1650;
/** The collapse shots whose FX (the building coming down) was generated in the vendor's tool. */
export const VENDOR_SHOTS = ['COL010', 'COL020', 'COL030', 'COL040', 'COL050', 'COL060'];

/**
 * How DERRUMBE's building collapse was really made: its FX shots generated in a vendor's
 * generative studio priced in credits (live-action replacement, 20 credits a second of footage,
 * on a 3,000-credit monthly plan of USD 99.00 with USD 0.02 a credit over, billed in ARS at the
 * quarter's rate), beside the pipeline's roto jobs. Recorded through recordAiRun's own service,
 * so each run is priced, checked by policy and audited as a planner's would be. Runs after the
 * governance seed, whose notices and consents the policy check reads.
 */
export async function seedVendorAi(manager: EntityManager, store: FileStore): Promise<void> {
  const db = manager.connection;
  const audit = new AuditLog(new AuditLogRepository(db));
  const repo = new VendorAiRepository(db);
  const runs = new VendorRunsService(
    db,
    repo,
    new ModelsRepository(db),
    new StoredFilesRepository(db),
    store,
    new PolicyGate(
      new PolicyFactsRepository(),
      new PolicySettingsRepository(db),
      new PolicyExceptionsRepository(db),
      audit,
    ),
    audit,
  );
  const [admin] = await manager.query(`SELECT id FROM app_user WHERE email = 'admin@frameledger.local'`);
  const [operator] = await manager.query(
    `SELECT id FROM app_user WHERE email = 'operator@frameledger.local'`,
  );
  const [production] = await manager.query(`SELECT id FROM production WHERE code = $1`, [PORTFOLIO.series]);
  const toolId = (await repo.insertTool(
    {
      vendor: 'Autodesk',
      name: 'Flow Studio',
      licence: 'Autodesk Flow Studio subscription terms (demo)',
      trainingData: TrainingDataKind.LICENSED,
      trainingDataNotes: "Vendor's declaration: trained on licensed and consented footage (demo).",
      // The studio's enterprise agreement (demo): no training on its inputs, nothing retained, so
      // Netflix's principles 2 and 3 stand as the production answers them.
      dataTerms: { trainsOnInputs: TrainsOnInputs.NO, retentionDays: 0, enterpriseAgreement: true },
    },
    admin.id,
    manager,
  ))!;
  await repo.approve(toolId, production.id, admin.id, manager);
  const plan = await repo.insertPlan(
    {
      toolId,
      name: 'Standard (USD 99.00, billed in ARS)',
      currency: 'ARS',
      monthlyFeeMinor: BigInt(9900 * ARS_PER_USD),
      monthlyCredits: '3000',
      overagePerCreditMinor: String(2 * ARS_PER_USD),
      effectiveFrom: '2026-01-01',
    },
    admin.id,
    manager,
  );
  await repo.insertPrice(
    {
      toolId,
      unit: VendorUnit.SECOND_OF_FOOTAGE,
      planId: plan.id,
      creditsPerUnit: '20',
      effectiveFrom: '2026-01-01',
    },
    'ARS',
    admin.id,
    manager,
  );
  const tasks: Array<{ id: string; code: string; seconds: string }> = await manager.query(
    `SELECT t.id, s.code, round(s.frame_count / s.fps, 3)::text AS seconds FROM task t JOIN shot s ON s.id = t.shot_id
      WHERE t.production_id = $1 AND t.task_type_code = 'FX' AND s.code = ANY($2) ORDER BY s.code`,
    [production.id, VENDOR_SHOTS],
  );
  for (const [i, task] of tasks.entries()) {
    const day = String(5 + 2 * i).padStart(2, '0');
    await runs.recordIn(
      manager,
      {
        taskId: task.id,
        toolId,
        modelName: 'Flow Studio live-action replacement',
        modelVersion: '2026.10',
        startedAt: `2026-10-${day}T14:00:00Z`,
        finishedAt: `2026-10-${day}T14:40:00Z`,
        usage: { unit: VendorUnit.SECOND_OF_FOOTAGE, quantity: task.seconds },
        invoiceRef: `ADSK-INV-2026-10/${task.code}`,
        operator: 'Lucía Benítez',
        outputFileIds: [],
      },
      operator.id,
      'seed',
    );
  }
}
