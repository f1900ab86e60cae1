import type { AdapterSpec } from './adapter';

/** A rectangle in frame pixels. A feed may reach past the frame's edge; those pixels repeat the edge. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One model run: the area fed to the model and the part of the frame its output is kept for. */
export interface Run {
  feed: Region;
  keep: Region;
}

export interface InputPlan {
  runs: Run[];
  /** Set for fixed-size models with the resize strategy: the whole frame is scaled to this size first. */
  resizeTo?: { width: number; height: number };
}

/**
 * Decides how a frame of this size is fed to the model:
 * - any size: as it is;
 * - multiple of n: padded up to the next multiple (edge pixels repeated), output cropped back;
 * - fixed size, resize: the whole frame scaled to the model's size and the output scaled back;
 * - fixed size, tile: overlapping tiles, blended across their overlap when put back (blend.ts), so
 *   neither the border pixels a convolution sees badly nor a tile's own context shows as a seam.
 */
export function planInput(width: number, height: number, adapter: AdapterSpec): InputPlan {
  const whole: Region = { x: 0, y: 0, width, height };
  const { size } = adapter;
  switch (size.kind) {
    case 'any':
      return { runs: [{ feed: whole, keep: whole }] };
    case 'multipleOf':
      return {
        runs: [
          {
            feed: { x: 0, y: 0, width: roundUp(width, size.n), height: roundUp(height, size.n) },
            keep: whole,
          },
        ],
      };
    case 'fixed':
      if (adapter.fixedSizeStrategy === 'tile') {
        const overlap = adapter.tileOverlap ?? 0;
        const columns = tileAxis(width, size.width, overlap);
        const rows = tileAxis(height, size.height, overlap);
        return {
          runs: rows.flatMap((row) =>
            columns.map((column) => ({
              feed: { x: column.start, y: row.start, width: size.width, height: size.height },
              keep: {
                x: column.keepStart,
                y: row.keepStart,
                width: column.keepEnd - column.keepStart,
                height: row.keepEnd - row.keepStart,
              },
            })),
          ),
        };
      }
      {
        // Regions are in the frame as fed, so here in the scaled frame: all of it is fed and kept.
        const scaled: Region = { x: 0, y: 0, width: size.width, height: size.height };
        return {
          runs: [{ feed: scaled, keep: scaled }],
          resizeTo: { width: size.width, height: size.height },
        };
      }
  }
}

function roundUp(value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple;
}

interface AxisTile {
  start: number;
  keepStart: number;
  keepEnd: number;
}

/** Tile starts along one axis; the last tile is pulled back to end at the edge rather than padded. */
export function tileAxis(length: number, tile: number, overlap: number): AxisTile[] {
  if (length <= tile) return [{ start: 0, keepStart: 0, keepEnd: length }];
  const starts: number[] = [];
  for (let start = 0; ; start += tile - overlap) {
    if (start + tile >= length) {
      starts.push(length - tile);
      break;
    }
    starts.push(start);
  }
  const half = overlap / 2;
  return starts.map((start, i) => ({
    start,
    keepStart: i === 0 ? 0 : start + half,
    keepEnd: i === starts.length - 1 ? length : starts[i + 1] + half,
  }));
}
