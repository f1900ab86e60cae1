/** An uploaded file placed in its sequence. */
export interface NumberedFrame<T> {
  number: number;
  name: string;
  /** Position in the upload, for error paths such as frames[3]. */
  uploadIndex: number;
  item: T;
}

export type Numbering<T> =
  | { ok: true; firstFrame: number; frames: Array<NumberedFrame<T>> }
  | { ok: false; field: string; message: string };

/** `plate_v2.1001.png` -> sequence `plate_v2.` + `.png`, frame 1001: the last digits before the extension. */
const NUMBERED = /^(.*?)(\d+)(\.[A-Za-z0-9]+)?$/;

/**
 * Orders uploaded files into a frame sequence the way compositing tools read one: by the frame
 * number in each name. Files without numbers are numbered 1, 2, 3... in upload order. Refused, with
 * a sentence: numbered and unnumbered files mixed, two sequences in one upload, a frame twice, and a
 * hole in the numbering (a job over a sequence with a missing frame would silently skip it).
 */
export function numberFrames<T>(files: Array<{ name: string; item: T }>): Numbering<T> {
  if (files.length === 0)
    return {
      ok: false,
      field: 'frames',
      message: 'Attach at least one image in the multipart field "frames".',
    };
  const parsed = files.map((file, uploadIndex) => ({
    file,
    uploadIndex,
    match: NUMBERED.exec(baseName(file.name)),
  }));
  if (parsed.every((p) => !p.match)) {
    return {
      ok: true,
      firstFrame: 1,
      frames: files.map((f, i) => ({ number: i + 1, name: f.name, uploadIndex: i, item: f.item })),
    };
  }
  const unnumbered = parsed.find((p) => !p.match);
  if (unnumbered) {
    const example = parsed.find((p) => p.match)!.file.name;
    return {
      ok: false,
      field: `frames[${unnumbered.uploadIndex}]`,
      message: `${unnumbered.file.name} carries no frame number while other files do (e.g. ${example}); name every frame with its number.`,
    };
  }
  const sequences = [...new Set(parsed.map((p) => sequenceOf(p.match!)))];
  if (sequences.length > 1) {
    return {
      ok: false,
      field: 'frames',
      message: `The files belong to more than one sequence (${sequences.slice(0, 3).join(', ')}); upload one sequence at a time.`,
    };
  }
  const frames = parsed
    .map((p) => ({
      number: Number(p.match![2]),
      name: p.file.name,
      uploadIndex: p.uploadIndex,
      item: p.file.item,
    }))
    .sort((a, b) => a.number - b.number);
  for (let i = 1; i < frames.length; i++) {
    const previous = frames[i - 1];
    const frame = frames[i];
    if (frame.number === previous.number) {
      return {
        ok: false,
        field: `frames[${frame.uploadIndex}]`,
        message: `Frame ${frame.number} is uploaded twice (${previous.name} and ${frame.name}); keep one of them.`,
      };
    }
  }
  const missing = holes(frames.map((f) => f.number));
  if (missing.count > 0) {
    return {
      ok: false,
      field: 'frames',
      message:
        `The sequence runs ${frames[0].number} to ${frames.at(-1)!.number} but has no frame ${missing.first.join(', ')}` +
        `${missing.count > missing.first.length ? ` and ${missing.count - missing.first.length} more` : ''}; ` +
        'upload the missing frames, or the parts on either side as separate folders.',
    };
  }
  return { ok: true, firstFrame: frames[0].number, frames };
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** The sequence a numbered name belongs to, written the way compositors do: street_####.png. */
function sequenceOf(match: RegExpExecArray): string {
  return `${match[1]}####${(match[3] ?? '').toLowerCase()}`;
}

/** How many numbers are missing between sorted, distinct frame numbers, and the first five of them. */
function holes(sorted: number[]): { count: number; first: number[] } {
  const first: number[] = [];
  let count = 0;
  for (let i = 1; i < sorted.length; i++) {
    count += sorted[i] - sorted[i - 1] - 1;
    for (let n = sorted[i - 1] + 1; n < sorted[i] && first.length < 5; n++) first.push(n);
  }
  return { count, first };
}
