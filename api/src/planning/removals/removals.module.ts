import { Module } from '@nestjs/common';
import { RemovalsRepository } from './removals.repository';
import { RemovalsResolver } from './removals.resolver';
import { RemovalsService } from './removals.service';

/**
 * deleteTask and deleteShot. Planning's, not productions', because whether a shot may go
 * depends on its tasks' time and AI records, and planning already depends on productions.
 */
@Module({ providers: [RemovalsRepository, RemovalsService, RemovalsResolver] })
export class RemovalsModule {}
