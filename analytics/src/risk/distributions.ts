/**
 * Inverse CDFs on [0, 1] for the two three-point shapes, so each draw costs one uniform number.
 * `mode` is where the most likely value sits between optimistic (0) and pessimistic (1).
 */

/** Points in a PERT quantile table; draws interpolate linearly between neighbours. */
export const PERT_TABLE_SIZE = 4096;
const GRID = 8192;

// log x and log(1 - x) at the CDF grid's midpoints, shared by every table.
const logX = new Float64Array(GRID);
const log1mX = new Float64Array(GRID);
for (let i = 0; i < GRID; i++) {
  const x = (i + 0.5) / GRID;
  logX[i] = Math.log(x);
  log1mX[i] = Math.log1p(-x);
}

/**
 * Quantile table of Beta(1 + 4 mode, 1 + 4 (1 - mode)) on [0, 1], the PERT shape: the density is
 * integrated (midpoint rule on GRID cells, normalised so the CDF ends at exactly 1) and inverted
 * into PERT_TABLE_SIZE + 1 equally spaced quantiles.
 */
function buildTable(mode: number): Float64Array {
  // Exponents of the unnormalised density x^(alpha - 1) (1 - x)^(beta - 1).
  const alphaMinus1 = 4 * mode;
  const betaMinus1 = 4 * (1 - mode);
  const cdf = new Float64Array(GRID + 1);
  for (let i = 0; i < GRID; i++)
    cdf[i + 1] = cdf[i] + Math.exp(alphaMinus1 * logX[i] + betaMinus1 * log1mX[i]);
  const total = cdf[GRID];
  const table = new Float64Array(PERT_TABLE_SIZE + 1);
  let cell = 0;
  for (let j = 1; j < PERT_TABLE_SIZE; j++) {
    const target = (j / PERT_TABLE_SIZE) * total;
    while (cdf[cell + 1] < target) cell++;
    const within = (target - cdf[cell]) / (cdf[cell + 1] - cdf[cell]);
    table[j] = (cell + within) / GRID;
  }
  table[PERT_TABLE_SIZE] = 1;
  return table;
}

// Tables at MODE_STEPS + 1 evenly spaced modes, built on first use and kept: they depend on nothing
// but the mode, so every simulation shares them.
const MODE_STEPS = 64;
const anchors: Float64Array[] = [];
const anchor = (j: number): Float64Array => (anchors[j] ??= buildTable(j / MODE_STEPS));

/**
 * PERT quantiles for any mode, blended linearly between the two nearest anchor tables. Exact beta
 * sampling needs two gamma draws per sample (tens of times a table lookup), and integrating the
 * density for every task's own mode costs more than the draws, hence anchors. Measured against a
 * 2,000,000-cell integration, a draw interpolated from this table is within 0.2% of the
 * optimistic-pessimistic range everywhere but the outermost 1/4096 of each tail (where linear
 * interpolation toward the end point errs by up to 10% of the range for 0.05% of the draws).
 */
export function pertQuantiles(
  mode: number,
  out: Float64Array = new Float64Array(PERT_TABLE_SIZE + 1),
): Float64Array {
  const position = mode * MODE_STEPS;
  const j = Math.min(MODE_STEPS - 1, Math.floor(position));
  const weight = position - j;
  const low = anchor(j);
  const high = anchor(j + 1);
  for (let i = 0; i <= PERT_TABLE_SIZE; i++) out[i] = low[i] + (high[i] - low[i]) * weight;
  return out;
}

/** Triangular inverse CDF, exact: two square-root branches either side of the mode. */
export function triangularQuantile(u: number, mode: number): number {
  return u < mode ? Math.sqrt(u * mode) : 1 - Math.sqrt((1 - u) * (1 - mode));
}
