import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AccessModule } from './platform/access/access.module';
import { AuthModule } from './platform/auth/auth.module';
import { SsoModule } from './platform/sso/sso.module';
import { AuthService } from './platform/auth/auth.service';
import { AppErrorFilter } from './common/app-error.filter';
import { ConfigModule } from './config/config.module';
import { AppConfig } from './config/config';
import { DatabaseModule } from './database/database.module';
import { graphqlOptions } from './platform/graphql/graphql.options';
import { AuditModule } from './platform/audit/log/audit.module';
import { GovernanceModule } from './governance/governance.module';
import { HealthModule } from './platform/health/health.module';
import { InferenceModule } from './inference/inference.module';
import { BreakdownImportModule } from './planning/breakdown/breakdown-import.module';
import { PlanningModule } from './planning/planning.module';
import { RemovalsModule } from './planning/removals/removals.module';
import { ProductionsModule } from './productions/productions.module';
import { RatesModule } from './rates/rates.module';
import { ReportsModule } from './reports/reports.module';
import { TimelogsModule } from './timelogs/timelogs.module';
import { VendorAiModule } from './vendor-ai/vendor-ai.module';

/** The api's feature modules; each owns one folder under src/. */
export const FEATURE_MODULES = [
  AuditModule,
  GovernanceModule,
  AuthModule,
  AccessModule,
  SsoModule,
  HealthModule,
  ProductionsModule,
  InferenceModule,
  RatesModule,
  PlanningModule,
  BreakdownImportModule,
  RemovalsModule,
  TimelogsModule,
  ReportsModule,
  VendorAiModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, logger),
        DatabaseModule.forRoot(dataSource),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthService],
          useFactory: (auth: AuthService) => graphqlOptions(config, auth, logger),
        }),
        DiscoveryModule,
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }],
    };
  }
}
