import { type AuditVerifyKey, loadVerifyKey, publicKeyPem } from '../audit/signing-key.ts';
import { type AuditVerdict, verifyAuditLog } from '../audit/verify-audit-log.ts';
import { readWitness } from '../audit/witness-file.ts';
import { openDatabase } from '../db/open-database.ts';
import { auditPaths, type CliContext, fail } from './cli-options.ts';

function verifyKeyFrom(context: CliContext): AuditVerifyKey | number {
  const path = context.values['public-key'] ?? auditPaths(context.values).keyPath;
  try {
    return loadVerifyKey(path);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `there is no key at ${path}`
        : (error as Error).message;
    return fail(
      `Cannot check the audit log: ${reason}. Give the key with --public-key PATH (or --audit-key PATH).`,
    );
  }
}

function describe(verdict: AuditVerdict): string[] {
  const lines: string[] = [];
  const sealed = verdict.checkpoint
    ? `${verdict.checkpoint.treeSize} sealed events, the newest checkpoint signed at ${verdict.checkpoint.signedAt}`
    : 'no sealed events yet';
  if (verdict.valid) lines.push(`The audit log is intact: ${sealed}.`);
  else {
    lines.push(
      `The audit log has been tampered with. ${verdict.firstBadSeq === undefined ? '' : `The first bad event is ${verdict.firstBadSeq}; `}${verdict.events} events before it are intact.`,
    );
    for (const problem of verdict.problems) lines.push(`- ${problem.message}`);
  }
  if (verdict.unsealed > 0) lines.push(`${verdict.unsealed} events logged since are not sealed yet.`);
  return lines;
}

/**
 * `audit verify`: checks the log offline, from the database, the public key and the witness file,
 * trusting nothing the server says. Exit 0 when intact, 1 when not.
 */
export async function verifyAuditCommand(context: CliContext): Promise<number> {
  const key = verifyKeyFrom(context);
  if (typeof key === 'number') return key;
  const db = await openDatabase(context.storage);
  try {
    const verdict = await verifyAuditLog(db, {
      key,
      witness: readWitness(auditPaths(context.values).witnessPath),
    });
    if (context.values.json) console.log(JSON.stringify(verdict, null, 2));
    else for (const line of describe(verdict)) console.log(line);
    return verdict.valid ? 0 : 1;
  } finally {
    await db.close();
  }
}

/** `audit public-key`: the key an auditor verifies with, from the signing key file. */
export async function publicKeyCommand(context: CliContext): Promise<number> {
  const key = verifyKeyFrom(context);
  if (typeof key === 'number') return key;
  process.stdout.write(publicKeyPem(key));
  return 0;
}
