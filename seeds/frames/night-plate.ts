import { seededGaussian } from './prng';
import { svgDocument } from './svg';

// Bound once: global lookups are slow under Jest's vm context, and this runs six million times a frame.
const { round } = Math;

/** Grain strength: the standard deviation of the added noise, in 8-bit code values. */
export const NIGHT_NOISE_SIGMA = 14;

/** A clean night exterior: dark sky, a moon, building silhouettes with a few lit windows, a street lamp. */
export function nightPlateSvg(frame: number): string {
  const windows: string[] = [];
  for (let i = 0; i < 24; i++) {
    const x = 140 + ((i * 137) % 1600);
    const y = 420 + ((i * 89) % 300);
    windows.push(
      `<rect x="${x}" y="${y}" width="34" height="44" fill="${i % 3 === 0 ? '#d9b25e' : '#8a7440'}"/>`,
    );
  }
  const flicker = 0.85 + 0.05 * (frame % 3);
  return svgDocument(`
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0%" stop-color="#05070f"/>
        <stop offset="100%" stop-color="#1a2238"/>
      </linearGradient>
      <radialGradient id="lamp" cx="50%" cy="50%" r="50%">
        <stop offset="0%" stop-color="#ffd89a" stop-opacity="${flicker}"/>
        <stop offset="100%" stop-color="#ffd89a" stop-opacity="0"/>
      </radialGradient>
    </defs>
    <rect width="1920" height="1080" fill="url(#sky)"/>
    <circle cx="1540" cy="170" r="60" fill="#d7d9cf"/>
    <rect x="60" y="360" width="620" height="560" fill="#10131c"/>
    <rect x="700" y="300" width="520" height="620" fill="#0d1018"/>
    <rect x="1240" y="400" width="640" height="520" fill="#121622"/>
    ${windows.join('')}
    <rect y="920" width="1920" height="160" fill="#1c1c20"/>
    <rect x="1010" y="520" width="14" height="400" fill="#2a2a2e"/>
    <circle cx="1017" cy="515" r="220" fill="url(#lamp)"/>`);
}

/**
 * Adds grain to raw 8-bit RGB pixels in place: luminance noise shared by the three channels plus
 * a smaller per-channel (chroma) part, as a high-ISO sensor shows at night.
 */
export function addGrain(pixels: Buffer, seed: number): void {
  const gaussian = seededGaussian(seed);
  for (let i = 0; i < pixels.length; i += 3) {
    const luma = gaussian() * NIGHT_NOISE_SIGMA;
    for (let c = 0; c < 3; c++) {
      const value = round(pixels[i + c] + luma + gaussian() * NIGHT_NOISE_SIGMA * 0.4);
      pixels[i + c] = value < 0 ? 0 : value > 255 ? 255 : value;
    }
  }
}
