import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { Answer, gql, login, sleep } from './support';

jest.setTimeout(180_000);

const CLIENTS = 12;

describe('SIGTERM under load', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fl-sigterm-'));
  let api: ApiProcess | undefined;

  afterAll(async () => {
    if (api && api.child.exitCode === null) {
      api.child.kill('SIGKILL');
      await once(api.child, 'exit');
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('turns /readyz 503 before the port closes, answers every request in flight, then exits', async () => {
    api = startApiProcess({
      FRAMELEDGER_DATA_DIR: dataDir,
      FRAMELEDGER_SEED_DEMO: 'true',
      SHUTDOWN_DRAIN_SECONDS: '2',
    });
    const url = await api.running;
    const token = await login(url, 'planner@frameledger.local');

    // Clients reading in a loop until a connection is refused; each answer is kept with whether
    // its request was sent before the signal.
    let signalled = false;
    const answered: Array<{ beforeSignal: boolean; answer: Answer }> = [];
    const client = async () => {
      for (;;) {
        const beforeSignal = !signalled;
        const answer = await gql(url, `{ productions { totalCount edges { node { id code } } } }`, {}, token);
        answered.push({ beforeSignal, answer });
        if (answer.status === 0) return;
      }
    };
    const clients = Promise.all([...Array(CLIENTS)].map(client));
    await sleep(500);

    const exited = once(api.child, 'exit');
    api.child.kill('SIGTERM');
    signalled = true;
    // /readyz from the moment of the signal until the port closes: 200 (the signal not handled
    // yet), then 503, then refused; never refused before a 503.
    const ready: number[] = [];
    for (;;) {
      const status = await fetch(`${url}/readyz`).then(
        (r) => r.status,
        () => 0,
      );
      ready.push(status);
      if (status === 0) break;
    }
    await clients;
    const [code] = await exited;

    const firstNot200 = ready.findIndex((s) => s !== 200);
    expect(ready[firstNot200]).toBe(503);
    expect(ready.slice(firstNot200)).toEqual([...ready.slice(firstNot200, -1).map(() => 503), 0]);
    // Every request sent before the signal was answered in full; none failed or was cut.
    const inFlight = answered.filter((a) => a.beforeSignal);
    expect(inFlight.length).toBeGreaterThanOrEqual(CLIENTS);
    for (const { answer } of inFlight) {
      expect(answer).toMatchObject({ status: 200 });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.productions.totalCount).toBeGreaterThan(0);
    }
    // Requests sent during the drain were served too, until the port closed (refused, not cut).
    for (const { answer } of answered.filter((a) => !a.beforeSignal && a.answer.status !== 0))
      expect(answer.errors).toBeUndefined();
    expect(code).toBe(0);
    process.stdout.write(
      `sigterm: readyz ${ready.filter((s) => s === 200).length}x200 then ${ready.filter((s) => s === 503).length}x503 then closed; ${inFlight.length} requests sent before the signal all answered, ${answered.length - inFlight.length - CLIENTS} served during the drain\n`,
    );
  });
});
