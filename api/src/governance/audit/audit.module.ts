import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log.service';
import { AuditLogRepository } from './audit-log.repository';

/** Global so every feature can record its changes in the same transaction. */
@Global()
@Module({ providers: [AuditLog, AuditLogRepository], exports: [AuditLog, AuditLogRepository] })
export class AuditModule {}
