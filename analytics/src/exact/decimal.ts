import type { Ratio } from './ratio';

/**
 * A ratio as text that reads back exactly (toRatio): a decimal where it ends ("5326.275"), else a
 * fraction ("200/7"). For sending exact quantities over JSON, where a float would round.
 */
export function exactText(r: Ratio): string {
  let rest = r.den;
  let scale = 0;
  for (const f of [2n, 5n]) while (rest % f === 0n) rest /= f;
  if (rest !== 1n) return `${r.num}/${r.den}`;
  let den = 1n;
  while (den % r.den !== 0n) {
    den *= 10n;
    scale += 1;
  }
  const scaled = (r.num * den) / r.den;
  if (scale === 0) return scaled.toString();
  const sign = scaled < 0n ? '-' : '';
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(scale + 1, '0');
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
