import 'reflect-metadata';
import { Server, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
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
import { openFileStore } from './platform/files/create-file-store';
import { serveDashboard, webDistDir } from './platform/http/static';
import { Readiness } from './platform/health/readiness';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  databaseUrl: string;
  dataSource: DataSource;
  /** True when this start seeded the demo (an empty database). */
  seeded: boolean;
  /**
   * The first half of a graceful shutdown: `/readyz` answers 503 at once, the port stays open for
   * SHUTDOWN_DRAIN_SECONDS, then closes; requests in flight finish (up to SHUTDOWN_TIMEOUT_SECONDS)
   * and subscriptions are closed (their clients reconnect elsewhere).
   */
  drain(): Promise<void>;
  /** Drains, then closes the modules, the database pool and the embedded database. */
  stop(): Promise<void>;
}

/**
 * Lets the HTTP server close gracefully: `close()` stops listening and resolves once every request
 * in flight has been answered. Idle keep-alive connections close at once, and a connection whose
 * last request is answered while closing closes then (not a keep-alive timeout later); upgraded
 * ones (graphql-ws) are closed too, as they never end by themselves; whatever is still open after
 * `timeoutMs` is cut.
 */
function gracefulClose(server: Server) {
  const upgraded = new Set<Socket>();
  let closing = false;
  server.on('upgrade', (_request, socket: Socket) => {
    upgraded.add(socket);
    socket.once('close', () => upgraded.delete(socket));
  });
  server.on('request', (_request, response: ServerResponse) =>
    response.once('finish', () => closing && setImmediate(() => server.closeIdleConnections())),
  );
  return {
    close: (timeoutMs: number) =>
      new Promise<void>((resolve) => {
        closing = true;
        const cut = setTimeout(() => server.closeAllConnections(), timeoutMs);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
        for (const socket of upgraded) socket.destroy();
      }),
  };
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
  const seeded = config.seedDemo ? await seedDemo(dataSource, await openFileStore(config)) : false;

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

  const server = app.getHttpServer() as Server;
  // Node closes an idle keep-alive connection after 5 s. A client (a load balancer, a poller)
  // that sends its next request just as that timer fires gets ECONNRESET; it fires late, and so
  // races more, when the event loop was busy. Longer than the usual balancer idle time (60 s)
  // lets the client close first; a graceful close still drops idle connections at once.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const http = gracefulClose(server);
  let draining: Promise<void> | undefined;
  const drain = () =>
    (draining ??= (async () => {
      app.get(Readiness).drain();
      logger.info({ drainSeconds: config.shutdownDrainSeconds }, 'draining: /readyz answers 503');
      await sleep(config.shutdownDrainSeconds * 1000);
      await http.close(config.shutdownTimeoutSeconds * 1000);
    })());

  let stopped = false;
  return {
    app,
    url,
    databaseUrl: database.url,
    dataSource,
    seeded,
    drain,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await drain();
      // Nest closes the modules (the queue among them) before its own server close: the
      // requests that needed them were answered above.
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.stop();
    },
  };
}
