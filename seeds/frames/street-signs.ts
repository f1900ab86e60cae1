import { FONT, svgDocument } from './svg';

/** A sign's text box in frame pixels: where a text matte should be bright. */
export interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Sign {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  background: string;
  ink: string;
}

const SIGNS: Sign[] = [
  {
    text: 'HOTEL CENTRAL',
    x: 100,
    y: 160,
    width: 780,
    height: 130,
    fontSize: 76,
    background: '#f2efe6',
    ink: '#1b1b1b',
  },
  {
    text: 'PHARMACY 24H',
    x: 1080,
    y: 220,
    width: 680,
    height: 120,
    fontSize: 70,
    background: '#1f5f3a',
    ink: '#ffffff',
  },
  {
    text: 'MAIN STREET',
    x: 700,
    y: 560,
    width: 540,
    height: 100,
    fontSize: 60,
    background: '#1d4e89',
    ink: '#ffffff',
  },
];

/** The text moves a little each frame (a slow pan), as on-screen text does across a shot. */
function offset(frame: number): { dx: number; dy: number } {
  return { dx: frame * 5, dy: frame * 2 };
}

/** Where each sign's lettering is in this frame: the sign's inner box, padded off its border. */
export function streetTextBoxes(frame: number): TextBox[] {
  const { dx, dy } = offset(frame);
  return SIGNS.map((s) => {
    // DejaVu Sans Bold capitals are about 0.73 em tall and 0.72 em wide each, spaces included.
    const width = Math.round(s.text.length * s.fontSize * 0.72);
    const height = Math.round(s.fontSize * 0.73);
    return {
      text: s.text,
      x: s.x + dx + (s.width - width) / 2,
      y: s.y + dy + (s.height - height) / 2,
      width,
      height,
    };
  });
}

/** A street at dusk: building faces, a road, and three signs carrying text (the LOCALIZATION demo). */
export function streetSignsSvg(frame: number): string {
  const { dx, dy } = offset(frame);
  const signs = SIGNS.map(
    (s) => `
      <rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="10" fill="${s.background}" stroke="#2a2a2a" stroke-width="6"/>
      <text x="${s.x + s.width / 2}" y="${s.y + s.height / 2}" font-family="${FONT}" font-weight="bold" font-size="${s.fontSize}"
        fill="${s.ink}" text-anchor="middle" dominant-baseline="central">${s.text}</text>`,
  );
  return svgDocument(`
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0%" stop-color="#5b6f8f"/>
        <stop offset="100%" stop-color="#c9a77c"/>
      </linearGradient>
    </defs>
    <rect width="1920" height="1080" fill="url(#sky)"/>
    <g transform="translate(${dx} ${dy})">
      <rect x="-40" y="80" width="900" height="820" fill="#7b6a5c"/>
      <rect x="1000" y="120" width="960" height="780" fill="#6d7078"/>
      <rect x="860" y="380" width="140" height="520" fill="#5a5048"/>
      ${signs.join('')}
    </g>
    <rect y="900" width="1920" height="180" fill="#3b3b3d"/>
    <rect x="0" y="980" width="1920" height="12" fill="#d8d2b0"/>`);
}
