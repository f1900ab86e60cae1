import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { KeyObject } from 'node:crypto';
import { SigningKey, publicKeyFromText, signingKeyFromPem } from '../core/keys';
import { verifyConsistency } from '../core/merkle';
import { SignedCheckpoint, verifyCheckpointSignature } from '../core/signing';
import { signCosignature, signRefusal, signWitnessLogin } from '../core/witness-statements';

/**
 * What a witness remembers between runs: the last head it cosigned, as the server signed it (so
 * the file doubles as a CHECKPOINT.json for `audit:verify --since`), and the log key it pinned.
 */
export interface WitnessState extends SignedCheckpoint {
  publicKey: string;
  url: string;
  cosignedAt: string;
}

export interface WitnessOptions {
  url: string;
  key: SigningKey;
  stateFile: string;
  /** The log's public key when given (--log-key); else the state file's, else the server's on first run. */
  logKey?: KeyObject;
}

/** A head the witness will not cosign; the message names the tree sizes. */
export class WitnessRefusal extends Error {
  constructor(
    message: string,
    readonly treeSize: number,
    readonly fromSize: number,
  ) {
    super(message);
  }
}

type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * One witness round: sign in with the witness key, fetch the latest signed head and the
 * consistency proof from the last head this witness cosigned, verify both, cosign and remember.
 * Throws WitnessRefusal (after reporting it to the server) when the head does not extend what
 * the witness saw before. Returns a sentence for the log.
 */
export async function witnessOnce(options: WitnessOptions): Promise<string> {
  const previous = readState(options.stateFile);
  const base = options.url.replace(/\/+$/, '');
  let token = '';
  const gql: Gql = async (query, variables) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }).catch((error: Error) => {
      const cause = (error.cause as Error | undefined)?.message ?? error.message;
      throw new Error(`cannot reach ${base} (${cause}); check --url and that the server is running`);
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    if (body.errors?.length || !body.data)
      throw new Error(`${base} answered: ${body.errors?.[0]?.message ?? response.status}`);
    return body.data as never;
  };
  const at = new Date().toISOString();
  const login = await gql<{ witnessLogin: { token: string } }>(
    `mutation($k: String!, $a: String!, $s: String!) { witnessLogin(keyId: $k, at: $a, signature: $s) { token } }`,
    {
      k: options.key.keyId,
      a: at,
      s: signWitnessLogin({ witnessKeyId: options.key.keyId, at }, options.key),
    },
  );
  token = login.witnessLogin.token;
  const { auditCheckpoint: head } = await gql<{
    auditCheckpoint: (SignedCheckpoint & { publicKey: string }) | null;
  }>(`{ auditCheckpoint { treeSize rootHash at keyId signature publicKey } }`);
  if (!head && !previous) return `${base} has signed no checkpoint yet; nothing to cosign.`;
  try {
    if (!head) {
      throw new WitnessRefusal(
        `${base} shows no signed head, though this witness cosigned the head of size ${previous!.treeSize}: the log was cut back`,
        0,
        previous!.treeSize,
      );
    }
    checkHead(head, previous, options.logKey);
    if (previous) await checkExtends(gql, head, previous);
  } catch (error) {
    const about = head ?? previous!;
    if (error instanceof WitnessRefusal) await report(gql, options.key, about, error);
    throw error;
  }
  if (previous && previous.treeSize === head.treeSize) {
    return `The head of size ${head.treeSize} is cosigned already and the log still has its root; nothing new to cosign.`;
  }
  const cosignedAt = new Date().toISOString();
  const statement = { treeSize: head.treeSize, rootHash: head.rootHash, at: cosignedAt };
  const signature = signCosignature(
    { ...statement, logKeyId: head.keyId, witnessKeyId: options.key.keyId },
    options.key,
  );
  await gql(`mutation($i: WitnessStatementInput!) { submitCosignature(input: $i) { treeSize } }`, {
    i: { ...statement, signature },
  });
  writeState(options.stateFile, { ...head, url: base, cosignedAt });
  return previous
    ? `Cosigned the head of size ${head.treeSize}: it extends the head of size ${previous.treeSize} cosigned before.`
    : `Cosigned the head of size ${head.treeSize} (first run: log key ${head.keyId} pinned in ${options.stateFile}).`;
}

/** The head is signed by the pinned log key and does not go back. */
function checkHead(
  head: SignedCheckpoint & { publicKey: string },
  previous: WitnessState | null,
  logKey?: KeyObject,
) {
  const pinned =
    logKey ?? (previous ? publicKeyFromText(previous.publicKey) : publicKeyFromText(head.publicKey));
  const fromSize = previous?.treeSize ?? 0;
  if (!pinned || !verifyCheckpointSignature(head, pinned)) {
    throw new WitnessRefusal(
      `the head of size ${head.treeSize} is not signed by the log key this witness pinned${previous ? ` (key ${previous.keyId})` : ''}`,
      head.treeSize,
      fromSize,
    );
  }
  if (previous && head.treeSize < previous.treeSize) {
    throw new WitnessRefusal(
      `the latest head has size ${head.treeSize}, smaller than the head of size ${previous.treeSize} this witness cosigned: the log was cut back`,
      head.treeSize,
      fromSize,
    );
  }
}

/** RFC 6962 consistency from the remembered head (its root, as this witness saw it) to the new one. */
async function checkExtends(gql: Gql, head: SignedCheckpoint, previous: WitnessState): Promise<void> {
  const sizes = `the head of size ${head.treeSize} does not extend the head of size ${previous.treeSize} this witness cosigned`;
  const { auditConsistencyProof: proof } = await gql<{
    auditConsistencyProof: { fromRoot: string; toRoot: string; path: string[] };
  }>(`query($f: Int!, $t: Int!) { auditConsistencyProof(from: $f, to: $t) { fromRoot toRoot path } }`, {
    f: previous.treeSize,
    t: head.treeSize,
  }).catch((error: Error) => {
    throw new WitnessRefusal(
      `${sizes}: the server cannot prove it (${error.message})`,
      head.treeSize,
      previous.treeSize,
    );
  });
  if (proof.toRoot !== head.rootHash) {
    throw new WitnessRefusal(
      `${sizes}: the server's events no longer hash to the root it signed at size ${head.treeSize}, so history below it was rewritten`,
      head.treeSize,
      previous.treeSize,
    );
  }
  const ok = verifyConsistency(
    previous.treeSize,
    head.treeSize,
    Buffer.from(previous.rootHash, 'hex'),
    Buffer.from(head.rootHash, 'hex'),
    proof.path.map((h) => Buffer.from(h, 'hex')),
  );
  if (!ok) {
    throw new WitnessRefusal(
      `${sizes}: the consistency proof fails, so the log was forked`,
      head.treeSize,
      previous.treeSize,
    );
  }
}

/** Best effort: the refusal stands (and the exit status says so) even when the server will not take it. */
async function report(
  gql: Gql,
  key: SigningKey,
  head: Pick<SignedCheckpoint, 'keyId' | 'rootHash'>,
  refusal: WitnessRefusal,
) {
  const statement = {
    treeSize: refusal.treeSize,
    fromSize: refusal.fromSize,
    reason: refusal.message,
    at: new Date().toISOString(),
  };
  const signature = signRefusal({ ...statement, logKeyId: head.keyId, witnessKeyId: key.keyId }, key);
  await gql(`mutation($i: WitnessRefusalInput!) { reportWitnessRefusal(input: $i) { treeSize } }`, {
    i: { ...statement, rootHash: head.rootHash, signature },
  }).catch(() => undefined);
}

export function readState(file: string): WitnessState | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as WitnessState) : null;
}

function writeState(file: string, state: WitnessState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
  renameSync(temporary, file);
}

export function loadWitnessKey(file: string): SigningKey {
  return signingKeyFromPem(readFileSync(file, 'utf8'), `the witness key ${file}`);
}
