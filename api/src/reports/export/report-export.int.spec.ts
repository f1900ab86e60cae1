import { toMajorDecimal } from '@frameledger/analytics';
import { Workbook, type Worksheet } from 'exceljs';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { ROLES_KEY } from '../../platform/auth/roles.decorator';
import { LedgerReportsResolver } from '../ledger-reports.resolver';
import { ProductionReportsResolver } from '../production-reports.resolver';
import { entry, insertReportFixture, ReportFixture } from '../testing/report-fixture';
import { ReportExportController } from './report-export.controller';

const MONEY = [
  'budget',
  'bid',
  'actualToDate',
  'estimateToComplete',
  'estimateAtCompletion',
  'variance',
  'bidVariance',
];
const FIGURES = MONEY.map((k) => `${k} { amountMinor }`).join(' ');
const COST = `query($p: ID!, $asOf: String!) { costReport(productionId: $p, asOf: $asOf) {
  lines { taskType ${FIGURES} } totals { ${FIGURES} } } }`;

async function sheetOf(response: Response): Promise<Worksheet> {
  const book = new Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book.worksheets[0];
}

/** Every row of the sheet as plain values, from row 1. */
const rowsOf = (sheet: Worksheet): unknown[][] =>
  Array.from(sheet.getSheetValues().slice(1), (row) => (Array.isArray(row) ? row.slice(1) : []));

/** A money cell's number back in minor units: exact, because the cell holds the decimal of the minor units. */
const minor = (value: unknown) => BigInt((value as number).toFixed(2).replace('.', '')).toString();

describe('GET /files/reports/*.csv and *.xlsx', () => {
  let server: TestServer;
  let f: ReportFixture;
  let planner: string;
  const download = (path: string, token?: string) =>
    fetch(`${server.url}/files/reports/${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const exportsLogged = async () =>
    Number(
      (
        await server.dataSource.query(`SELECT count(*) AS n FROM audit_event WHERE action = 'report.export'`)
      )[0].n,
    );

  beforeAll(async () => {
    server = await startTestServer();
    f = await insertReportFixture(server.dataSource);
    planner = await server.login('planner@frameledger.local');
  });
  afterAll(() => server.stop());

  it('sends the cost report of RPT-A as XLSX whose figures and totals equal the report to the minor unit', async () => {
    const response = await download(
      `cost-report.xlsx?productionId=${f.productions.a}&asOf=2031-06-30`,
      planner,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="frameledger-cost-report-RPT-A-2031-06-30.xlsx"',
    );
    const sheet = await sheetOf(response);
    const rows = rowsOf(sheet);
    expect(rows.slice(0, 5)).toEqual([
      ['Cost report'],
      ['Production', 'RPT-A · RPT-A'],
      ['As of', '2031-06-30'],
      ['Currency', 'USD'],
      ['VFX budget', 10000],
    ]);
    const header = rows.findIndex((r) => r[0] === 'Task type');
    expect(rows[header]).toEqual([
      'Task type',
      'Tasks',
      'Budget',
      'Bid',
      'Actual to date',
      'Estimate to complete',
      'EFC',
      'Variance (budget - EFC)',
      'Bid - EFC',
    ]);
    const report = (await server.gql(COST, { p: f.productions.a, asOf: '2031-06-30' }, planner)).data!
      .costReport;
    const lines = rows.slice(header + 1, header + 4);
    expect(lines.map((r) => [r[0], ...r.slice(2).map(minor)])).toEqual(
      report.lines.map((l: any) => [l.taskType, ...MONEY.map((k) => l[k].amountMinor)]),
    );
    const totals = rows[header + 4];
    expect(totals.map((v, i) => (i < 2 ? v : minor(v)))).toEqual([
      'Total',
      3,
      ...MONEY.map((k) => report.totals[k].amountMinor),
    ]);
    // By hand (docs/reports.md): the VFX budget 10,000.00, bids 6,600.00, spent 825.00 + 480.00 + 452.00 = 1,757.00.
    expect(totals.slice(2, 5)).toEqual([10000, 6600, 1757]);
    const totalCell = sheet.getRow(header + 5).getCell(6);
    expect(totalCell.numFmt).toBe('#,##0.00_);(#,##0.00)');
    expect(totalCell.font).toMatchObject({ bold: true });
    const [event] = await server.dataSource.query(
      `SELECT payload FROM audit_event WHERE action = 'report.export' AND subject_id = $1`,
      [`cost-report:${f.productions.a}:2031-06-30`],
    );
    expect(event.payload.after).toMatchObject({ report: 'cost-report', format: 'xlsx', rows: 3 });
  });

  it('sends the same cost report as CSV: facts, header, rows and a totals row of exact decimals', async () => {
    const response = await download(
      `cost-report.csv?productionId=${f.productions.a}&asOf=2031-06-30`,
      planner,
    );
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).split('\r\n');
    expect(lines.slice(0, 4)).toEqual([
      'Cost report,,,,,,,,',
      'Production,RPT-A · RPT-A,,,,,,,',
      'As of,2031-06-30,,,,,,,',
      'Currency,USD,,,,,,,',
    ]);
    const report = (await server.gql(COST, { p: f.productions.a, asOf: '2031-06-30' }, planner)).data!
      .costReport;
    const decimals = (f: Record<string, { amountMinor: string }>) =>
      MONEY.map((k) => toMajorDecimal({ amountMinor: BigInt(f[k].amountMinor), currency: 'USD' }));
    expect(lines).toContain(['Total', '3', ...decimals(report.totals)].join(','));
    const comp = report.lines.find((l: any) => l.taskType === 'RPT_COMP');
    expect(lines).toContain(['RPT_COMP', '1', ...decimals(comp)].join(','));
    // The comp's bid, 10 h x 60.00, and its 8 h logged, 480.00, as written by hand.
    expect(lines.find((l) => l.startsWith('RPT_COMP'))).toMatch(/^RPT_COMP,1,[\d.]+,600\.00,480\.00,/);
  });

  it('writes an overrun as a negative number, shown in parentheses by the sheet’s number format', async () => {
    // Five more hours on the comp (bid 10 h x 60.00): 13 h x 60.00 = 780.00 spent, 180.00 over.
    await entry(server.dataSource, f.tasks.t2, f.roles.comp, 'ARTIST', 300, '2031-06-20');
    const csv = await (
      await download(`bid-vs-actual.csv?productionId=${f.productions.a}&groupBy=TASK_TYPE`, planner)
    ).text();
    expect(csv).toContain('RPT_COMP,1,10.00,13.00,-3.00,600.00,780.00,-180.00\r\n');
    const sheet = await sheetOf(
      await download(`bid-vs-actual.xlsx?productionId=${f.productions.a}`, planner),
    );
    const at = rowsOf(sheet).findIndex((r) => r[0] === 'RPT_COMP');
    const variance = sheet.getRow(at + 1).getCell(8);
    expect(variance.value).toBe(-180);
    expect(variance.numFmt).toBe('#,##0.00_);(#,##0.00)');
  });

  it('sends the breakdown with money, one row per task in shot order, and totals equal to bid versus actual', async () => {
    const rows = rowsOf(
      await sheetOf(await download(`breakdown.xlsx?productionId=${f.productions.a}`, planner)),
    );
    const header = rows.findIndex((r) => r[0] === 'Shot');
    expect(rows.slice(header + 1, header + 4).map((r) => [r[0], r[4], r[6], r[9]])).toEqual([
      ['S1', 'RPT_COMP', 'HUMAN', 10],
      ['S1', 'RPT_ROTO', 'AI_ASSISTED', 40],
      ['S2', 'RPT_PAINT', 'AI_FINAL', 80],
    ]);
    expect(rows[header + 4].slice(-3).map(minor)).toEqual(['660000', '205700', '454300']);
  });

  it('sends labour impact to reviewers too, with net hours negative where AI displaced more than it created', async () => {
    const reviewer = await server.login('reviewer@frameledger.local');
    const response = await download(
      `labour-impact.xlsx?quarters=2031-Q2&productionIds=${f.productions.a}&currency=USD&groupBy=ROLE`,
      reviewer,
    );
    expect(response.status).toBe(200);
    const sheet = await sheetOf(response);
    const rows = rowsOf(sheet);
    expect(rows[1]).toEqual(['Production', 'RPT-A · RPT-A']);
    const total = rows.find((r) => r[0] === 'Total');
    // Roto displaces 30 + 80 = 110 h at 50.00 (docs/reports.md); review and operation create 10 h.
    expect(total?.slice(1, 4)).toEqual([110, 10, -100]);
    expect(minor(total?.[7])).toBe('550000');
  });

  it('admits exactly the roles of each report, and a refused export writes nothing', async () => {
    const routes: Array<[keyof ReportExportController, object, string]> = [
      ['costReport', ProductionReportsResolver.prototype, 'costReport'],
      ['bidVsActual', ProductionReportsResolver.prototype, 'bidVsActual'],
      ['breakdown', ProductionReportsResolver.prototype, 'bidVsActual'],
      ['labourImpact', LedgerReportsResolver.prototype, 'labourImpact'],
    ];
    for (const [route, resolver, query] of routes) {
      expect(Reflect.getMetadata(ROLES_KEY, ReportExportController.prototype[route])).toEqual(
        Reflect.getMetadata(ROLES_KEY, (resolver as Record<string, object>)[query]),
      );
    }
    const before = await exportsLogged();
    const asReviewer = await download(
      `cost-report.xlsx?productionId=${f.productions.a}&asOf=2031-06-30`,
      await server.login('reviewer@frameledger.local'),
    );
    expect(asReviewer.status).toBe(403);
    expect((await download(`breakdown.csv?productionId=${f.productions.a}`)).status).toBe(401);
    const pdf = await download(`cost-report.pdf?productionId=${f.productions.a}&asOf=2031-06-30`, planner);
    expect(pdf.status).toBe(400);
    expect(await pdf.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'format' } });
    const badDay = await download(`cost-report.csv?productionId=${f.productions.a}&asOf=2031-13-01`, planner);
    expect(await badDay.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'asOf' } });
    const missing = await download(
      `breakdown.xlsx?productionId=00000000-0000-4000-8000-000000000000`,
      planner,
    );
    expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(await exportsLogged()).toBe(before);
  });
});
