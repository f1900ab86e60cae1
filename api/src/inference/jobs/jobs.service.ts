import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { money } from '../../platform/graphql/money-format';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { PolicyGate } from '../../governance/policy/policy-gate';
import { readsFrom } from '../engine';
import { ModelRow, ModelsRepository } from '../registry/models.repository';
import { QueueService } from '../queue/queue.service';
import {
  FINISHED,
  InferenceJobFilter,
  InferenceJobType,
  JobStatus,
  RenderType,
  SubmitInferenceJobInput,
} from './job.types';
import { JobProgressHub } from './job-progress.hub';
import { jobUpdates } from './job-updates';
import { JobRow, JobsRepository, RenderRow } from './jobs.repository';

export const toJob = (row: JobRow): InferenceJobType => ({
  ...row,
  computeCost:
    row.computeCostMinor !== null && row.currency ? money(row.computeCostMinor, row.currency) : null,
  failedFrame:
    row.failedFrameIndex !== null ? { index: row.failedFrameIndex, name: row.failedFrameName ?? '' } : null,
  timings: { decodeMs: row.decodeMs, inferMs: row.inferMs, encodeMs: row.encodeMs },
});

const toRender = (row: RenderRow): RenderType => ({
  ...row,
  url: `/files/${row.outputFileId}`,
  thumbnailUrl: `/files/${row.thumbnailFileId}`,
  latencyMs: row.decodeMs + row.inferMs + row.encodeMs,
  manifest: JSON.stringify(row.manifest),
});

/** The job as the audit log keeps it at submit and cancel. */
const auditView = (row: JobRow) => ({
  status: row.status,
  taskId: row.taskId,
  modelId: row.modelId,
  model: row.modelLabel,
  modelSha256: row.modelSha256,
  framesTotal: row.framesTotal,
  framesDone: row.framesDone,
  cancelRequested: row.cancelRequested,
});

@Injectable()
export class JobsService {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsRepository,
    private readonly models: ModelsRepository,
    private readonly policy: PolicyGate,
    private readonly queue: QueueService,
    private readonly progress: JobProgressHub,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Checks the task, the model (serving the task's type), the frames and policy (the model's
   * approval is policy's MODEL_APPROVED rule, with the production's severity: decision 0017), then
   * writes the job with its frames and queues it, all in one transaction: a refusal writes nothing,
   * and an accepted job is in the queue the moment it is committed. `scopedTo`: the productions of
   * a person scoped to some, who runs only on folders uploaded for the task's production.
   */
  async submit(
    input: SubmitInferenceJobInput,
    actorId: string,
    scopedTo?: readonly string[],
  ): Promise<InferenceJobType> {
    return this.db.transaction(async (manager) => {
      const task = await this.jobs.taskForJob(input.taskId, manager);
      if (!task) throw notFound('task', input.taskId);
      if (task.aiForbidden) {
        throw badInput(
          'input.taskId',
          "AI is forbidden on this task (its plan keeps it human); change the task's plan before running a model on it.",
        );
      }
      const model = await this.models.findById(input.modelId, manager);
      if (!model) throw notFound('model', input.modelId);
      const label = `${model.name} ${model.version}`;
      if (!model.taskTypes.includes(task.taskTypeCode)) {
        throw badInput(
          'input.modelId',
          `Model ${label} serves ${model.taskTypes.join(', ')}, not ${task.taskTypeCode} tasks; choose a model registered for ${task.taskTypeCode}.`,
        );
      }
      const range = await this.frameRange(input, task.productionId, scopedTo, manager);
      await this.checkAlpha(model, label, { folderId: input.frames.folderId, ...range }, manager);
      await this.policy.checkInferenceJob(manager, { taskId: task.id, modelId: model.id, actorId });
      const queueJobId = randomUUID();
      const job = await this.jobs.insert(
        {
          taskId: task.id,
          productionId: task.productionId,
          modelId: model.id,
          queueJobId,
          framesTotal: range.to - range.from + 1,
        },
        { folderId: input.frames.folderId, ...range },
        actorId,
        manager,
      );
      await this.queue.send(manager, job.id, queueJobId);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'inference.job.submit',
        subjectType: 'inference_job',
        subjectId: job.id,
        productionId: job.productionId,
        payload: {
          before: null,
          after: { ...auditView(job), frames: { folderId: input.frames.folderId, ...range } },
        },
      });
      return toJob(job);
    });
  }

  async cancel(id: string, actorId: string): Promise<InferenceJobType> {
    return this.db.transaction(async (manager) => {
      const before = await this.jobs.findById(id, manager, true);
      if (!before) throw notFound('inference job', id);
      if (FINISHED.includes(before.status))
        throw conflict(`The job has ${before.status} already; there is nothing to cancel.`);
      if (before.cancelRequested)
        throw conflict('The job is stopping already; it ends after the frame it is on.');
      const queued = before.status === JobStatus.QUEUED;
      if (queued) await this.queue.cancel(manager, before.queueJobId);
      await this.jobs.cancel(id, queued, manager);
      const after = (await this.jobs.findById(id, manager))!;
      await this.audit.append(manager, {
        actor: actorId,
        action: 'inference.job.cancel',
        subjectType: 'inference_job',
        subjectId: id,
        productionId: before.productionId,
        payload: { before: auditView(before), after: auditView(after) },
      });
      return toJob(after);
    });
  }

  async get(id: string): Promise<InferenceJobType> {
    const row = await this.jobs.findById(id);
    if (!row) throw notFound('inference job', id);
    return toJob(row);
  }

  async list(
    filter: InferenceJobFilter & { only?: string[] },
    first: number,
    after?: string,
  ): Promise<Page<InferenceJobType>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.jobs.list(filter, offset, first);
    return toPage(rows.map(toJob), offset, first, total);
  }

  async renders(jobId: string, first: number, after?: string): Promise<Page<RenderType>> {
    await this.get(jobId);
    const offset = offsetOf(after);
    const { rows, total } = await this.jobs.renders(jobId, offset, first);
    return toPage(rows.map(toRender), offset, first, total);
  }

  /** The job now and after every change, until it finishes (the jobProgress subscription). */
  watch(jobId: string) {
    return jobUpdates(jobId, () => this.get(jobId), this.progress);
  }

  private async frameRange(
    input: SubmitInferenceJobInput,
    productionId: string,
    scopedTo: readonly string[] | undefined,
    manager: Parameters<JobsRepository['folderRange']>[1],
  ) {
    const { folderId, fromFrame, toFrame } = input.frames;
    const folder = await this.jobs.folderRange(folderId, manager);
    if (!folder) throw notFound('frame folder', folderId);
    if (folder.productionId && folder.productionId !== productionId) {
      throw badInput(
        'input.frames.folderId',
        "These plates were uploaded for another production; choose a folder of this task's production or upload its plates (POST /files/frames?productionId=...).",
      );
    }
    if (!folder.productionId && scopedTo) {
      throw forbidden(
        "This is a studio folder and your access is limited to some productions; upload the plates for this task's production (POST /files/frames?productionId=...) and run on that folder.",
      );
    }
    const from = fromFrame ?? folder.firstFrame;
    const to = toFrame ?? folder.lastFrame;
    if (from < folder.firstFrame || to > folder.lastFrame || from > to) {
      throw badInput(
        'input.frames',
        `The folder holds frames ${folder.firstFrame} to ${folder.lastFrame}; choose fromFrame and toFrame inside that range, fromFrame first.`,
      );
    }
    return { from, to };
  }

  /**
   * A model reading each frame's alpha as its mask (a FRAME_ALPHA input) is refused over frames
   * uploaded without alpha, before anything is rendered or billed. Frames uploaded before alpha was
   * recorded (has_alpha null) pass here: the worker refuses such a frame when it reads it
   * (FRAME_ALPHA_MISSING, failing the job at that frame).
   */
  private async checkAlpha(
    model: ModelRow,
    label: string,
    frames: { folderId: string; from: number; to: number },
    manager: EntityManager,
  ) {
    if (!readsFrom(model.adapter, 'FRAME_ALPHA')) return;
    const { count, first } = await this.jobs.framesWithoutAlpha(frames, 3, manager);
    if (count === 0) return;
    const total = frames.to - frames.from + 1;
    const more = count > first.length ? ` and ${count - first.length} more` : '';
    const named = first.map((f) => `${f.name} (frame ${f.number})`).join(', ') + more;
    throw badInput(
      'input.frames',
      `Model ${label} reads each frame's alpha channel as its mask, but ${count} of ${total} chosen frame${total === 1 ? '' : 's'} ${count === 1 ? 'has' : 'have'} none: ${named}. Export the plate with the matte in its alpha channel (an RGBA PNG, TIFF or WebP) and upload it again, or choose frames that have one.`,
      { reason: 'FRAME_ALPHA_MISSING' },
    );
  }
}
