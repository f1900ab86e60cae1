import { startTestServer, TestServer } from '../../../../test/support/server';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;

/** Sign-in throttling over HTTP: per account, per address, and parallel guesses included. */
describe('sign-in throttling', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  const codes = async (email: string, n: number) => {
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) => server.gql(LOGIN, { e: email, p: `guess-${i}` })),
    );
    return answers.map((a) => a.errors?.[0].extensions?.code as string);
  };

  it('counts failures in the database: guesses spread over two api instances still get five checks', async () => {
    const other = await startTestServer({
      DATABASE_URL: server.databaseUrl,
      MIGRATION_DATABASE_URL: server.ownerUrl,
    });
    try {
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          (i % 2 ? other : server).gql(LOGIN, { e: 'split@example.com', p: `guess-${i}` }),
        ),
      );
      const codes = answers.map((a) => a.errors?.[0].extensions?.code);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codes.filter((c) => c === 'LIMIT_EXCEEDED')).toHaveLength(3);
    } finally {
      await other.stop();
    }
  });

  it('checks five of 12 parallel guesses for a known account and refuses the rest at once; an unknown e-mail the same', async () => {
    for (const email of ['planner@frameledger.local', 'nobody@frameledger.local']) {
      const answers = await codes(email, 12);
      expect(answers.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(answers.filter((c) => c === 'LIMIT_EXCEEDED')).toHaveLength(7);
    }
    const refused = await server.gql(LOGIN, { e: 'planner@frameledger.local', p: 'frameledger' });
    expect(refused.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(refused.errors?.[0].message).toMatch(
      /^Too many failed sign-ins for this account or from this address; wait \d+ seconds and try again\.$/,
    );
  });

  it('refuses the address after 20 failed attempts across accounts, even with the right password', async () => {
    // 15 failures so far from this address (5 + 5 + 5); 10 more on fresh accounts pass 20.
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => server.gql(LOGIN, { e: `x${i}@example.com`, p: 'x' })),
    );
    const admin = await server.gql(LOGIN, { e: 'admin@frameledger.local', p: 'frameledger' });
    expect(admin.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
