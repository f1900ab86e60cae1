import { Global, Module } from '@nestjs/common';
import { PolicyExceptionsRepository } from './policy/policy-exceptions.repository';
import { PolicyFactsRepository } from './policy/policy-facts.repository';
import { PolicyGate } from './policy/policy-gate';
import { PolicySettingsRepository } from './policy/policy-settings.repository';

/** Policy, consents and notices, checkpoints and reviewer reports. Global so any feature can call the PolicyGate. */
@Global()
@Module({
  providers: [PolicyGate, PolicyFactsRepository, PolicySettingsRepository, PolicyExceptionsRepository],
  exports: [PolicyGate],
})
export class GovernanceModule {}
