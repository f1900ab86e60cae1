import { startTestServer } from '../../../../test/support/server';
import { ProductionsService } from '../../productions/productions.service';

describe('graceful shutdown', () => {
  it('answers /readyz 503 first, finishes the request in flight, then closes the port', async () => {
    const server = await startTestServer({ SHUTDOWN_DRAIN_SECONDS: '1' });
    try {
      const token = await server.login('planner@frameledger.local');
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      // A request that is still running when the shutdown starts, and ends only when the test says so.
      const service = server.app.get(ProductionsService);
      const list = service.list.bind(service);
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let started!: () => void;
      const running = new Promise<void>((resolve) => (started = resolve));
      service.list = (async (...args: Parameters<typeof list>) => {
        started();
        await released;
        return list(...args);
      }) as typeof service.list;
      const inFlight = server.gql('{ productions { totalCount } }', {}, token);
      await running;

      const drained = server.drain();
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'draining' });
      release();
      expect((await inFlight).data?.productions.totalCount).toBeGreaterThan(0);
      await drained;
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    } finally {
      await server.stop();
    }
  });
});
