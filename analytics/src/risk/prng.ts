/**
 * xoshiro128** (Blackman and Vigna): a small, fast generator with 128 bits of state and a period of
 * 2^128 - 1, far beyond the 10^7 draws a risk run takes. Seeded through splitmix32 so nearby seeds
 * (1, 2, 3) give unrelated streams. Same seed, same sequence, on every JS engine: it uses only
 * 32-bit integer operations.
 */
export interface Prng {
  /** The next uniform float in [0, 1). */
  next(): number;
  /** Fills `out` with uniform floats in [0, 1): the same numbers as calling next() out.length times, faster. */
  fill(out: Float64Array): void;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const TWO_TO_MINUS_32 = 2 ** -32;

export function xoshiro128ss(seed: number): Prng {
  const init = splitmix32(seed);
  const state = new Uint32Array([init(), init(), init(), init()]);
  // The hot loop keeps the state in locals; the array only carries it between calls.
  const fill = (out: Float64Array): void => {
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    for (let i = 0; i < out.length; i++) {
      const bx5 = Math.imul(b, 5);
      out[i] = (Math.imul((bx5 << 7) | (bx5 >>> 25), 9) >>> 0) * TWO_TO_MINUS_32;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
  };
  const one = new Float64Array(1);
  const next = (): number => {
    fill(one);
    return one[0];
  };
  return { next, fill };
}
