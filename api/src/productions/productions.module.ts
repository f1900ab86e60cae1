import { Module } from '@nestjs/common';
import { EpisodesRepository } from './episodes/episodes.repository';
import { EpisodesResolver } from './episodes/episodes.resolver';
import { EpisodesService } from './episodes/episodes.service';
import { ProductionsRepository } from './productions.repository';
import { ProductionsResolver } from './productions.resolver';
import { ProductionsService } from './productions.service';
import { ShotsRepository } from './shots/shots.repository';
import { ShotsResolver } from './shots/shots.resolver';
import { ShotsService } from './shots/shots.service';

@Module({
  providers: [
    ProductionsRepository,
    ProductionsService,
    ProductionsResolver,
    EpisodesRepository,
    EpisodesService,
    EpisodesResolver,
    ShotsRepository,
    ShotsService,
    ShotsResolver,
  ],
  exports: [
    ProductionsRepository,
    ProductionsService,
    EpisodesRepository,
    EpisodesService,
    ShotsRepository,
    ShotsService,
  ],
})
export class ProductionsModule {}
