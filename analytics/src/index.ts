/**
 * @frameledger/analytics: the numbers behind FrameLedger, as pure functions (no I/O). The API
 * uses them for reports and the dashboard for instant what-ifs.
 *
 * Conventions:
 * - Money is `{ amountMinor: bigint, currency }`: whole minor units, exact at any size.
 * - Quantities (hours, percentages, FX rates) are exact: pass decimal strings, integers or Ratios.
 * - One rounding rule: half-even to a minor unit, once, where hours meet a rate (and at the end of
 *   an FX conversion or a simulation). Totals are exact sums of rounded lines.
 * - Bad input throws AnalyticsInputError: `code` BAD_USER_INPUT, `field`, and a sentence to act on.
 * - Report functions return `working`: the lines each total was made from.
 */
export { AnalyticsInputError } from './errors';
export type { Working, WorkingLine } from './working';

export type { Ratio } from './exact/ratio';
export { makeRatio, roundHalfEven, toNumber as ratioToNumber } from './exact/ratio';
export type { Quantity } from './exact/parse';
export { toRatio } from './exact/parse';
export { exactText } from './exact/decimal';

export type { Money } from './money/money';
export {
  money,
  zeroMoney,
  moneyToJson,
  addMoney,
  subtractMoney,
  sumMoney,
  compareMoney,
  multiplyMoney,
} from './money/money';
export { minorUnitExponent, supportedCurrencies } from './money/currency';
export { parseMajorAmount } from './money/parse';
export type { FxTable } from './money/fx';
export { convertMoney } from './money/fx';
export { formatMoney, formatQuantity, toMajorDecimal } from './money/format';

export type { HourlyRate } from './rates/hourly-rate';
export { hourlyRate, displayRate, priceHours } from './rates/hourly-rate';
export type { RateCard, RateCardLine } from './rates/rate-card';
export type { CardDates, ProductionDates } from './rates/card-in-effect';
export { rateCardInEffect } from './rates/card-in-effect';
export {
  loadedRate,
  rateFor,
  hasRateFor,
  hoursPerDay,
  fteHoursPerYear,
  DEFAULT_HOURS_PER_DAY,
  DEFAULT_FTE_HOURS_PER_YEAR,
} from './rates/rate-card';

export type { QuarterLabel, DateInput } from './quarters/quarter';
export { quarterOf, quarterRange, shiftQuarter, quartersBetween } from './quarters/quarter';
export { fte } from './quarters/fte';

export type { TaskPath, TaskStatus, TimeEntryKind } from './vocabulary';
export {
  TASK_PATHS,
  TASK_STATUSES,
  TIME_ENTRY_KINDS,
  AI_PATHS,
  CRAFT_KINDS,
  AI_WORK_KINDS,
  labelsObject,
} from './vocabulary';
export type { TimeEntry, AiRun } from './ledger';

export type { ThreePointInput, ThreePointHours } from './bids/three-point';
export { threePointHours, expectedHours } from './bids/three-point';
export type { BidTemplate, BidTask, Bid, Complexity } from './bids/bid';
export { bidHours } from './bids/bid';
export type { StoredBidTask } from './bids/stored-template';
export { bidFromStoredTemplate } from './bids/stored-template';

export { computeCost, exactComputeCost, MS_PER_HOUR, priceMachineTime } from './costing/compute-cost';
export type { CostedTask, TaskCostInput, TaskCost } from './costing/task-cost';
export { taskCost } from './costing/task-cost';
export type { BidVsActual } from './costing/bid-vs-actual';
export { bidVsActual } from './costing/bid-vs-actual';
export type {
  CostReportItem,
  CostReportInput,
  CostFigures,
  CostReportLine,
  CostReport,
} from './costing/cost-report';
export { costReport } from './costing/cost-report';

export type {
  LabourTask,
  LabourRole,
  LabourDimension,
  LabourImpactInput,
  LabourFigures,
  LabourImpactRow,
  LabourImpact,
} from './labour/labour-impact';
export { labourImpact } from './labour/labour-impact';
export { displacedHours } from './labour/displaced';

export type {
  PlanTask,
  FeasibilityInput,
  FeasibilityVerdict,
  PlanConstraint,
  PlanAssumptionNote,
  Feasibility,
} from './feasibility/feasibility';
export { feasibility } from './feasibility/feasibility';

export type { Prng } from './risk/prng';
export { xoshiro128ss } from './risk/prng';
export type { RiskMethod, RiskTask, RiskInput, HistogramBin, RiskResult } from './risk/monte-carlo';
export { simulateCost } from './risk/monte-carlo';

export type { PathOption, OptimiserTask, FrontierPoint, TaskChoice, Frontier } from './optimiser/types';
export type { ExactLimits } from './optimiser/exact-frontier';
export type { FrontierData, FrontierRecovery } from './optimiser/frontier';
export { paretoFrontier, frontierData, frontierFromData, DEFAULT_EXACT_LIMITS } from './optimiser/frontier';
export type { ChosenPlan, NoPlan } from './optimiser/queries';
export { leastDisplacementWithinBudget, cheapestWithinDisplacementCap } from './optimiser/queries';
export type { ThinOptions } from './optimiser/thin';
export { thinFrontierPoints } from './optimiser/thin';

export type { PlanAssumptions, PlanSliders, PlanTaskInput, PathPlan } from './plan/plan-model';
export { chosenPath, pathPlan, planAssumptions } from './plan/plan-model';
export type { Plan, PlanSpend, PlannedTask } from './plan/plan-report';
export { estimateToComplete } from './costing/estimate-to-complete';
export { allocateByWeight } from './costing/allocate';
export {
  plannedPaths,
  planFeasibilityInput,
  planRiskInput,
  frontierBudget,
  frontierTasks,
} from './plan/plan-report';
export type { AdoptableTaskState, AdoptionPlan, KeptReason, KeptTask, PlanChange } from './plan/adoption';
export { adoptionPlan } from './plan/adoption';
export type { TaskHistory } from './plan/as-of';
export { taskAsOf } from './plan/as-of';

export { sumQuantities } from './exact/sum';
export { speedUp, median } from './costing/speed-up';

export type { VendorUnit, CreditPlan, PlanMonth, PlanRun, PlanSpread } from './vendor/vendor-pricing';
export {
  VENDOR_UNITS,
  priceUsage,
  creditsFor,
  planMonthCost,
  spreadPlanMonth,
} from './vendor/vendor-pricing';

export { CODE_NAMES, codeName } from './names';
