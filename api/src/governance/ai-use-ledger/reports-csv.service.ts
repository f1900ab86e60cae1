import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { CsvCell, toCsv } from './csv-writer';
import { AiUseFilter } from './reports.repository';
import { ReportsService } from './reports.service';
import { AiUseType, ConsentRegisterEntryType, ModelInventoryEntryType } from './reports.types';

export type ReportName = 'ai-use-ledger' | 'model-inventory' | 'consent-register';

type Columns<T> = Array<[header: string, value: (row: T) => CsvCell]>;

const AI_USE: Columns<AiUseType> = [
  ['finished_at', (r) => r.finishedAt],
  ['production', (r) => r.productionCode],
  ['shot', (r) => r.shotCode],
  ['task_id', (r) => r.taskId],
  ['task_type', (r) => r.taskType],
  ['path', (r) => r.path],
  ['source', (r) => r.source],
  ['job_id', (r) => r.jobId],
  ['external_ref', (r) => r.externalRef],
  ['model', (r) => r.modelName],
  ['tool', (r) => r.tool],
  ['operator', (r) => r.operator],
  ['c2pa_status', (r) => r.c2paStatus],
  ['model_sha256', (r) => r.modelSha256],
  ['licence', (r) => r.licence],
  ['training_data', (r) => r.trainingData],
  ['model_status', (r) => r.modelStatus],
  ['model_approved_by', (r) => r.modelApprovedBy],
  ['ran_by', (r) => r.ranBy],
  ['provider', (r) => r.provider],
  ['device_class', (r) => r.deviceClass],
  ['frames', (r) => r.frames],
  ['wall_ms', (r) => r.wallMs],
  ['compute_cost_minor', (r) => r.computeCost.amountMinor.toString()],
  ['currency', (r) => r.computeCost.currency],
  ['in_final_deliverable', (r) => r.inFinalDeliverable],
  ['likeness_kind', (r) => r.likenessKind],
  ['performer', (r) => r.performerName],
  ['consent_standing', (r) => r.consentStanding],
  ['consent_id', (r) => r.consentId],
  ['notice_hours_before_first_use', (r) => r.noticeHoursBeforeFirstUse],
  ['exceptions', (r) => r.exceptions.map((e) => `${e.ruleId}:${e.status}`).join(' ')],
];

const MODELS: Columns<ModelInventoryEntryType> = [
  ['name', (r) => r.name],
  ['version', (r) => r.version],
  ['sha256', (r) => r.sha256],
  ['size_bytes', (r) => r.sizeBytes],
  ['licence', (r) => r.licence],
  ['training_data', (r) => r.trainingData],
  ['training_data_notes', (r) => r.trainingDataNotes],
  ['vendor', (r) => r.vendor],
  ['weights', (r) => r.weights],
  ['task_types', (r) => r.taskTypes.join(' ')],
  ['status', (r) => r.status],
  ['decided_by', (r) => r.decidedBy],
  ['decided_at', (r) => r.decidedAt],
  ['runs', (r) => r.runs],
  ['frames', (r) => r.frames],
  ['productions', (r) => r.productions.join(' ')],
  ['last_used_at', (r) => r.lastUsedAt],
  ['open_exceptions', (r) => r.openExceptions],
];

const CONSENTS: Columns<ConsentRegisterEntryType> = [
  ['production', (r) => r.productionCode],
  ['performer', (r) => r.performerName],
  ['replica_kind', (r) => r.replicaKind],
  ['scope', (r) => r.scope],
  ['document_sha256', (r) => r.documentSha256],
  ['signed_at', (r) => r.signedAt],
  ['notice_given_at', (r) => r.noticeGivenAt],
  ['first_use_at', (r) => r.firstLikenessUseAt],
  ['notice_hours_before_first_use', (r) => r.noticeHoursBeforeFirstUse],
  ['standing', (r) => r.standing],
  ['compensation_minor', (r) => r.compensation.amountMinor.toString()],
  ['currency', (r) => r.compensation.currency],
  ['estate_consent', (r) => r.estateConsent],
  ['tasks', (r) => r.tasks],
  ['open_exceptions', (r) => r.openExceptions],
];

const table = <T>(columns: Columns<T>, rows: T[]) =>
  toCsv(
    columns.map(([header]) => header),
    rows.map((row) => columns.map(([, value]) => value(row))),
  );

/** The reviewer reports as CSV; each export is recorded in the audit log. */
@Injectable()
export class ReportsCsvService {
  constructor(
    private readonly db: DataSource,
    private readonly reports: ReportsService,
    private readonly audit: AuditLog,
  ) {}

  async export(
    report: ReportName,
    filter: AiUseFilter,
    actorId: string,
  ): Promise<{ fileName: string; content: string }> {
    const { content, rows } = await this.build(report, filter);
    await this.db.transaction((manager) =>
      this.audit.append(manager, {
        actor: actorId,
        action: 'governance.report.export',
        subjectType: 'report',
        subjectId: report,
        productionId: filter.productionId ?? null,
        payload: { report, format: 'csv', filter: { ...filter }, rows },
      }),
    );
    return { fileName: `frameledger-${report}.csv`, content };
  }

  private async build(report: ReportName, filter: AiUseFilter): Promise<{ content: string; rows: number }> {
    if (report === 'ai-use-ledger') {
      const rows = await this.reports.allAiUses(filter);
      return { content: table(AI_USE, rows), rows: rows.length };
    }
    if (report === 'model-inventory') {
      const rows = await this.reports.modelInventory();
      return { content: table(MODELS, rows), rows: rows.length };
    }
    const rows = await this.reports.consentRegister(filter);
    return { content: table(CONSENTS, rows), rows: rows.length };
  }
}
