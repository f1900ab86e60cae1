/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AdapterInput = {
  colour: ColourOrder;
  /** The model's other inputs, each with its source; every input is fed exactly once. */
  extraInputs?: Array<ExtraInputInput> | null | undefined;
  /** FIXED: resize or tile. */
  fixedSizeStrategy?: FixedSizeStrategy | null | undefined;
  /** FIXED: the model's input height in pixels. */
  height?: number | null | undefined;
  /** The input that takes the frame; required when the model has several inputs. */
  imageInput?: string | null | undefined;
  layout: TensorLayout;
  /** MASK: values at or above it are inside (default 0.5). */
  maskThreshold?: number | null | undefined;
  /** Give this or valueRange. */
  meanStd?: MeanStdInput | null | undefined;
  outputKind: OutputKind;
  /** The output to read when the model has several. */
  outputName?: string | null | undefined;
  /** IMAGE: the model values of black and white (default: the input range). */
  outputRange?: Array<number> | null | undefined;
  size: FrameSizeRule;
  /** MULTIPLE_OF: frames are padded up to a multiple of this many pixels. */
  sizeMultiple?: number | null | undefined;
  /** TILE: pixels neighbouring tiles share (even). */
  tileOverlap?: number | null | undefined;
  /** Give this or meanStd. */
  valueRange?: ValueRangeInput | null | undefined;
  /** FIXED: the model's input width in pixels. */
  width?: number | null | undefined;
};

/** What a written approval covers. ETHICS answers an escalated five-principle check; the others are needed before output is final. */
export type AiApprovalCategory =
  'ETHICS' | 'FINAL_DELIVERABLE' | 'LIKENESS' | 'PERSONAL_DATA' | 'THIRD_PARTY_IP';

/** GENERATIVE makes new pixels (guild notice rules apply); TRADITIONAL is keying, tracking, denoise and the like. */
export type AiCategory = 'GENERATIVE' | 'TRADITIONAL';

/** AI output is TEMPORARY until promoted to FINAL (promoteAiOutputToFinal). */
export type AiOutputStatus = 'FINAL' | 'TEMPORARY';

/** EU AI Act Article 50 reading: GENERATIVE output is marked; ASSISTIVE (standard editing) is exempt. Stored as the task's AI category (ASSISTIVE = TRADITIONAL). */
export type AiUseClass = 'ASSISTIVE' | 'GENERATIVE';

export type AnswerAiUseChecklistInput = {
  /** The tool runs in an enterprise-secured environment. */
  enterpriseSecured: PrincipleAnswer;
  /** The use involves personal data (needs a PERSONAL_DATA approval before final). */
  involvesPersonalData: boolean;
  /** The use involves third-party IP (needs a THIRD_PARTY_IP approval before final). */
  involvesThirdPartyIp: boolean;
  /** The tool does not store, reuse or train on production data. */
  noDataReuse: PrincipleAnswer;
  /** No talent performance or union-covered work is replaced without consent. */
  noTalentReplacement: PrincipleAnswer;
  /** Outputs do not replicate material the production does not own. */
  noUnownedMaterial: PrincipleAnswer;
  /** Generated material is temporary, not in final deliverables. */
  outputTemporary: PrincipleAnswer;
  taskId: string | number;
};

/** What bid-versus-actual rows are grouped by. */
export type BidGrouping = 'EPISODE' | 'SEQUENCE' | 'SHOT' | 'TASK' | 'TASK_TYPE';

export type BidTemplateInput = {
  complexity: number;
  mostLikely: number;
  name?: string;
  optimistic: number;
  pessimistic: number;
  source?: string;
  taskTypeCode: string;
  unit: BidUnit;
};

/** SHOT: the three figures are hours per shot. FRAME: they are frames an artist finishes a day. */
export type BidUnit = 'FRAME' | 'SHOT';

/** EDL: CMX3600. OTIO: an OpenTimelineIO timeline (.otio JSON). CSV: the breakdown columns in docs/imports.md. */
export type BreakdownFormat = 'CSV' | 'EDL' | 'OTIO';

/** An output file's C2PA content credentials: VERIFIED (intact and bound to the bytes; the signer is not checked against a trust list), INVALID, UNVERIFIED (present, not checkable here) or NONE. */
export type C2paStatus = 'INVALID' | 'NONE' | 'UNVERIFIED' | 'VERIFIED';

export type ClassifyAiUseInput = {
  /** Why: what the tool does to the picture. */
  reason: string;
  taskId: string | number;
  useClass: AiUseClass;
};

/** Channel order the model expects. */
export type ColourOrder = 'BGR' | 'RGB';

export type CreateProductionInput = {
  /** Upper-case letters, digits, - or _; 2 to 32 characters. */
  code: string;
  country: string;
  currency: string;
  deliveryDate: string;
  guildCovered?: boolean;
  /** Currency reports default to (e.g. USD for an ARS budget); unset: the budget currency. */
  reportingCurrency?: string | null | undefined;
  startDate: string;
  title: string;
  /** VFX budget in minor units of the currency. */
  vfxBudgetMinor: string;
};

export type CreateRateCardInput = {
  currency: string;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  fteHoursPerYear?: number;
  hoursPerDay?: number;
  lines?: Array<RateCardLineInput>;
  name: string;
  /** Leave out for a studio-wide card. */
  productionId?: string | number | null | undefined;
  source?: string;
};

export type CreateScenarioInput = {
  assumptions: ScenarioAssumptionsInput;
  name: string;
  productionId: string | number;
};

export type CreateShotInput = {
  code: string;
  description?: string;
  episodeId?: string | number | null | undefined;
  fps?: number;
  frameIn?: number;
  /** Last frame, inclusive: 1001 to 1096 is 96 frames. */
  frameOut: number;
  performerLikeness?: boolean;
  performerName?: string | null | undefined;
  productionId: string | number;
  sequence?: string;
};

export type CreateTasksInput = {
  complexity: number;
  path?: TaskPath;
  plannedAiReviewHours?: number;
  productionId: string | number;
  /** Shots to give one task each, 1 to 5000. */
  shotIds: Array<string | number>;
  taskTypeCode: string;
  /** Bid template set; default: the type's only set, or Standard. */
  templateName?: string | null | undefined;
};

/** Where the audience is told: the end credits, a label on screen, the description metadata a platform shows, or a card before the work. */
export type DisclosurePlacement = 'DESCRIPTION_METADATA' | 'END_CREDITS' | 'ON_SCREEN_LABEL' | 'OPENING_CARD';

/** The five-principle check: not answered; all YES (no escalation); a NO or UNSURE awaiting an ETHICS approval; or approved. */
export type EscalationState = 'APPROVED' | 'NEEDED' | 'NOT_ANSWERED' | 'NOT_NEEDED';

export type ExtraInputInput = {
  /** The model input's name, as in the .onnx file. */
  name: string;
  source: ExtraInputSource;
};

/** What feeds a model input besides the frame. PREVIOUS_FRAME: the frame before in the job's order, fed like the frame (the first frame pairs with itself). FRAME_ALPHA: the frame's alpha channel as 1 channel of 0..1 (frames without alpha fail the job). */
export type ExtraInputSource = 'FRAME_ALPHA' | 'PREVIOUS_FRAME';

export type FeasibilityVerdict = 'FITS' | 'LATE' | 'OVER_BUDGET' | 'OVER_BUDGET_AND_LATE';

/** How a frame meets a fixed-size model: RESIZE scales the whole frame; TILE cuts overlapping tiles. */
export type FixedSizeStrategy = 'RESIZE' | 'TILE';

/** Which frame sizes the model accepts. */
export type FrameSizeRule = 'ANY' | 'FIXED' | 'MULTIPLE_OF';

export type FxRateInput = {
  currency: string;
  /** YYYY-Qn */
  quarter: string;
  /** Decimal, up to 10 decimals: "0.00068966" means 1 ARS buys 0.00068966 USD. */
  rate: string;
  reportingCurrency: string;
  source?: string;
};

export type InferenceJobFilter = {
  modelId?: string | number | null | undefined;
  productionId?: string | number | null | undefined;
  status?: InferenceJobStatus | null | undefined;
  taskId?: string | number | null | undefined;
};

export type InferenceJobStatus = 'CANCELLED' | 'FAILED' | 'QUEUED' | 'RUNNING' | 'SUCCEEDED';

export type InvitePersonInput = {
  displayName: string;
  email: string;
  /** ADMIN, PLANNER, OPERATOR, REVIEWER or EXECUTIVE. */
  role: Role;
};

/** The frames a job runs over: a folder from POST /files/frames, all of it or a range. */
export type JobFramesInput = {
  folderId: string | number;
  /** First frame number to run (default: the folder's first). */
  fromFrame?: number | null | undefined;
  /** Last frame number to run (default: the folder's last). */
  toFrame?: number | null | undefined;
};

/** Why adopting a plan left a task on its path: it is DONE, or AI runs or hours are logged on it. */
export type KeptTaskReason = 'DONE' | 'WORK_LOGGED';

/** What labour impact rows are grouped by. */
export type LabourDimension = 'DEPARTMENT' | 'QUARTER' | 'ROLE' | 'TASK_TYPE';

export type LabourImpactFilter = {
  /** Only roles in these departments. */
  departments?: Array<string> | null | undefined;
  /** Only these productions; all when left out. */
  productionIds?: Array<string | number> | null | undefined;
  /** Quarters to report, e.g. ["2026-Q1", "2026-Q2"] (fiscal quarters when a start month is given). */
  quarters: Array<string>;
  /** Only these labour role codes. */
  roleCodes?: Array<string> | null | undefined;
  /** Only these task type codes. */
  taskTypeCodes?: Array<string> | null | undefined;
};

export type LabourRoleInput = {
  /** 2 to 32 upper-case letters, digits or _, e.g. ROTO_ARTIST. */
  code: string;
  department: string;
  name: string;
  socCode?: string | null | undefined;
  unionLocal?: string | null | undefined;
};

/** The order of the AI-use ledger by finish time. */
export type LedgerOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

/** Performer likeness in the task, in the terms of the SAG-AFTRA 2023 agreement. */
export type LikenessKind =
  | 'BACKGROUND_REPLICA'
  | 'DIGITAL_ALTERATION'
  | 'EMPLOYMENT_REPLICA'
  | 'INDEPENDENT_REPLICA'
  | 'NONE'
  | 'SYNTHETIC_PERFORMER';

export type MeanStdInput = {
  mean: Array<number>;
  std: Array<number>;
};

export type MembershipInput = {
  /** A VENDOR's company (required for VENDOR, refused for other roles), e.g. Acme VFX. */
  company?: string | null | undefined;
  productionId: string | number;
  /** PLANNER, OPERATOR, REVIEWER or VENDOR. */
  role: Role;
};

export type ModelFilter = {
  status?: ModelStatus | null | undefined;
  /** Only models serving this task type. */
  taskType?: string | null | undefined;
};

export type ModelProvenanceInput = {
  /** SPDX licence id (e.g. Apache-2.0) or LicenseRef-... for one SPDX does not list. */
  licence: string;
  /** The model card: what it does, its inputs and outputs, its limits. */
  modelCard: string;
  /** Where the file comes from (a URL, a package and path, an internal build). */
  source: string;
  trainingData: TrainingDataKind;
  /** What the declaration rests on, with its gaps. */
  trainingDataNotes: string;
  vendor: string;
  weights: ModelWeights;
};

/** A new model is PENDING until an admin approves or rejects it. */
export type ModelStatus = 'APPROVED' | 'PENDING' | 'REJECTED';

/** HAND_SET: constants computing a classical operation; TRAINED: learned from data (C2PA trainedAlgorithmicMedia). */
export type ModelWeights = 'HAND_SET' | 'TRAINED';

/** IMAGE: 3-channel picture; MATTE: 1-channel coverage 0..1; MASK: 1-channel, thresholded to black or white. */
export type OutputKind = 'IMAGE' | 'MASK' | 'MATTE';

export type PerformerScopeInput = {
  /** The performer whose likeness the model was trained on, as the consent names them. */
  performerName: string;
  /** The one production the model may run on (its consent is for it). */
  productionId: string | number;
};

/** The budget, the people of one role, or the GPUs. */
export type PlanConstraintKind = 'BUDGET' | 'GPU' | 'ROLE';

export type PlanQueryStatus = 'INFEASIBLE' | 'OK';

export type PolicyExceptionFilter = {
  /** Only exceptions of the rules of this rule pack (rulePacks), e.g. netflix-genai-2025-08. */
  pack?: string | null | undefined;
  productionId?: string | number | null | undefined;
  ruleId?: PolicyRuleId | null | undefined;
  status?: PolicyExceptionStatus | null | undefined;
  taskId?: string | number | null | undefined;
};

/** OPEN until the cause is fixed (RESOLVED) or an admin accepts it with a reason (WAIVED). */
export type PolicyExceptionStatus = 'OPEN' | 'RESOLVED' | 'WAIVED';

/** A guild reviewer's reading of an exception: not yet looked at, accepted, or queried with the production. */
export type PolicyReviewStatus = 'ACCEPTED' | 'QUERIED' | 'UNREVIEWED';

/** The policy rules (docs/governance.md). */
export type PolicyRuleId =
  | 'AI_FINAL_SIGN_OFF'
  | 'DEEPFAKE_DISCLOSURE_PLANNED'
  | 'DISTRIBUTOR_DISCLOSURE'
  | 'FIVE_PRINCIPLES_CHECKED'
  | 'GENERATIVE_OUTPUT_MARKED'
  | 'GENERATIVE_WORKER_NOTICE'
  | 'LIKENESS_CONSENT'
  | 'MINOR_GUARDIAN_CONSENT'
  | 'MODEL_APPROVED'
  | 'PERFORMER_MODEL_SCOPED'
  | 'PERFORMER_SCAN_REASON'
  | 'PERFORMER_TRAINING_LICENCE_NOTICE'
  | 'SYNTHETIC_PERFORMER_NOTICE'
  | 'TRAINING_DATA_DECLARED'
  | 'WRITTEN_APPROVAL_FOR_FINAL';

/** BLOCK refuses the job or change with POLICY_BLOCKED; FLAG lets it pass and opens a policy exception; OFF does not evaluate the rule (the default of rules whose terms are reported but not confirmed). */
export type PolicySeverity = 'BLOCK' | 'FLAG' | 'OFF';

/** An answer to one of the five principles; NO or UNSURE needs escalation. */
export type PrincipleAnswer = 'NO' | 'UNSURE' | 'YES';

export type RateCardLineInput = {
  /** Flat fringe per hour in minor units. */
  flatFringeMinor?: string;
  /** Percent fringe, 0 to 200 (20 means 20%). */
  fringePercent?: number;
  /** Hourly rate in minor units of the card currency. */
  hourlyRateMinor: string;
  /** Labour role code, e.g. COMP_ARTIST. */
  roleCode: string;
  /** Where the figure comes from (a survey, an agreement, a quote). */
  source?: string;
};

/** An AI run done in a vendor tool, recorded against a task. */
export type RecordAiRunInput = {
  /** ISO 8601; the run counts in the quarter it finished. */
  finishedAt: string;
  /** The invoice or purchase order reference. */
  invoiceRef: string;
  /** An approved model of the registry, instead of a name and version. */
  modelId?: string | number | null | undefined;
  /** The vendor's model name; or give modelId. */
  modelName?: string | null | undefined;
  modelVersion?: string | null | undefined;
  /** Who ran the tool. */
  operator: string;
  /** Files uploaded to POST /files/vendor-ai/outputs. */
  outputFileIds?: Array<string | number>;
  /** The price list line; default: the tool's line for the unit in effect on the finish day. */
  priceId?: string | number | null | undefined;
  /** ISO 8601 */
  startedAt: string;
  taskId: string | number;
  toolId: string | number;
  usage: VendorUsageInput;
};

export type RecordAiUseApprovalInput = {
  approvedAt: string;
  /** Who approved, as named in the document. */
  approver: string;
  category: AiApprovalCategory;
  /** The document that records the approval. */
  documentRef: string;
  taskId: string | number;
};

export type RecordAiUseDisclosureInput = {
  /** The distributor's contact who was told. */
  contact: string;
  /** What was disclosed: the tool, the shots, the intended use. */
  description: string;
  disclosedAt: string;
  taskId: string | number;
};

export type RecordConsentInput = {
  compensationCurrency: string;
  /** Compensation in minor units. */
  compensationMinor: string;
  /** sha256 of the uploaded signed document (POST /files/governance/consent-documents). */
  documentSha256?: string | null | undefined;
  /** Given by the performer's estate (a deceased performer). */
  estateConsent?: boolean;
  /** Minors only: the parent or guardian who also consented. */
  guardianName?: string | null | undefined;
  noticeGivenAt: string;
  /** The performer was a minor when the consent was signed. */
  performerMinor?: boolean;
  /** The performer as named on the task or shot. */
  performerName: string;
  productionId: string | number;
  replicaKind: LikenessKind;
  /** Why the performer was scanned for the replica, as told to them before the scan. */
  scanReason?: string | null | undefined;
  /** The use the performer agreed to, as the document words it. */
  scope: string;
  signedAt: string;
  /** When the performer's data was licensed to a third party for AI training; omit if it was not. */
  trainingLicensedAt?: string | null | undefined;
  /** When the performer was told of that training licence. */
  trainingNoticeAt?: string | null | undefined;
};

/** The kind of record a line of working came from. */
export type RecordKind = 'AI_RUN' | 'TASK' | 'TIME_ENTRY';

export type RegisterModelInput = {
  adapter: AdapterInput;
  /** Its maker's terms for production data; omitted: self-hosted (FrameLedger's workers run it: not trained on, not kept, enterprise). */
  dataTerms?: ToolDataTermsInput | null | undefined;
  /** The fileId POST /files/models answered with. */
  fileId: string | number;
  name: string;
  /** Give it for a model trained on a performer's likeness: it will run only on that production. */
  performerScope?: PerformerScopeInput | null | undefined;
  provenance: ModelProvenanceInput;
  /** Task type codes it serves, e.g. ["KEYING"]. */
  taskTypes: Array<string>;
  version: string;
};

/** What a user may see and change. */
export type Role = 'ADMIN' | 'EXECUTIVE' | 'OPERATOR' | 'PLANNER' | 'REVIEWER' | 'VENDOR' | 'WITNESS';

export type RoleHeadcountInput = {
  people: number;
  roleCode: string;
};

export type ScenarioAssumptionsInput = {
  aiReviewHoursPerTask?: number | null | undefined;
  contingencyPercent?: number;
  gpuCount?: number;
  gpuDeviceClass?: string;
  gpuPriceCurrency?: string | null | undefined;
  /** GPU-hour price in minor units of gpuPriceCurrency. */
  gpuPricePerHourMinor?: string | null | undefined;
  gpuSecondsPerFrame?: number;
  headcounts?: Array<RoleHeadcountInput>;
  hoursPerWeek?: number;
  pathByTaskType?: Array<TaskTypePathInput>;
  reworkRatePercent?: number;
};

export type SetRateCardLineInput = {
  /** Flat fringe per hour in minor units. */
  flatFringeMinor?: string;
  /** Percent fringe, 0 to 200 (20 means 20%). */
  fringePercent?: number;
  /** Hourly rate in minor units of the card currency. */
  hourlyRateMinor: string;
  rateCardId: string | number;
  /** Labour role code, e.g. COMP_ARTIST. */
  roleCode: string;
  /** Where the figure comes from (a survey, an agreement, a quote). */
  source?: string;
};

export type SubmitInferenceJobInput = {
  frames: JobFramesInput;
  modelId: string | number;
  taskId: string | number;
};

/** How a task is done: by people, by people with AI help, or with AI output as the final result. */
export type TaskPath = 'AI_ASSISTED' | 'AI_FINAL' | 'HUMAN';

export type TaskStatus = 'DONE' | 'IN_PROGRESS' | 'IN_REVIEW' | 'OMITTED' | 'PLANNED';

export type TaskTypeInput = {
  /** Labour role code of who does it by hand, e.g. ROTO_ARTIST. */
  baselineRoleCode: string;
  /** 2 to 32 upper-case letters or _, e.g. ROTO. */
  code: string;
  defaultAiCategory?: AiCategory;
  name: string;
};

export type TaskTypePathInput = {
  path: TaskPath;
  taskTypeCode: string;
};

/** Order of the image tensor: channels second (NCHW) or last (NHWC). */
export type TensorLayout = 'NCHW' | 'NHWC';

/** The fields to change; the others keep their value. */
export type TimeEntryChanges = {
  kind?: TimeEntryKind | null | undefined;
  /** Whole minutes, 1 to 1,440. */
  minutes?: number | null | undefined;
  note?: string | null | undefined;
  person?: string | null | undefined;
  /** Labour role code, e.g. COMP_ARTIST. */
  roleCode?: string | null | undefined;
  taskId?: string | number | null | undefined;
  /** YYYY-MM-DD */
  workDate?: string | null | undefined;
};

/** ARTIST, REWORK and SUPERVISION are craft hours; AI_OPERATOR and AI_REVIEW exist because of an AI path. */
export type TimeEntryKind = 'AI_OPERATOR' | 'AI_REVIEW' | 'ARTIST' | 'REWORK' | 'SUPERVISION';

export type ToolDataTermsInput = {
  /** Used under an enterprise agreement (an enterprise-secured environment). */
  enterpriseAgreement: boolean;
  /** Days the tool keeps inputs and outputs (0: not kept); null: unknown. */
  retentionDays?: number | null | undefined;
  trainsOnInputs: TrainsOnInputs;
};

/** Where the training data came from, as its makers declare. */
export type TrainingDataKind = 'CONSENTED' | 'LICENSED' | 'MIXED' | 'PUBLIC_DOMAIN' | 'SYNTHETIC' | 'UNKNOWN';

/** Whether the tool's terms let its maker train on what the production feeds it. */
export type TrainsOnInputs = 'NO' | 'UNKNOWN' | 'YES';

export type UpdateShotInput = {
  code?: string | null | undefined;
  description?: string | null | undefined;
  fps?: number | null | undefined;
  frameIn?: number | null | undefined;
  /** Last frame, inclusive. */
  frameOut?: number | null | undefined;
  performerLikeness?: boolean | null | undefined;
  /** Whose likeness; null clears it. */
  performerName?: string | null | undefined;
  sequence?: string | null | undefined;
};

export type UpdateTaskInput = {
  aiCategory?: AiCategory | null | undefined;
  aiForbidden?: boolean | null | undefined;
  /** Baseline hours replacing the template; null clears the override. */
  baselineHoursOverride?: number | null | undefined;
  complexity?: number | null | undefined;
  inFinalDeliverable?: boolean | null | undefined;
  likenessKind?: LikenessKind | null | undefined;
  path?: TaskPath | null | undefined;
  /** Whose likeness; required unless the likeness kind is NONE. */
  performerName?: string | null | undefined;
  plannedAiReviewHours?: number | null | undefined;
  status?: TaskStatus | null | undefined;
  /** Assigns the task to a vendor company (its VENDOR people may then log on it); null unassigns. */
  vendorCompany?: string | null | undefined;
};

export type ValueRangeInput = {
  max: number;
  min: number;
};

/** What a vendor bills by: seconds of footage, credits, tokens, GPU hours, or FLAT (a fixed amount per job). */
export type VendorUnit = 'CREDIT' | 'FLAT' | 'GPU_HOUR' | 'SECOND_OF_FOOTAGE' | 'TOKEN';

export type VendorUsageInput = {
  /** How much, in that unit (exact decimal): 12 seconds, 1250000 tokens, 1 FLAT job. */
  quantity: string;
  unit: VendorUnit;
};

export type MoneyFieldsFragment = { amountMinor: string; currency: string; formatted: string };

export type MissingRateFieldsFragment = {
  timeEntryId: string;
  production: string;
  role: string;
  workDate: string;
  hours: number;
};

export type WorkingFieldsFragment = {
  note: string | null;
  lines: {
    totalCount: number;
    edges: Array<{
      node: {
        label: string;
        quantity: number | null;
        unit: string | null;
        rate: { amountMinor: string; currency: string; formatted: string } | null;
        amount: { amountMinor: string; currency: string; formatted: string } | null;
        refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
      };
    }>;
  };
};

export type SetPasswordWithLinkMutationVariables = Exact<{
  token: string;
  password: string;
}>;

export type SetPasswordWithLinkMutation = { setPasswordWithLink: { email: string } };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type SignInMutation = {
  login: { token: string; user: { id: string; email: string; displayName: string; role: Role } };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = { me: { id: string; email: string; displayName: string; role: Role } };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type SignInOptionsQuery = {
  signInOptions: { passwords: boolean; singleSignOn: { providerName: string; startPath: string } | null };
};

export type AiUseLedgerQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  productionId?: string | number | null | undefined;
  modelId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  order?: LedgerOrder | null | undefined;
}>;

export type AiUseLedgerQuery = {
  aiUseLedger: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        runId: string;
        source: string;
        jobId: string | null;
        externalRef: string | null;
        productionCode: string;
        shotCode: string;
        taskId: string;
        taskType: string;
        path: string;
        modelName: string;
        tool: string | null;
        operator: string | null;
        c2paStatus: string | null;
        modelSha256: string | null;
        modelStatus: string | null;
        modelApprovedBy: string | null;
        modelApprovedAt: string | null;
        licence: string | null;
        trainingData: string | null;
        trainingDataNotes: string | null;
        vendor: string | null;
        provider: string | null;
        deviceClass: string;
        frames: number;
        wallMs: number;
        finishedAt: string;
        ranBy: string | null;
        likenessKind: string;
        performerName: string | null;
        consentStanding: string | null;
        noticeHoursBeforeFirstUse: number | null;
        inFinalDeliverable: boolean;
        computeCost: { amountMinor: string; currency: string; formatted: string };
        exceptions: Array<{ id: string; ruleId: PolicyRuleId; status: PolicyExceptionStatus }>;
      };
    }>;
  };
};

export type ModelNamesQueryVariables = Exact<{ [key: string]: never }>;

export type ModelNamesQuery = { modelInventory: Array<{ id: string; name: string; version: string }> };

export type PolicyExceptionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PolicyExceptionFilter | null | undefined;
}>;

export type PolicyExceptionsQuery = {
  policyExceptions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        ruleId: PolicyRuleId;
        status: PolicyExceptionStatus;
        message: string;
        evidenceJson: string;
        productionId: string;
        occasion: string;
        occurrences: number;
        productionCode: string;
        shotCode: string;
        taskId: string;
        firstSeenAt: string;
        lastSeenAt: string;
        reviewStatus: PolicyReviewStatus;
        reviewNote: string;
        reviewedBy: string | null;
        reviewedAt: string | null;
        closeReason: string | null;
        closedBy: string | null;
        closedAt: string | null;
      };
    }>;
  };
};

export type PolicyRulesQueryVariables = Exact<{ [key: string]: never }>;

export type PolicyRulesQuery = {
  policyRules: Array<{
    id: PolicyRuleId;
    text: string;
    source: string;
    defaultSeverity: PolicySeverity;
    packs: Array<string>;
  }>;
};

export type ReviewPolicyExceptionMutationVariables = Exact<{
  id: string | number;
  reviewStatus: PolicyReviewStatus;
  note: string;
}>;

export type ReviewPolicyExceptionMutation = {
  reviewPolicyException: {
    id: string;
    reviewStatus: PolicyReviewStatus;
    reviewNote: string;
    reviewedBy: string | null;
    reviewedAt: string | null;
  };
};

export type WaivePolicyExceptionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type WaivePolicyExceptionMutation = {
  waivePolicyException: {
    id: string;
    status: PolicyExceptionStatus;
    closeReason: string | null;
    closedBy: string | null;
    closedAt: string | null;
  };
};

export type ConsentRegisterQueryVariables = Exact<{
  productionId?: string | number | null | undefined;
}>;

export type ConsentRegisterQuery = {
  consentRegister: Array<{
    id: string;
    performerName: string;
    productionCode: string;
    replicaKind: LikenessKind;
    scope: string;
    signedAt: string;
    noticeGivenAt: string;
    firstLikenessUseAt: string | null;
    noticeHoursBeforeFirstUse: number | null;
    standing: string;
    estateConsent: boolean;
    scanReason: string | null;
    performerMinor: boolean;
    guardianName: string | null;
    trainingLicensedAt: string | null;
    trainingNoticeAt: string | null;
    documentSha256: string | null;
    tasks: number;
    openExceptions: number;
    compensation: { amountMinor: string; currency: string; formatted: string };
  }>;
};

export type CheckpointFieldsFragment = {
  treeSize: number;
  rootHash: string;
  at: string;
  keyId: string;
  publicKey: string;
  signature: string;
};

export type LatestCheckpointQueryVariables = Exact<{ [key: string]: never }>;

export type LatestCheckpointQuery = {
  auditCheckpoint: {
    treeSize: number;
    rootHash: string;
    at: string;
    keyId: string;
    publicKey: string;
    signature: string;
  } | null;
};

export type SignAuditCheckpointMutationVariables = Exact<{ [key: string]: never }>;

export type SignAuditCheckpointMutation = {
  signAuditCheckpoint: {
    treeSize: number;
    rootHash: string;
    at: string;
    keyId: string;
    publicKey: string;
    signature: string;
  };
};

export type AuditConsistencyProofQueryVariables = Exact<{
  from: number;
  to: number;
}>;

export type AuditConsistencyProofQuery = {
  auditConsistencyProof: {
    fromSize: number;
    toSize: number;
    fromRoot: string;
    toRoot: string;
    path: Array<string>;
  };
};

export type AuditWitnessStatusQueryVariables = Exact<{ [key: string]: never }>;

export type AuditWitnessStatusQuery = {
  auditContinuity: {
    ok: boolean;
    checkedAt: string | null;
    logSize: number;
    lastSignedSize: number;
    finding: { treeSize: number; consistentUpTo: number; detectedAt: string; message: string } | null;
  };
  auditWitnesses: Array<{
    id: string;
    name: string;
    organisation: string;
    keyId: string;
    refusing: boolean;
    lastCosigned: { treeSize: number; signedAt: string; receivedAt: string } | null;
    lastRefusal: { treeSize: number; fromSize: number; reason: string; receivedAt: string } | null;
  }>;
};

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;

export type RecordConsentMutation = { recordConsent: { id: string; performerName: string } };

export type PolicyExceptionCountsQueryVariables = Exact<{
  filter?: PolicyExceptionFilter | null | undefined;
}>;

export type PolicyExceptionCountsQuery = {
  policyExceptionCounts: Array<{
    ruleId: PolicyRuleId;
    productionId: string;
    productionCode: string;
    total: number;
    open: number;
    unreviewed: number;
  }>;
};

export type ReviewPolicyExceptionsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  reviewStatus: PolicyReviewStatus;
  note: string;
}>;

export type ReviewPolicyExceptionsMutation = {
  reviewPolicyExceptions: Array<{ id: string; reviewStatus: PolicyReviewStatus; reviewNote: string }>;
};

export type RecordExceptionNoticeMutationVariables = Exact<{
  id: string | number;
  unionName: string;
  scope: string;
  givenAt: string;
}>;

export type RecordExceptionNoticeMutation = {
  recordExceptionNotice: { id: string; status: PolicyExceptionStatus; closeReason: string | null };
};

export type LabourFiguresFieldsFragment = {
  role: string | null;
  department: string | null;
  taskType: string | null;
  quarter: string | null;
  displacedHours: number;
  displacedFte: number;
  createdHours: number;
  createdFte: number;
  netHours: number;
  netFte: number;
  finishedAiTasks: number;
  wagesDisplaced: { amountMinor: string; currency: string; formatted: string };
};

export type LabourImpactQueryVariables = Exact<{
  filter: LabourImpactFilter;
  groupBy: Array<LabourDimension> | LabourDimension;
  currency?: string | null | undefined;
}>;

export type LabourImpactQuery = {
  labourImpact: {
    currency: string;
    quarters: Array<string>;
    rows: Array<{
      role: string | null;
      department: string | null;
      taskType: string | null;
      quarter: string | null;
      displacedHours: number;
      displacedFte: number;
      createdHours: number;
      createdFte: number;
      netHours: number;
      netFte: number;
      finishedAiTasks: number;
      wagesDisplaced: { amountMinor: string; currency: string; formatted: string };
    }>;
    totals: {
      displacedHours: number;
      displacedFte: number;
      createdHours: number;
      createdFte: number;
      netHours: number;
      netFte: number;
      finishedAiTasks: number;
      wagesDisplaced: { amountMinor: string; currency: string; formatted: string };
    };
  };
};

export type LabourWorkingQueryVariables = Exact<{
  filter: LabourImpactFilter;
  groupBy: Array<LabourDimension> | LabourDimension;
  currency?: string | null | undefined;
}>;

export type LabourWorkingQuery = {
  labourImpact: {
    rows: Array<{
      role: string | null;
      department: string | null;
      taskType: string | null;
      quarter: string | null;
      working: {
        note: string | null;
        lines: {
          totalCount: number;
          edges: Array<{
            node: {
              label: string;
              quantity: number | null;
              unit: string | null;
              rate: { amountMinor: string; currency: string; formatted: string } | null;
              amount: { amountMinor: string; currency: string; formatted: string } | null;
              refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
            };
          }>;
        };
      };
    }>;
    totals: {
      working: {
        note: string | null;
        lines: {
          totalCount: number;
          edges: Array<{
            node: {
              label: string;
              quantity: number | null;
              unit: string | null;
              rate: { amountMinor: string; currency: string; formatted: string } | null;
              amount: { amountMinor: string; currency: string; formatted: string } | null;
              refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
            };
          }>;
        };
      };
    };
  };
};

export type ModelFieldsFragment = {
  id: string;
  name: string;
  version: string;
  status: ModelStatus;
  sha256: string;
  sizeBytes: number;
  fileId: string;
  taskTypes: Array<string>;
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  producer: string;
  irVersion: number;
  inputs: Array<{ name: string; type: string; shape: Array<string> }>;
  outputs: Array<{ name: string; type: string; shape: Array<string> }>;
  adapter: {
    layout: TensorLayout;
    colour: ColourOrder;
    size: FrameSizeRule;
    width: number | null;
    height: number | null;
    sizeMultiple: number | null;
    fixedSizeStrategy: FixedSizeStrategy | null;
    tileOverlap: number | null;
    outputKind: OutputKind;
    outputName: string | null;
    maskThreshold: number | null;
    imageInput: string | null;
    extraInputs: Array<{ name: string; source: ExtraInputSource }> | null;
    valueRange: { min: number; max: number } | null;
    meanStd: { mean: Array<number>; std: Array<number> } | null;
  };
  provenance: {
    licence: string;
    trainingData: TrainingDataKind;
    trainingDataNotes: string;
    vendor: string;
    source: string;
    weights: ModelWeights;
    modelCard: string;
  };
  dataTerms: { trainsOnInputs: TrainsOnInputs; retentionDays: number | null; enterpriseAgreement: boolean };
  performerScope: { performerName: string; productionCode: string } | null;
};

export type ModelsQueryVariables = Exact<{
  first: number;
  filter?: ModelFilter | null | undefined;
}>;

export type ModelsQuery = {
  models: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        name: string;
        version: string;
        status: ModelStatus;
        sha256: string;
        sizeBytes: number;
        fileId: string;
        taskTypes: Array<string>;
        createdAt: string;
        decidedAt: string | null;
        decisionReason: string | null;
        producer: string;
        irVersion: number;
        inputs: Array<{ name: string; type: string; shape: Array<string> }>;
        outputs: Array<{ name: string; type: string; shape: Array<string> }>;
        adapter: {
          layout: TensorLayout;
          colour: ColourOrder;
          size: FrameSizeRule;
          width: number | null;
          height: number | null;
          sizeMultiple: number | null;
          fixedSizeStrategy: FixedSizeStrategy | null;
          tileOverlap: number | null;
          outputKind: OutputKind;
          outputName: string | null;
          maskThreshold: number | null;
          imageInput: string | null;
          extraInputs: Array<{ name: string; source: ExtraInputSource }> | null;
          valueRange: { min: number; max: number } | null;
          meanStd: { mean: Array<number>; std: Array<number> } | null;
        };
        provenance: {
          licence: string;
          trainingData: TrainingDataKind;
          trainingDataNotes: string;
          vendor: string;
          source: string;
          weights: ModelWeights;
          modelCard: string;
        };
        dataTerms: {
          trainsOnInputs: TrainsOnInputs;
          retentionDays: number | null;
          enterpriseAgreement: boolean;
        };
        performerScope: { performerName: string; productionCode: string } | null;
      };
    }>;
  };
};

export type ModelUseQueryVariables = Exact<{ [key: string]: never }>;

export type ModelUseQuery = {
  modelInventory: Array<{
    id: string;
    runs: number;
    frames: number;
    lastUsedAt: string | null;
    productions: Array<string>;
    openExceptions: number;
    decidedBy: string | null;
  }>;
};

export type ApproveModelMutationVariables = Exact<{
  id: string | number;
}>;

export type ApproveModelMutation = {
  approveModel: {
    id: string;
    name: string;
    version: string;
    status: ModelStatus;
    sha256: string;
    sizeBytes: number;
    fileId: string;
    taskTypes: Array<string>;
    createdAt: string;
    decidedAt: string | null;
    decisionReason: string | null;
    producer: string;
    irVersion: number;
    inputs: Array<{ name: string; type: string; shape: Array<string> }>;
    outputs: Array<{ name: string; type: string; shape: Array<string> }>;
    adapter: {
      layout: TensorLayout;
      colour: ColourOrder;
      size: FrameSizeRule;
      width: number | null;
      height: number | null;
      sizeMultiple: number | null;
      fixedSizeStrategy: FixedSizeStrategy | null;
      tileOverlap: number | null;
      outputKind: OutputKind;
      outputName: string | null;
      maskThreshold: number | null;
      imageInput: string | null;
      extraInputs: Array<{ name: string; source: ExtraInputSource }> | null;
      valueRange: { min: number; max: number } | null;
      meanStd: { mean: Array<number>; std: Array<number> } | null;
    };
    provenance: {
      licence: string;
      trainingData: TrainingDataKind;
      trainingDataNotes: string;
      vendor: string;
      source: string;
      weights: ModelWeights;
      modelCard: string;
    };
    dataTerms: { trainsOnInputs: TrainsOnInputs; retentionDays: number | null; enterpriseAgreement: boolean };
    performerScope: { performerName: string; productionCode: string } | null;
  };
};

export type RejectModelMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type RejectModelMutation = {
  rejectModel: {
    id: string;
    name: string;
    version: string;
    status: ModelStatus;
    sha256: string;
    sizeBytes: number;
    fileId: string;
    taskTypes: Array<string>;
    createdAt: string;
    decidedAt: string | null;
    decisionReason: string | null;
    producer: string;
    irVersion: number;
    inputs: Array<{ name: string; type: string; shape: Array<string> }>;
    outputs: Array<{ name: string; type: string; shape: Array<string> }>;
    adapter: {
      layout: TensorLayout;
      colour: ColourOrder;
      size: FrameSizeRule;
      width: number | null;
      height: number | null;
      sizeMultiple: number | null;
      fixedSizeStrategy: FixedSizeStrategy | null;
      tileOverlap: number | null;
      outputKind: OutputKind;
      outputName: string | null;
      maskThreshold: number | null;
      imageInput: string | null;
      extraInputs: Array<{ name: string; source: ExtraInputSource }> | null;
      valueRange: { min: number; max: number } | null;
      meanStd: { mean: Array<number>; std: Array<number> } | null;
    };
    provenance: {
      licence: string;
      trainingData: TrainingDataKind;
      trainingDataNotes: string;
      vendor: string;
      source: string;
      weights: ModelWeights;
      modelCard: string;
    };
    dataTerms: { trainsOnInputs: TrainsOnInputs; retentionDays: number | null; enterpriseAgreement: boolean };
    performerScope: { performerName: string; productionCode: string } | null;
  };
};

export type RegisterModelMutationVariables = Exact<{
  input: RegisterModelInput;
}>;

export type RegisterModelMutation = {
  registerModel: {
    id: string;
    name: string;
    version: string;
    status: ModelStatus;
    sha256: string;
    sizeBytes: number;
    fileId: string;
    taskTypes: Array<string>;
    createdAt: string;
    decidedAt: string | null;
    decisionReason: string | null;
    producer: string;
    irVersion: number;
    inputs: Array<{ name: string; type: string; shape: Array<string> }>;
    outputs: Array<{ name: string; type: string; shape: Array<string> }>;
    adapter: {
      layout: TensorLayout;
      colour: ColourOrder;
      size: FrameSizeRule;
      width: number | null;
      height: number | null;
      sizeMultiple: number | null;
      fixedSizeStrategy: FixedSizeStrategy | null;
      tileOverlap: number | null;
      outputKind: OutputKind;
      outputName: string | null;
      maskThreshold: number | null;
      imageInput: string | null;
      extraInputs: Array<{ name: string; source: ExtraInputSource }> | null;
      valueRange: { min: number; max: number } | null;
      meanStd: { mean: Array<number>; std: Array<number> } | null;
    };
    provenance: {
      licence: string;
      trainingData: TrainingDataKind;
      trainingDataNotes: string;
      vendor: string;
      source: string;
      weights: ModelWeights;
      modelCard: string;
    };
    dataTerms: { trainsOnInputs: TrainsOnInputs; retentionDays: number | null; enterpriseAgreement: boolean };
    performerScope: { performerName: string; productionCode: string } | null;
  };
};

export type PeopleQueryVariables = Exact<{ [key: string]: never }>;

export type PeopleQuery = {
  people: Array<{
    id: string;
    email: string;
    displayName: string;
    role: Role;
    active: boolean;
    lastSignInAt: string | null;
    invitationPending: boolean;
    memberships: Array<{ productionId: string; role: Role; company: string | null }>;
  }>;
};

export type InvitePersonMutationVariables = Exact<{
  input: InvitePersonInput;
}>;

export type InvitePersonMutation = {
  invitePerson: { person: { id: string }; link: { path: string; expiresAt: string } };
};

export type ChangePersonRoleMutationVariables = Exact<{
  id: string | number;
  role: Role;
}>;

export type ChangePersonRoleMutation = { changePersonRole: { id: string; role: Role } };

export type DeactivatePersonMutationVariables = Exact<{
  id: string | number;
}>;

export type DeactivatePersonMutation = { deactivatePerson: { id: string; active: boolean } };

export type ReactivatePersonMutationVariables = Exact<{
  id: string | number;
}>;

export type ReactivatePersonMutation = { reactivatePerson: { id: string; active: boolean } };

export type SetPersonMembershipsMutationVariables = Exact<{
  id: string | number;
  memberships: Array<MembershipInput> | MembershipInput;
}>;

export type SetPersonMembershipsMutation = {
  setPersonMemberships: {
    id: string;
    memberships: Array<{ productionId: string; role: Role; company: string | null }>;
  };
};

export type MembershipProductionsQueryVariables = Exact<{ [key: string]: never }>;

export type MembershipProductionsQuery = {
  productions: { edges: Array<{ node: { id: string; code: string; title: string } }> };
};

export type PortfolioSummaryQueryVariables = Exact<{
  quarter: string;
  currency: string;
  productionIds?: Array<string | number> | string | number | null | undefined;
}>;

export type PortfolioSummaryQuery = {
  quarterlySummary: {
    quarter: string;
    from: string;
    to: string;
    currency: string;
    aiShareOfTasks: number | null;
    aiShareOfHours: number | null;
    aiTasksWorked: number;
    tasksWorked: number;
    aiTaskHours: number;
    hoursLogged: number;
    machineHours: number;
    finishedAiTasks: number;
    totalSpend: { amountMinor: string; currency: string; formatted: string };
    humanSpend: { value: { amountMinor: string; currency: string; formatted: string } };
    aiSpend: { value: { amountMinor: string; currency: string; formatted: string } };
    allHumanBaseline: { value: { amountMinor: string; currency: string; formatted: string } };
    aiPathCost: { value: { amountMinor: string; currency: string; formatted: string } };
    savings: { value: { amountMinor: string; currency: string; formatted: string } };
    speedUp: { median: number | null; tasks: number };
    labourTotals: {
      displacedHours: number;
      createdHours: number;
      netHours: number;
      displacedFte: number;
      createdFte: number;
      netFte: number;
      wagesDisplaced: { amountMinor: string; currency: string; formatted: string };
    };
    labourByRole: Array<{
      role: string | null;
      displacedHours: number;
      createdHours: number;
      netHours: number;
    }>;
    missingRates: Array<{
      timeEntryId: string;
      production: string;
      role: string;
      workDate: string;
      hours: number;
    }>;
  };
};

export type PortfolioTrendQueryVariables = Exact<{
  quarter: string;
  currency: string;
  productionIds?: Array<string | number> | string | number | null | undefined;
}>;

export type PortfolioTrendQuery = {
  quarterlySummary: {
    quarter: string;
    humanSpend: { value: { amountMinor: string; currency: string; formatted: string } };
    aiSpend: { value: { amountMinor: string; currency: string; formatted: string } };
    savings: { value: { amountMinor: string; currency: string; formatted: string } };
  };
};

export type PortfolioWorkingQueryVariables = Exact<{
  quarter: string;
  currency: string;
  productionIds?: Array<string | number> | string | number | null | undefined;
}>;

export type PortfolioWorkingQuery = {
  quarterlySummary: {
    humanSpend: {
      working: {
        note: string | null;
        lines: {
          totalCount: number;
          edges: Array<{
            node: {
              label: string;
              quantity: number | null;
              unit: string | null;
              rate: { amountMinor: string; currency: string; formatted: string } | null;
              amount: { amountMinor: string; currency: string; formatted: string } | null;
              refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
            };
          }>;
        };
      };
    };
    aiSpend: {
      working: {
        note: string | null;
        lines: {
          totalCount: number;
          edges: Array<{
            node: {
              label: string;
              quantity: number | null;
              unit: string | null;
              rate: { amountMinor: string; currency: string; formatted: string } | null;
              amount: { amountMinor: string; currency: string; formatted: string } | null;
              refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
            };
          }>;
        };
      };
    };
    allHumanBaseline: {
      working: {
        note: string | null;
        lines: {
          totalCount: number;
          edges: Array<{
            node: {
              label: string;
              quantity: number | null;
              unit: string | null;
              rate: { amountMinor: string; currency: string; formatted: string } | null;
              amount: { amountMinor: string; currency: string; formatted: string } | null;
              refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
            };
          }>;
        };
      };
    };
    aiPathCost: {
      working: {
        note: string | null;
        lines: {
          totalCount: number;
          edges: Array<{
            node: {
              label: string;
              quantity: number | null;
              unit: string | null;
              rate: { amountMinor: string; currency: string; formatted: string } | null;
              amount: { amountMinor: string; currency: string; formatted: string } | null;
              refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
            };
          }>;
        };
      };
    };
    savings: {
      working: {
        note: string | null;
        lines: {
          totalCount: number;
          edges: Array<{
            node: {
              label: string;
              quantity: number | null;
              unit: string | null;
              rate: { amountMinor: string; currency: string; formatted: string } | null;
              amount: { amountMinor: string; currency: string; formatted: string } | null;
              refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
            };
          }>;
        };
      };
    };
    speedUp: {
      working: {
        note: string | null;
        lines: {
          totalCount: number;
          edges: Array<{
            node: {
              label: string;
              quantity: number | null;
              unit: string | null;
              rate: { amountMinor: string; currency: string; formatted: string } | null;
              amount: { amountMinor: string; currency: string; formatted: string } | null;
              refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
            };
          }>;
        };
      };
    };
    labourTotals: {
      working: {
        note: string | null;
        lines: {
          totalCount: number;
          edges: Array<{
            node: {
              label: string;
              quantity: number | null;
              unit: string | null;
              rate: { amountMinor: string; currency: string; formatted: string } | null;
              amount: { amountMinor: string; currency: string; formatted: string } | null;
              refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
            };
          }>;
        };
      };
    };
  };
};

export type FxCurrenciesQueryVariables = Exact<{ [key: string]: never }>;

export type FxCurrenciesQuery = {
  fxRates: { edges: Array<{ node: { currency: string; reportingCurrency: string } }> };
};

export type CreateProductionMutationVariables = Exact<{
  input: CreateProductionInput;
}>;

export type CreateProductionMutation = { createProduction: { id: string } };

export type ProductionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type ProductionsQuery = {
  productions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        code: string;
        title: string;
        country: string;
        currency: string;
        reportingCurrency: string;
        startDate: string;
        deliveryDate: string;
        guildCovered: boolean;
        vfxBudget: { amountMinor: string; currency: string; formatted: string };
      };
    }>;
  };
};

export type AiUseFactsFieldsFragment = {
  taskId: string;
  shotCode: string;
  useClass: AiUseClass;
  useClassReason: string;
  outputStatus: AiOutputStatus;
  escalation: EscalationState;
  requiredForFinal: Array<AiApprovalCategory>;
  lastAiRunAt: string | null;
  signedOffBy: string | null;
  signedOffAt: string | null;
  disclosures: Array<{
    id: string;
    contact: string;
    disclosedAt: string;
    description: string;
    recordedBy: string | null;
  }>;
  checklist: {
    noUnownedMaterial: PrincipleAnswer;
    noDataReuse: PrincipleAnswer;
    enterpriseSecured: PrincipleAnswer;
    outputTemporary: PrincipleAnswer;
    noTalentReplacement: PrincipleAnswer;
    involvesPersonalData: boolean;
    involvesThirdPartyIp: boolean;
    answeredAt: string;
  } | null;
  approvals: Array<{
    id: string;
    category: AiApprovalCategory;
    approver: string;
    documentRef: string;
    approvedAt: string;
    recordedBy: string | null;
  }>;
};

export type AiUseFactsQueryVariables = Exact<{
  taskId: string | number;
}>;

export type AiUseFactsQuery = {
  aiUseFacts: {
    taskId: string;
    shotCode: string;
    useClass: AiUseClass;
    useClassReason: string;
    outputStatus: AiOutputStatus;
    escalation: EscalationState;
    requiredForFinal: Array<AiApprovalCategory>;
    lastAiRunAt: string | null;
    signedOffBy: string | null;
    signedOffAt: string | null;
    disclosures: Array<{
      id: string;
      contact: string;
      disclosedAt: string;
      description: string;
      recordedBy: string | null;
    }>;
    checklist: {
      noUnownedMaterial: PrincipleAnswer;
      noDataReuse: PrincipleAnswer;
      enterpriseSecured: PrincipleAnswer;
      outputTemporary: PrincipleAnswer;
      noTalentReplacement: PrincipleAnswer;
      involvesPersonalData: boolean;
      involvesThirdPartyIp: boolean;
      answeredAt: string;
    } | null;
    approvals: Array<{
      id: string;
      category: AiApprovalCategory;
      approver: string;
      documentRef: string;
      approvedAt: string;
      recordedBy: string | null;
    }>;
  };
};

export type RecordAiUseDisclosureMutationVariables = Exact<{
  input: RecordAiUseDisclosureInput;
}>;

export type RecordAiUseDisclosureMutation = {
  recordAiUseDisclosure: {
    taskId: string;
    shotCode: string;
    useClass: AiUseClass;
    useClassReason: string;
    outputStatus: AiOutputStatus;
    escalation: EscalationState;
    requiredForFinal: Array<AiApprovalCategory>;
    lastAiRunAt: string | null;
    signedOffBy: string | null;
    signedOffAt: string | null;
    disclosures: Array<{
      id: string;
      contact: string;
      disclosedAt: string;
      description: string;
      recordedBy: string | null;
    }>;
    checklist: {
      noUnownedMaterial: PrincipleAnswer;
      noDataReuse: PrincipleAnswer;
      enterpriseSecured: PrincipleAnswer;
      outputTemporary: PrincipleAnswer;
      noTalentReplacement: PrincipleAnswer;
      involvesPersonalData: boolean;
      involvesThirdPartyIp: boolean;
      answeredAt: string;
    } | null;
    approvals: Array<{
      id: string;
      category: AiApprovalCategory;
      approver: string;
      documentRef: string;
      approvedAt: string;
      recordedBy: string | null;
    }>;
  };
};

export type AnswerAiUseChecklistMutationVariables = Exact<{
  input: AnswerAiUseChecklistInput;
}>;

export type AnswerAiUseChecklistMutation = {
  answerAiUseChecklist: {
    taskId: string;
    shotCode: string;
    useClass: AiUseClass;
    useClassReason: string;
    outputStatus: AiOutputStatus;
    escalation: EscalationState;
    requiredForFinal: Array<AiApprovalCategory>;
    lastAiRunAt: string | null;
    signedOffBy: string | null;
    signedOffAt: string | null;
    disclosures: Array<{
      id: string;
      contact: string;
      disclosedAt: string;
      description: string;
      recordedBy: string | null;
    }>;
    checklist: {
      noUnownedMaterial: PrincipleAnswer;
      noDataReuse: PrincipleAnswer;
      enterpriseSecured: PrincipleAnswer;
      outputTemporary: PrincipleAnswer;
      noTalentReplacement: PrincipleAnswer;
      involvesPersonalData: boolean;
      involvesThirdPartyIp: boolean;
      answeredAt: string;
    } | null;
    approvals: Array<{
      id: string;
      category: AiApprovalCategory;
      approver: string;
      documentRef: string;
      approvedAt: string;
      recordedBy: string | null;
    }>;
  };
};

export type RecordAiUseApprovalMutationVariables = Exact<{
  input: RecordAiUseApprovalInput;
}>;

export type RecordAiUseApprovalMutation = {
  recordAiUseApproval: {
    taskId: string;
    shotCode: string;
    useClass: AiUseClass;
    useClassReason: string;
    outputStatus: AiOutputStatus;
    escalation: EscalationState;
    requiredForFinal: Array<AiApprovalCategory>;
    lastAiRunAt: string | null;
    signedOffBy: string | null;
    signedOffAt: string | null;
    disclosures: Array<{
      id: string;
      contact: string;
      disclosedAt: string;
      description: string;
      recordedBy: string | null;
    }>;
    checklist: {
      noUnownedMaterial: PrincipleAnswer;
      noDataReuse: PrincipleAnswer;
      enterpriseSecured: PrincipleAnswer;
      outputTemporary: PrincipleAnswer;
      noTalentReplacement: PrincipleAnswer;
      involvesPersonalData: boolean;
      involvesThirdPartyIp: boolean;
      answeredAt: string;
    } | null;
    approvals: Array<{
      id: string;
      category: AiApprovalCategory;
      approver: string;
      documentRef: string;
      approvedAt: string;
      recordedBy: string | null;
    }>;
  };
};

export type ClassifyAiUseMutationVariables = Exact<{
  input: ClassifyAiUseInput;
}>;

export type ClassifyAiUseMutation = {
  classifyAiUse: {
    taskId: string;
    shotCode: string;
    useClass: AiUseClass;
    useClassReason: string;
    outputStatus: AiOutputStatus;
    escalation: EscalationState;
    requiredForFinal: Array<AiApprovalCategory>;
    lastAiRunAt: string | null;
    signedOffBy: string | null;
    signedOffAt: string | null;
    disclosures: Array<{
      id: string;
      contact: string;
      disclosedAt: string;
      description: string;
      recordedBy: string | null;
    }>;
    checklist: {
      noUnownedMaterial: PrincipleAnswer;
      noDataReuse: PrincipleAnswer;
      enterpriseSecured: PrincipleAnswer;
      outputTemporary: PrincipleAnswer;
      noTalentReplacement: PrincipleAnswer;
      involvesPersonalData: boolean;
      involvesThirdPartyIp: boolean;
      answeredAt: string;
    } | null;
    approvals: Array<{
      id: string;
      category: AiApprovalCategory;
      approver: string;
      documentRef: string;
      approvedAt: string;
      recordedBy: string | null;
    }>;
  };
};

export type PromoteAiOutputToFinalMutationVariables = Exact<{
  taskId: string | number;
}>;

export type PromoteAiOutputToFinalMutation = {
  promoteAiOutputToFinal: {
    taskId: string;
    shotCode: string;
    useClass: AiUseClass;
    useClassReason: string;
    outputStatus: AiOutputStatus;
    escalation: EscalationState;
    requiredForFinal: Array<AiApprovalCategory>;
    lastAiRunAt: string | null;
    signedOffBy: string | null;
    signedOffAt: string | null;
    disclosures: Array<{
      id: string;
      contact: string;
      disclosedAt: string;
      description: string;
      recordedBy: string | null;
    }>;
    checklist: {
      noUnownedMaterial: PrincipleAnswer;
      noDataReuse: PrincipleAnswer;
      enterpriseSecured: PrincipleAnswer;
      outputTemporary: PrincipleAnswer;
      noTalentReplacement: PrincipleAnswer;
      involvesPersonalData: boolean;
      involvesThirdPartyIp: boolean;
      answeredAt: string;
    } | null;
    approvals: Array<{
      id: string;
      category: AiApprovalCategory;
      approver: string;
      documentRef: string;
      approvedAt: string;
      recordedBy: string | null;
    }>;
  };
};

export type SignOffTaskMutationVariables = Exact<{
  taskId: string | number;
}>;

export type SignOffTaskMutation = {
  signOffTask: { taskId: string; signedOffBy: string; signedOffAt: string };
};

export type BreakdownTasksQueryVariables = Exact<{
  productionId: string | number;
  first: number;
  episodeId?: string | number | null | undefined;
  sequence?: string | null | undefined;
  taskTypeCode?: string | null | undefined;
  path?: TaskPath | null | undefined;
  status?: TaskStatus | null | undefined;
}>;

export type BreakdownTasksQuery = {
  tasks: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        complexity: number;
        path: TaskPath;
        status: TaskStatus;
        aiCategory: AiCategory;
        aiForbidden: boolean;
        likenessKind: LikenessKind;
        performerName: string | null;
        plannedAiReviewHours: number;
        baselineHoursOverride: number | null;
        vendorCompany: string | null;
        inFinalDeliverable: boolean;
        baseline: {
          hours: number;
          optimisticHours: number;
          pessimisticHours: number;
          source: string;
          working: string;
        } | null;
        taskType: { code: string; name: string; baselineRole: { code: string; name: string } };
        shot: {
          id: string;
          code: string;
          sequence: string;
          frameIn: number;
          frameOut: number;
          frameCount: number;
          timeScalar: number | null;
          description: string;
          performerLikeness: boolean;
          episode: { id: string; number: number } | null;
        };
      };
    }>;
  };
};

export type BreakdownFiltersQueryVariables = Exact<{
  productionId: string | number;
}>;

export type BreakdownFiltersQuery = {
  episodes: { edges: Array<{ node: { id: string; number: number; title: string } }> };
};

export type ImportBreakdownMutationVariables = Exact<{
  productionId: string | number;
  format: BreakdownFormat;
  content: string;
  dryRun: boolean;
  episodeNumber?: number | null | undefined;
  fps?: number | null | undefined;
  taskTypeCode?: string | null | undefined;
  path?: TaskPath | null | undefined;
  complexity?: number | null | undefined;
}>;

export type ImportBreakdownMutation = {
  importBreakdown: {
    dryRun: boolean;
    committed: boolean;
    format: BreakdownFormat;
    title: string | null;
    newEpisodes: number;
    newShots: number;
    newTasks: number;
    errors: Array<{ line: number; field: string | null; message: string; suggestion: string | null }>;
    shots: Array<{
      line: number;
      code: string;
      episodeNumber: number | null;
      sequence: string;
      frameIn: number;
      frameOut: number;
      frameCount: number;
      timeScalar: number | null;
      exists: boolean;
    }>;
    tasks: Array<{
      line: number;
      shotCode: string;
      taskTypeCode: string;
      complexity: number;
      path: TaskPath;
      exists: boolean;
    }>;
  };
};

export type CreateShotMutationVariables = Exact<{
  input: CreateShotInput;
}>;

export type CreateShotMutation = { createShot: { id: string; code: string } };

export type UpdateShotMutationVariables = Exact<{
  id: string | number;
  input: UpdateShotInput;
}>;

export type UpdateShotMutation = { updateShot: { id: string; code: string } };

export type DeleteShotMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteShotMutation = { deleteShot: { summary: string } };

export type CreateTasksMutationVariables = Exact<{
  input: CreateTasksInput;
}>;

export type CreateTasksMutation = { createTasks: { created: number } };

export type UpdateTaskMutationVariables = Exact<{
  id: string | number;
  input: UpdateTaskInput;
}>;

export type UpdateTaskMutation = { updateTask: { id: string } };

export type DeleteTaskMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteTaskMutation = { deleteTask: { summary: string } };

export type ShotTaskNamesQueryVariables = Exact<{
  productionId: string | number;
  shotId: string | number;
}>;

export type ShotTaskNamesQuery = {
  tasks: { totalCount: number; edges: Array<{ node: { id: string; taskType: { name: string } } }> };
};

export type VendorToolsQueryVariables = Exact<{ [key: string]: never }>;

export type VendorToolsQuery = {
  vendorTools: Array<{
    id: string;
    vendor: string;
    name: string;
    approvedProductionIds: Array<string>;
    dataTerms: { trainsOnInputs: TrainsOnInputs; retentionDays: number | null; enterpriseAgreement: boolean };
  }>;
};

export type RecordAiRunMutationVariables = Exact<{
  input: RecordAiRunInput;
}>;

export type RecordAiRunMutation = {
  recordAiRun: {
    id: string;
    tool: string;
    modelLabel: string;
    credits: string | null;
    cost: { amountMinor: string; currency: string; formatted: string };
    outputs: Array<{ fileId: string; originalName: string; c2paStatus: C2paStatus }>;
  };
};

export type CostReportQueryVariables = Exact<{
  productionId: string | number;
  asOf: string;
}>;

export type CostReportQuery = {
  costReport: {
    asOf: string;
    currency: string;
    missingRates: Array<{
      timeEntryId: string;
      production: string;
      role: string;
      workDate: string;
      hours: number;
    }>;
    vfxBudget: { amountMinor: string; currency: string; formatted: string };
    totals: {
      budget: { amountMinor: string; currency: string; formatted: string };
      bid: { amountMinor: string; currency: string; formatted: string };
      actualToDate: { amountMinor: string; currency: string; formatted: string };
      estimateToComplete: { amountMinor: string; currency: string; formatted: string };
      estimateAtCompletion: { amountMinor: string; currency: string; formatted: string };
      variance: { amountMinor: string; currency: string; formatted: string };
      bidVariance: { amountMinor: string; currency: string; formatted: string };
    };
    lines: Array<{
      taskType: string;
      tasks: number;
      budget: { amountMinor: string; currency: string; formatted: string };
      bid: { amountMinor: string; currency: string; formatted: string };
      actualToDate: { amountMinor: string; currency: string; formatted: string };
      estimateToComplete: { amountMinor: string; currency: string; formatted: string };
      estimateAtCompletion: { amountMinor: string; currency: string; formatted: string };
      variance: { amountMinor: string; currency: string; formatted: string };
      bidVariance: { amountMinor: string; currency: string; formatted: string };
    }>;
  };
};

export type CostWorkingQueryVariables = Exact<{
  productionId: string | number;
  asOf: string;
}>;

export type CostWorkingQuery = {
  costReport: {
    totals: {
      working: {
        note: string | null;
        lines: {
          totalCount: number;
          edges: Array<{
            node: {
              label: string;
              quantity: number | null;
              unit: string | null;
              rate: { amountMinor: string; currency: string; formatted: string } | null;
              amount: { amountMinor: string; currency: string; formatted: string } | null;
              refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
            };
          }>;
        };
      };
    };
    lines: Array<{
      taskType: string;
      working: {
        note: string | null;
        lines: {
          totalCount: number;
          edges: Array<{
            node: {
              label: string;
              quantity: number | null;
              unit: string | null;
              rate: { amountMinor: string; currency: string; formatted: string } | null;
              amount: { amountMinor: string; currency: string; formatted: string } | null;
              refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
            };
          }>;
        };
      };
    }>;
  };
};

export type BidVsActualQueryVariables = Exact<{
  productionId: string | number;
  groupBy: BidGrouping;
}>;

export type BidVsActualQuery = {
  bidVsActual: {
    currency: string;
    missingRates: Array<{
      timeEntryId: string;
      production: string;
      role: string;
      workDate: string;
      hours: number;
    }>;
    totals: {
      tasks: number;
      bidHours: number;
      actualHours: number;
      hoursVariance: number;
      bidCost: { amountMinor: string; currency: string; formatted: string };
      actualCost: { amountMinor: string; currency: string; formatted: string };
      costVariance: { amountMinor: string; currency: string; formatted: string };
    };
    rows: Array<{
      key: string;
      tasks: number;
      bidHours: number;
      actualHours: number;
      hoursVariance: number;
      bidCost: { amountMinor: string; currency: string; formatted: string };
      actualCost: { amountMinor: string; currency: string; formatted: string };
      costVariance: { amountMinor: string; currency: string; formatted: string };
    }>;
  };
};

export type PlanFrontierQueryVariables = Exact<{
  productionId: string | number;
  scenarioId?: string | number | null | undefined;
}>;

export type PlanFrontierQuery = {
  planFrontier: {
    exact: boolean;
    totalPoints: number;
    displacementCapHours: number;
    maxGapHours: number;
    maxGapCost: { amountMinor: string; currency: string; formatted: string };
    budgetBeforeContingency: { amountMinor: string; currency: string; formatted: string };
    points: Array<{
      index: number;
      displacedHours: number;
      cost: { amountMinor: string; currency: string; formatted: string };
      paths: Array<{ path: TaskPath; tasks: number }>;
    }>;
    leastDisplacementWithinBudget: { status: PlanQueryStatus; message: string; point: { index: number } };
    cheapestWithinDisplacementCap: { status: PlanQueryStatus; message: string; point: { index: number } };
  };
};

export type CurrentPlanCostQueryVariables = Exact<{
  productionId: string | number;
  scenarioId?: string | number | null | undefined;
}>;

export type CurrentPlanCostQuery = {
  feasibility: { estimateAtCompletion: { amountMinor: string; currency: string; formatted: string } };
};

export type PlanAdoptionPreviewQueryVariables = Exact<{
  productionId: string | number;
  scenarioId?: string | number | null | undefined;
  index: number;
}>;

export type PlanAdoptionPreviewQuery = {
  planAdoptionPreview: {
    index: number;
    fingerprint: string;
    costEffect: { amountMinor: string; currency: string; formatted: string };
    changes: Array<{
      taskId: string;
      task: string;
      from: TaskPath;
      to: TaskPath;
      costEffect: { amountMinor: string; currency: string; formatted: string };
    }>;
    kept: Array<{ taskId: string; task: string; path: TaskPath; wanted: TaskPath; reason: KeptTaskReason }>;
  };
};

export type AdoptFrontierPointMutationVariables = Exact<{
  productionId: string | number;
  scenarioId?: string | number | null | undefined;
  index: number;
  fingerprint: string;
}>;

export type AdoptFrontierPointMutation = {
  adoptFrontierPoint: {
    adoptionId: string;
    index: number;
    changed: number;
    kept: Array<{ taskId: string; task: string; path: TaskPath; wanted: TaskPath; reason: KeptTaskReason }>;
  };
};

export type UndoPlanAdoptionMutationVariables = Exact<{
  adoptionId: string | number;
}>;

export type UndoPlanAdoptionMutation = {
  undoPlanAdoption: {
    adoptionId: string;
    restored: Array<{ taskId: string; task: string; from: TaskPath; to: TaskPath }>;
  };
};

export type ScenariosQueryVariables = Exact<{
  productionId: string | number;
}>;

export type ScenariosQuery = {
  scenarios: {
    edges: Array<{
      node: {
        id: string;
        name: string;
        updatedAt: string;
        assumptions: {
          aiReviewHoursPerTask: number | null;
          contingencyPercent: number;
          gpuCount: number;
          gpuDeviceClass: string;
          gpuSecondsPerFrame: number;
          hoursPerWeek: number;
          reworkRatePercent: number;
          gpuPricePerHour: { amountMinor: string; currency: string; formatted: string } | null;
          headcounts: Array<{ roleCode: string; people: number }>;
          pathByTaskType: Array<{ taskTypeCode: string; path: TaskPath }>;
        };
      };
    }>;
  };
};

export type PlanBasisFieldsFragment = {
  planDate: string;
  scenario: string;
  asOf: string;
  tasks: number;
  unbidTasks: Array<string>;
};

export type FeasibilityQueryVariables = Exact<{
  productionId: string | number;
  scenarioId?: string | number | null | undefined;
}>;

export type FeasibilityQuery = {
  feasibility: {
    verdict: FeasibilityVerdict;
    summary: string;
    scheduleWeeks: number;
    weeksToDelivery: number;
    basis: { planDate: string; scenario: string; asOf: string; tasks: number; unbidTasks: Array<string> };
    budget: { amountMinor: string; currency: string; formatted: string };
    actualToDate: { amountMinor: string; currency: string; formatted: string };
    estimateToComplete: { amountMinor: string; currency: string; formatted: string };
    estimateAtCompletion: { amountMinor: string; currency: string; formatted: string };
    contingency: { amountMinor: string; currency: string; formatted: string };
    totalCost: { amountMinor: string; currency: string; formatted: string };
    headroom: { amountMinor: string; currency: string; formatted: string };
    variance: { amountMinor: string; currency: string; formatted: string };
    assumptions: Array<{ kind: string; name: string; hours: number; sentence: string }>;
    binding: { kind: PlanConstraintKind; name: string; utilisation: number; weeks: number | null };
    constraints: Array<{ kind: PlanConstraintKind; name: string; utilisation: number; weeks: number | null }>;
  };
};

export type FeasibilityWorkingQueryVariables = Exact<{
  productionId: string | number;
  scenarioId?: string | number | null | undefined;
}>;

export type FeasibilityWorkingQuery = {
  feasibility: {
    working: {
      note: string | null;
      lines: {
        totalCount: number;
        edges: Array<{
          node: {
            label: string;
            quantity: number | null;
            unit: string | null;
            rate: { amountMinor: string; currency: string; formatted: string } | null;
            amount: { amountMinor: string; currency: string; formatted: string } | null;
            refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
          };
        }>;
      };
    };
  };
};

export type RiskQueryVariables = Exact<{
  productionId: string | number;
  scenarioId?: string | number | null | undefined;
}>;

export type RiskQuery = {
  riskProfile: {
    method: string;
    draws: number;
    seed: number;
    probabilityWithinBudget: number;
    budget: { amountMinor: string; currency: string; formatted: string };
    mean: { amountMinor: string; currency: string; formatted: string };
    p10: { amountMinor: string; currency: string; formatted: string };
    p50: { amountMinor: string; currency: string; formatted: string };
    p80: { amountMinor: string; currency: string; formatted: string };
    p90: { amountMinor: string; currency: string; formatted: string };
    histogram: Array<{
      count: number;
      from: { amountMinor: string; currency: string; formatted: string };
      to: { amountMinor: string; currency: string; formatted: string };
    }>;
  };
};

export type CreateScenarioMutationVariables = Exact<{
  input: CreateScenarioInput;
}>;

export type CreateScenarioMutation = { createScenario: { id: string; name: string } };

export type ProductionHeaderQueryVariables = Exact<{
  id: string | number;
}>;

export type ProductionHeaderQuery = {
  production: {
    id: string;
    code: string;
    title: string;
    currency: string;
    reportingCurrency: string;
    startDate: string;
    deliveryDate: string;
    guildCovered: boolean;
    vfxBudget: { amountMinor: string; currency: string; formatted: string };
  };
};

export type ProductionRatesQueryVariables = Exact<{
  productionId: string | number;
}>;

export type ProductionRatesQuery = {
  production: {
    id: string;
    currency: string;
    reportingCurrency: string;
    startDate: string;
    deliveryDate: string;
  };
  rateCardInEffect: {
    id: string;
    name: string;
    currency: string;
    effectiveFrom: string;
    productionId: string | null;
    source: string;
    lines: Array<{
      fringePercent: number;
      source: string;
      role: { code: string; name: string };
      hourlyRate: { amountMinor: string; currency: string; formatted: string };
      flatFringePerHour: { amountMinor: string; currency: string; formatted: string };
      loadedRate: { amountMinor: string; currency: string; formatted: string };
    }>;
  } | null;
  labourRoles: { edges: Array<{ node: { id: string; code: string; name: string; department: string } }> };
  taskTypes: {
    edges: Array<{
      node: {
        code: string;
        name: string;
        defaultAiCategory: AiCategory;
        baselineRole: { code: string; name: string };
        bidTemplates: Array<{
          name: string;
          complexity: number;
          unit: BidUnit;
          optimistic: number;
          mostLikely: number;
          pessimistic: number;
          source: string;
        }>;
      };
    }>;
  };
};

export type CreateRateCardMutationVariables = Exact<{
  input: CreateRateCardInput;
}>;

export type CreateRateCardMutation = { createRateCard: { id: string } };

export type SetRateCardLineMutationVariables = Exact<{
  input: SetRateCardLineInput;
}>;

export type SetRateCardLineMutation = { setRateCardLine: { id: string } };

export type SaveTaskTypeMutationVariables = Exact<{
  input: TaskTypeInput;
}>;

export type SaveTaskTypeMutation = { saveTaskType: { code: string } };

export type CreateLabourRoleMutationVariables = Exact<{
  input: LabourRoleInput;
}>;

export type CreateLabourRoleMutation = { createLabourRole: { code: string } };

export type ProductionFxRatesQueryVariables = Exact<{
  currency: string;
  reportingCurrency: string;
}>;

export type ProductionFxRatesQuery = {
  fxRates: { edges: Array<{ node: { quarter: string; rate: string; source: string } }> };
};

export type SetFxRateMutationVariables = Exact<{
  input: FxRateInput;
}>;

export type SetFxRateMutation = { setFxRate: { quarter: string } };

export type SetBidTemplateMutationVariables = Exact<{
  input: BidTemplateInput;
}>;

export type SetBidTemplateMutation = { setBidTemplate: { id: string } };

export type ProductionRulePacksQueryVariables = Exact<{
  productionId: string | number;
}>;

export type ProductionRulePacksQuery = {
  rulePacks: Array<{
    id: string;
    title: string;
    source: string;
    effectiveFrom: string | null;
    effectiveTo: string | null;
    chosen: boolean;
    rules: Array<{
      id: PolicyRuleId;
      text: string;
      severity: PolicySeverity;
      defaultSeverity: PolicySeverity;
    }>;
  }>;
  disclosurePlans: Array<{
    id: string;
    deliverable: string;
    placements: Array<DisclosurePlacement>;
    howTold: string;
    firstExposure: string;
  }>;
};

export type SetPolicySeverityMutationVariables = Exact<{
  productionId: string | number;
  ruleId: PolicyRuleId;
  severity: PolicySeverity;
}>;

export type SetPolicySeverityMutation = { setPolicySeverity: { id: PolicyRuleId; severity: PolicySeverity } };

export type TimeEntriesQueryVariables = Exact<{
  productionId: string | number;
  first: number;
  person?: string | null | undefined;
}>;

export type TimeEntriesQuery = {
  timeEntries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        person: string;
        workDate: string;
        minutes: number;
        kind: TimeEntryKind;
        note: string;
        reverses: string | null;
        corrects: string | null;
        monthClosed: boolean;
        reversed: boolean;
        task: { id: string; shot: { code: string }; taskType: { code: string; name: string } };
        role: { code: string; name: string };
      };
    }>;
  };
};

export type UpdateTimeEntryMutationVariables = Exact<{
  id: string | number;
  changes: TimeEntryChanges;
}>;

export type UpdateTimeEntryMutation = {
  updateTimeEntry: {
    reversed: boolean;
    entry: { id: string; workDate: string; minutes: number } | null;
    reversal: { id: string; workDate: string; minutes: number } | null;
  };
};

export type DeleteTimeEntryMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteTimeEntryMutation = {
  deleteTimeEntry: { reversed: boolean; reversal: { id: string; workDate: string; minutes: number } | null };
};

export type ImportTimeEntriesMutationVariables = Exact<{
  productionId: string | number;
  content: string;
  dryRun: boolean;
}>;

export type ImportTimeEntriesMutation = {
  importTimeEntries: {
    committed: boolean;
    count: number;
    hours: number;
    entryIds: Array<string>;
    entries: Array<{
      line: number;
      person: string;
      roleCode: string;
      workDate: string;
      minutes: number;
      kind: TimeEntryKind;
      note: string;
      task: { id: string; shot: { code: string }; taskType: { code: string; name: string } };
    }>;
    errors: Array<{ line: number; field: string | null; message: string; suggestion: string | null }>;
  };
};

export type DeleteTimeEntriesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type DeleteTimeEntriesMutation = { deleteTimeEntries: Array<{ reversed: boolean }> };

export type PlanInputsQueryVariables = Exact<{
  productionId: string | number;
  after?: string | null | undefined;
}>;

export type PlanInputsQuery = {
  planInputs: {
    productionId: string;
    currency: string;
    planDate: string;
    asOf: string;
    daysToDelivery: number;
    hoursPerDay: string;
    budget: { amountMinor: string; currency: string; formatted: string };
    spentOutsidePlan: { amountMinor: string; currency: string; formatted: string };
    gpuPrices: Array<{
      deviceClass: string;
      pricePerHour: { amountMinor: string; currency: string; formatted: string };
    }>;
    tasks: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        node: {
          id: string;
          label: string;
          taskTypeCode: string;
          taskTypeName: string;
          roleCode: string;
          rateMinorPerHour: string;
          path: TaskPath;
          aiForbidden: boolean;
          done: boolean;
          complexity: number;
          frameCount: number;
          baselineHoursOverride: string | null;
          bidUnit: string | null;
          bidOptimistic: string | null;
          bidMostLikely: string | null;
          bidPessimistic: string | null;
          plannedReviewHours: string;
          actualMinor: string | null;
        };
      }>;
    };
  };
};

export type JobFieldsFragment = {
  id: string;
  status: InferenceJobStatus;
  taskId: string;
  productionId: string;
  modelId: string;
  modelLabel: string;
  modelSha256: string;
  framesDone: number;
  framesTotal: number;
  provider: string | null;
  device: string | null;
  deviceClass: string | null;
  attempt: number;
  cancelRequested: boolean;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  queueWaitMs: number | null;
  wallMs: number;
  error: string | null;
  failedFrame: { index: number; name: string } | null;
  timings: { decodeMs: number; inferMs: number; encodeMs: number };
  computeCost: { amountMinor: string; currency: string; formatted: string } | null;
};

export type InferenceJobsQueryVariables = Exact<{
  first: number;
  filter?: InferenceJobFilter | null | undefined;
}>;

export type InferenceJobsQuery = {
  inferenceJobs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        status: InferenceJobStatus;
        taskId: string;
        productionId: string;
        modelId: string;
        modelLabel: string;
        modelSha256: string;
        framesDone: number;
        framesTotal: number;
        provider: string | null;
        device: string | null;
        deviceClass: string | null;
        attempt: number;
        cancelRequested: boolean;
        queuedAt: string;
        startedAt: string | null;
        finishedAt: string | null;
        queueWaitMs: number | null;
        wallMs: number;
        error: string | null;
        failedFrame: { index: number; name: string } | null;
        timings: { decodeMs: number; inferMs: number; encodeMs: number };
        computeCost: { amountMinor: string; currency: string; formatted: string } | null;
      };
    }>;
  };
};

export type JobProgressSubscriptionVariables = Exact<{
  jobId: string | number;
}>;

export type JobProgressSubscription = {
  jobProgress: {
    id: string;
    status: InferenceJobStatus;
    taskId: string;
    productionId: string;
    modelId: string;
    modelLabel: string;
    modelSha256: string;
    framesDone: number;
    framesTotal: number;
    provider: string | null;
    device: string | null;
    deviceClass: string | null;
    attempt: number;
    cancelRequested: boolean;
    queuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    queueWaitMs: number | null;
    wallMs: number;
    error: string | null;
    failedFrame: { index: number; name: string } | null;
    timings: { decodeMs: number; inferMs: number; encodeMs: number };
    computeCost: { amountMinor: string; currency: string; formatted: string } | null;
  };
};

export type CancelInferenceJobMutationVariables = Exact<{
  id: string | number;
}>;

export type CancelInferenceJobMutation = {
  cancelInferenceJob: {
    id: string;
    status: InferenceJobStatus;
    taskId: string;
    productionId: string;
    modelId: string;
    modelLabel: string;
    modelSha256: string;
    framesDone: number;
    framesTotal: number;
    provider: string | null;
    device: string | null;
    deviceClass: string | null;
    attempt: number;
    cancelRequested: boolean;
    queuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    queueWaitMs: number | null;
    wallMs: number;
    error: string | null;
    failedFrame: { index: number; name: string } | null;
    timings: { decodeMs: number; inferMs: number; encodeMs: number };
    computeCost: { amountMinor: string; currency: string; formatted: string } | null;
  };
};

export type JobContextQueryVariables = Exact<{
  jobId: string | number;
  taskId: string | number;
  modelId: string | number;
  productionId: string | number;
}>;

export type JobContextQuery = {
  renders: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        frameIndex: number;
        frameNumber: number;
        frameName: string;
        width: number;
        height: number;
        inputSha256: string;
        outputSha256: string;
        outputFileId: string;
        thumbnailFileId: string;
        decodeMs: number;
        inferMs: number;
        encodeMs: number;
        provenanceStatus: string;
        manifest: string;
      };
    }>;
  };
  task: {
    id: string;
    path: TaskPath;
    shot: { code: string };
    taskType: { name: string; baselineRole: { code: string; name: string } };
    baseline: { hours: number; working: string } | null;
  };
  model: {
    id: string;
    name: string;
    version: string;
    sha256: string;
    adapter: { outputKind: OutputKind };
    provenance: { licence: string; trainingData: TrainingDataKind; weights: ModelWeights; vendor: string };
  };
  taskJobs: { edges: Array<{ node: { id: string; wallMs: number; status: InferenceJobStatus } }> };
  timeEntries: { totalCount: number; edges: Array<{ node: { minutes: number; kind: TimeEntryKind } }> };
  rateCardInEffect: { name: string } | null;
};

export type TaskCostQueryVariables = Exact<{
  productionId: string | number;
  taskId: string | number;
}>;

export type TaskCostQuery = {
  taskBidVsActual: {
    currency: string;
    bidCost: { amountMinor: string; currency: string; formatted: string };
    actualCost: { amountMinor: string; currency: string; formatted: string };
    costVariance: { amountMinor: string; currency: string; formatted: string };
    fxRates: Array<{ quarter: string; from: string; to: string; rate: string }>;
    runs: Array<{
      jobId: string | null;
      inCardCurrency: { amountMinor: string; currency: string; formatted: string };
    }>;
    working: {
      note: string | null;
      lines: {
        totalCount: number;
        edges: Array<{
          node: {
            label: string;
            quantity: number | null;
            unit: string | null;
            rate: { amountMinor: string; currency: string; formatted: string } | null;
            amount: { amountMinor: string; currency: string; formatted: string } | null;
            refs: { totalCount: number; nodes: Array<{ id: string; kind: RecordKind; name: string }> };
          };
        }>;
      };
    };
  };
};

export type FolderFramesQueryVariables = Exact<{ [key: string]: never }>;

export type FolderFramesQuery = {
  frameFolders: {
    edges: Array<{
      node: {
        id: string;
        name: string;
        firstFrame: number;
        lastFrame: number;
        frameCount: number;
        width: number;
        height: number;
        frames: { edges: Array<{ node: { fileId: string; sha256: string; number: number } }> };
      };
    }>;
  };
};

export type FolderAlphaQueryVariables = Exact<{
  folderId: string | number;
}>;

export type FolderAlphaQuery = {
  frameFolder: {
    id: string;
    frames: { edges: Array<{ node: { number: number; hasAlpha: boolean | null } }> };
  };
};

export type SubmitChoicesQueryVariables = Exact<{
  productionId: string | number;
  taskTypeCode?: string | null | undefined;
}>;

export type SubmitChoicesQuery = {
  tasks: {
    edges: Array<{
      node: {
        id: string;
        path: TaskPath;
        status: TaskStatus;
        aiForbidden: boolean;
        shot: { code: string };
        taskType: { code: string; name: string };
      };
    }>;
  };
};

export type ApprovedModelsQueryVariables = Exact<{ [key: string]: never }>;

export type ApprovedModelsQuery = {
  models: {
    edges: Array<{
      node: {
        id: string;
        name: string;
        version: string;
        taskTypes: Array<string>;
        adapter: { extraInputs: Array<{ source: ExtraInputSource }> | null };
      };
    }>;
  };
};

export type SubmitInferenceJobMutationVariables = Exact<{
  input: SubmitInferenceJobInput;
}>;

export type SubmitInferenceJobMutation = {
  submitInferenceJob: {
    id: string;
    status: InferenceJobStatus;
    taskId: string;
    productionId: string;
    modelId: string;
    modelLabel: string;
    modelSha256: string;
    framesDone: number;
    framesTotal: number;
    provider: string | null;
    device: string | null;
    deviceClass: string | null;
    attempt: number;
    cancelRequested: boolean;
    queuedAt: string;
    startedAt: string | null;
    finishedAt: string | null;
    queueWaitMs: number | null;
    wallMs: number;
    error: string | null;
    failedFrame: { index: number; name: string } | null;
    timings: { decodeMs: number; inferMs: number; encodeMs: number };
    computeCost: { amountMinor: string; currency: string; formatted: string } | null;
  };
};

export type NamesQueryVariables = Exact<{ [key: string]: never }>;

export type NamesQuery = {
  labourRoles: { edges: Array<{ node: { code: string; name: string } }> };
  taskTypes: { edges: Array<{ node: { code: string; name: string } }> };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MissingRateFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MissingRateFields on MissingRate {
  timeEntryId
  production
  role
  workDate
  hours
}
    `,
  { fragmentName: 'MissingRateFields' },
) as unknown as TypedDocumentString<MissingRateFieldsFragment, unknown>;
export const MoneyFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
    `,
  { fragmentName: 'MoneyFields' },
) as unknown as TypedDocumentString<MoneyFieldsFragment, unknown>;
export const WorkingFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment WorkingFields on Working {
  note
  lines(first: 100) {
    totalCount
    edges {
      node {
        label
        quantity
        unit
        rate {
          ...MoneyFields
        }
        amount {
          ...MoneyFields
        }
        refs(first: 12) {
          totalCount
          nodes {
            id
            kind
            name
          }
        }
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`,
  { fragmentName: 'WorkingFields' },
) as unknown as TypedDocumentString<WorkingFieldsFragment, unknown>;
export const CheckpointFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment CheckpointFields on AuditCheckpoint {
  treeSize
  rootHash
  at
  keyId
  publicKey
  signature
}
    `,
  { fragmentName: 'CheckpointFields' },
) as unknown as TypedDocumentString<CheckpointFieldsFragment, unknown>;
export const LabourFiguresFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment LabourFiguresFields on LabourImpactRow {
  role
  department
  taskType
  quarter
  displacedHours
  displacedFte
  createdHours
  createdFte
  netHours
  netFte
  finishedAiTasks
  wagesDisplaced {
    ...MoneyFields
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`,
  { fragmentName: 'LabourFiguresFields' },
) as unknown as TypedDocumentString<LabourFiguresFieldsFragment, unknown>;
export const ModelFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ModelFields on Model {
  id
  name
  version
  status
  sha256
  sizeBytes
  fileId
  taskTypes
  createdAt
  decidedAt
  decisionReason
  producer
  irVersion
  inputs {
    name
    type
    shape
  }
  outputs {
    name
    type
    shape
  }
  adapter {
    layout
    colour
    size
    width
    height
    sizeMultiple
    fixedSizeStrategy
    tileOverlap
    outputKind
    outputName
    maskThreshold
    imageInput
    extraInputs {
      name
      source
    }
    valueRange {
      min
      max
    }
    meanStd {
      mean
      std
    }
  }
  provenance {
    licence
    trainingData
    trainingDataNotes
    vendor
    source
    weights
    modelCard
  }
  dataTerms {
    trainsOnInputs
    retentionDays
    enterpriseAgreement
  }
  performerScope {
    performerName
    productionCode
  }
}
    `,
  { fragmentName: 'ModelFields' },
) as unknown as TypedDocumentString<ModelFieldsFragment, unknown>;
export const AiUseFactsFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AiUseFactsFields on AiUseFacts {
  taskId
  shotCode
  useClass
  useClassReason
  outputStatus
  escalation
  requiredForFinal
  lastAiRunAt
  signedOffBy
  signedOffAt
  disclosures {
    id
    contact
    disclosedAt
    description
    recordedBy
  }
  checklist {
    noUnownedMaterial
    noDataReuse
    enterpriseSecured
    outputTemporary
    noTalentReplacement
    involvesPersonalData
    involvesThirdPartyIp
    answeredAt
  }
  approvals {
    id
    category
    approver
    documentRef
    approvedAt
    recordedBy
  }
}
    `,
  { fragmentName: 'AiUseFactsFields' },
) as unknown as TypedDocumentString<AiUseFactsFieldsFragment, unknown>;
export const PlanBasisFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PlanBasisFields on PlanBasis {
  planDate
  scenario
  asOf
  tasks
  unbidTasks
}
    `,
  { fragmentName: 'PlanBasisFields' },
) as unknown as TypedDocumentString<PlanBasisFieldsFragment, unknown>;
export const JobFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment JobFields on InferenceJob {
  id
  status
  taskId
  productionId
  modelId
  modelLabel
  modelSha256
  framesDone
  framesTotal
  provider
  device
  deviceClass
  attempt
  cancelRequested
  queuedAt
  startedAt
  finishedAt
  queueWaitMs
  wallMs
  error
  failedFrame {
    index
    name
  }
  timings {
    decodeMs
    inferMs
    encodeMs
  }
  computeCost {
    ...MoneyFields
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`,
  { fragmentName: 'JobFields' },
) as unknown as TypedDocumentString<JobFieldsFragment, unknown>;
export const SetPasswordWithLinkDocument = new TypedDocumentString(`
    mutation SetPasswordWithLink($token: String!, $password: String!) {
  setPasswordWithLink(token: $token, password: $password) {
    email
  }
}
    `) as unknown as TypedDocumentString<SetPasswordWithLinkMutation, SetPasswordWithLinkMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      id
      email
      displayName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInOptionsDocument = new TypedDocumentString(`
    query SignInOptions {
  signInOptions {
    passwords
    singleSignOn {
      providerName
      startPath
    }
  }
}
    `) as unknown as TypedDocumentString<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const AiUseLedgerDocument = new TypedDocumentString(`
    query AiUseLedger($first: Int!, $after: String, $productionId: ID, $modelId: ID, $from: String, $to: String, $order: LedgerOrder) {
  aiUseLedger(
    first: $first
    after: $after
    productionId: $productionId
    modelId: $modelId
    from: $from
    to: $to
    order: $order
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        runId
        source
        jobId
        externalRef
        productionCode
        shotCode
        taskId
        taskType
        path
        modelName
        tool
        operator
        c2paStatus
        modelSha256
        modelStatus
        modelApprovedBy
        modelApprovedAt
        licence
        trainingData
        trainingDataNotes
        vendor
        provider
        deviceClass
        frames
        wallMs
        finishedAt
        ranBy
        computeCost {
          ...MoneyFields
        }
        likenessKind
        performerName
        consentStanding
        noticeHoursBeforeFirstUse
        inFinalDeliverable
        exceptions {
          id
          ruleId
          status
        }
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<AiUseLedgerQuery, AiUseLedgerQueryVariables>;
export const ModelNamesDocument = new TypedDocumentString(`
    query ModelNames {
  modelInventory {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<ModelNamesQuery, ModelNamesQueryVariables>;
export const PolicyExceptionsDocument = new TypedDocumentString(`
    query PolicyExceptions($first: Int!, $after: String, $filter: PolicyExceptionFilter) {
  policyExceptions(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        ruleId
        status
        message
        evidenceJson
        productionId
        occasion
        occurrences
        productionCode
        shotCode
        taskId
        firstSeenAt
        lastSeenAt
        reviewStatus
        reviewNote
        reviewedBy
        reviewedAt
        closeReason
        closedBy
        closedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyExceptionsQuery, PolicyExceptionsQueryVariables>;
export const PolicyRulesDocument = new TypedDocumentString(`
    query PolicyRules {
  policyRules {
    id
    text
    source
    defaultSeverity
    packs
  }
}
    `) as unknown as TypedDocumentString<PolicyRulesQuery, PolicyRulesQueryVariables>;
export const ReviewPolicyExceptionDocument = new TypedDocumentString(`
    mutation ReviewPolicyException($id: ID!, $reviewStatus: PolicyReviewStatus!, $note: String!) {
  reviewPolicyException(id: $id, reviewStatus: $reviewStatus, note: $note) {
    id
    reviewStatus
    reviewNote
    reviewedBy
    reviewedAt
  }
}
    `) as unknown as TypedDocumentString<
  ReviewPolicyExceptionMutation,
  ReviewPolicyExceptionMutationVariables
>;
export const WaivePolicyExceptionDocument = new TypedDocumentString(`
    mutation WaivePolicyException($id: ID!, $reason: String!) {
  waivePolicyException(id: $id, reason: $reason) {
    id
    status
    closeReason
    closedBy
    closedAt
  }
}
    `) as unknown as TypedDocumentString<WaivePolicyExceptionMutation, WaivePolicyExceptionMutationVariables>;
export const ConsentRegisterDocument = new TypedDocumentString(`
    query ConsentRegister($productionId: ID) {
  consentRegister(productionId: $productionId) {
    id
    performerName
    productionCode
    replicaKind
    scope
    signedAt
    noticeGivenAt
    firstLikenessUseAt
    noticeHoursBeforeFirstUse
    standing
    estateConsent
    scanReason
    performerMinor
    guardianName
    trainingLicensedAt
    trainingNoticeAt
    documentSha256
    tasks
    openExceptions
    compensation {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<ConsentRegisterQuery, ConsentRegisterQueryVariables>;
export const LatestCheckpointDocument = new TypedDocumentString(`
    query LatestCheckpoint {
  auditCheckpoint {
    ...CheckpointFields
  }
}
    fragment CheckpointFields on AuditCheckpoint {
  treeSize
  rootHash
  at
  keyId
  publicKey
  signature
}`) as unknown as TypedDocumentString<LatestCheckpointQuery, LatestCheckpointQueryVariables>;
export const SignAuditCheckpointDocument = new TypedDocumentString(`
    mutation SignAuditCheckpoint {
  signAuditCheckpoint {
    ...CheckpointFields
  }
}
    fragment CheckpointFields on AuditCheckpoint {
  treeSize
  rootHash
  at
  keyId
  publicKey
  signature
}`) as unknown as TypedDocumentString<SignAuditCheckpointMutation, SignAuditCheckpointMutationVariables>;
export const AuditConsistencyProofDocument = new TypedDocumentString(`
    query AuditConsistencyProof($from: Int!, $to: Int!) {
  auditConsistencyProof(from: $from, to: $to) {
    fromSize
    toSize
    fromRoot
    toRoot
    path
  }
}
    `) as unknown as TypedDocumentString<AuditConsistencyProofQuery, AuditConsistencyProofQueryVariables>;
export const AuditWitnessStatusDocument = new TypedDocumentString(`
    query AuditWitnessStatus {
  auditContinuity {
    ok
    checkedAt
    logSize
    lastSignedSize
    finding {
      treeSize
      consistentUpTo
      detectedAt
      message
    }
  }
  auditWitnesses {
    id
    name
    organisation
    keyId
    refusing
    lastCosigned {
      treeSize
      signedAt
      receivedAt
    }
    lastRefusal {
      treeSize
      fromSize
      reason
      receivedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuditWitnessStatusQuery, AuditWitnessStatusQueryVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id
    performerName
  }
}
    `) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const PolicyExceptionCountsDocument = new TypedDocumentString(`
    query PolicyExceptionCounts($filter: PolicyExceptionFilter) {
  policyExceptionCounts(filter: $filter) {
    ruleId
    productionId
    productionCode
    total
    open
    unreviewed
  }
}
    `) as unknown as TypedDocumentString<PolicyExceptionCountsQuery, PolicyExceptionCountsQueryVariables>;
export const ReviewPolicyExceptionsDocument = new TypedDocumentString(`
    mutation ReviewPolicyExceptions($ids: [ID!]!, $reviewStatus: PolicyReviewStatus!, $note: String!) {
  reviewPolicyExceptions(ids: $ids, reviewStatus: $reviewStatus, note: $note) {
    id
    reviewStatus
    reviewNote
  }
}
    `) as unknown as TypedDocumentString<
  ReviewPolicyExceptionsMutation,
  ReviewPolicyExceptionsMutationVariables
>;
export const RecordExceptionNoticeDocument = new TypedDocumentString(`
    mutation RecordExceptionNotice($id: ID!, $unionName: String!, $scope: String!, $givenAt: String!) {
  recordExceptionNotice(
    id: $id
    unionName: $unionName
    scope: $scope
    givenAt: $givenAt
  ) {
    id
    status
    closeReason
  }
}
    `) as unknown as TypedDocumentString<
  RecordExceptionNoticeMutation,
  RecordExceptionNoticeMutationVariables
>;
export const LabourImpactDocument = new TypedDocumentString(`
    query LabourImpact($filter: LabourImpactFilter!, $groupBy: [LabourDimension!]!, $currency: String) {
  labourImpact(filter: $filter, groupBy: $groupBy, currency: $currency) {
    currency
    quarters
    rows {
      ...LabourFiguresFields
    }
    totals {
      displacedHours
      displacedFte
      createdHours
      createdFte
      netHours
      netFte
      finishedAiTasks
      wagesDisplaced {
        ...MoneyFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment LabourFiguresFields on LabourImpactRow {
  role
  department
  taskType
  quarter
  displacedHours
  displacedFte
  createdHours
  createdFte
  netHours
  netFte
  finishedAiTasks
  wagesDisplaced {
    ...MoneyFields
  }
}`) as unknown as TypedDocumentString<LabourImpactQuery, LabourImpactQueryVariables>;
export const LabourWorkingDocument = new TypedDocumentString(`
    query LabourWorking($filter: LabourImpactFilter!, $groupBy: [LabourDimension!]!, $currency: String) {
  labourImpact(filter: $filter, groupBy: $groupBy, currency: $currency) {
    rows {
      role
      department
      taskType
      quarter
      working {
        ...WorkingFields
      }
    }
    totals {
      working {
        ...WorkingFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment WorkingFields on Working {
  note
  lines(first: 100) {
    totalCount
    edges {
      node {
        label
        quantity
        unit
        rate {
          ...MoneyFields
        }
        amount {
          ...MoneyFields
        }
        refs(first: 12) {
          totalCount
          nodes {
            id
            kind
            name
          }
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<LabourWorkingQuery, LabourWorkingQueryVariables>;
export const ModelsDocument = new TypedDocumentString(`
    query Models($first: Int!, $filter: ModelFilter) {
  models(first: $first, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ModelFields
      }
    }
  }
}
    fragment ModelFields on Model {
  id
  name
  version
  status
  sha256
  sizeBytes
  fileId
  taskTypes
  createdAt
  decidedAt
  decisionReason
  producer
  irVersion
  inputs {
    name
    type
    shape
  }
  outputs {
    name
    type
    shape
  }
  adapter {
    layout
    colour
    size
    width
    height
    sizeMultiple
    fixedSizeStrategy
    tileOverlap
    outputKind
    outputName
    maskThreshold
    imageInput
    extraInputs {
      name
      source
    }
    valueRange {
      min
      max
    }
    meanStd {
      mean
      std
    }
  }
  provenance {
    licence
    trainingData
    trainingDataNotes
    vendor
    source
    weights
    modelCard
  }
  dataTerms {
    trainsOnInputs
    retentionDays
    enterpriseAgreement
  }
  performerScope {
    performerName
    productionCode
  }
}`) as unknown as TypedDocumentString<ModelsQuery, ModelsQueryVariables>;
export const ModelUseDocument = new TypedDocumentString(`
    query ModelUse {
  modelInventory {
    id
    runs
    frames
    lastUsedAt
    productions
    openExceptions
    decidedBy
  }
}
    `) as unknown as TypedDocumentString<ModelUseQuery, ModelUseQueryVariables>;
export const ApproveModelDocument = new TypedDocumentString(`
    mutation ApproveModel($id: ID!) {
  approveModel(id: $id) {
    ...ModelFields
  }
}
    fragment ModelFields on Model {
  id
  name
  version
  status
  sha256
  sizeBytes
  fileId
  taskTypes
  createdAt
  decidedAt
  decisionReason
  producer
  irVersion
  inputs {
    name
    type
    shape
  }
  outputs {
    name
    type
    shape
  }
  adapter {
    layout
    colour
    size
    width
    height
    sizeMultiple
    fixedSizeStrategy
    tileOverlap
    outputKind
    outputName
    maskThreshold
    imageInput
    extraInputs {
      name
      source
    }
    valueRange {
      min
      max
    }
    meanStd {
      mean
      std
    }
  }
  provenance {
    licence
    trainingData
    trainingDataNotes
    vendor
    source
    weights
    modelCard
  }
  dataTerms {
    trainsOnInputs
    retentionDays
    enterpriseAgreement
  }
  performerScope {
    performerName
    productionCode
  }
}`) as unknown as TypedDocumentString<ApproveModelMutation, ApproveModelMutationVariables>;
export const RejectModelDocument = new TypedDocumentString(`
    mutation RejectModel($id: ID!, $reason: String!) {
  rejectModel(id: $id, reason: $reason) {
    ...ModelFields
  }
}
    fragment ModelFields on Model {
  id
  name
  version
  status
  sha256
  sizeBytes
  fileId
  taskTypes
  createdAt
  decidedAt
  decisionReason
  producer
  irVersion
  inputs {
    name
    type
    shape
  }
  outputs {
    name
    type
    shape
  }
  adapter {
    layout
    colour
    size
    width
    height
    sizeMultiple
    fixedSizeStrategy
    tileOverlap
    outputKind
    outputName
    maskThreshold
    imageInput
    extraInputs {
      name
      source
    }
    valueRange {
      min
      max
    }
    meanStd {
      mean
      std
    }
  }
  provenance {
    licence
    trainingData
    trainingDataNotes
    vendor
    source
    weights
    modelCard
  }
  dataTerms {
    trainsOnInputs
    retentionDays
    enterpriseAgreement
  }
  performerScope {
    performerName
    productionCode
  }
}`) as unknown as TypedDocumentString<RejectModelMutation, RejectModelMutationVariables>;
export const RegisterModelDocument = new TypedDocumentString(`
    mutation RegisterModel($input: RegisterModelInput!) {
  registerModel(input: $input) {
    ...ModelFields
  }
}
    fragment ModelFields on Model {
  id
  name
  version
  status
  sha256
  sizeBytes
  fileId
  taskTypes
  createdAt
  decidedAt
  decisionReason
  producer
  irVersion
  inputs {
    name
    type
    shape
  }
  outputs {
    name
    type
    shape
  }
  adapter {
    layout
    colour
    size
    width
    height
    sizeMultiple
    fixedSizeStrategy
    tileOverlap
    outputKind
    outputName
    maskThreshold
    imageInput
    extraInputs {
      name
      source
    }
    valueRange {
      min
      max
    }
    meanStd {
      mean
      std
    }
  }
  provenance {
    licence
    trainingData
    trainingDataNotes
    vendor
    source
    weights
    modelCard
  }
  dataTerms {
    trainsOnInputs
    retentionDays
    enterpriseAgreement
  }
  performerScope {
    performerName
    productionCode
  }
}`) as unknown as TypedDocumentString<RegisterModelMutation, RegisterModelMutationVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People {
  people {
    id
    email
    displayName
    role
    active
    lastSignInAt
    invitationPending
    memberships {
      productionId
      role
      company
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const InvitePersonDocument = new TypedDocumentString(`
    mutation InvitePerson($input: InvitePersonInput!) {
  invitePerson(input: $input) {
    person {
      id
    }
    link {
      path
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<InvitePersonMutation, InvitePersonMutationVariables>;
export const ChangePersonRoleDocument = new TypedDocumentString(`
    mutation ChangePersonRole($id: ID!, $role: Role!) {
  changePersonRole(id: $id, role: $role) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<ChangePersonRoleMutation, ChangePersonRoleMutationVariables>;
export const DeactivatePersonDocument = new TypedDocumentString(`
    mutation DeactivatePerson($id: ID!) {
  deactivatePerson(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<DeactivatePersonMutation, DeactivatePersonMutationVariables>;
export const ReactivatePersonDocument = new TypedDocumentString(`
    mutation ReactivatePerson($id: ID!) {
  reactivatePerson(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<ReactivatePersonMutation, ReactivatePersonMutationVariables>;
export const SetPersonMembershipsDocument = new TypedDocumentString(`
    mutation SetPersonMemberships($id: ID!, $memberships: [MembershipInput!]!) {
  setPersonMemberships(id: $id, memberships: $memberships) {
    id
    memberships {
      productionId
      role
      company
    }
  }
}
    `) as unknown as TypedDocumentString<SetPersonMembershipsMutation, SetPersonMembershipsMutationVariables>;
export const MembershipProductionsDocument = new TypedDocumentString(`
    query MembershipProductions {
  productions(first: 100) {
    edges {
      node {
        id
        code
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipProductionsQuery, MembershipProductionsQueryVariables>;
export const PortfolioSummaryDocument = new TypedDocumentString(`
    query PortfolioSummary($quarter: String!, $currency: String!, $productionIds: [ID!]) {
  quarterlySummary(
    quarter: $quarter
    currency: $currency
    productionIds: $productionIds
  ) {
    quarter
    from
    to
    currency
    totalSpend {
      ...MoneyFields
    }
    humanSpend {
      value {
        ...MoneyFields
      }
    }
    aiSpend {
      value {
        ...MoneyFields
      }
    }
    allHumanBaseline {
      value {
        ...MoneyFields
      }
    }
    aiPathCost {
      value {
        ...MoneyFields
      }
    }
    savings {
      value {
        ...MoneyFields
      }
    }
    aiShareOfTasks
    aiShareOfHours
    aiTasksWorked
    tasksWorked
    aiTaskHours
    hoursLogged
    machineHours
    finishedAiTasks
    speedUp {
      median
      tasks
    }
    labourTotals {
      displacedHours
      createdHours
      netHours
      displacedFte
      createdFte
      netFte
      wagesDisplaced {
        ...MoneyFields
      }
    }
    labourByRole {
      role
      displacedHours
      createdHours
      netHours
    }
    missingRates {
      ...MissingRateFields
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment MissingRateFields on MissingRate {
  timeEntryId
  production
  role
  workDate
  hours
}`) as unknown as TypedDocumentString<PortfolioSummaryQuery, PortfolioSummaryQueryVariables>;
export const PortfolioTrendDocument = new TypedDocumentString(`
    query PortfolioTrend($quarter: String!, $currency: String!, $productionIds: [ID!]) {
  quarterlySummary(
    quarter: $quarter
    currency: $currency
    productionIds: $productionIds
  ) {
    quarter
    humanSpend {
      value {
        ...MoneyFields
      }
    }
    aiSpend {
      value {
        ...MoneyFields
      }
    }
    savings {
      value {
        ...MoneyFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<PortfolioTrendQuery, PortfolioTrendQueryVariables>;
export const PortfolioWorkingDocument = new TypedDocumentString(`
    query PortfolioWorking($quarter: String!, $currency: String!, $productionIds: [ID!]) {
  quarterlySummary(
    quarter: $quarter
    currency: $currency
    productionIds: $productionIds
  ) {
    humanSpend {
      working {
        ...WorkingFields
      }
    }
    aiSpend {
      working {
        ...WorkingFields
      }
    }
    allHumanBaseline {
      working {
        ...WorkingFields
      }
    }
    aiPathCost {
      working {
        ...WorkingFields
      }
    }
    savings {
      working {
        ...WorkingFields
      }
    }
    speedUp {
      working {
        ...WorkingFields
      }
    }
    labourTotals {
      working {
        ...WorkingFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment WorkingFields on Working {
  note
  lines(first: 100) {
    totalCount
    edges {
      node {
        label
        quantity
        unit
        rate {
          ...MoneyFields
        }
        amount {
          ...MoneyFields
        }
        refs(first: 12) {
          totalCount
          nodes {
            id
            kind
            name
          }
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<PortfolioWorkingQuery, PortfolioWorkingQueryVariables>;
export const FxCurrenciesDocument = new TypedDocumentString(`
    query FxCurrencies {
  fxRates(first: 100) {
    edges {
      node {
        currency
        reportingCurrency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FxCurrenciesQuery, FxCurrenciesQueryVariables>;
export const CreateProductionDocument = new TypedDocumentString(`
    mutation CreateProduction($input: CreateProductionInput!) {
  createProduction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProductionMutation, CreateProductionMutationVariables>;
export const ProductionsDocument = new TypedDocumentString(`
    query Productions($first: Int!, $after: String) {
  productions(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        title
        country
        currency
        reportingCurrency
        startDate
        deliveryDate
        guildCovered
        vfxBudget {
          ...MoneyFields
        }
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<ProductionsQuery, ProductionsQueryVariables>;
export const AiUseFactsDocument = new TypedDocumentString(`
    query AiUseFacts($taskId: ID!) {
  aiUseFacts(taskId: $taskId) {
    ...AiUseFactsFields
  }
}
    fragment AiUseFactsFields on AiUseFacts {
  taskId
  shotCode
  useClass
  useClassReason
  outputStatus
  escalation
  requiredForFinal
  lastAiRunAt
  signedOffBy
  signedOffAt
  disclosures {
    id
    contact
    disclosedAt
    description
    recordedBy
  }
  checklist {
    noUnownedMaterial
    noDataReuse
    enterpriseSecured
    outputTemporary
    noTalentReplacement
    involvesPersonalData
    involvesThirdPartyIp
    answeredAt
  }
  approvals {
    id
    category
    approver
    documentRef
    approvedAt
    recordedBy
  }
}`) as unknown as TypedDocumentString<AiUseFactsQuery, AiUseFactsQueryVariables>;
export const RecordAiUseDisclosureDocument = new TypedDocumentString(`
    mutation RecordAiUseDisclosure($input: RecordAiUseDisclosureInput!) {
  recordAiUseDisclosure(input: $input) {
    ...AiUseFactsFields
  }
}
    fragment AiUseFactsFields on AiUseFacts {
  taskId
  shotCode
  useClass
  useClassReason
  outputStatus
  escalation
  requiredForFinal
  lastAiRunAt
  signedOffBy
  signedOffAt
  disclosures {
    id
    contact
    disclosedAt
    description
    recordedBy
  }
  checklist {
    noUnownedMaterial
    noDataReuse
    enterpriseSecured
    outputTemporary
    noTalentReplacement
    involvesPersonalData
    involvesThirdPartyIp
    answeredAt
  }
  approvals {
    id
    category
    approver
    documentRef
    approvedAt
    recordedBy
  }
}`) as unknown as TypedDocumentString<RecordAiUseDisclosureMutation, RecordAiUseDisclosureMutationVariables>;
export const AnswerAiUseChecklistDocument = new TypedDocumentString(`
    mutation AnswerAiUseChecklist($input: AnswerAiUseChecklistInput!) {
  answerAiUseChecklist(input: $input) {
    ...AiUseFactsFields
  }
}
    fragment AiUseFactsFields on AiUseFacts {
  taskId
  shotCode
  useClass
  useClassReason
  outputStatus
  escalation
  requiredForFinal
  lastAiRunAt
  signedOffBy
  signedOffAt
  disclosures {
    id
    contact
    disclosedAt
    description
    recordedBy
  }
  checklist {
    noUnownedMaterial
    noDataReuse
    enterpriseSecured
    outputTemporary
    noTalentReplacement
    involvesPersonalData
    involvesThirdPartyIp
    answeredAt
  }
  approvals {
    id
    category
    approver
    documentRef
    approvedAt
    recordedBy
  }
}`) as unknown as TypedDocumentString<AnswerAiUseChecklistMutation, AnswerAiUseChecklistMutationVariables>;
export const RecordAiUseApprovalDocument = new TypedDocumentString(`
    mutation RecordAiUseApproval($input: RecordAiUseApprovalInput!) {
  recordAiUseApproval(input: $input) {
    ...AiUseFactsFields
  }
}
    fragment AiUseFactsFields on AiUseFacts {
  taskId
  shotCode
  useClass
  useClassReason
  outputStatus
  escalation
  requiredForFinal
  lastAiRunAt
  signedOffBy
  signedOffAt
  disclosures {
    id
    contact
    disclosedAt
    description
    recordedBy
  }
  checklist {
    noUnownedMaterial
    noDataReuse
    enterpriseSecured
    outputTemporary
    noTalentReplacement
    involvesPersonalData
    involvesThirdPartyIp
    answeredAt
  }
  approvals {
    id
    category
    approver
    documentRef
    approvedAt
    recordedBy
  }
}`) as unknown as TypedDocumentString<RecordAiUseApprovalMutation, RecordAiUseApprovalMutationVariables>;
export const ClassifyAiUseDocument = new TypedDocumentString(`
    mutation ClassifyAiUse($input: ClassifyAiUseInput!) {
  classifyAiUse(input: $input) {
    ...AiUseFactsFields
  }
}
    fragment AiUseFactsFields on AiUseFacts {
  taskId
  shotCode
  useClass
  useClassReason
  outputStatus
  escalation
  requiredForFinal
  lastAiRunAt
  signedOffBy
  signedOffAt
  disclosures {
    id
    contact
    disclosedAt
    description
    recordedBy
  }
  checklist {
    noUnownedMaterial
    noDataReuse
    enterpriseSecured
    outputTemporary
    noTalentReplacement
    involvesPersonalData
    involvesThirdPartyIp
    answeredAt
  }
  approvals {
    id
    category
    approver
    documentRef
    approvedAt
    recordedBy
  }
}`) as unknown as TypedDocumentString<ClassifyAiUseMutation, ClassifyAiUseMutationVariables>;
export const PromoteAiOutputToFinalDocument = new TypedDocumentString(`
    mutation PromoteAiOutputToFinal($taskId: ID!) {
  promoteAiOutputToFinal(taskId: $taskId) {
    ...AiUseFactsFields
  }
}
    fragment AiUseFactsFields on AiUseFacts {
  taskId
  shotCode
  useClass
  useClassReason
  outputStatus
  escalation
  requiredForFinal
  lastAiRunAt
  signedOffBy
  signedOffAt
  disclosures {
    id
    contact
    disclosedAt
    description
    recordedBy
  }
  checklist {
    noUnownedMaterial
    noDataReuse
    enterpriseSecured
    outputTemporary
    noTalentReplacement
    involvesPersonalData
    involvesThirdPartyIp
    answeredAt
  }
  approvals {
    id
    category
    approver
    documentRef
    approvedAt
    recordedBy
  }
}`) as unknown as TypedDocumentString<
  PromoteAiOutputToFinalMutation,
  PromoteAiOutputToFinalMutationVariables
>;
export const SignOffTaskDocument = new TypedDocumentString(`
    mutation SignOffTask($taskId: ID!) {
  signOffTask(taskId: $taskId) {
    taskId
    signedOffBy
    signedOffAt
  }
}
    `) as unknown as TypedDocumentString<SignOffTaskMutation, SignOffTaskMutationVariables>;
export const BreakdownTasksDocument = new TypedDocumentString(`
    query BreakdownTasks($productionId: ID!, $first: Int!, $episodeId: ID, $sequence: String, $taskTypeCode: String, $path: TaskPath, $status: TaskStatus) {
  tasks(
    productionId: $productionId
    first: $first
    episodeId: $episodeId
    sequence: $sequence
    taskTypeCode: $taskTypeCode
    path: $path
    status: $status
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        complexity
        path
        status
        aiCategory
        aiForbidden
        likenessKind
        performerName
        plannedAiReviewHours
        baselineHoursOverride
        vendorCompany
        inFinalDeliverable
        baseline {
          hours
          optimisticHours
          pessimisticHours
          source
          working
        }
        taskType {
          code
          name
          baselineRole {
            code
            name
          }
        }
        shot {
          id
          code
          sequence
          frameIn
          frameOut
          frameCount
          timeScalar
          description
          performerLikeness
          episode {
            id
            number
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BreakdownTasksQuery, BreakdownTasksQueryVariables>;
export const BreakdownFiltersDocument = new TypedDocumentString(`
    query BreakdownFilters($productionId: ID!) {
  episodes(productionId: $productionId, first: 100) {
    edges {
      node {
        id
        number
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BreakdownFiltersQuery, BreakdownFiltersQueryVariables>;
export const ImportBreakdownDocument = new TypedDocumentString(`
    mutation ImportBreakdown($productionId: ID!, $format: BreakdownFormat!, $content: String!, $dryRun: Boolean!, $episodeNumber: Int, $fps: Float, $taskTypeCode: String, $path: TaskPath, $complexity: Int) {
  importBreakdown(
    productionId: $productionId
    format: $format
    content: $content
    dryRun: $dryRun
    episodeNumber: $episodeNumber
    fps: $fps
    taskTypeCode: $taskTypeCode
    path: $path
    complexity: $complexity
  ) {
    dryRun
    committed
    format
    title
    newEpisodes
    newShots
    newTasks
    errors {
      line
      field
      message
      suggestion
    }
    shots {
      line
      code
      episodeNumber
      sequence
      frameIn
      frameOut
      frameCount
      timeScalar
      exists
    }
    tasks {
      line
      shotCode
      taskTypeCode
      complexity
      path
      exists
    }
  }
}
    `) as unknown as TypedDocumentString<ImportBreakdownMutation, ImportBreakdownMutationVariables>;
export const CreateShotDocument = new TypedDocumentString(`
    mutation CreateShot($input: CreateShotInput!) {
  createShot(input: $input) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<CreateShotMutation, CreateShotMutationVariables>;
export const UpdateShotDocument = new TypedDocumentString(`
    mutation UpdateShot($id: ID!, $input: UpdateShotInput!) {
  updateShot(id: $id, input: $input) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<UpdateShotMutation, UpdateShotMutationVariables>;
export const DeleteShotDocument = new TypedDocumentString(`
    mutation DeleteShot($id: ID!) {
  deleteShot(id: $id) {
    summary
  }
}
    `) as unknown as TypedDocumentString<DeleteShotMutation, DeleteShotMutationVariables>;
export const CreateTasksDocument = new TypedDocumentString(`
    mutation CreateTasks($input: CreateTasksInput!) {
  createTasks(input: $input) {
    created
  }
}
    `) as unknown as TypedDocumentString<CreateTasksMutation, CreateTasksMutationVariables>;
export const UpdateTaskDocument = new TypedDocumentString(`
    mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) {
  updateTask(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const DeleteTaskDocument = new TypedDocumentString(`
    mutation DeleteTask($id: ID!) {
  deleteTask(id: $id) {
    summary
  }
}
    `) as unknown as TypedDocumentString<DeleteTaskMutation, DeleteTaskMutationVariables>;
export const ShotTaskNamesDocument = new TypedDocumentString(`
    query ShotTaskNames($productionId: ID!, $shotId: ID!) {
  tasks(productionId: $productionId, shotId: $shotId, first: 100) {
    totalCount
    edges {
      node {
        id
        taskType {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShotTaskNamesQuery, ShotTaskNamesQueryVariables>;
export const VendorToolsDocument = new TypedDocumentString(`
    query VendorTools {
  vendorTools {
    id
    vendor
    name
    approvedProductionIds
    dataTerms {
      trainsOnInputs
      retentionDays
      enterpriseAgreement
    }
  }
}
    `) as unknown as TypedDocumentString<VendorToolsQuery, VendorToolsQueryVariables>;
export const RecordAiRunDocument = new TypedDocumentString(`
    mutation RecordAiRun($input: RecordAiRunInput!) {
  recordAiRun(input: $input) {
    id
    tool
    modelLabel
    credits
    cost {
      ...MoneyFields
    }
    outputs {
      fileId
      originalName
      c2paStatus
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<RecordAiRunMutation, RecordAiRunMutationVariables>;
export const CostReportDocument = new TypedDocumentString(`
    query CostReport($productionId: ID!, $asOf: String!) {
  costReport(productionId: $productionId, asOf: $asOf) {
    asOf
    currency
    missingRates {
      ...MissingRateFields
    }
    vfxBudget {
      ...MoneyFields
    }
    totals {
      budget {
        ...MoneyFields
      }
      bid {
        ...MoneyFields
      }
      actualToDate {
        ...MoneyFields
      }
      estimateToComplete {
        ...MoneyFields
      }
      estimateAtCompletion {
        ...MoneyFields
      }
      variance {
        ...MoneyFields
      }
      bidVariance {
        ...MoneyFields
      }
    }
    lines {
      taskType
      tasks
      budget {
        ...MoneyFields
      }
      bid {
        ...MoneyFields
      }
      actualToDate {
        ...MoneyFields
      }
      estimateToComplete {
        ...MoneyFields
      }
      estimateAtCompletion {
        ...MoneyFields
      }
      variance {
        ...MoneyFields
      }
      bidVariance {
        ...MoneyFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment MissingRateFields on MissingRate {
  timeEntryId
  production
  role
  workDate
  hours
}`) as unknown as TypedDocumentString<CostReportQuery, CostReportQueryVariables>;
export const CostWorkingDocument = new TypedDocumentString(`
    query CostWorking($productionId: ID!, $asOf: String!) {
  costReport(productionId: $productionId, asOf: $asOf) {
    totals {
      working {
        ...WorkingFields
      }
    }
    lines {
      taskType
      working {
        ...WorkingFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment WorkingFields on Working {
  note
  lines(first: 100) {
    totalCount
    edges {
      node {
        label
        quantity
        unit
        rate {
          ...MoneyFields
        }
        amount {
          ...MoneyFields
        }
        refs(first: 12) {
          totalCount
          nodes {
            id
            kind
            name
          }
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<CostWorkingQuery, CostWorkingQueryVariables>;
export const BidVsActualDocument = new TypedDocumentString(`
    query BidVsActual($productionId: ID!, $groupBy: BidGrouping!) {
  bidVsActual(productionId: $productionId, groupBy: $groupBy) {
    currency
    missingRates {
      ...MissingRateFields
    }
    totals {
      tasks
      bidHours
      actualHours
      hoursVariance
      bidCost {
        ...MoneyFields
      }
      actualCost {
        ...MoneyFields
      }
      costVariance {
        ...MoneyFields
      }
    }
    rows {
      key
      tasks
      bidHours
      actualHours
      hoursVariance
      bidCost {
        ...MoneyFields
      }
      actualCost {
        ...MoneyFields
      }
      costVariance {
        ...MoneyFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment MissingRateFields on MissingRate {
  timeEntryId
  production
  role
  workDate
  hours
}`) as unknown as TypedDocumentString<BidVsActualQuery, BidVsActualQueryVariables>;
export const PlanFrontierDocument = new TypedDocumentString(`
    query PlanFrontier($productionId: ID!, $scenarioId: ID) {
  planFrontier(productionId: $productionId, scenarioId: $scenarioId) {
    exact
    totalPoints
    displacementCapHours
    maxGapHours
    maxGapCost {
      ...MoneyFields
    }
    budgetBeforeContingency {
      ...MoneyFields
    }
    points {
      index
      displacedHours
      cost {
        ...MoneyFields
      }
      paths {
        path
        tasks
      }
    }
    leastDisplacementWithinBudget {
      status
      message
      point {
        index
      }
    }
    cheapestWithinDisplacementCap {
      status
      message
      point {
        index
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<PlanFrontierQuery, PlanFrontierQueryVariables>;
export const CurrentPlanCostDocument = new TypedDocumentString(`
    query CurrentPlanCost($productionId: ID!, $scenarioId: ID) {
  feasibility(productionId: $productionId, scenarioId: $scenarioId) {
    estimateAtCompletion {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<CurrentPlanCostQuery, CurrentPlanCostQueryVariables>;
export const PlanAdoptionPreviewDocument = new TypedDocumentString(`
    query PlanAdoptionPreview($productionId: ID!, $scenarioId: ID, $index: Int!) {
  planAdoptionPreview(
    productionId: $productionId
    scenarioId: $scenarioId
    index: $index
  ) {
    index
    fingerprint
    costEffect {
      ...MoneyFields
    }
    changes {
      taskId
      task
      from
      to
      costEffect {
        ...MoneyFields
      }
    }
    kept {
      taskId
      task
      path
      wanted
      reason
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<PlanAdoptionPreviewQuery, PlanAdoptionPreviewQueryVariables>;
export const AdoptFrontierPointDocument = new TypedDocumentString(`
    mutation AdoptFrontierPoint($productionId: ID!, $scenarioId: ID, $index: Int!, $fingerprint: String!) {
  adoptFrontierPoint(
    productionId: $productionId
    scenarioId: $scenarioId
    index: $index
    fingerprint: $fingerprint
  ) {
    adoptionId
    index
    changed
    kept {
      taskId
      task
      path
      wanted
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AdoptFrontierPointMutation, AdoptFrontierPointMutationVariables>;
export const UndoPlanAdoptionDocument = new TypedDocumentString(`
    mutation UndoPlanAdoption($adoptionId: ID!) {
  undoPlanAdoption(adoptionId: $adoptionId) {
    adoptionId
    restored {
      taskId
      task
      from
      to
    }
  }
}
    `) as unknown as TypedDocumentString<UndoPlanAdoptionMutation, UndoPlanAdoptionMutationVariables>;
export const ScenariosDocument = new TypedDocumentString(`
    query Scenarios($productionId: ID!) {
  scenarios(productionId: $productionId, first: 100) {
    edges {
      node {
        id
        name
        updatedAt
        assumptions {
          aiReviewHoursPerTask
          contingencyPercent
          gpuCount
          gpuDeviceClass
          gpuSecondsPerFrame
          hoursPerWeek
          reworkRatePercent
          gpuPricePerHour {
            ...MoneyFields
          }
          headcounts {
            roleCode
            people
          }
          pathByTaskType {
            taskTypeCode
            path
          }
        }
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<ScenariosQuery, ScenariosQueryVariables>;
export const FeasibilityDocument = new TypedDocumentString(`
    query Feasibility($productionId: ID!, $scenarioId: ID) {
  feasibility(productionId: $productionId, scenarioId: $scenarioId) {
    verdict
    summary
    scheduleWeeks
    weeksToDelivery
    basis {
      ...PlanBasisFields
    }
    budget {
      ...MoneyFields
    }
    actualToDate {
      ...MoneyFields
    }
    estimateToComplete {
      ...MoneyFields
    }
    estimateAtCompletion {
      ...MoneyFields
    }
    contingency {
      ...MoneyFields
    }
    totalCost {
      ...MoneyFields
    }
    headroom {
      ...MoneyFields
    }
    variance {
      ...MoneyFields
    }
    assumptions {
      kind
      name
      hours
      sentence
    }
    binding {
      kind
      name
      utilisation
      weeks
    }
    constraints {
      kind
      name
      utilisation
      weeks
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment PlanBasisFields on PlanBasis {
  planDate
  scenario
  asOf
  tasks
  unbidTasks
}`) as unknown as TypedDocumentString<FeasibilityQuery, FeasibilityQueryVariables>;
export const FeasibilityWorkingDocument = new TypedDocumentString(`
    query FeasibilityWorking($productionId: ID!, $scenarioId: ID) {
  feasibility(productionId: $productionId, scenarioId: $scenarioId) {
    working {
      ...WorkingFields
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment WorkingFields on Working {
  note
  lines(first: 100) {
    totalCount
    edges {
      node {
        label
        quantity
        unit
        rate {
          ...MoneyFields
        }
        amount {
          ...MoneyFields
        }
        refs(first: 12) {
          totalCount
          nodes {
            id
            kind
            name
          }
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<FeasibilityWorkingQuery, FeasibilityWorkingQueryVariables>;
export const RiskDocument = new TypedDocumentString(`
    query Risk($productionId: ID!, $scenarioId: ID) {
  riskProfile(productionId: $productionId, scenarioId: $scenarioId) {
    method
    draws
    seed
    probabilityWithinBudget
    budget {
      ...MoneyFields
    }
    mean {
      ...MoneyFields
    }
    p10 {
      ...MoneyFields
    }
    p50 {
      ...MoneyFields
    }
    p80 {
      ...MoneyFields
    }
    p90 {
      ...MoneyFields
    }
    histogram {
      count
      from {
        ...MoneyFields
      }
      to {
        ...MoneyFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<RiskQuery, RiskQueryVariables>;
export const CreateScenarioDocument = new TypedDocumentString(`
    mutation CreateScenario($input: CreateScenarioInput!) {
  createScenario(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateScenarioMutation, CreateScenarioMutationVariables>;
export const ProductionHeaderDocument = new TypedDocumentString(`
    query ProductionHeader($id: ID!) {
  production(id: $id) {
    id
    code
    title
    currency
    reportingCurrency
    startDate
    deliveryDate
    guildCovered
    vfxBudget {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<ProductionHeaderQuery, ProductionHeaderQueryVariables>;
export const ProductionRatesDocument = new TypedDocumentString(`
    query ProductionRates($productionId: ID!) {
  production(id: $productionId) {
    id
    currency
    reportingCurrency
    startDate
    deliveryDate
  }
  rateCardInEffect(productionId: $productionId) {
    id
    name
    currency
    effectiveFrom
    productionId
    source
    lines {
      fringePercent
      source
      role {
        code
        name
      }
      hourlyRate {
        ...MoneyFields
      }
      flatFringePerHour {
        ...MoneyFields
      }
      loadedRate {
        ...MoneyFields
      }
    }
  }
  labourRoles(first: 100) {
    edges {
      node {
        id
        code
        name
        department
      }
    }
  }
  taskTypes(first: 100) {
    edges {
      node {
        code
        name
        defaultAiCategory
        baselineRole {
          code
          name
        }
        bidTemplates {
          name
          complexity
          unit
          optimistic
          mostLikely
          pessimistic
          source
        }
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<ProductionRatesQuery, ProductionRatesQueryVariables>;
export const CreateRateCardDocument = new TypedDocumentString(`
    mutation CreateRateCard($input: CreateRateCardInput!) {
  createRateCard(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateRateCardMutation, CreateRateCardMutationVariables>;
export const SetRateCardLineDocument = new TypedDocumentString(`
    mutation SetRateCardLine($input: SetRateCardLineInput!) {
  setRateCardLine(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetRateCardLineMutation, SetRateCardLineMutationVariables>;
export const SaveTaskTypeDocument = new TypedDocumentString(`
    mutation SaveTaskType($input: TaskTypeInput!) {
  saveTaskType(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<SaveTaskTypeMutation, SaveTaskTypeMutationVariables>;
export const CreateLabourRoleDocument = new TypedDocumentString(`
    mutation CreateLabourRole($input: LabourRoleInput!) {
  createLabourRole(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<CreateLabourRoleMutation, CreateLabourRoleMutationVariables>;
export const ProductionFxRatesDocument = new TypedDocumentString(`
    query ProductionFxRates($currency: String!, $reportingCurrency: String!) {
  fxRates(currency: $currency, reportingCurrency: $reportingCurrency, first: 100) {
    edges {
      node {
        quarter
        rate
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductionFxRatesQuery, ProductionFxRatesQueryVariables>;
export const SetFxRateDocument = new TypedDocumentString(`
    mutation SetFxRate($input: FxRateInput!) {
  setFxRate(input: $input) {
    quarter
  }
}
    `) as unknown as TypedDocumentString<SetFxRateMutation, SetFxRateMutationVariables>;
export const SetBidTemplateDocument = new TypedDocumentString(`
    mutation SetBidTemplate($input: BidTemplateInput!) {
  setBidTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetBidTemplateMutation, SetBidTemplateMutationVariables>;
export const ProductionRulePacksDocument = new TypedDocumentString(`
    query ProductionRulePacks($productionId: ID!) {
  rulePacks(productionId: $productionId) {
    id
    title
    source
    effectiveFrom
    effectiveTo
    chosen
    rules {
      id
      text
      severity
      defaultSeverity
    }
  }
  disclosurePlans(productionId: $productionId) {
    id
    deliverable
    placements
    howTold
    firstExposure
  }
}
    `) as unknown as TypedDocumentString<ProductionRulePacksQuery, ProductionRulePacksQueryVariables>;
export const SetPolicySeverityDocument = new TypedDocumentString(`
    mutation SetPolicySeverity($productionId: ID!, $ruleId: PolicyRuleId!, $severity: PolicySeverity!) {
  setPolicySeverity(
    productionId: $productionId
    ruleId: $ruleId
    severity: $severity
  ) {
    id
    severity
  }
}
    `) as unknown as TypedDocumentString<SetPolicySeverityMutation, SetPolicySeverityMutationVariables>;
export const TimeEntriesDocument = new TypedDocumentString(`
    query TimeEntries($productionId: ID!, $first: Int!, $person: String) {
  timeEntries(productionId: $productionId, first: $first, person: $person) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        person
        workDate
        minutes
        kind
        note
        reverses
        corrects
        monthClosed
        reversed
        task {
          id
          shot {
            code
          }
          taskType {
            code
            name
          }
        }
        role {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeEntriesQuery, TimeEntriesQueryVariables>;
export const UpdateTimeEntryDocument = new TypedDocumentString(`
    mutation UpdateTimeEntry($id: ID!, $changes: TimeEntryChanges!) {
  updateTimeEntry(id: $id, changes: $changes) {
    reversed
    entry {
      id
      workDate
      minutes
    }
    reversal {
      id
      workDate
      minutes
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateTimeEntryMutation, UpdateTimeEntryMutationVariables>;
export const DeleteTimeEntryDocument = new TypedDocumentString(`
    mutation DeleteTimeEntry($id: ID!) {
  deleteTimeEntry(id: $id) {
    reversed
    reversal {
      id
      workDate
      minutes
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteTimeEntryMutation, DeleteTimeEntryMutationVariables>;
export const ImportTimeEntriesDocument = new TypedDocumentString(`
    mutation ImportTimeEntries($productionId: ID!, $content: String!, $dryRun: Boolean!) {
  importTimeEntries(
    format: CSV
    productionId: $productionId
    content: $content
    dryRun: $dryRun
  ) {
    committed
    count
    hours
    entryIds
    entries {
      line
      person
      roleCode
      workDate
      minutes
      kind
      note
      task {
        id
        shot {
          code
        }
        taskType {
          code
          name
        }
      }
    }
    errors {
      line
      field
      message
      suggestion
    }
  }
}
    `) as unknown as TypedDocumentString<ImportTimeEntriesMutation, ImportTimeEntriesMutationVariables>;
export const DeleteTimeEntriesDocument = new TypedDocumentString(`
    mutation DeleteTimeEntries($ids: [ID!]!) {
  deleteTimeEntries(ids: $ids) {
    reversed
  }
}
    `) as unknown as TypedDocumentString<DeleteTimeEntriesMutation, DeleteTimeEntriesMutationVariables>;
export const PlanInputsDocument = new TypedDocumentString(`
    query PlanInputs($productionId: ID!, $after: String) {
  planInputs(productionId: $productionId) {
    productionId
    currency
    budget {
      ...MoneyFields
    }
    planDate
    asOf
    spentOutsidePlan {
      ...MoneyFields
    }
    daysToDelivery
    hoursPerDay
    gpuPrices {
      deviceClass
      pricePerHour {
        ...MoneyFields
      }
    }
    tasks(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          label
          taskTypeCode
          taskTypeName
          roleCode
          rateMinorPerHour
          path
          aiForbidden
          done
          complexity
          frameCount
          baselineHoursOverride
          bidUnit
          bidOptimistic
          bidMostLikely
          bidPessimistic
          plannedReviewHours
          actualMinor
        }
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}`) as unknown as TypedDocumentString<PlanInputsQuery, PlanInputsQueryVariables>;
export const InferenceJobsDocument = new TypedDocumentString(`
    query InferenceJobs($first: Int!, $filter: InferenceJobFilter) {
  inferenceJobs(first: $first, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...JobFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment JobFields on InferenceJob {
  id
  status
  taskId
  productionId
  modelId
  modelLabel
  modelSha256
  framesDone
  framesTotal
  provider
  device
  deviceClass
  attempt
  cancelRequested
  queuedAt
  startedAt
  finishedAt
  queueWaitMs
  wallMs
  error
  failedFrame {
    index
    name
  }
  timings {
    decodeMs
    inferMs
    encodeMs
  }
  computeCost {
    ...MoneyFields
  }
}`) as unknown as TypedDocumentString<InferenceJobsQuery, InferenceJobsQueryVariables>;
export const JobProgressDocument = new TypedDocumentString(`
    subscription JobProgress($jobId: ID!) {
  jobProgress(jobId: $jobId) {
    ...JobFields
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment JobFields on InferenceJob {
  id
  status
  taskId
  productionId
  modelId
  modelLabel
  modelSha256
  framesDone
  framesTotal
  provider
  device
  deviceClass
  attempt
  cancelRequested
  queuedAt
  startedAt
  finishedAt
  queueWaitMs
  wallMs
  error
  failedFrame {
    index
    name
  }
  timings {
    decodeMs
    inferMs
    encodeMs
  }
  computeCost {
    ...MoneyFields
  }
}`) as unknown as TypedDocumentString<JobProgressSubscription, JobProgressSubscriptionVariables>;
export const CancelInferenceJobDocument = new TypedDocumentString(`
    mutation CancelInferenceJob($id: ID!) {
  cancelInferenceJob(id: $id) {
    ...JobFields
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment JobFields on InferenceJob {
  id
  status
  taskId
  productionId
  modelId
  modelLabel
  modelSha256
  framesDone
  framesTotal
  provider
  device
  deviceClass
  attempt
  cancelRequested
  queuedAt
  startedAt
  finishedAt
  queueWaitMs
  wallMs
  error
  failedFrame {
    index
    name
  }
  timings {
    decodeMs
    inferMs
    encodeMs
  }
  computeCost {
    ...MoneyFields
  }
}`) as unknown as TypedDocumentString<CancelInferenceJobMutation, CancelInferenceJobMutationVariables>;
export const JobContextDocument = new TypedDocumentString(`
    query JobContext($jobId: ID!, $taskId: ID!, $modelId: ID!, $productionId: ID!) {
  renders(jobId: $jobId, first: 100) {
    totalCount
    edges {
      node {
        id
        frameIndex
        frameNumber
        frameName
        width
        height
        inputSha256
        outputSha256
        outputFileId
        thumbnailFileId
        decodeMs
        inferMs
        encodeMs
        provenanceStatus
        manifest
      }
    }
  }
  task(id: $taskId) {
    id
    path
    shot {
      code
    }
    taskType {
      name
      baselineRole {
        code
        name
      }
    }
    baseline {
      hours
      working
    }
  }
  model(id: $modelId) {
    id
    name
    version
    sha256
    adapter {
      outputKind
    }
    provenance {
      licence
      trainingData
      weights
      vendor
    }
  }
  taskJobs: inferenceJobs(first: 100, filter: {taskId: $taskId}) {
    edges {
      node {
        id
        wallMs
        status
      }
    }
  }
  timeEntries(productionId: $productionId, taskId: $taskId, first: 100) {
    totalCount
    edges {
      node {
        minutes
        kind
      }
    }
  }
  rateCardInEffect(productionId: $productionId) {
    name
  }
}
    `) as unknown as TypedDocumentString<JobContextQuery, JobContextQueryVariables>;
export const TaskCostDocument = new TypedDocumentString(`
    query TaskCost($productionId: ID!, $taskId: ID!) {
  taskBidVsActual(productionId: $productionId, taskId: $taskId) {
    currency
    bidCost {
      ...MoneyFields
    }
    actualCost {
      ...MoneyFields
    }
    costVariance {
      ...MoneyFields
    }
    fxRates {
      quarter
      from
      to
      rate
    }
    runs {
      jobId
      inCardCurrency {
        ...MoneyFields
      }
    }
    working {
      ...WorkingFields
    }
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment WorkingFields on Working {
  note
  lines(first: 100) {
    totalCount
    edges {
      node {
        label
        quantity
        unit
        rate {
          ...MoneyFields
        }
        amount {
          ...MoneyFields
        }
        refs(first: 12) {
          totalCount
          nodes {
            id
            kind
            name
          }
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<TaskCostQuery, TaskCostQueryVariables>;
export const FolderFramesDocument = new TypedDocumentString(`
    query FolderFrames {
  frameFolders(first: 100) {
    edges {
      node {
        id
        name
        firstFrame
        lastFrame
        frameCount
        width
        height
        frames(first: 100) {
          edges {
            node {
              fileId
              sha256
              number
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FolderFramesQuery, FolderFramesQueryVariables>;
export const FolderAlphaDocument = new TypedDocumentString(`
    query FolderAlpha($folderId: ID!) {
  frameFolder(id: $folderId) {
    id
    frames(first: 100) {
      edges {
        node {
          number
          hasAlpha
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FolderAlphaQuery, FolderAlphaQueryVariables>;
export const SubmitChoicesDocument = new TypedDocumentString(`
    query SubmitChoices($productionId: ID!, $taskTypeCode: String) {
  tasks(productionId: $productionId, taskTypeCode: $taskTypeCode, first: 100) {
    edges {
      node {
        id
        path
        status
        aiForbidden
        shot {
          code
        }
        taskType {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitChoicesQuery, SubmitChoicesQueryVariables>;
export const ApprovedModelsDocument = new TypedDocumentString(`
    query ApprovedModels {
  models(first: 100, filter: {status: APPROVED}) {
    edges {
      node {
        id
        name
        version
        taskTypes
        adapter {
          extraInputs {
            source
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovedModelsQuery, ApprovedModelsQueryVariables>;
export const SubmitInferenceJobDocument = new TypedDocumentString(`
    mutation SubmitInferenceJob($input: SubmitInferenceJobInput!) {
  submitInferenceJob(input: $input) {
    ...JobFields
  }
}
    fragment MoneyFields on Money {
  amountMinor
  currency
  formatted
}
fragment JobFields on InferenceJob {
  id
  status
  taskId
  productionId
  modelId
  modelLabel
  modelSha256
  framesDone
  framesTotal
  provider
  device
  deviceClass
  attempt
  cancelRequested
  queuedAt
  startedAt
  finishedAt
  queueWaitMs
  wallMs
  error
  failedFrame {
    index
    name
  }
  timings {
    decodeMs
    inferMs
    encodeMs
  }
  computeCost {
    ...MoneyFields
  }
}`) as unknown as TypedDocumentString<SubmitInferenceJobMutation, SubmitInferenceJobMutationVariables>;
export const NamesDocument = new TypedDocumentString(`
    query Names {
  labourRoles(first: 100) {
    edges {
      node {
        code
        name
      }
    }
  }
  taskTypes(first: 100) {
    edges {
      node {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NamesQuery, NamesQueryVariables>;
