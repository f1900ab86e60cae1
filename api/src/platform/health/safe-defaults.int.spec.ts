import { Writable } from 'node:stream';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { createLogger } from '../../common/logger';
import { ProductionsService } from '../../productions/productions.service';

/** The series the api's requests make (the process's own GC and memory series come and go by themselves). */
const series = (text: string) =>
  text.split('\n').filter((l) => /^frameledger_(http|graphql)_/.test(l)).length;

/** The api's logger, keeping its JSON lines in memory so a test can read what was logged. */
function memoryLogger(level = 'info') {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(level, 'test', sink), lines };
}

describe('safe defaults: metrics, logs, production', () => {
  describe('metrics', () => {
    let server: TestServer;
    const metrics = async (token?: string) =>
      fetch(`${server.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    beforeAll(async () => {
      server = await startTestServer({
        METRICS_TOKEN: 'metrics-token-for-the-test',
        FRAMELEDGER_SEED_DEMO: 'false',
      });
    });
    afterAll(() => server?.stop());

    it('asks for METRICS_TOKEN when it is set', async () => {
      const open = await metrics();
      expect(open.status).toBe(401);
      expect(((await open.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      expect((await metrics('wrong-token-of-the-same-size!')).status).toBe(401);
      expect((await metrics('metrics-token-for-the-test')).status).toBe(200);
    });

    it('keeps the series count flat under a flood of made-up paths and operation names', async () => {
      const flood = async (tag: string, n: number) => {
        for (let i = 0; i < n; i++) {
          await fetch(`${server.url}/made-up-${tag}-${i}/page?x=${i}`);
          await server.gql(`query Made${tag}${i} { __typename }`);
        }
      };
      // From here on the `other`, `__typename` and /metrics series exist.
      await flood('warm', 1);
      await metrics('metrics-token-for-the-test');
      const before = await (await metrics('metrics-token-for-the-test')).text();
      await flood('up', 300);
      const after = await (await metrics('metrics-token-for-the-test')).text();
      expect(series(after)).toBe(series(before));
    });
  });

  describe('logs', () => {
    it('logs a bounded line for a 45 MB e-mail, and answers LIMIT_EXCEEDED', async () => {
      const { logger, lines } = memoryLogger();
      const server = await startTestServer({ FRAMELEDGER_SEED_DEMO: 'false' }, logger);
      try {
        const email = 'a'.repeat(45 * 1024 ** 2);
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation($e: String!) { login(email: $e, password: "x") { token } }',
            variables: { e: email },
          }),
        });
        expect(response.status).toBe(413);
        const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
        expect(body.errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
        // 5 MB: read, then refused by the per-operation limit (1 MB) before the resolver.
        const five = await server.gql('mutation($e: String!) { login(email: $e, password: "x") { token } }', {
          e: 'b'.repeat(5 * 1024 ** 2),
        });
        expect(five.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
        const longest = Math.max(...lines.map((l) => l.length));
        expect(lines.length).toBeGreaterThan(0);
        expect(longest).toBeLessThan(8_000);
        expect(lines.join('\n')).not.toMatch(/aaaaaaaaaaaaaaaaaaaaaaaa|bbbbbbbbbbbbbbbbbbbbbbbbb/);
      } finally {
        await server.stop();
      }
    });
  });

  describe('an unexpected error', () => {
    it('answers INTERNAL_SERVER_ERROR with the request id, logged once with that id and no values', async () => {
      const { logger, lines } = memoryLogger();
      const server = await startTestServer({}, logger);
      try {
        const token = await server.login('planner@frameledger.local');
        // A fault no input check could foresee: the service itself throws, quoting a value.
        server.app.get(ProductionsService).list = () => {
          throw new Error('relation lookup failed for "ana.ruiz@example.com"');
        };
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'x-request-id': 'req-test-0001',
          },
          body: JSON.stringify({ query: '{ productions { totalCount } }' }),
        });
        const body = (await response.json()) as {
          errors: Array<{ message: string; extensions: Record<string, unknown> }>;
        };
        expect(body.errors[0].extensions).toEqual({
          code: 'INTERNAL_SERVER_ERROR',
          requestId: 'req-test-0001',
        });
        expect(body.errors[0].message).not.toMatch(/relation|ana\.ruiz/);
        const logged = lines.filter((l) => l.includes('req-test-0001') && l.includes('"level":50'));
        expect(logged).toHaveLength(1);
        expect(logged[0]).not.toMatch(/ana\.ruiz/);
      } finally {
        await server.stop();
      }
    });
  });

  describe('production', () => {
    const PRODUCTION = {
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
      HOST: '127.0.0.1',
    };

    it('seeds nobody without FRAMELEDGER_SEED_DEMO, answers no introspection, sends security headers', async () => {
      const server = await startTestServer(PRODUCTION);
      try {
        expect(server.seeded).toBe(false);
        const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM app_user`);
        expect(n).toBe(0);
        const introspection = await server.gql(`{ __schema { queryType { name } } }`);
        expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        const response = await fetch(`${server.url}/healthz`);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
        expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
      } finally {
        await server.stop();
      }
    });

    it('seeds the demo when FRAMELEDGER_SEED_DEMO=true is set, and warns', async () => {
      const { logger, lines } = memoryLogger('warn');
      const server = await startTestServer({ ...PRODUCTION, FRAMELEDGER_SEED_DEMO: 'true' }, logger);
      try {
        expect(server.seeded).toBe(true);
        expect(lines.some((l) => /FRAMELEDGER_SEED_DEMO=true in production/.test(l))).toBe(true);
      } finally {
        await server.stop();
      }
    });
  });
});
