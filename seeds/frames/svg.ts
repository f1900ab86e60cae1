import sharp, { type Sharp } from 'sharp';

export const FRAME_WIDTH = 1920;
export const FRAME_HEIGHT = 1080;

/** The one font family every frame uses; DejaVu ships with Debian and most Linux images. */
export const FONT = "'DejaVu Sans', sans-serif";

export function svgDocument(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${FRAME_WIDTH}" height="${FRAME_HEIGHT}" viewBox="0 0 ${FRAME_WIDTH} ${FRAME_HEIGHT}">${body}</svg>`;
}

/** Renders at one SVG unit per pixel, without alpha: a plate, like a camera's. */
export function renderSvg(svg: string): Sharp {
  return sharp(Buffer.from(svg), { density: 72 }).removeAlpha();
}
