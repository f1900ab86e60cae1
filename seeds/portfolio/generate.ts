// Generates the portfolio's shots, tasks, time entries and AI cost lines from the breakdowns,
// deterministically: a seeded PRNG draws shot lengths and hours, and ids are derived from keys.
import { xoshiro128ss, type TaskStatus as Status, type TimeEntryKind } from '@frameledger/analytics';
import { DEMO_PRODUCTIONS } from '../demo/productions';
import { baselineHours, typeOf } from './baseline';
import { BREAKDOWNS, SeedPath, SequenceSpec } from './breakdowns';
import { CURRENT_QUARTER, workdays } from './calendar';
import { centsPerHour } from './compute-rates';
import { perUsdIn } from './fx-rates';
import { demoId } from './ids';
import { ROLES } from './labour-roles';
import { peopleIn } from './people';

/** The demo omits no task. */
export type TaskStatus = Exclude<Status, 'OMITTED'>;
export type EntryKind = TimeEntryKind;

export interface GenEpisode {
  id: string;
  production: string;
  number: number;
  title: string;
}
export interface GenShot {
  id: string;
  production: string;
  episodeId: string | null;
  code: string;
  sequence: string;
  frameIn: number;
  frameOut: number;
  frameCount: number;
  fps: number;
  description: string;
  performerLikeness: boolean;
  performerName: string | null;
}
export interface GenTask {
  id: string;
  production: string;
  shotId: string;
  type: string;
  complexity: number;
  path: SeedPath;
  status: TaskStatus;
  templateId: string;
  plannedReviewHours: number;
  likenessKind: string;
  performerName: string | null;
  inFinalDeliverable: boolean;
  aiForbidden: boolean;
  /** Not stored: B(t), for the budget check in the spec. */
  baselineHours: number;
  frames: number;
}
export interface GenEntry {
  taskId: string;
  person: string;
  roleCode: string;
  workDate: string;
  minutes: number;
  kind: EntryKind;
  note: string;
}
export interface GenAiRun {
  id: string;
  taskId: string;
  externalRef: string;
  modelLabel: string;
  deviceClass: string;
  wallMs: number;
  frames: number;
  finishedAt: string;
  currency: string;
  computeCostMinor: number;
}
export interface Portfolio {
  episodes: GenEpisode[];
  shots: GenShot[];
  tasks: GenTask[];
  entries: GenEntry[];
  aiRuns: GenAiRun[];
}

export const templateId = (type: string, complexity: number) =>
  demoId(`bid_template:${type}:Standard:${complexity}`);

/** How the AI path of each task type ran, for the external AI cost lines. */
const AI_RUN: Record<string, { device: string; secondsPerFrame: number; model: string }> = {
  FX: { device: 'H100', secondsPerFrame: 45, model: 'Generative video model (vendor render log)' },
  ROTO: { device: 'A100', secondsPerFrame: 4, model: 'Video matting model (vendor render log)' },
  PAINT: { device: 'A100', secondsPerFrame: 6, model: 'Video inpainting model (vendor render log)' },
  CLEANUP: { device: 'A100', secondsPerFrame: 6, model: 'Video inpainting model (vendor render log)' },
  KEYING: { device: 'T4', secondsPerFrame: 0.4, model: 'Chroma-key matte (vendor render log)' },
  UPSCALE: { device: 'L4', secondsPerFrame: 1.5, model: '2x upscaler (vendor render log)' },
  DENOISE: { device: 'L4', secondsPerFrame: 1, model: 'Denoiser (vendor render log)' },
  LOCALIZATION: {
    device: 'T4',
    secondsPerFrame: 0.5,
    model: 'Text detector and paint-out (vendor render log)',
  },
};

const CURRENCY = new Map<string, string>(DEMO_PRODUCTIONS.map((p) => [p.code, p.currency]));

class Generator {
  private readonly random = xoshiro128ss(20251);
  private readonly used = new Map<string, number>(); // person|date -> minutes
  private readonly load = new Map<string, number>(); // person -> minutes logged so far
  readonly out: Portfolio = { episodes: [], shots: [], tasks: [], entries: [], aiRuns: [] };

  private between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.random.next();
  }

  run(): Portfolio {
    for (const breakdown of BREAKDOWNS) {
      const episodeIds = new Map<number, string>();
      for (const e of breakdown.episodes) {
        const id = demoId(`episode:${breakdown.code}:${e.number}`);
        episodeIds.set(e.number, id);
        this.out.episodes.push({ id, production: breakdown.code, ...e });
      }
      for (const sequence of breakdown.sequences) {
        this.sequence(
          breakdown.code,
          breakdown.fps,
          sequence,
          sequence.episode === null ? null : episodeIds.get(sequence.episode)!,
        );
      }
    }
    return this.out;
  }

  private sequence(production: string, fps: number, seq: SequenceSpec, episodeId: string | null): void {
    const days = workdays(seq.quarter);
    for (let i = 0; i < seq.shots; i++) {
      const code = `${seq.code}${String((i + 1) * 10).padStart(3, '0')}`;
      const frames = Math.round(this.between(seq.frames[0], seq.frames[1]));
      const shotId = demoId(`shot:${production}:${code}`);
      const likeness = seq.likeness;
      this.out.shots.push({
        id: shotId,
        production,
        episodeId,
        code,
        sequence: seq.code,
        frameIn: 1001,
        frameOut: 1000 + frames,
        frameCount: frames,
        fps,
        description: `${seq.name}, shot ${i + 1} of ${seq.shots}`,
        performerLikeness: Boolean(likeness),
        performerName: likeness?.performer ?? null,
      });
      const status = statusOf(seq.quarter, i, seq.shots);
      // Work on a shot starts at a point of the quarter proportional to its place in the sequence.
      const start = Math.floor((i / seq.shots) * days.length * 0.6);
      for (const spec of seq.tasks) {
        const carries = likeness?.taskTypes.includes(spec.type) ?? false;
        const aiForbidden = carries && likeness!.aiForbidden;
        const path: SeedPath = aiForbidden ? 'HUMAN' : spec.path;
        const hours = baselineHours(spec.type, spec.complexity, frames);
        const task: GenTask = {
          id: demoId(`task:${production}:${code}:${spec.type}`),
          production,
          shotId,
          type: spec.type,
          complexity: spec.complexity,
          path,
          status,
          templateId: templateId(spec.type, spec.complexity),
          // What review would take if the task went AI: a tenth of its baseline (types with no AI path: none).
          plannedReviewHours: AI_RUN[spec.type] ? Math.round(hours) / 10 : 0,
          likenessKind: carries ? likeness!.kind : 'NONE',
          performerName: carries ? likeness!.performer : null,
          inFinalDeliverable: path === 'AI_FINAL' || spec.type === 'FX' || spec.type === 'COMP',
          aiForbidden,
          baselineHours: hours,
          frames,
        };
        this.out.tasks.push(task);
        this.actuals(task, seq.quarter, days, start);
      }
    }
  }

  private actuals(task: GenTask, quarter: string, days: string[], start: number): void {
    const share = { DONE: 1, IN_REVIEW: 0.9, IN_PROGRESS: 0.5, PLANNED: 0 }[task.status];
    if (share === 0) return;
    const B = task.baselineHours;
    const role = typeOf(task.type).baselineRole;
    const log = (kind: EntryKind, roleCode: string, hours: number, note = '') =>
      this.log(task, kind, roleCode, hours * share, days, start, note);
    if (task.path === 'HUMAN') {
      log('ARTIST', role, B * this.between(0.85, 1.25));
      log('SUPERVISION', 'VFX_SUPERVISOR', B * 0.05, 'Dailies and notes');
    } else if (task.path === 'AI_ASSISTED') {
      log(
        'AI_OPERATOR',
        'AI_OPERATOR',
        this.between(1, 3) + task.frames * 0.002,
        'Set up and ran the AI pass',
      );
      log('AI_REVIEW', role, B * this.between(0.08, 0.14), 'Reviewed the AI output frame by frame');
      log('REWORK', role, B * this.between(0.06, 0.2), 'Fixed artefacts the AI pass left');
      log('ARTIST', role, B * this.between(0, 0.08));
      log('SUPERVISION', 'VFX_SUPERVISOR', B * 0.02, 'Approved the AI-assisted version');
    } else {
      log('AI_OPERATOR', 'AI_OPERATOR', this.between(0.5, 1.5), 'Ran the AI pass');
      log('AI_REVIEW', role, B * this.between(0.05, 0.1), 'Checked the AI result before delivery');
    }
    if (task.path !== 'HUMAN') this.aiRuns(task, quarter, days, start);
  }

  /** Splits hours into day entries of at most 8 h, each on a day the person has room. */
  private log(
    task: GenTask,
    kind: EntryKind,
    roleCode: string,
    hours: number,
    days: string[],
    start: number,
    note: string,
  ): void {
    let minutes = Math.max(15, Math.round((hours * 60) / 15) * 15);
    const people = peopleIn(
      task.production,
      ROLES.findIndex((r) => r.code === roleCode),
    );
    // The least loaded of the role's people takes the work, as a supervisor would assign it.
    const person = people.reduce((a, b) => ((this.load.get(b) ?? 0) < (this.load.get(a) ?? 0) ? b : a));
    this.load.set(person, (this.load.get(person) ?? 0) + minutes);
    let day = start;
    while (minutes > 0) {
      const chunk = Math.min(minutes, 480);
      const date = this.freeDay(person, days, day, chunk);
      this.out.entries.push({
        taskId: task.id,
        person,
        roleCode,
        workDate: days[date],
        minutes: chunk,
        kind,
        note,
      });
      minutes -= chunk;
      day = date + 1;
    }
  }

  // The first day from `from` (wrapping round the quarter) where the person stays within 10 h.
  private freeDay(person: string, days: string[], from: number, minutes: number): number {
    for (let k = 0; k < days.length; k++) {
      const index = (from + k) % days.length;
      const key = `${person}|${days[index]}`;
      const used = this.used.get(key) ?? 0;
      if (used + minutes <= 600) {
        this.used.set(key, used + minutes);
        return index;
      }
    }
    throw new Error(
      `The demo schedules more work for ${person} than the quarter holds (${days[0]}..${days[days.length - 1]}, ${minutes} min); add people to the role.`,
    );
  }

  private aiRuns(task: GenTask, quarter: string, days: string[], start: number): void {
    const how = AI_RUN[task.type];
    const runs = task.type === 'FX' || task.complexity >= 3 ? 2 : 1;
    const currency = CURRENCY.get(task.production)!;
    for (let r = 0; r < runs; r++) {
      const wallMs = Math.round(((task.frames * how.secondsPerFrame * 1000) / runs) * this.between(0.9, 1.3));
      const usdCents = (wallMs / 3_600_000) * centsPerHour(how.device);
      const date = days[Math.min(days.length - 1, start + 2 + r)];
      this.out.aiRuns.push({
        id: demoId(`ai_run:${task.id}:${r}`),
        taskId: task.id,
        externalRef: `vendor-log/${task.production}/${task.type}/${task.id.slice(0, 8)}-${r + 1}`,
        modelLabel: how.model,
        deviceClass: how.device,
        wallMs,
        frames: Math.round(task.frames / runs),
        finishedAt: `${date}T${String(17 + r).padStart(2, '0')}:30:00Z`,
        currency,
        // Billed in USD by the cloud, booked in the production's currency at the quarter's rate.
        computeCostMinor: Math.round(usdCents * perUsdIn(currency, quarter)),
      });
    }
  }
}

function statusOf(quarter: string, shotIndex: number, shots: number): TaskStatus {
  if (quarter < CURRENT_QUARTER) return 'DONE';
  const third = shotIndex / shots;
  if (third < 1 / 3) return 'DONE';
  if (third < 2 / 3) return shotIndex % 2 === 0 ? 'IN_PROGRESS' : 'IN_REVIEW';
  return 'PLANNED';
}

/** The whole portfolio, the same on every run. */
export function generatePortfolio(): Portfolio {
  return new Generator().run();
}
