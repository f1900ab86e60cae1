// SMPTE timecode to frame numbers, non-drop and drop-frame.
//
// Timecode counts in whole "nominal" frames per second (24 for 23.976, 30 for 29.97). Drop-frame
// keeps 29.97 / 59.94 timecode in step with the wall clock by skipping frame numbers 00-01
// (00-03 at 59.94) at the start of every minute except minutes 00, 10, 20, 30, 40 and 50. No
// picture frames are dropped, only labels, so counts are exact differences of frame numbers.

export interface FrameRate {
  /** Frames per second as the caller states it: 24, 25, 29.97, 23.976, ... */
  fps: number;
  /** Frames per timecode second: fps rounded. */
  nominal: number;
  dropFrame: boolean;
}

export type TimecodeReading = { ok: true; frame: number } | { ok: false; rule: string };

/** Drop-frame exists only for 29.97 and 59.94 material; elsewhere it is undefined. */
export function supportsDropFrame(fps: number): boolean {
  const nominal = Math.round(fps);
  return (nominal === 30 || nominal === 60) && fps !== nominal;
}

export function frameRate(fps: number, dropFrame: boolean): FrameRate {
  return { fps, nominal: Math.round(fps), dropFrame: dropFrame && supportsDropFrame(fps) };
}

/**
 * Frame number of "HH:MM:SS:FF" counted from 00:00:00:00. A semicolon before the frames
 * ("HH:MM:SS;FF") marks drop-frame timecode, as editing systems write it.
 */
export function parseTimecode(text: string, rate: FrameRate): TimecodeReading {
  const match = /^(\d{2}):(\d{2}):(\d{2})([:;.,])(\d{2})$/.exec(text);
  const dropFrame = rate.dropFrame || (match !== null && match[4] !== ':');
  const rule = describeTimecode(rate);
  if (!match) return { ok: false, rule };
  const [hours, minutes, seconds, frames] = [match[1], match[2], match[3], match[5]].map(Number);
  if (minutes > 59 || seconds > 59 || frames >= rate.nominal) return { ok: false, rule };
  if (dropFrame && !supportsDropFrame(rate.fps)) {
    return {
      ok: false,
      rule: `drop-frame timecode (";") exists only at 29.97 or 59.94 fps, not ${rate.fps}`,
    };
  }

  const labelled = ((hours * 60 + minutes) * 60 + seconds) * rate.nominal + frames;
  if (!dropFrame) return { ok: true, frame: labelled };

  const dropped = dropPerMinute(rate);
  if (seconds === 0 && minutes % 10 !== 0 && frames < dropped) {
    return { ok: false, rule: `${describeTimecode({ ...rate, dropFrame: true })}; that label is skipped` };
  }
  const totalMinutes = hours * 60 + minutes;
  return { ok: true, frame: labelled - dropped * (totalMinutes - Math.floor(totalMinutes / 10)) };
}

/** The rule a valid timecode follows at this rate, for error messages. */
function describeTimecode(rate: FrameRate): string {
  const last = String(rate.nominal - 1).padStart(2, '0');
  const base = `frames 00-${last} at ${rate.fps} fps`;
  if (!rate.dropFrame) return base;
  const skipped = rate.nominal === 30 ? '00 and 01' : '00 to 03';
  return `${base} drop-frame, where frames ${skipped} do not exist at the start of a minute unless the minute is a multiple of 10`;
}

function dropPerMinute(rate: FrameRate): number {
  return rate.nominal / 15; // 2 at 29.97, 4 at 59.94
}
