import { Module } from '@nestjs/common';
import { Tokens } from '../../auth/tokens';
import { WitnessRepository } from './witness.repository';
import { WitnessResolver } from './witness.resolver';
import { WitnessService } from './witness.service';

/** Witnesses of the audit log: registration, key sign-in, cosignatures and refusals. */
@Module({
  providers: [WitnessRepository, WitnessService, WitnessResolver, Tokens],
  exports: [WitnessRepository],
})
export class WitnessModule {}
