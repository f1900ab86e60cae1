import {
  AuditEvent,
  computeEventHash,
  eventHashTemplate,
  GENESIS_PREV_HASH,
  nextEvent,
  verifyChain,
} from './chain';
import { sha256Hex } from './hash';

function buildChain(n: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    events.push(
      nextEvent(events[i - 1] ?? null, {
        at: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
        actor: i % 3 === 0 ? 'system' : 'editor@example.com',
        action: 'production.update',
        subjectType: 'production',
        subjectId: `p-${i % 2}`,
        productionId: `p-${i % 2}`,
        payload: { before: { budget: i }, after: { budget: i + 1 } },
      }),
    );
  }
  return events;
}

describe('audit hash chain', () => {
  it('starts at seq 1 with 64 zeros and links each event to the previous hash', () => {
    const [first, second] = buildChain(2);
    expect(first.seq).toBe(1);
    expect(first.prevHash).toBe(GENESIS_PREV_HASH);
    expect(second.prevHash).toBe(first.hash);
  });

  it('hashes prevHash followed by the canonical JSON of the hashed fields', () => {
    const [event] = buildChain(1);
    const json =
      '{"action":"production.update","actor":"system","at":"2024-01-01T00:00:00.000Z",' +
      '"payload":{"after":{"budget":1},"before":{"budget":0}},' +
      `"prevHash":"${GENESIS_PREV_HASH}","productionId":"p-0","seq":1,"subjectId":"p-0","subjectType":"production"}`;
    expect(event.hash).toBe(sha256Hex(GENESIS_PREV_HASH + json));
  });

  it('leaves prevHash and seq open in a template that finishes to the same hash', () => {
    const events = buildChain(12);
    events.push(
      nextEvent(events[11], {
        at: '2024-02-29T23:59:59.999Z',
        actor: 'zoë@example.com',
        action: 'note.add',
        subjectType: 'note',
        subjectId: 'ñ-1',
        productionId: null,
        payload: { text: 'résumé 🎬 "quoted" \\ \u0000', list: [1.5, -0, true, null] },
      }),
    );
    for (const event of events) {
      const { head, mid, tail } = eventHashTemplate(event);
      expect(sha256Hex(event.prevHash + head + event.prevHash + mid + String(event.seq) + tail)).toBe(
        event.hash,
      );
    }
    const [first] = events;
    expect(eventHashTemplate(first)).toEqual({
      head: '{"action":"production.update","actor":"system","at":"2024-01-01T00:00:00.000Z","payload":{"after":{"budget":1},"before":{"budget":0}},"prevHash":"',
      mid: '","productionId":"p-0","seq":',
      tail: ',"subjectId":"p-0","subjectType":"production"}',
    });
  });

  it('ignores properties outside the hashed fields', () => {
    const [event] = buildChain(1);
    expect(computeEventHash({ ...event, id: 'db-row-7' } as AuditEvent)).toBe(event.hash);
  });

  it('accepts an intact chain', () => {
    expect(verifyChain(buildChain(20))).toBeNull();
  });

  it('names the seq whose payload was edited', () => {
    const events = buildChain(20);
    events[6] = { ...events[6], payload: { before: { budget: 6 }, after: { budget: 999 } } };
    expect(verifyChain(events)).toMatchObject({ seq: 7, reason: expect.stringContaining('altered') });
  });

  it('names the missing seq when one is deleted', () => {
    const events = buildChain(20);
    events.splice(9, 1);
    expect(verifyChain(events)).toMatchObject({ seq: 11, reason: 'seq 10 is missing: seq 11 follows seq 9' });
  });

  it('catches two swapped events', () => {
    const events = buildChain(20);
    [events[3], events[4]] = [events[4], events[3]];
    expect(verifyChain(events)).toMatchObject({ seq: 5 });
  });

  it('catches a re-hashed edit by the broken link to the next event', () => {
    const events = buildChain(5);
    const edited = { ...events[2], actor: 'someone-else' };
    events[2] = { ...edited, hash: computeEventHash(edited) };
    expect(verifyChain(events)).toMatchObject({
      seq: 4,
      reason: 'prevHash does not match the hash of seq 3',
    });
  });

  it.each([
    [{ at: '2024-01-01' }, 'at must be an ISO time'],
    [{ actor: '' }, 'actor must be a non-empty string'],
    [{ productionId: 7 }, 'productionId must be a string or null'],
    [{ payload: { when: new Date() } }, 'payload is not plain JSON'],
  ])('refuses to append an event with %p', (override, message) => {
    const fields = { ...buildChain(1)[0], ...override } as unknown as AuditEvent;
    expect(() => nextEvent(null, fields)).toThrow(message);
  });
});
