import { isRole, ROLES } from '../auth/role.ts';
import { createToken, listTokens, revokeToken, type TokenSummary } from '../auth/tokens.ts';
import { openDatabase } from '../db/open-database.ts';
import { type CliContext, fail } from './cli-options.ts';

const GSS = /^E(06|08|09|10)\d{6}$/;
const DURATION = /^(\d{1,5})([dh])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * When a token given `--expires` stops working: after a duration (90d, 12h), at an instant
 * (2027-01-31T17:00:00Z), or at the end of a day (2027-01-31, UTC). Undefined when it is none of those.
 */
export function parseExpiry(text: string, now: Date): Date | undefined {
  const duration = DURATION.exec(text);
  if (duration) {
    const hours = Number(duration[1]) * (duration[2] === 'd' ? 24 : 1);
    return hours > 0 ? new Date(now.getTime() + hours * 3_600_000) : undefined;
  }
  const instant = new Date(DATE.test(text) ? `${text}T23:59:59.999Z` : text);
  if (Number.isNaN(instant.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  // Date rolls 2027-02-30 over into March: a day must come back as itself.
  if (DATE.test(text) && instant.toISOString().slice(0, 10) !== text) return undefined;
  return instant;
}

/** `token create --role ROLE [--area GSS ...] [--expires WHEN]`: prints the token once. */
export async function createTokenCommand({ values, storage }: CliContext): Promise<number> {
  const role = values.role ?? '';
  if (!isRole(role)) return fail(`--role must be one of: ${ROLES.join(', ')}.`);
  const badArea = values.area.find((area) => !GSS.test(area));
  if (badArea)
    return fail(`--area ${badArea} is not the GSS code of an English local authority (e.g. E08000034).`);
  if (role === 'partner' && values.area.length === 0)
    return fail('A partner token needs at least one --area.');
  const now = new Date();
  const expiresAt = values.expires === undefined ? undefined : parseExpiry(values.expires, now);
  if (values.expires !== undefined && (expiresAt === undefined || expiresAt <= now)) {
    return fail(
      `--expires ${values.expires} is not a time to come: give a duration (90d, 12h) or a date (2027-01-31).`,
    );
  }
  const db = await openDatabase(storage);
  try {
    const { token, tokenId } = await createToken(db, {
      role,
      areas: values.area,
      now,
      ...(expiresAt ? { expiresAt } : {}),
    });
    const scope = values.area.length ? `, ${values.area.join(', ')}` : '';
    const until = expiresAt ? `, until ${expiresAt.toISOString()}` : '';
    console.error(`Token ${tokenId} (${role}${scope}${until}). It is shown once: keep it safe.`);
    console.log(token);
  } finally {
    await db.close();
  }
  return 0;
}

function statusOf(token: TokenSummary, now: Date): string {
  if (token.revokedAt) return `revoked ${token.revokedAt}`;
  if (token.expiresAt && new Date(token.expiresAt) <= now) return `expired ${token.expiresAt}`;
  return token.expiresAt ? `active until ${token.expiresAt}` : 'active';
}

/** `token list [--json]`: every token's id, role, areas and state; never a token or its hash. */
export async function listTokensCommand({ values, storage }: CliContext): Promise<number> {
  const db = await openDatabase(storage);
  try {
    const tokens = await listTokens(db);
    if (values.json) {
      console.log(JSON.stringify(tokens, null, 2));
      return 0;
    }
    if (tokens.length === 0) {
      console.log('No tokens yet. Make one with: safeguarding-api token create --role ROLE');
      return 0;
    }
    const now = new Date();
    const rows = [
      ['ID', 'ROLE', 'AREAS', 'CREATED', 'STATE'],
      ...tokens.map((token) => [
        token.id,
        token.role,
        token.areas.join(' ') || '-',
        token.createdAt,
        statusOf(token, now),
      ]),
    ];
    const widths =
      rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
    for (const row of rows)
      console.log(
        row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join('  ')
          .trimEnd(),
      );
  } finally {
    await db.close();
  }
  return 0;
}

/** `token revoke ID`: the token stops working on every server within a second. */
export async function revokeTokenCommand({ args, storage }: CliContext): Promise<number> {
  const [tokenId] = args;
  if (tokenId === undefined || args.length !== 1)
    return fail('Give the id of the token to revoke: token revoke ID (see token list).');
  const db = await openDatabase(storage);
  try {
    const outcome = await revokeToken(db, tokenId, new Date());
    if (outcome === 'unknown') {
      console.error(`There is no token with id ${tokenId}. See token list.`);
      return 1;
    }
    console.error(
      outcome === 'already'
        ? `Token ${tokenId} was already revoked.`
        : `Token ${tokenId} is revoked: every server stops accepting it within a second.`,
    );
  } finally {
    await db.close();
  }
  return 0;
}
