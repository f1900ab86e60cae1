/**
 * Benchmark for @frameledger/analytics: the seeded Monte Carlo (10,000 draws over 1,000 tasks)
 * and the cost/displacement frontier (5,000 tasks), against a floor measured in the same run: the
 * same number of PRNG draws with nothing else done, and a plain sum of the frontier's options.
 *
 * Run from a fresh clone with `npm run bench:analytics`. The script builds the library, compiles
 * this file with tsc into test/bench/dist (git-ignored; only @swc/core and @swc/jest are installed,
 * so there is no ts-node or swc-node register hook) and runs it with node. It prints one JSON line.
 * Each timing is the median of five runs after one warm-up run; `mc_cold_ms` is the warm-up run.
 */
import {
  hourlyRate,
  money,
  paretoFrontier,
  simulateCost,
  xoshiro128ss,
  type OptimiserTask,
  type RiskTask,
} from '@frameledger/analytics';

const MC_DRAWS = 10_000;
const MC_TASKS = 1_000;
const FRONTIER_TASKS = 5_000;
const RUNS = 5;

const random = xoshiro128ss(2026);
const between = (low: number, high: number): number => low + (high - low) * random.next();

// Every task gets its own three-point shape, the hardest case for the PERT tables.
const riskTasks: RiskTask[] = Array.from({ length: MC_TASKS }, (_, i) => {
  const optimistic = Math.round(between(4, 40) * 10) / 10;
  const mostLikely = Math.round((optimistic + between(0, 30)) * 10) / 10;
  const pessimistic = Math.round((mostLikely + between(1, 60)) * 10) / 10;
  return {
    taskId: `T${i}`,
    hours: { optimistic, mostLikely, pessimistic },
    rate: hourlyRate(money(Math.round(between(4_000, 9_000)), 'USD')),
  };
});

// Human, assisted and final paths; one task in ten is held to HUMAN by policy.
const frontierTasks: OptimiserTask[] = Array.from({ length: FRONTIER_TASKS }, (_, i) => {
  const baseline = Math.round(between(5, 120) * 10) / 10;
  const rate = between(4_000, 9_000);
  return {
    taskId: `T${i}`,
    allowedPaths: random.next() < 0.1 ? ['HUMAN'] : undefined,
    options: [
      { path: 'HUMAN', cost: money(Math.round(baseline * rate), 'USD'), displacedHours: 0 },
      {
        path: 'AI_ASSISTED',
        cost: money(Math.round(baseline * rate * between(0.4, 0.8)), 'USD'),
        displacedHours: Math.round(baseline * between(3, 7)) / 10,
      },
      {
        path: 'AI_FINAL',
        cost: money(Math.round(baseline * rate * between(0.1, 0.4)), 'USD'),
        displacedHours: Math.round(baseline * between(7, 10)) / 10,
      },
    ],
  };
});

function time(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(run: () => unknown): number {
  const times = Array.from({ length: RUNS }, () => time(run)).sort((a, b) => a - b);
  return times[RUNS >> 1];
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

const mcCold = time(() => simulateCost({ tasks: riskTasks, currency: 'USD' }));
const mc = median(() => simulateCost({ tasks: riskTasks, currency: 'USD' }));

time(() => paretoFrontier(frontierTasks));
const frontier = paretoFrontier(frontierTasks);
const frontierMs = median(() => paretoFrontier(frontierTasks));

// The floor: what the same work costs with the analysis taken out.
const uniforms = new Float64Array(MC_DRAWS);
const floorDraws = (): number => {
  const prng = xoshiro128ss(1);
  let sink = 0;
  for (let t = 0; t < MC_TASKS; t++) {
    prng.fill(uniforms);
    sink += uniforms[t % MC_DRAWS];
  }
  return sink;
};
const floorSum = (): bigint => {
  let total = 0n;
  for (const task of frontierTasks) for (const option of task.options) total += option.cost.amountMinor;
  return total;
};
floorDraws();
const floorMc = median(floorDraws);
const floorFrontier = median(floorSum);

console.log(
  JSON.stringify({
    bench: 'analytics',
    mc_draws: MC_DRAWS,
    mc_tasks: MC_TASKS,
    mc_ms: round(mc),
    mc_cold_ms: round(mcCold),
    frontier_tasks: FRONTIER_TASKS,
    frontier_ms: round(frontierMs),
    frontier_points: frontier.points.length,
    frontier_exact: frontier.exact,
    frontier_max_gap_hours: frontier.maxGapHours,
    floor_mc_ms: round(floorMc),
    floor_frontier_ms: round(floorFrontier),
    floor_ms: round(floorMc + floorFrontier),
    node: process.version,
  }),
);
