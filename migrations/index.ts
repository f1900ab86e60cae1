import { Foundation1764000000000 } from './1764000000000-foundation';
import { PlanningDomain1764000000001 } from './1764000000001-planning-domain';
import { AuditLog1764000000002 } from './1764000000002-audit-log';
import { Governance1764000000020 } from './1764000000020-governance';
import { PlanningExtras1764000000030 } from './1764000000030-planning-extras';
import { Inference1764000000010 } from './1764000000010-inference';
import { ReportAggregates1764000000040 } from './1764000000040-report-aggregates';
import { AuditWitnesses1764000000100 } from './1764000000100-audit-witnesses';
import { StoredFileKind1764000000200 } from './1764000000200-stored-file-kind';
import { ShotTimeScalar1764000000400 } from './1764000000400-shot-time-scalar';
import { InferenceChecks1764000000300 } from './1764000000300-inference-checks';
import { AiRunOutcome1764000000301 } from './1764000000301-ai-run-outcome';
import { OutputCheckPolicy1764000000302 } from './1764000000302-output-check-policy';
import { VendorAi1764000000600 } from './1764000000600-vendor-ai';
import { PlanAdoption1764000000500 } from './1764000000500-plan-adoption';
import { TimeEntryCorrections1764000000620 } from './1764000000620-time-entry-corrections';
import { ApiTokens1764000000900 } from './1764000000900-api-tokens';
import { UserAdministration1764000000901 } from './1764000000901-user-administration';
import { WorkerHeartbeats1764000000800 } from './1764000000800-worker-heartbeats';
import { ProductionRulePacks1764000001000 } from './1764000001000-production-rule-packs';
import { AiUseFacts1764000001100 } from './1764000001100-ai-use-facts';
import { ProductionMemberships1764000001200 } from './1764000001200-production-memberships';
import { LoginThrottle1764000001500 } from './1764000001500-login-throttle';
import { SsoIdentities1764000001600 } from './1764000001600-sso-identities';
import { VendorRole1764000001700 } from './1764000001700-vendor-role';
import { RuleOffAndPerformerTerms1764000001800 } from './1764000001800-rule-off-and-performer-terms';
import { ToolDataTerms1764000001801 } from './1764000001801-tool-data-terms';
import { PerformerModelScope1764000001802 } from './1764000001802-performer-model-scope';
import { DisclosurePlans1764000001803 } from './1764000001803-disclosure-plans';
import { StoredFilePerKind1764000001900 } from './1764000001900-stored-file-per-kind';
import { ReportIndexRanges1764000001910 } from './1764000001910-report-index-ranges';
import { FrameFolderProduction1764000001920 } from './1764000001920-frame-folder-production';
import { AuditAppendAtHead1764000001930 } from './1764000001930-audit-append-at-head';
import { ExceptionVendorTool1764000001940 } from './1764000001940-exception-vendor-tool';
import { ReportMonthRollups1764000001950 } from './1764000001950-report-month-rollups';
import { ReportRollupOrder1764000001960 } from './1764000001960-report-rollup-order';
import { ExactMachineTime1764000001970 } from './1764000001970-exact-machine-time';
import { FrameAlpha1764000001980 } from './1764000001980-frame-alpha';

/**
 * Every migration in order. Listed by hand rather than globbed so the same list works from
 * TypeScript sources (tests) and from the compiled build (npm start). Add new ones at the end.
 */
export const migrations = [
  Foundation1764000000000,
  PlanningDomain1764000000001,
  AuditLog1764000000002,
  Inference1764000000010,
  Governance1764000000020,
  PlanningExtras1764000000030,
  ReportAggregates1764000000040,
  AuditWitnesses1764000000100,
  StoredFileKind1764000000200,
  InferenceChecks1764000000300,
  AiRunOutcome1764000000301,
  OutputCheckPolicy1764000000302,
  ShotTimeScalar1764000000400,
  PlanAdoption1764000000500,
  VendorAi1764000000600,
  TimeEntryCorrections1764000000620,
  WorkerHeartbeats1764000000800,
  ApiTokens1764000000900,
  UserAdministration1764000000901,
  ProductionRulePacks1764000001000,
  AiUseFacts1764000001100,
  ProductionMemberships1764000001200,
  LoginThrottle1764000001500,
  SsoIdentities1764000001600,
  VendorRole1764000001700,
  RuleOffAndPerformerTerms1764000001800,
  ToolDataTerms1764000001801,
  PerformerModelScope1764000001802,
  DisclosurePlans1764000001803,
  StoredFilePerKind1764000001900,
  ReportIndexRanges1764000001910,
  FrameFolderProduction1764000001920,
  AuditAppendAtHead1764000001930,
  ExceptionVendorTool1764000001940,
  ReportMonthRollups1764000001950,
  ReportRollupOrder1764000001960,
  ExactMachineTime1764000001970,
  FrameAlpha1764000001980,
];
