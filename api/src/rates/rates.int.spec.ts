import { startTestServer, TestServer } from '../../../test/support/server';

const CARD = `mutation($input: CreateRateCardInput!) {
  createRateCard(input: $input) {
    id currency
    lines { role { code } loadedRate { amountMinor formatted }
      loadedRateWorking { exactMinorPerHour formula } }
  }
}`;

describe('rates: labour roles, rate cards, compute and FX', () => {
  let server: TestServer;
  let planner: string;
  beforeAll(async () => {
    server = await startTestServer();
    planner = await server.login('planner@frameledger.local');
    await server.gql(
      `mutation { createLabourRole(input: { code: "TEST_COMP", name: "Compositor", department: "Comp", socCode: "27-1014" }) { id } }`,
      {},
      planner,
    );
  });
  afterAll(() => server?.stop());

  const card = (lines: object[], currency = 'USD') =>
    server.gql(
      CARD,
      { input: { name: 'Worked example', currency, effectiveFrom: '2026-01-01', lines } },
      planner,
    );

  it('shows a loaded rate with its working: 45.33 x (1 + 17.5%) = 53.26275, rounded half-even to 53.26', async () => {
    const result = await card([
      { roleCode: 'TEST_COMP', hourlyRateMinor: '4533', fringePercent: 17.5, source: 'worked example' },
    ]);
    expect(result.errors).toBeUndefined();
    const [line] = result.data!.createRateCard.lines;
    expect(line.loadedRate).toEqual({ amountMinor: '5326', formatted: '$53.26' });
    expect(line.loadedRateWorking).toEqual({
      exactMinorPerHour: '5326.275',
      formula: '45.33 x (1 + 17.5%) + 0.00 = 53.26 USD an hour',
    });
  });

  it('adds the flat fringe after the percentage: 40.00 x (1 + 20%) + 3.50 = 51.50', async () => {
    const result = await card([
      { roleCode: 'TEST_COMP', hourlyRateMinor: '4000', fringePercent: 20, flatFringeMinor: '350' },
    ]);
    expect(result.data!.createRateCard.lines[0].loadedRate.amountMinor).toBe('5150');
  });

  it('refuses a currency the money library cannot count in, and writes nothing', async () => {
    const before = await server.dataSource.query(`SELECT count(*)::int AS n FROM rate_card`);
    const result = await card([], 'XAU');
    // Refused by the input's own rule (shared with every currency field), before the service runs.
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect(result.errors?.[0].message).toMatch(/XAU is not an ISO 4217 currency with a known minor unit/);
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM rate_card`)).toEqual(before);
  });

  it('refuses a line for an unknown role with the line named, and keeps the card out too', async () => {
    const before = await server.dataSource.query(`SELECT count(*)::int AS n FROM rate_card`);
    const result = await card([
      { roleCode: 'TEST_COMP', hourlyRateMinor: '4000' },
      { roleCode: 'NO_SUCH_ROLE', hourlyRateMinor: '4000' },
    ]);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.lines[1].roleCode',
    });
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM rate_card`)).toEqual(before);
  });

  it('sets an FX rate for a quarter exactly as typed, and audits the change', async () => {
    const set = await server.gql(
      `mutation { setFxRate(input: { currency: "ARS", reportingCurrency: "USD", quarter: "2027-Q1", rate: "0.00058824", source: "test" }) { rate quarter } }`,
      {},
      planner,
    );
    expect(set.data?.setFxRate).toEqual({ rate: '0.00058824', quarter: '2027-Q1' });
    const [event] = await server.dataSource.query(
      `SELECT action, payload FROM audit_event WHERE subject_id = 'ARS/USD/2027-Q1' ORDER BY seq DESC LIMIT 1`,
    );
    expect(event.action).toBe('fx_rate.create');
    expect(event.payload.after.rate).toBe('0.00058824');
  });

  it('lets the reviewer read rates but not change them', async () => {
    const reviewer = await server.login('reviewer@frameledger.local');
    const read = await server.gql(
      `{ computeRates(first: 5) { totalCount } fxRates { totalCount } }`,
      {},
      reviewer,
    );
    expect(read.errors).toBeUndefined();
    const write = await server.gql(
      `mutation { setComputeRate(input: { deviceClass: "H100", currency: "USD", pricePerHourMinor: "1", effectiveFrom: "2026-01-01" }) { id } }`,
      {},
      reviewer,
    );
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("names the card in effect as the reports price with: a production's own card from its effective date, before that the studio's", async () => {
    const db = server.dataSource;
    const [{ id: p }] = await db.query(
      `INSERT INTO production (code, title, currency, vfx_budget_minor, start_date, delivery_date, country, reporting_currency)
       VALUES ('RC-EFFECT', 'RC-EFFECT', 'NOK', 100, '2026-01-01', '2031-12-31', 'NO', 'NOK') RETURNING id`,
    );
    const card = async (productionId: string | null, name: string, from: string) =>
      db.query(
        `INSERT INTO rate_card (production_id, name, currency, effective_from) VALUES ($1, $2, 'NOK', $3)`,
        [productionId, name, from],
      );
    await card(null, 'NOK studio 2025', '2025-01-01');
    await card(null, 'NOK studio 2026', '2026-01-01');
    await card(p, 'RC-EFFECT own, next century', '2099-01-01');
    const inEffect = async () =>
      (await server.gql(`query($p: ID!) { rateCardInEffect(productionId: $p) { name } }`, { p }, planner))
        .data?.rateCardInEffect;
    // Its own card starts in 2099, so today the newest studio-wide NOK card prices it.
    expect(await inEffect()).toEqual({ name: 'NOK studio 2026' });
    await card(p, 'RC-EFFECT own', '2026-02-01');
    expect(await inEffect()).toEqual({ name: 'RC-EFFECT own' });
  });
});
