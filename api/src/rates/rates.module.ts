import { Module } from '@nestjs/common';
import { ProductionsModule } from '../productions/productions.module';
import { ComputeRatesRepository } from './compute-rates/compute-rates.repository';
import { ComputeRatesResolver } from './compute-rates/compute-rates.resolver';
import { ComputeRatesService } from './compute-rates/compute-rates.service';
import { FxRatesRepository } from './fx-rates/fx-rates.repository';
import { FxRatesResolver } from './fx-rates/fx-rates.resolver';
import { FxRatesService } from './fx-rates/fx-rates.service';
import { LabourRolesRepository } from './labour-roles/labour-roles.repository';
import { LabourRolesResolver } from './labour-roles/labour-roles.resolver';
import { LabourRolesService } from './labour-roles/labour-roles.service';
import { RateCardLineResolver } from './rate-cards/rate-card-line.resolver';
import { RateCardsRepository } from './rate-cards/rate-cards.repository';
import { RateCardsResolver } from './rate-cards/rate-cards.resolver';
import { RateCardsService } from './rate-cards/rate-cards.service';

/** Labour roles, rate cards with fringes, compute prices and FX: what every hour and GPU-hour costs. */
@Module({
  imports: [ProductionsModule],
  providers: [
    LabourRolesRepository,
    LabourRolesService,
    LabourRolesResolver,
    RateCardsRepository,
    RateCardsService,
    RateCardsResolver,
    RateCardLineResolver,
    ComputeRatesRepository,
    ComputeRatesService,
    ComputeRatesResolver,
    FxRatesRepository,
    FxRatesService,
    FxRatesResolver,
  ],
  exports: [
    LabourRolesRepository,
    LabourRolesService,
    RateCardsService,
    RateCardsRepository,
    ComputeRatesRepository,
    FxRatesRepository,
  ],
})
export class RatesModule {}
