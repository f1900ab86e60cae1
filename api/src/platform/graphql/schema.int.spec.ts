import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { operationRoles } from './operation-roles';
import { Role } from '../../common/roles';

const SCHEMA_FILE = join(__dirname, '../../../schema.graphql');

describe('the GraphQL schema', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  const emitted = () => printSchema(lexicographicSortSchema(server.app.get(GraphQLSchemaHost).schema)) + '\n';

  it('matches the committed api/schema.graphql (run `npm run schema:update` after changing types)', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, emitted());
    expect(emitted()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('declares the roles of every query, mutation and subscription', () => {
    const table = operationRoles(server.app);
    const undeclared = table.filter((op) => !op.public && op.roles.length === 0).map((op) => op.operation);
    // The table is printed so a reviewer can read who may do what.
    process.stdout.write(
      table
        .map((op) => `${op.operation}: ${op.public ? 'PUBLIC' : op.roles.join(', ')}; scoped: ${op.scoped}`)
        .join('\n') + '\n',
    );
    expect(undeclared).toEqual([]);
    expect(table.find((op) => op.operation === 'Mutation.login')?.public).toBe(true);
    expect(table.find((op) => op.operation === 'Mutation.createProduction')?.roles).toEqual([
      'ADMIN',
      'PLANNER',
    ]);
  });

  // docs/decisions/0038-vendor-role.md: VENDOR, a production role only, logs time and records vendor
  // AI runs (on its company's tasks, which the guard checks) and reads only who it is.
  it('gives VENDOR the time and AI-run writes and nothing else', () => {
    const vendor = operationRoles(server.app)
      .filter((op) => op.roles.includes(Role.VENDOR))
      .map((op) => op.operation)
      .sort();
    expect(vendor).toEqual([
      'Mutation.logTimeEntries',
      'Mutation.logTimeEntry',
      'Mutation.recordAiRun',
      'Query.me',
    ]);
  });

  // docs/decisions/0025-production-memberships.md: unscoped people are checked by role alone (above);
  // a person scoped to productions acts per production, reads filtered lists, or is refused.
  it('says what a person scoped to productions may reach of each operation', () => {
    const scoped = Object.fromEntries(operationRoles(server.app).map((op) => [op.operation, op.scoped]));
    expect(scoped).toMatchObject({
      'Query.tasks': 'per production',
      'Query.production': 'per production',
      'Mutation.createShot': 'per production',
      'Mutation.logTimeEntry': 'per production',
      'Query.labourImpact': 'own productions',
      'Query.aiUseLedger': 'own productions',
      'Query.inferenceJobs': 'own productions',
      'Mutation.exportAudit': 'own productions',
      'Query.productions': 'own productions',
      'Query.people': 'closed',
      'Mutation.createProduction': 'closed',
      // docs/decisions/0037-scoped-people-see-their-share.md: by its own id, or filtered.
      'Query.task': 'per production',
      'Query.inferenceJob': 'per production',
      'Query.renders': 'per production',
      'Subscription.jobProgress': 'per production',
      'Mutation.deleteTimeEntry': 'per production',
      'Query.vendorTools': 'own productions',
      // Folders uploaded for a production (POST /files/frames?productionId=).
      'Query.frameFolders': 'own productions',
      'Query.frameFolder': 'own productions',
      // Catalogues that hold no production's data read the same for everyone.
      'Query.labourRoles': 'studio catalogue',
      'Query.models': 'studio catalogue',
      // Studio-wide lists that name other productions' data, or none, stay closed.
      'Query.modelInventory': 'closed',
      'Query.auditCheckpoint': 'closed',
    });
  });
});
