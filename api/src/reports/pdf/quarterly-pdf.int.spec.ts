import { createHash } from 'node:crypto';
import { pdfPages } from '../../../../test/support/pdf';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { entry, insertReportFixture, ReportFixture } from '../testing/report-fixture';

describe('GET /files/reports/quarterly.pdf', () => {
  let server: TestServer;
  let executive: string;
  let f: ReportFixture;
  const download = (query: string, token?: string) =>
    fetch(`${server.url}/files/reports/quarterly.pdf?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const exports = async () =>
    server.dataSource.query(
      `SELECT actor, subject_id AS "subjectId", payload FROM audit_event WHERE action = 'report.export' ORDER BY seq`,
    );

  beforeAll(async () => {
    server = await startTestServer();
    f = await insertReportFixture(server.dataSource);
    executive = await server.login('executive@frameledger.local');
  });
  afterAll(() => server.stop());

  it('sends the quarter as a PDF whose first page names it and carries its figures, and audits the export', async () => {
    const response = await download('quarter=2031-Q2&currency=USD', executive);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="frameledger-quarterly-2031-Q2-USD.pdf"',
    );
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const [first, second] = pdfPages(pdf);
    expect(first).toContain('Quarterly summary 2031-Q2');
    expect(first).toContain('$2,007.00');
    expect(first).toContain('$4,723.00');
    expect(first).toContain('Spend by quarter, human vs AI (USD)');
    expect(second).toContain('Displaced vs created hours');
    expect(second).toContain('RPT_ROTO');
    const [event] = await exports();
    expect(event).toMatchObject({
      subjectId: 'quarterly:2031-Q2:USD',
      payload: {
        before: null,
        after: { quarter: '2031-Q2', currency: 'USD', bytes: pdf.length, totalSpendMinor: '200700' },
      },
    });
    expect(event.payload.after.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
  });

  it('narrows to the productions asked for: RPT-A alone spent 480.00 + 1,277.00 = 1,757.00, and the page says so', async () => {
    const response = await download(
      `quarter=2031-Q2&currency=USD&productionIds=${f.productions.a}`,
      executive,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="frameledger-quarterly-2031-Q2-USD-RPT-A.pdf"',
    );
    const [first] = pdfPages(Buffer.from(await response.arrayBuffer()));
    expect(first).toContain('productions RPT-A, in USD');
    expect(first).toContain('$1,757.00');
    const [event] = (await exports()).slice(-1);
    expect(event.payload.after).toMatchObject({
      productionIds: [f.productions.a],
      totalSpendMinor: '175700',
    });
    const unknown = await download(
      'quarter=2031-Q2&currency=USD&productionIds=3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77',
      executive,
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'productionIds[0]' },
    });
  });

  it('names the earlier quarters it has no FX rate for under the chart', async () => {
    // RPT-B books in GBP; 2031-Q1 has no GBP rate.
    const [t3] = await server.dataSource.query(
      `SELECT t.id FROM task t JOIN production p ON p.id = t.production_id WHERE p.code = 'RPT-B'`,
    );
    await entry(
      server.dataSource,
      t3.id,
      (await server.dataSource.query(`SELECT id FROM labour_role WHERE code = 'RPT_COMP'`))[0].id,
      'ARTIST',
      60,
      '2031-03-16',
    );
    const pdf = Buffer.from(await (await download('quarter=2031-Q2&currency=USD', executive)).arrayBuffer());
    expect(pdfPages(pdf)[0]).toContain('2031-Q1: No GBP to USD rate for 2031-Q1; add one to the FX table.');
  });

  it('prints role names, not codes, and a table per production with the change against the previous quarter', async () => {
    await server.dataSource.query(
      `UPDATE labour_role SET name = 'Rotoscoping and paint artist (senior, night shift)' WHERE code = 'RPT_ROTO'`,
    );
    const pdf = Buffer.from(await (await download('quarter=2031-Q2&currency=USD', executive)).arrayBuffer());
    // A wrapped cell reads as its lines joined by spaces.
    const [first, second, third] = pdfPages(pdf).map((page) => page.replace(/\s+/g, ' '));
    expect(first).toContain('Change in total spend against 2031-Q1');
    expect(second).toContain('Rotoscoping and paint artist');
    expect(second).not.toContain('RPT_ROTO');
    expect(second).toContain('Loaded wages displaced (rate + fringes)');
    expect(third).toContain('Spend by production, 2031-Q2');
    // RPT-A spent 1,757.00 in 2031-Q2 and nothing in 2031-Q1; RPT-B the rest of 2,007.00, 250.00.
    expect(third).toContain('RPT-A $1,757.00 $0.00 +$1,757.00');
    expect(third).toContain('RPT-B $250.00');
  });

  it('refuses other roles, no token and a bad quarter, and a refused export writes nothing', async () => {
    const before = (await exports()).length;
    const planner = await download(
      'quarter=2031-Q2&currency=USD',
      await server.login('planner@frameledger.local'),
    );
    expect(planner.status).toBe(403);
    expect(((await planner.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    expect((await download('quarter=2031-Q2&currency=USD')).status).toBe(401);
    const bad = await download('quarter=2031-Q9&currency=USD', executive);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: {
        code: 'BAD_USER_INPUT',
        field: 'quarter',
        message: 'quarter: "2031-Q9" is not a quarter; write it like 2026-Q2',
      },
    });
    const noRate = await download('quarter=2031-Q2&currency=EUR', executive);
    expect(noRate.status).toBe(400);
    expect((await exports()).length).toBe(before);
    const admin = await download(
      'quarter=2031-Q2&currency=USD',
      await server.login('admin@frameledger.local'),
    );
    expect(admin.status).toBe(200);
  });
});
