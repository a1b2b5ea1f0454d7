import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The audit log's signing key: Ed25519 (RFC 8032), held in a file outside the database. */
export interface AuditSigner {
  /** Names the key: SHA-256 of its public key (SPKI DER), hex, first 16 bytes. */
  readonly keyId: string;
  readonly publicKey: KeyObject;
  sign(message: Uint8Array): Buffer;
}

/** The public half, which is all verification needs (an auditor can be given only this). */
export interface AuditVerifyKey {
  readonly keyId: string;
  readonly publicKey: KeyObject;
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Reads the signing key at `path`, or, when there is none and `create` allows it, makes one there
 * (owner-only, never overwriting a key another process made meanwhile). Every replica must be given
 * the same key.
 */
export function loadSigningKey(
  path: string,
  options: { create: boolean },
): { signer: AuditSigner; created: boolean } {
  let created = false;
  if (!existsSync(path)) {
    if (!options.create) throw new Error(`There is no audit signing key at ${path}.`);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    try {
      writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
      created = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(path, 0o600);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(readFileSync(path));
  } catch {
    throw new Error(`${path} is not a private key in PEM form.`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${path} is not an Ed25519 key.`);
  const publicKey = createPublicKey(privateKey);
  return {
    signer: { keyId: keyIdOf(publicKey), publicKey, sign: (message) => sign(null, message, privateKey) },
    created,
  };
}

/** The verifying key from a file holding either half of the pair (PEM). */
export function loadVerifyKey(path: string): AuditVerifyKey {
  const pem = readFileSync(path);
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(pem);
  } catch {
    throw new Error(`${path} is not an Ed25519 key in PEM form.`);
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error(`${path} is not an Ed25519 key.`);
  return { keyId: keyIdOf(publicKey), publicKey };
}

export function publicKeyPem(key: AuditVerifyKey): string {
  return key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}
