import { readFileSync } from 'node:fs';
import { KeyObject } from 'node:crypto';
import { publicKeyFromText } from '../platform/audit/core/keys';
import { SignedCheckpoint } from '../platform/audit/core/signing';
import { formatVerifyResult, verifyAuditExport, VerifyOptions } from '../platform/audit/core/verify';

const USAGE = `Usage: npm run audit:verify -- FILE [--key PUBLIC_KEY_FILE | --key-id KEY_ID]
                                   [--witness-key WITNESS_KEY_FILE]... [--since CHECKPOINT.json]

Verifies a FrameLedger audit export offline: recomputes every event hash and link, the Merkle roots
of the signed checkpoints (or the inclusion and consistency proofs of a filtered export), and every
signature, the witnesses' cosignatures included.
  --key, --key-id   pin the log's key. Without one the verdict is SELF-CONSISTENT ONLY, never OK:
                    a file re-signed end to end with another key would pass.
  --witness-key     a witness's public key (repeatable): the file must carry that witness's
                    cosignature of a head it extends, so the operator alone cannot have forked it.
  --since           a checkpoint saved earlier (dashboard download, or a witness's state file):
                    the file must extend it.
Exit status: 0 verified, 1 failed, 2 bad usage.`;

interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs the verifier on command-line arguments; returns the exit status. */
export function runAuditVerify(argv: readonly string[], output: Output): number {
  const args = parseArgs(argv);
  if ('help' in args) {
    output.out(USAGE);
    return 0;
  }
  if ('usage' in args) {
    output.err(`${args.usage}\n\n${USAGE}`);
    return 2;
  }
  const options: VerifyOptions = { keyId: args.keyId, witnessKeys: [] };
  for (const [flag, file] of [
    ['--key', args.keyFile],
    ...args.witnessKeyFiles.map((f) => ['--witness-key', f]),
  ] as const) {
    if (!file) continue;
    const key = readKey(file);
    if (!key) {
      output.err(`${flag} ${file} is not a readable Ed25519 public key (SPKI PEM or 32 raw bytes in base64)`);
      return 2;
    }
    if (flag === '--key') options.publicKey = key;
    else options.witnessKeys!.push(key);
  }
  if (args.since) {
    const since = readCheckpoint(args.since);
    if (!since) {
      output.err(
        `--since ${args.since} is not a checkpoint (JSON with treeSize, rootHash, at, keyId, signature)`,
      );
      return 2;
    }
    options.since = since;
  }
  const file = readText(args.file);
  if ('error' in file) {
    output.out(`FAILED: cannot read ${args.file} (${file.error})`);
    return 1;
  }
  const result = verifyAuditExport(file.text, options);
  output.out(formatVerifyResult(result));
  return result.ok ? 0 : 1;
}

function readText(path: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

function readKey(path: string): KeyObject | null {
  const file = readText(path);
  return 'text' in file ? publicKeyFromText(file.text) : null;
}

function readCheckpoint(path: string): SignedCheckpoint | null {
  const file = readText(path);
  try {
    const c = 'text' in file ? (JSON.parse(file.text) as SignedCheckpoint) : null;
    const fine =
      c &&
      Number.isSafeInteger(c.treeSize) &&
      [c.rootHash, c.at, c.keyId, c.signature].every((v) => typeof v === 'string');
    return fine
      ? { treeSize: c.treeSize, rootHash: c.rootHash, at: c.at, keyId: c.keyId, signature: c.signature }
      : null;
  } catch {
    return null;
  }
}

type Args =
  | { file: string; keyFile?: string; keyId?: string; witnessKeyFiles: string[]; since?: string }
  | { usage: string }
  | { help: true };

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  const witnessKeyFiles: string[] = [];
  const single: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (['--key', '--key-id', '--witness-key', '--since'].includes(arg)) {
      const value = argv[++i];
      if (value === undefined) return { usage: `${arg} needs a value` };
      if (arg === '--witness-key') witnessKeyFiles.push(value);
      else single[arg] = value;
    } else if (arg.startsWith('-')) {
      return { usage: `unknown option ${arg}` };
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return { usage: files.length === 0 ? 'no FILE given' : 'give exactly one FILE' };
  if (single['--key'] && single['--key-id']) return { usage: 'give --key or --key-id, not both' };
  return {
    file: files[0],
    keyFile: single['--key'],
    keyId: single['--key-id'],
    witnessKeyFiles,
    since: single['--since'],
  };
}

if (require.main === module) {
  process.exitCode = runAuditVerify(process.argv.slice(2), {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
}
