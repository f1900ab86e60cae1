import { svgDocument } from './svg';

/**
 * A model building on a stage in front of a green backing, the kind of plate a keying task starts
 * from: uneven light on the backing (a brighter centre), a grey floor that is not keyed, and a
 * slow camera drift from frame to frame.
 */
export function greenScreenSvg(frame: number): string {
  const drift = frame * 6;
  const windows: string[] = [];
  for (let row = 0; row < 8; row++) {
    for (let column = 0; column < 6; column++) {
      const lit = (row * 7 + column * 3) % 5 === 0;
      windows.push(
        `<rect x="${760 + column * 68}" y="${300 + row * 70}" width="40" height="46" fill="${lit ? '#e8d9a0' : '#3a4450'}"/>`,
      );
    }
  }
  return svgDocument(`
    <defs>
      <radialGradient id="backing" cx="50%" cy="42%" r="70%">
        <stop offset="0%" stop-color="#3cc25a"/>
        <stop offset="100%" stop-color="#1e8a38"/>
      </radialGradient>
      <linearGradient id="facade" x1="0" x2="1">
        <stop offset="0%" stop-color="#8d8579"/>
        <stop offset="100%" stop-color="#6b645b"/>
      </linearGradient>
    </defs>
    <rect width="1920" height="1080" fill="url(#backing)"/>
    <rect y="900" width="1920" height="180" fill="#5d5a55"/>
    <g transform="translate(${drift} 0)">
      <rect x="720" y="240" width="440" height="660" fill="url(#facade)"/>
      <polygon points="700,240 940,150 1180,240" fill="#4f3b32"/>
      <rect x="900" y="800" width="80" height="100" fill="#2d2520"/>
      ${windows.join('')}
      <rect x="1160" y="520" width="220" height="380" fill="#a39b90"/>
      <rect x="1190" y="560" width="160" height="90" fill="#3a4450"/>
    </g>`);
}
