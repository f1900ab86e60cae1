import { nextEvent, AuditEvent } from './chain';
import { generateSigningKey as newKey, keyIdOf } from './keys';
import { rootOf } from './merkle';
import {
  createCheckpoint,
  eventLeaves,
  signDocument,
  verifyCheckpointSignature,
  verifyDocument,
} from './signing';

describe('signatures', () => {
  const key = newKey();

  it('verifies a document only under the same domain, content and key', () => {
    const signature = signDocument('frameledger/render-manifest/1', { b: 2, a: 1 }, key);
    expect(verifyDocument('frameledger/render-manifest/1', { a: 1, b: 2 }, signature, key.publicKey)).toBe(
      true,
    );
    expect(verifyDocument('frameledger/checkpoint/1', { a: 1, b: 2 }, signature, key.publicKey)).toBe(false);
    expect(verifyDocument('frameledger/render-manifest/1', { a: 1, b: 3 }, signature, key.publicKey)).toBe(
      false,
    );
    expect(
      verifyDocument('frameledger/render-manifest/1', { a: 1, b: 2 }, signature, newKey().publicKey),
    ).toBe(false);
    expect(
      verifyDocument('frameledger/render-manifest/1', { a: 1, b: 2 }, 'not base64!', key.publicKey),
    ).toBe(false);
  });

  it('signs a checkpoint over the RFC 6962 root of the event hashes', () => {
    const events: AuditEvent[] = [];
    for (let i = 0; i < 5; i++) {
      events.push(
        nextEvent(events[i - 1] ?? null, {
          at: '2024-01-01T00:00:00.000Z',
          actor: 'system',
          action: 'auth.sign_in',
          subjectType: 'user',
          subjectId: `u${i}`,
          productionId: null,
          payload: {},
        }),
      );
    }
    const checkpoint = createCheckpoint(events, key, '2024-01-02T00:00:00.000Z');
    expect(checkpoint).toMatchObject({
      treeSize: 5,
      rootHash: rootOf(eventLeaves(events)).toString('hex'),
      keyId: keyIdOf(key.publicKey),
    });
    expect(verifyCheckpointSignature(checkpoint, key.publicKey)).toBe(true);
    expect(verifyCheckpointSignature({ ...checkpoint, treeSize: 4 }, key.publicKey)).toBe(false);
    expect(verifyCheckpointSignature(checkpoint, newKey().publicKey)).toBe(false);
  });
});
