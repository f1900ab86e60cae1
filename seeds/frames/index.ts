import sharp from 'sharp';
import { greenScreenSvg } from './green-screen';
import { addGrain, nightPlateSvg } from './night-plate';
import { streetSignsSvg } from './street-signs';
import { FRAME_HEIGHT, FRAME_WIDTH, renderSvg } from './svg';

export { streetTextBoxes, type TextBox } from './street-signs';
export { FRAME_HEIGHT, FRAME_WIDTH } from './svg';

export type DemoFrameKind = 'green-screen' | 'street-signs' | 'night-plate';

export interface DemoFrame {
  name: string;
  png: Buffer;
}

/** Grain seeds differ per frame (grain changes every frame) but never per run. */
const NIGHT_SEED = 20_231_109;

/**
 * Demo plates at 1920x1080, drawn by code: a green-screen stage (KEYING), a street with signs whose
 * text drifts a little per frame (LOCALIZATION), a grainy night exterior (DENOISE). The same kind
 * and count give the same PNG bytes on every run on a machine with the same sharp and fonts.
 */
export async function generateDemoFrames(kind: DemoFrameKind, count: number): Promise<DemoFrame[]> {
  const frames: DemoFrame[] = [];
  for (let frame = 0; frame < count; frame++) {
    frames.push({
      name: `${kind}_${String(frame + 1).padStart(4, '0')}.png`,
      png: await renderFrame(kind, frame),
    });
  }
  return frames;
}

async function renderFrame(kind: DemoFrameKind, frame: number): Promise<Buffer> {
  switch (kind) {
    case 'green-screen':
      return renderSvg(greenScreenSvg(frame)).png().toBuffer();
    case 'street-signs':
      return renderSvg(streetSignsSvg(frame)).png().toBuffer();
    case 'night-plate': {
      const pixels = await renderSvg(nightPlateSvg(frame)).raw().toBuffer();
      addGrain(pixels, NIGHT_SEED + frame);
      return sharp(pixels, { raw: { width: FRAME_WIDTH, height: FRAME_HEIGHT, channels: 3 } })
        .png()
        .toBuffer();
    }
  }
}
