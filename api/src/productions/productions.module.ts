import { Module } from '@nestjs/common';
import { ProductionsRepository } from './productions.repository';
import { ProductionsResolver } from './productions.resolver';
import { ProductionsService } from './productions.service';

@Module({
  providers: [ProductionsRepository, ProductionsService, ProductionsResolver],
  exports: [ProductionsRepository, ProductionsService],
})
export class ProductionsModule {}
