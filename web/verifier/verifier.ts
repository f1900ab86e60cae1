import './buffer-global';
import { publicKeyFromText } from '../../api/src/platform/audit/core/keys';
import {
  formatVerifyResult,
  verifyAuditExport,
  VerifyOptions,
} from '../../api/src/platform/audit/core/verify';
import { SignatureCheck, startRun } from './node-crypto';

/**
 * The offline verifier's page: the same verifyAuditExport that `npm run audit:verify` runs,
 * bundled into one HTML file, with every Ed25519 signature checked by the browser's WebCrypto.
 */
async function webCryptoVerifies(check: SignatureCheck): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('raw', check.key, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, check.signature, check.data);
  } catch {
    return false;
  }
}

export async function verifyExport(
  text: string,
  pin: { keyId?: string; publicKey?: string },
): Promise<string> {
  const options: VerifyOptions = { keyId: pin.keyId?.trim() || undefined };
  if (pin.publicKey?.trim()) {
    const key = publicKeyFromText(pin.publicKey);
    if (!key)
      return 'The public key is not an Ed25519 key: paste the SPKI PEM, or the 32 raw bytes in base64.';
    options.publicKey = key;
  }
  const seen = startRun();
  let result = verifyAuditExport(text, options);
  const checks = [...seen];
  // Signatures were only recorded; the first one WebCrypto refuses is refused in a second run, so
  // the failure is reported where the verifier meets it.
  for (const check of checks) {
    if (!(await webCryptoVerifies(check))) {
      startRun(check);
      result = verifyAuditExport(text, options);
      break;
    }
  }
  return formatVerifyResult(result);
}

const form = document.querySelector<HTMLFormElement>('#verify')!;
const output = document.querySelector<HTMLOutputElement>('#result')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const file = data.get('export') as File | null;
  if (!file || !file.name) {
    output.textContent = 'Choose the audit export (.jsonl) first.';
    return;
  }
  output.textContent = 'Verifying…';
  void file.text().then(async (text) => {
    const verdict = await verifyExport(text, {
      keyId: String(data.get('keyId') ?? ''),
      publicKey: String(data.get('publicKey') ?? ''),
    });
    output.textContent = verdict;
    output.dataset.verdict = /^method:.*\nOK:/s.test(verdict)
      ? 'ok'
      : verdict.includes('FAILED')
        ? 'failed'
        : 'other';
  });
});
