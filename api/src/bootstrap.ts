import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { seedDemo } from '../../seeds';
import { AppModule } from './app.module';
import { AppConfig } from './config/config';
import { createLogger, PinoNestLogger } from './common/logger';
import { httpLogging } from './platform/http/http-logging';
import { validationPipe } from './common/validation';
import { applyBodyLimits } from './common/body-limits';
import { securityHeaders } from './platform/http/security-headers';
import { checkAppRole, migrateAsOwner, openDatabase } from './database/connect';
import { createDataSource } from './database/data-source';
import { serveDashboard, webDistDir } from './platform/http/static';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  databaseUrl: string;
  dataSource: DataSource;
  /** True when this start seeded the demo (an empty database). */
  seeded: boolean;
  stop(): Promise<void>;
}

/** Connects, migrates, seeds an empty database, and serves GraphQL, REST and the dashboard. */
export async function startServer(
  config: AppConfig,
  logger: Logger = createLogger(config.logLevel),
): Promise<RunningServer> {
  const database = await openDatabase(config, logger);
  // Migrations and grants as the owner; everything after as the app role, checked first.
  const applied = await migrateAsOwner(database);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  const dataSource = createDataSource(database.url);
  await dataSource.initialize();
  await checkAppRole(dataSource, config, logger);
  if (config.seedDemo && config.nodeEnv === 'production')
    logger.warn(
      'FRAMELEDGER_SEED_DEMO=true in production: an empty database gets the demo users and their published password',
    );
  const seeded = config.seedDemo ? await seedDemo(dataSource, config.dataDir) : false;

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, dataSource, logger),
    {
      logger: new PinoNestLogger(logger),
      bodyParser: false,
    },
  );
  applyBodyLimits(app, config);
  app.use(httpLogging(logger));
  app.useGlobalPipes(validationPipe);
  app.disable('x-powered-by');
  app.use(securityHeaders());
  serveDashboard(app, webDistDir());
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // A wildcard or loopback bind is reached as localhost; any other address as itself.
  const local = ['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'].includes(config.host);
  const url = `http://${local ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  let stopped = false;
  return {
    app,
    url,
    databaseUrl: database.url,
    dataSource,
    seeded,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.stop();
    },
  };
}
