// Bound once: under Jest, module code runs in a vm context where every global lookup (Math) is
// many times slower, and the grain of one frame takes millions of these calls.
const { cos, imul, log, PI, sin, sqrt } = Math;

/**
 * mulberry32: a tiny seeded generator. The demo frames need noise that is the same on every run
 * (so the frames' sha256 and every render made from them are reproducible), not good randomness.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples (Box-Muller) from a seeded uniform source. */
export function seededGaussian(seed: number): () => number {
  const uniform = seededRandom(seed);
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    const radius = sqrt(-2 * log(1 - uniform()));
    const angle = 2 * PI * uniform();
    spare = radius * sin(angle);
    return radius * cos(angle);
  };
}
