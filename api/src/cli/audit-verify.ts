import { readFileSync } from 'node:fs';
import { publicKeyFromText } from '../governance/audit-core/keys';
import { formatVerifyResult, verifyAuditExport, VerifyOptions } from '../governance/audit-core/verify';

const USAGE = `Usage: npm run audit:verify -- FILE [--key PUBLIC_KEY_FILE | --key-id KEY_ID]

Verifies a FrameLedger audit export offline: recomputes every event hash and link, the Merkle roots
of the signed checkpoints (or the inclusion and consistency proofs of a filtered export), and every
signature. --key or --key-id pins the key the file must be signed with; without it the verifier
trusts the key named in the file's own header, so a file re-signed end to end with another key
would pass. Exit status: 0 verified, 1 failed, 2 bad usage.`;

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
  const options: VerifyOptions = { keyId: args.keyId };
  if (args.keyFile) {
    const keyFile = readText(args.keyFile);
    const publicKey = 'text' in keyFile ? publicKeyFromText(keyFile.text) : null;
    if (!publicKey) {
      output.err(
        `--key ${args.keyFile} is not a readable Ed25519 public key (SPKI PEM or 32 raw bytes in base64)`,
      );
      return 2;
    }
    options.publicKey = publicKey;
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

type Args = { file: string; keyFile?: string; keyId?: string } | { usage: string } | { help: true };

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let keyFile: string | undefined;
  let keyId: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--key' || arg === '--key-id') {
      const value = argv[++i];
      if (value === undefined) return { usage: `${arg} needs a value` };
      if (arg === '--key') keyFile = value;
      else keyId = value;
    } else if (arg.startsWith('-')) {
      return { usage: `unknown option ${arg}` };
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return { usage: files.length === 0 ? 'no FILE given' : 'give exactly one FILE' };
  if (keyFile && keyId) return { usage: 'give --key or --key-id, not both' };
  return { file: files[0], keyFile, keyId };
}

if (require.main === module) {
  process.exitCode = runAuditVerify(process.argv.slice(2), {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
}
