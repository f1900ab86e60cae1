import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { SignOffRepository } from './sign-off.repository';
import { TaskSignOffType } from './sign-off.types';

/** Human sign-off of AI-final output (policy rule AI_FINAL_SIGN_OFF). */
@Injectable()
export class SignOffService {
  constructor(
    private readonly db: DataSource,
    private readonly tasks: SignOffRepository,
    private readonly audit: AuditLog,
  ) {}

  async signOff(taskId: string, actorId: string): Promise<TaskSignOffType> {
    return this.db.transaction(async (manager) => {
      const before = await this.tasks.find(taskId, manager, true);
      if (!before) throw notFound('task', taskId);
      if (before.path !== 'AI_FINAL') {
        throw badInput(
          'taskId',
          `Shot ${before.shotCode}'s task is ${before.path}; only AI-final output needs a sign-off.`,
        );
      }
      if (!before.lastAiRunAt) {
        throw conflict(
          `Shot ${before.shotCode} has no AI output yet; sign it off after the AI job has rendered it.`,
        );
      }
      await this.tasks.signOff(taskId, actorId, manager);
      const after = (await this.tasks.find(taskId, manager))!;
      await this.audit.append(manager, {
        actor: actorId,
        action: 'task.sign_off',
        subjectType: 'task',
        subjectId: taskId,
        productionId: after.productionId,
        payload: {
          before: { signedOffBy: before.signedOffBy, signedOffAt: before.signedOffAt },
          after: {
            signedOffBy: after.signedOffBy,
            signedOffAt: after.signedOffAt,
            lastAiRunAt: after.lastAiRunAt,
          },
        },
      });
      return {
        taskId,
        shotCode: after.shotCode,
        signedOffBy: after.signedOffBy!,
        signedOffAt: after.signedOffAt!,
        lastAiRunAt: after.lastAiRunAt!,
      };
    });
  }
}
