import * as x509 from '@peculiar/x509';
import { randomBytes, webcrypto } from 'node:crypto';
import { SigningKey } from '../../platform/audit/core/keys';

export interface SignerCertificates {
  /** End-entity certificate for the audit key: what the C2PA claim signature names (x5chain[0]). */
  certificate: x509.X509Certificate;
  /** Its issuer, carried in x5chain so a reader can see the whole (self-issued) chain. */
  chain: x509.X509Certificate[];
}

const ED25519 = { name: 'Ed25519' };
const EMAIL_PROTECTION = '1.3.6.1.5.5.7.3.4';
const VALIDITY_YEARS = 10;
const issued = new Map<string, Promise<SignerCertificates>>();
/** Node's WebCrypto, passed explicitly so no global provider is set or assumed. */
const provider = webcrypto as unknown as NonNullable<
  Parameters<typeof x509.X509CertificateGenerator.create>[1]
>;

/**
 * C2PA signs with COSE and names the signer by an X.509 chain, and the C2PA spec (enforced by
 * c2pa-ts) refuses a self-signed end-entity certificate. So we issue a two-certificate chain for
 * the audit key itself: a root "FrameLedger provenance root <keyId>" (CA, keyCertSign) and under it
 * "FrameLedger render signer <keyId>" (digitalSignature, emailProtection EKU), both holding and
 * signed by the same Ed25519 key. Nothing is added to the key material: whoever trusts keyId
 * trusts the credential, and a C2PA reader with a trust list will, correctly, call it untrusted.
 * Issued once per process and key; certificates are cheap and carry no state worth persisting.
 */
export function signerCertificates(key: SigningKey): Promise<SignerCertificates> {
  let certificates = issued.get(key.keyId);
  if (!certificates) {
    certificates = issue(key);
    issued.set(key.keyId, certificates);
  }
  return certificates;
}

async function issue(key: SigningKey): Promise<SignerCertificates> {
  const keys = {
    privateKey: await webcrypto.subtle.importKey('pkcs8', pkcs8(key), ED25519, false, ['sign']),
    publicKey: await webcrypto.subtle.importKey(
      'spki',
      key.publicKey.export({ type: 'spki', format: 'der' }),
      ED25519,
      true,
      ['verify'],
    ),
  };
  const notBefore = new Date(Date.now() - 24 * 3600 * 1000);
  const notAfter = new Date(notBefore.getTime() + VALIDITY_YEARS * 365 * 24 * 3600 * 1000);
  const root = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serial(),
      name: `CN=FrameLedger provenance root ${key.keyId}, O=FrameLedger`,
      notBefore,
      notAfter,
      keys,
      signingAlgorithm: ED25519,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, provider),
      ],
    },
    provider,
  );
  const certificate = await x509.X509CertificateGenerator.create(
    {
      serialNumber: serial(),
      subject: `CN=FrameLedger render signer ${key.keyId}, O=FrameLedger`,
      issuer: root.subject,
      notBefore,
      notAfter,
      publicKey: keys.publicKey,
      signingKey: keys.privateKey,
      signingAlgorithm: ED25519,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([EMAIL_PROTECTION], false),
        await x509.AuthorityKeyIdentifierExtension.create(keys.publicKey, false, provider),
      ],
    },
    provider,
  );
  return { certificate, chain: [root] };
}

export function pkcs8(key: SigningKey): Uint8Array {
  return new Uint8Array(key.privateKey.export({ type: 'pkcs8', format: 'der' }));
}

/** A positive 16-byte serial (high bit clear), as RFC 5280 asks. */
function serial(): string {
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f;
  return bytes.toString('hex');
}
