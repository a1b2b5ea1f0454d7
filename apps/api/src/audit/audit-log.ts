import type { Database } from '../db/database.ts';
import type { Clock } from '../http/clock.ts';
import { createSealer, latestCheckpoint, type Sealer, SigningKeyMismatchError } from './audit-sealer.ts';
import { type AuditTrail, createAuditTrail } from './audit-trail.ts';
import { type AuditVerifyKey, loadSigningKey } from './signing-key.ts';

/** The audit log as the API uses it: where events go, the sealer, and what verification needs. */
export interface AuditLog {
  trail: AuditTrail;
  sealer: Sealer;
  verifyKey: AuditVerifyKey;
  /** The witness file the sealer appends to. */
  witnessPath: string;
  /** Seals what is logged so far: flushes queued events, then runs a sealing round. */
  sealNow(): Promise<void>;
  /** Stops sealing, writes queued events and seals them. */
  close(): Promise<void>;
}

export interface AuditLogOptions {
  /** The Ed25519 signing key (PEM), outside the database; the same file for every replica. */
  keyPath: string;
  /** Make a key at keyPath when there is none. */
  createKey: boolean;
  witnessPath: string;
  clock: Clock;
  sealIntervalMs?: number;
  flushIntervalMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Opens the audit log of a database. Refuses a key other than the one that signed the log so far:
 * two replicas with different keys would sign checkpoints nobody could verify.
 */
export async function openAuditLog(
  db: Database,
  options: AuditLogOptions,
): Promise<AuditLog & { keyCreated: boolean }> {
  const { signer, created } = loadSigningKey(options.keyPath, { create: options.createKey });
  const latest = await latestCheckpoint(db);
  if (latest && latest.keyId !== signer.keyId) {
    throw new SigningKeyMismatchError(
      `The audit log is signed with key ${latest.keyId}, but ${options.keyPath} holds key ${signer.keyId}. Give every replica the key that signed the log (--audit-key).`,
    );
  }
  const trail = createAuditTrail(db, {
    ...(options.flushIntervalMs === undefined ? {} : { flushIntervalMs: options.flushIntervalMs }),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const sealer = createSealer(db, {
    signer,
    witnessPath: options.witnessPath,
    clock: options.clock,
    ...(options.sealIntervalMs === undefined ? {} : { intervalMs: options.sealIntervalMs }),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  return {
    trail,
    sealer,
    verifyKey: { keyId: signer.keyId, publicKey: signer.publicKey },
    witnessPath: options.witnessPath,
    keyCreated: created,
    async sealNow() {
      await trail.flush();
      // A round may wait for a transaction still running below its barrier: try again until sealed.
      for (let attempt = 0; attempt < 50; attempt++) {
        const round = await sealer.sealOnce();
        if (round.outcome === 'sealed' || round.outcome === 'nothing-new') return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(
        'The audit log could not be sealed: another sealer holds it, or a transaction is running long.',
      );
    },
    async close() {
      await sealer.stop();
      await trail.close();
      await sealer.sealOnce().catch((error: unknown) => options.onError?.(error));
    },
  };
}
