import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log.service';
import { AuditLogRepository } from './audit-log.repository';
import { Checkpointer } from './checkpointer';
import { CheckpointsRepository } from './checkpoints.repository';
import { ContinuityMonitor } from './continuity-monitor';
import { signingKeyProvider } from './signing-key';

/** Global so every feature can record its changes in the same transaction. */
@Global()
@Module({
  providers: [
    AuditLog,
    AuditLogRepository,
    Checkpointer,
    CheckpointsRepository,
    ContinuityMonitor,
    signingKeyProvider,
  ],
  exports: [AuditLog, AuditLogRepository, Checkpointer, CheckpointsRepository, signingKeyProvider],
})
export class AuditModule {}
