import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateSigningKey, publicKeyFromText, publicKeyPem } from '../platform/audit/core/keys';
import { loadWitnessKey, witnessOnce, WitnessRefusal } from '../platform/audit/witness/witness-client';

const USAGE = `Usage: npm run witness -- --url URL --key WITNESS_KEY.pem --state STATE.json [--log-key LOG_KEY.pub.pem]
       npm run witness -- --new-key WITNESS_KEY.pem

Runs on the witness's own machine, with its own Ed25519 key. Signs in to the FrameLedger server at
URL as a WITNESS, fetches the latest signed head of the audit log and the consistency proof from
the head it cosigned last (kept in STATE.json), checks both, cosigns and remembers the new head.
It refuses a head that does not extend what it saw before, reports the refusal to the server and
exits 1 naming the tree sizes. --new-key makes a key and prints the public key an admin registers
(registerWitness). --log-key pins the log's public key; without it the first run pins the key the
server shows. Exit status: 0 cosigned (or nothing new), 1 refused, 2 bad usage or unreachable server.`;

interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs one witness round on command-line arguments; resolves to the exit status. */
export async function runWitness(argv: readonly string[], output: Output): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) return (output.out(USAGE), 0);
  if ('usage' in args) return (output.err(`${args.usage}\n\n${USAGE}`), 2);
  if ('newKey' in args) return newKey(args.newKey, output);
  try {
    const logKey = args.logKey ? publicKeyFromText(readFileSync(args.logKey, 'utf8')) : undefined;
    if (logKey === null) return (output.err(`--log-key ${args.logKey} is not an Ed25519 public key`), 2);
    const key = loadWitnessKey(args.key);
    output.out(await witnessOnce({ url: args.url, key, stateFile: args.state, logKey }));
    return 0;
  } catch (error) {
    if (error instanceof WitnessRefusal) {
      output.err(`REFUSED to cosign: ${error.message}.`);
      return 1;
    }
    output.err(`The witness could not run: ${(error as Error).message}`);
    return 2;
  }
}

function newKey(file: string, output: Output): number {
  if (existsSync(file))
    return (output.err(`${file} exists already; the witness keeps its key, choose another name.`), 2);
  const key = generateSigningKey();
  writeFileSync(file, key.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  output.out(
    `Witness key ${key.keyId} written to ${file}. Give this public key to the FrameLedger admin to register:\n${publicKeyPem(key.publicKey)}`,
  );
  return 0;
}

type Args =
  | { url: string; key: string; state: string; logKey?: string }
  | { newKey: string }
  | { usage: string }
  | { help: true };

function parseArgs(argv: readonly string[]): Args {
  const values: Record<string, string> = {};
  const names = ['--url', '--key', '--state', '--log-key', '--new-key'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (!names.includes(arg)) return { usage: `unknown argument ${arg}` };
    const value = argv[++i];
    if (value === undefined) return { usage: `${arg} needs a value` };
    values[arg] = value;
  }
  if (values['--new-key']) return { newKey: values['--new-key'] };
  const missing = ['--url', '--key', '--state'].filter((name) => !values[name]);
  if (missing.length) return { usage: `missing ${missing.join(', ')}` };
  return {
    url: values['--url'],
    key: values['--key'],
    state: values['--state'],
    logKey: values['--log-key'],
  };
}

if (require.main === module) {
  void runWitness(process.argv.slice(2), {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  }).then((code) => (process.exitCode = code));
}
