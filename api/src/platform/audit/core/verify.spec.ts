import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAuditVerify } from '../../../cli/audit-verify';
import { AuditEvent, computeEventHash, nextEvent } from './chain';
import { buildAuditExport, ExportFilter } from './export-format';
import { generateSigningKey, publicKeyPem, SigningKey } from './keys';
import { createCheckpoint, signCheckpoint, signDocument, SignedCheckpoint } from './signing';
import { formatVerifyResult, verifyAuditExport, VerifyOptions } from './verify';

// 50 events over two productions and some global sign-ins, one a minute from 2024-03-01,
// checkpoints after seq 20, 40 and 50.
const key = generateSigningKey();
const chain: AuditEvent[] = [];
for (let i = 0; i < 50; i++) {
  const productionId = i % 5 === 4 ? null : i % 2 === 0 ? 'prod-a' : 'prod-b';
  chain.push(
    nextEvent(chain[i - 1] ?? null, {
      at: new Date(Date.UTC(2024, 2, 1, 0, i)).toISOString(),
      actor: productionId ? 'editor@example.com' : 'system',
      action: productionId ? 'production.update' : 'auth.sign_in',
      subjectType: productionId ? 'production' : 'user',
      subjectId: productionId ?? `user-${i}`,
      productionId,
      payload: { before: { shots: i }, after: { shots: i + 1 } },
    }),
  );
}
const checkpoints = [20, 40, 50].map((n) =>
  createCheckpoint(chain.slice(0, n), key, `2024-03-02T00:00:0${n % 9}.000Z`),
);
const complete = buildAuditExport({ chain, checkpoints, key, exportedAt: '2024-03-03T00:00:00.000Z' });
const filter: Partial<ExportFilter> = {
  productionId: 'prod-a',
  from: '2024-03-01T00:05:00.000Z',
  to: '2024-03-01T00:45:00.000Z',
};
const filtered = buildAuditExport({
  chain,
  checkpoints,
  key,
  filter,
  exportedAt: '2024-03-03T00:00:00.000Z',
});

type Line = Record<string, unknown>;
const linesOf = (text: string): Line[] =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
const textOf = (lines: Line[]) => lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
/** Index in linesOf(text) of the event with this seq. */
const at = (lines: Line[], seq: number) =>
  lines.findIndex((line) => line.type === 'event' && line.seq === seq);
const verdict = (text: string, options?: VerifyOptions) =>
  formatVerifyResult(verifyAuditExport(text, options));

/** A header for `lines` re-signed with `signer`, as a forger holding their own key would write it. */
function resealed(lines: Line[], signer: SigningKey): Line[] {
  const { signature: _old, ...body } = lines[0];
  void _old;
  const header = { ...body, publicKey: publicKeyPem(signer.publicKey), keyId: signer.keyId };
  return [
    { ...header, signature: signDocument('frameledger/audit-export/1', header, signer) },
    ...lines.slice(1),
  ];
}

describe('audit export and offline verifier', () => {
  describe('complete export', () => {
    it('verifies untouched: OK with counts and the pinned key, saying how it checked', () => {
      const text = verdict(complete, { keyId: key.keyId });
      expect(text).toContain('method: complete export of seq 1..50');
      expect(text.split('\n').at(-1)).toBe(`OK: 50 events, 3 checkpoints, 0 cosignatures, key ${key.keyId}`);
    });

    it('never says OK without a pinned key: the signatures are only self-consistent', () => {
      const text = verdict(complete);
      expect(text).not.toMatch(/\nOK/);
      expect(text.split('\n').at(-1)).toMatch(
        /^SELF-CONSISTENT ONLY: 50 events, 3 checkpoints, 0 cosignatures, key \w+\. No key was pinned/,
      );
    });

    it('writes header, events, checkpoints as JSON lines', () => {
      const lines = linesOf(complete);
      expect(lines.map((line) => line.type)).toEqual([
        'header',
        ...Array(50).fill('event'),
        'checkpoint',
        'checkpoint',
        'checkpoint',
      ]);
      expect(lines[0]).toMatchObject({
        format: 'frameledger-audit/1',
        scope: 'complete',
        keyId: key.keyId,
        eventCount: 50,
      });
      expect(lines[1]).toEqual({ type: 'event', ...chain[0] });
    });

    it('names the seq whose payload was edited', () => {
      const lines = linesOf(complete);
      const i = at(lines, 17);
      lines[i] = { ...lines[i], payload: { before: { shots: 16 }, after: { shots: 999 } } };
      expect(verdict(textOf(lines))).toBe(
        `FAILED at seq 17 (line ${i + 1}): hash does not match the event content (the event was altered after it was written)`,
      );
    });

    it('names the seq after an edit that was re-hashed to hide it', () => {
      const lines = linesOf(complete);
      const i = at(lines, 30);
      const edited = { ...(lines[i] as unknown as AuditEvent), actor: 'intruder' };
      lines[i] = { ...lines[i], actor: 'intruder', hash: computeEventHash(edited) };
      expect(verdict(textOf(lines))).toBe(
        `FAILED at seq 31 (line ${i + 2}): prevHash does not match the hash of seq 30`,
      );
    });

    it('names a deleted seq', () => {
      const lines = linesOf(complete);
      lines.splice(at(lines, 12), 1);
      expect(verdict(textOf(lines))).toBe(
        'FAILED at seq 13 (line 13): seq 12 is missing: seq 13 follows seq 11',
      );
    });

    it('catches two swapped events', () => {
      const lines = linesOf(complete);
      const i = at(lines, 8);
      [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
      expect(verdict(textOf(lines))).toBe(
        `FAILED at seq 9 (line ${i + 1}): seq 8 is missing: seq 9 follows seq 7`,
      );
    });

    it('catches a tail cut after a checkpoint that covered it', () => {
      const lines = linesOf(complete).filter((line) => line.type !== 'event' || (line.seq as number) <= 45);
      expect(verdict(textOf(lines))).toMatch(
        /^FAILED at seq 46 \(line 49\): a checkpoint covers events up to seq 50 but the export ends at seq 45: events were cut/,
      );
    });

    it('catches a tail cut together with the checkpoint that covered it', () => {
      const lines = linesOf(complete).filter(
        (line) => (line.type !== 'event' || (line.seq as number) <= 45) && line.treeSize !== 50,
      );
      expect(verdict(textOf(lines))).toBe(
        'FAILED at seq 41 (line 42): seq 41 is not covered by any signed checkpoint: the checkpoint covering it was removed',
      );
    });

    it('catches a checkpoint whose root was changed', () => {
      const lines = linesOf(complete);
      const i = lines.findIndex((line) => line.treeSize === 40);
      lines[i] = { ...lines[i], rootHash: 'ab'.repeat(32) };
      expect(verdict(textOf(lines))).toMatch(
        new RegExp(`^FAILED at line ${i + 1}: checkpoint at size 40 has a signature that does not verify`),
      );
    });

    it('catches a checkpoint re-signed by another key while the header names ours', () => {
      const forger = generateSigningKey();
      const lines = linesOf(complete);
      const i = lines.findIndex((line) => line.treeSize === 40);
      const forged: SignedCheckpoint = {
        ...signCheckpoint({ treeSize: 40, rootHash: 'ab'.repeat(32), at: 'now' }, forger),
        keyId: key.keyId,
      };
      lines[i] = { type: 'checkpoint', ...forged };
      expect(verdict(textOf(lines))).toMatch(/checkpoint at size 40 has a signature that does not verify/);
      lines[i] = {
        type: 'checkpoint',
        ...signCheckpoint({ treeSize: 40, rootHash: 'ab'.repeat(32), at: 'now' }, forger),
      };
      expect(verdict(textOf(lines))).toBe(
        `FAILED at line ${i + 1}: checkpoint at size 40 names key ${forger.keyId}, but the file's key is ${key.keyId}`,
      );
    });

    it('catches a checkpoint whose signed root does not match the events it covers', () => {
      const lines = linesOf(complete);
      const i = lines.findIndex((line) => line.treeSize === 20);
      lines[i] = {
        type: 'checkpoint',
        ...signCheckpoint({ treeSize: 20, rootHash: 'cd'.repeat(32), at: 'x' }, key),
      };
      expect(verdict(textOf(lines))).toMatch(
        /^FAILED at seq 20 \(line \d+\): the signed root for seq 1\.\.20 does not match/,
      );
    });

    it('passes a file re-forged end to end with another key only until the key is pinned', () => {
      const forger = generateSigningKey();
      const forgedChain = chain.map((event) => ({ ...event }));
      const forged = buildAuditExport({
        chain: forgedChain,
        checkpoints: [createCheckpoint(forgedChain, forger)],
        key: forger,
      });
      expect(verdict(forged)).toMatch(/^method: .*\nSELF-CONSISTENT ONLY: 50 events, 1 checkpoints, /);
      expect(verdict(forged, { keyId: key.keyId })).toBe(
        `FAILED at line 1: the file is signed by key ${forger.keyId}, not the expected key ${key.keyId}: it was not exported by this server`,
      );
      expect(verdict(forged, { publicKey: key.publicKey })).toMatch(
        /^FAILED at line 1: the file is signed by key/,
      );
      expect(verdict(complete, { publicKey: key.publicKey })).toMatch(/\nOK: /);
    });

    it('catches a header that names a key it does not hold, or was edited', () => {
      const lines = linesOf(complete);
      expect(verdict(textOf([{ ...lines[0], keyId: 'ffffffffffffffff' }, ...lines.slice(1)]))).toBe(
        "FAILED at line 1: the header's keyId ffffffffffffffff is not the id of its publicKey",
      );
      expect(
        verdict(textOf([{ ...lines[0], exportedAt: '2030-01-01T00:00:00.000Z' }, ...lines.slice(1)])),
      ).toBe(
        'FAILED at line 1: the header signature does not verify against its publicKey: the header was altered',
      );
    });
  });

  describe('filtered export', () => {
    const expectedSeqs = chain
      .filter((e) => e.productionId === 'prod-a' && e.seq >= 6 && e.seq <= 45)
      .map((e) => e.seq);

    it('holds only matching events, each with an inclusion proof, and verifies', () => {
      const lines = linesOf(filtered);
      expect(lines.filter((line) => line.type === 'event').map((line) => line.seq)).toEqual(expectedSeqs);
      expect(lines[at(lines, 7)].proof).toMatchObject({ treeSize: 20 });
      expect(lines[at(lines, 41)].proof).toMatchObject({ treeSize: 50 });
      const text = verdict(filtered, { publicKey: key.publicKey });
      expect(text).toContain(
        'method: filtered export (production prod-a, from 2024-03-01T00:05:00.000Z, before 2024-03-01T00:45:00.000Z)',
      );
      expect(text).toContain('inclusion proof');
      expect(text.split('\n').at(-1)).toBe(
        `OK: ${expectedSeqs.length} events, 3 checkpoints, 0 cosignatures, key ${key.keyId}`,
      );
    });

    it('names the seq whose payload was edited', () => {
      const lines = linesOf(filtered);
      const i = at(lines, 21);
      lines[i] = { ...lines[i], payload: null };
      expect(verdict(textOf(lines))).toMatch(
        new RegExp(`^FAILED at seq 21 \\(line ${i + 1}\\): hash does not match`),
      );
    });

    it('names an event re-hashed to hide an edit, because it is not in the signed tree', () => {
      const lines = linesOf(filtered);
      const i = at(lines, 11);
      const edited = { ...(lines[i] as unknown as AuditEvent), actor: 'intruder' };
      lines[i] = { ...lines[i], actor: 'intruder', hash: computeEventHash(edited) };
      expect(verdict(textOf(lines))).toBe(
        `FAILED at seq 11 (line ${i + 1}): the event is not in the log signed at size 20: it is not the event that was recorded`,
      );
    });

    it('catches a deleted event through the sealed header', () => {
      const lines = linesOf(filtered);
      lines.splice(at(lines, 23), 1);
      expect(verdict(textOf(lines))).toBe(
        `FAILED at line 1: the header seals ${expectedSeqs.length} events but the file has ${expectedSeqs.length - 1}: event lines were removed or added`,
      );
    });

    it('names swapped events', () => {
      const lines = linesOf(filtered);
      const i = at(lines, 13);
      [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
      expect(verdict(textOf(lines))).toBe(
        `FAILED at seq 13 (line ${i + 2}): seq 13 is out of order: it follows seq 17`,
      );
    });

    it('catches the tail cut', () => {
      const lines = linesOf(filtered).filter((line) => line.type !== 'event' || (line.seq as number) < 40);
      expect(verdict(textOf(lines))).toMatch(
        /^FAILED at line 1: the header seals \d+ events but the file has/,
      );
    });

    it('catches an event from outside the filter slipped in', () => {
      const lines = linesOf(filtered);
      const intruder = { type: 'event', ...chain[1] };
      lines.splice(1, 0, intruder);
      expect(verdict(textOf(lines))).toBe(
        'FAILED at seq 2 (line 2): the event is outside the filter the header declares',
      );
    });

    it('catches a rewritten history between checkpoints through the consistency proof', () => {
      const lines = linesOf(filtered);
      const i = lines.findIndex((line) => line.treeSize === 40);
      const { consistency } = lines[i];
      lines[i] = {
        type: 'checkpoint',
        ...signCheckpoint({ treeSize: 40, rootHash: 'ef'.repeat(32), at: 'x' }, key),
        consistency,
      };
      expect(verdict(textOf(lines))).toBe(
        `FAILED at line ${i + 1}: the log signed at size 40 does not extend the log signed at size 20: history was rewritten between them`,
      );
    });

    it('catches a forged proof path and a missing proof', () => {
      const lines = linesOf(filtered);
      const i = at(lines, 9);
      const proof = lines[i].proof as { treeSize: number; path: string[] };
      lines[i] = { ...lines[i], proof: { ...proof, path: proof.path.slice(1) } };
      expect(verdict(textOf(lines))).toMatch(/^FAILED at seq 9 .*not in the log signed at size 20/);
      const { proof: _p, ...withoutProof } = lines[i];
      void _p;
      lines[i] = withoutProof;
      expect(verdict(textOf(lines))).toMatch(
        /^FAILED at seq 9 .*must carry an inclusion proof for every event/,
      );
    });

    it('catches a header whose filter was widened to explain a deletion', () => {
      const lines = resealed(linesOf(filtered), key).map((line, i) =>
        i === 0 ? { ...line, productionId: null } : line,
      );
      expect(verdict(textOf(lines))).toMatch(/^FAILED at line 1: the header signature does not verify/);
    });
  });

  // A reviewer scoped to some productions exports their share of the log (decision 0037).
  describe("an export of a scoped reviewer's productions", () => {
    const chainWithC = [...chain];
    for (let i = 0; i < 5; i++) {
      chainWithC.push(
        nextEvent(chainWithC.at(-1)!, {
          at: new Date(Date.UTC(2024, 2, 1, 1, i)).toISOString(),
          actor: 'editor@example.com',
          action: 'production.update',
          subjectType: 'production',
          subjectId: 'prod-c',
          productionId: 'prod-c',
          payload: { i },
        }),
      );
    }
    const signed = [...checkpoints, createCheckpoint(chainWithC, key, '2024-03-02T00:00:09.000Z')];
    const scoped = buildAuditExport({
      chain: chainWithC,
      checkpoints: signed,
      key,
      filter: { productionIds: ['prod-c', 'prod-a'] },
      exportedAt: '2024-03-03T00:00:00.000Z',
    });

    it("holds every event of the listed productions and none of another's or the studio's, and verifies", () => {
      const lines = linesOf(scoped);
      // prod-a: the 20 even i with i % 5 != 4 of 0..49 (seqs 1, 3, 7, 9, ...); prod-c: the 5 added.
      const events = lines.filter((line) => line.type === 'event');
      expect(events.filter((e) => e.productionId === 'prod-a')).toHaveLength(20);
      expect(events.filter((e) => e.productionId === 'prod-c').map((e) => e.seq)).toEqual([
        51, 52, 53, 54, 55,
      ]);
      expect(events).toHaveLength(25);
      expect(lines[0]).toMatchObject({
        scope: 'filtered',
        productionId: null,
        productionIds: ['prod-a', 'prod-c'],
      });
      const text = verdict(scoped, { keyId: key.keyId });
      expect(text).toContain('method: filtered export (productions prod-a, prod-c)');
      expect(text.split('\n').at(-1)).toBe(`OK: 25 events, 4 checkpoints, 0 cosignatures, key ${key.keyId}`);
    });

    it("catches prod-b's event slipped in, and a production added to the signed list", () => {
      const lines = linesOf(scoped);
      lines.splice(1, 0, { type: 'event', ...chainWithC[1] });
      expect(verdict(textOf(lines))).toBe(
        'FAILED at seq 2 (line 2): the event is outside the filter the header declares',
      );
      const widened = linesOf(scoped).map((line, i) =>
        i === 0 ? { ...line, productionIds: ['prod-a', 'prod-b', 'prod-c'] } : line,
      );
      expect(verdict(textOf(widened))).toMatch(/^FAILED at line 1: the header signature does not verify/);
    });

    it('reads a header without productionIds (files from before it) as before', () => {
      expect(linesOf(filtered)[0]).not.toHaveProperty('productionIds');
      expect(linesOf(complete)[0]).not.toHaveProperty('productionIds');
    });
  });

  describe('malformed input', () => {
    it.each([
      ['an empty file', '', 'FAILED: the file is empty; expected an audit export (JSON lines)'],
      [
        'plain text',
        'hello world\n',
        'FAILED at line 1: not JSON ("hello world"); each line must be one JSON object',
      ],
      ['a JSON array', '[1,2]\n', 'FAILED at line 1: not a JSON object; each line must be one JSON object'],
      ['binary garbage', '\u0000\u0001\u00ff\ufffd', 'FAILED at line 1: not JSON'],
      ['one big JSON document', JSON.stringify({ events: [] }, null, 2), 'FAILED at line 1: not JSON ("{")'],
    ])('reports %s by line without crashing', (_name, text, expected) => {
      expect(verdict(text)).toContain(expected);
    });

    it('reports the line of a broken JSON line in the middle', () => {
      const lines = complete.split('\n');
      lines[9] = lines[9].slice(0, 30);
      expect(verdict(lines.join('\n'))).toMatch(/^FAILED at line 10: not JSON/);
    });

    it('reports a reversed file at its first line', () => {
      const reversed = complete.trim().split('\n').reverse().join('\n');
      expect(verdict(reversed)).toBe(
        'FAILED at line 1: the first line must be the header ({"type":"header",...}); is this an audit export?',
      );
    });

    it('reports a missing field and a field of the wrong type, with the seq', () => {
      const lines = linesOf(complete);
      const i = at(lines, 5);
      const { actor: _a, ...noActor } = lines[i];
      void _a;
      expect(verdict(textOf([...lines.slice(0, i), noActor, ...lines.slice(i + 1)]))).toBe(
        `FAILED at seq 5 (line ${i + 1}): missing field "actor"`,
      );
      lines[i] = { ...lines[i], seq: '5' };
      expect(verdict(textOf(lines))).toBe(`FAILED at line ${i + 1}: field "seq" must be a positive integer`);
    });

    it.each([
      [{ type: 'checkpoint' }, 'the first line must be the header'],
      [{ type: 'header' }, 'missing field "format"'],
    ])('reports a first line of %p', (line, expected) => {
      expect(verdict(JSON.stringify(line))).toContain(expected);
    });

    it('reports unknown line types, a second header and events after checkpoints', () => {
      const lines = linesOf(complete);
      expect(verdict(textOf([...lines, { type: 'note' }]))).toMatch(/unknown line type "note"/);
      expect(verdict(textOf([...lines, lines[0]]))).toMatch(/a second header line/);
      expect(verdict(textOf([...lines, lines[1]]))).toMatch(/an event line after a checkpoint line/);
    });

    it('tolerates CRLF line endings and blank lines', () => {
      expect(verdict(complete.replace(/\n/g, '\r\n\r\n'), { keyId: key.keyId })).toMatch(/\nOK: 50 events/);
    });
  });

  describe('building an export', () => {
    it('refuses when exported events are not covered by a checkpoint', () => {
      expect(() => buildAuditExport({ chain, checkpoints: checkpoints.slice(0, 2), key })).toThrow(
        expect.objectContaining({ code: 'EXPORT_NOT_COVERED' }),
      );
    });

    it('refuses a filter bound that is not a date', () => {
      expect(() => buildAuditExport({ chain, checkpoints, key, filter: { from: 'yesterday' } })).toThrow(
        expect.objectContaining({ code: 'INVALID_EXPORT_FILTER' }),
      );
    });

    it('exports an empty log and verifies it', () => {
      expect(verdict(buildAuditExport({ chain: [], checkpoints: [], key }), { keyId: key.keyId })).toMatch(
        /\nOK: 0 events, 0 checkpoints/,
      );
    });
  });

  describe('command line', () => {
    let dir: string;
    let out: string[];
    let err: string[];
    const io = { out: (text: string) => out.push(text), err: (text: string) => err.push(text) };
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-verify-'));
      out = [];
      err = [];
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };

    it('exits 0 and prints OK for a good file with a pinned key, 1 and FAILED for a bad one', () => {
      expect(runAuditVerify([write('good.jsonl', complete), '--key-id', key.keyId], io)).toBe(0);
      expect(out.at(-1)!.split('\n').at(-1)).toBe(
        `OK: 50 events, 3 checkpoints, 0 cosignatures, key ${key.keyId}`,
      );
      expect(runAuditVerify([write('good.jsonl', complete)], io)).toBe(0);
      expect(out.at(-1)!.split('\n').at(-1)).toMatch(/^SELF-CONSISTENT ONLY: /);
      expect(runAuditVerify([write('bad.jsonl', 'nope')], io)).toBe(1);
      expect(out.at(-1)).toBe('FAILED at line 1: not JSON ("nope"); each line must be one JSON object');
    });

    it('pins the key with --key FILE or --key-id', () => {
      const file = write('good.jsonl', complete);
      expect(runAuditVerify([file, '--key', write('key.pem', publicKeyPem(key.publicKey))], io)).toBe(0);
      const other = generateSigningKey();
      expect(runAuditVerify([file, '--key', write('other.pem', publicKeyPem(other.publicKey))], io)).toBe(1);
      expect(runAuditVerify([file, '--key-id', other.keyId], io)).toBe(1);
      expect(out.at(-1)).toMatch(/^FAILED at line 1: the file is signed by key/);
    });

    it('reports an unreadable file as FAILED and bad usage with exit 2', () => {
      expect(runAuditVerify([path.join(dir, 'missing.jsonl')], io)).toBe(1);
      expect(out.at(-1)).toBe(`FAILED: cannot read ${path.join(dir, 'missing.jsonl')} (ENOENT)`);
      expect(runAuditVerify([], io)).toBe(2);
      expect(runAuditVerify(['a', '--frobnicate'], io)).toBe(2);
      expect(runAuditVerify(['a', '--key'], io)).toBe(2);
      expect(runAuditVerify(['a', '--key', write('junk.pem', 'junk')], io)).toBe(2);
      expect(err.join('\n')).toContain('Usage: npm run audit:verify -- FILE');
      expect(runAuditVerify(['--help'], io)).toBe(0);
    });
  });
});
