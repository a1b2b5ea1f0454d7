import { createHash } from 'node:crypto';
import type { CaseFacts, NextAction } from '@safeguarding/schemas';
import type { Caller } from '../auth/tokens.ts';
import type { Database, Queryable } from '../db/database.ts';
import { type Engine, factsErrorIssues } from '../engine/engine.ts';
import { actionOwner, type CaseLookup, caseFacts, findCase } from './case-chain.ts';
import { loadCaseRecords, loadedCaseLookup, recordsById } from './case-loader.ts';
import {
  fromRow,
  RECORD_COLUMNS,
  RECORD_TYPES_BY_ID,
  type RecordRow,
  type StoredRecord,
} from './record-repository.ts';

/**
 * The due index: every action due or overdue on every record, worked out when records change, not
 * when someone asks, so /v1/due reads one page of it however many records there are.
 *
 * Each action is kept for each audience that sees its record, as the case looks to that audience
 * (a case never borrows facts from a record its reader could not open): `all` (admins), `panel` (the
 * Panel: the record types sent to it, in every area) and `area:GSS` (the partners of one area). An
 * action's due date and whether it is open do not change with the day, except when the day passes a
 * date written in the facts (an event entered ahead of time, a planned publication) or an edition
 * comes into force; each record notes the first such day, and is worked out again on it.
 */

/** Bump when what the index holds, or how it is worked out, changes: every database then rebuilds it. */
const DUE_INDEX_VERSION = 1;

/** Any constant; every replica must use the same one. */
const DUE_INDEX_LOCK_KEY = 7_261_843_004;

export interface DueRow {
  /** `area:GSS` for the partners of an area; `all` or `panel` only for a view no area shares. */
  audience: string;
  dueDate: string;
  recordId: string;
  duty: string;
  recordType: string;
  area: string;
  /** Admins read this row (they see the case as this row's audience does). */
  forAdmin: boolean;
  /** The Panel reads this row. */
  forPanel: boolean;
}

export interface DueRefresh {
  recordId: string;
  refreshOn: string;
}

/** Statuses that still need someone to act. */
const OPEN = new Set(['due', 'overdue']);

export function audiencesOf(record: Pick<StoredRecord, 'type' | 'areas'>): string[] {
  const panel = RECORD_TYPES_BY_ID.get(record.type)?.panelReads === true;
  return ['all', ...(panel ? ['panel'] : []), ...record.areas.map((area) => `area:${area}`)];
}

function sees(audience: string, record: Pick<StoredRecord, 'type' | 'areas'>): boolean {
  if (audience === 'all') return true;
  if (audience === 'panel') return RECORD_TYPES_BY_ID.get(record.type)?.panelReads === true;
  return record.areas.includes(audience.slice('area:'.length));
}

/** The audiences whose rows a caller reads: an admin sees all, the Panel its own, a partner its areas. */
export function callerAudiences(caller: Caller): string[] {
  switch (caller.role) {
    case 'admin':
      return ['all'];
    case 'panel':
      return ['panel'];
    case 'partner':
      return caller.areas.map((area) => `area:${area}`);
    case 'auditor':
      return [];
  }
}

/** The event whose date discharges each duty (written as the event alone, or with conditions). */
export function doneEventsOf(engine: Engine): ReadonlyMap<string, string | undefined> {
  return new Map(
    engine.catalogue.map((duty) => [duty.id, typeof duty.done === 'string' ? duty.done : duty.done?.event]),
  );
}

/**
 * The open actions that belong to `anchor` on its case as `lookup` shows it, each once (on the record
 * that records it done); undefined when the facts of the case do not fit together.
 */
export async function openActionsOf(
  anchor: StoredRecord,
  lookup: CaseLookup,
  engine: Engine,
  asOf: string,
  done: ReadonlyMap<string, string | undefined>,
): Promise<{ actions: NextAction[]; facts: CaseFacts } | undefined> {
  const kase = await findCase(anchor, lookup);
  const facts = caseFacts(kase);
  let actions: NextAction[];
  try {
    actions = engine.nextActions(facts, { asOf }).actions;
  } catch (error) {
    // Facts that do not fit together (or a date the calendar cannot count from): no deadlines to list.
    if (factsErrorIssues(error) || error instanceof RangeError) return undefined;
    throw error;
  }
  return {
    facts,
    actions: actions.filter(
      (action) =>
        OPEN.has(action.status) &&
        action.dueDate !== null &&
        actionOwner(kase, done.get(action.duty)).id === anchor.id,
    ),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first day after asOf on which the answer may change with the date alone. */
function nextChange(facts: CaseFacts, asOf: string, engine: Engine): string | undefined {
  let first: string | undefined;
  const consider = (date: string) => {
    if (date > asOf && (first === undefined || date < first)) first = date;
  };
  const pending: unknown[] = [facts];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node === 'string') {
      if (ISO_DATE.test(node)) consider(node);
    } else if (node !== null && typeof node === 'object') pending.push(...Object.values(node));
  }
  for (const edition of engine.editions) consider(edition.inForceFrom);
  return first;
}

/**
 * The rows of these anchors, each for every audience that sees it, worked out from `universe` (every
 * record their cases are made of). One evaluation per distinct view of a case: most cases look the
 * same to every audience, so most records cost one.
 */
export async function dueRowsOf(
  anchors: readonly StoredRecord[],
  universe: ReadonlyMap<string, StoredRecord>,
  engine: Engine,
  asOf: string,
): Promise<{ rows: DueRow[]; refresh: DueRefresh[] }> {
  const done = doneEventsOf(engine);
  const lookups = new Map<string, CaseLookup>();
  const lookupFor = (audience: string) => {
    let lookup = lookups.get(audience);
    if (!lookup) {
      lookup = loadedCaseLookup(universe.values(), (record) => sees(audience, record));
      lookups.set(audience, lookup);
    }
    return lookup;
  };
  const rows: DueRow[] = [];
  const refresh: DueRefresh[] = [];
  for (const anchor of anchors) {
    // The audiences that see the case the same way share one answer, and one row per area.
    const views = new Map<
      string,
      { answer: Awaited<ReturnType<typeof openActionsOf>>; audiences: string[] }
    >();
    let refreshOn: string | undefined;
    for (const audience of audiencesOf(anchor)) {
      const lookup = lookupFor(audience);
      const kase = await findCase(anchor, lookup);
      const key = kase.members
        .map((record) => `${record.id}@${record.version}`)
        .sort()
        .join(',');
      const view = views.get(key);
      if (view) {
        view.audiences.push(audience);
        continue;
      }
      const answer = await openActionsOf(anchor, lookup, engine, asOf, done);
      views.set(key, { answer, audiences: [audience] });
      const change = answer ? nextChange(answer.facts, asOf, engine) : undefined;
      if (change !== undefined && (refreshOn === undefined || change < refreshOn)) refreshOn = change;
    }
    for (const { answer, audiences } of views.values()) {
      const forAdmin = audiences.includes('all');
      const forPanel = audiences.includes('panel');
      const areas = audiences.filter((audience) => audience.startsWith('area:'));
      const keys = areas.length > 0 ? areas : [forAdmin ? 'all' : 'panel'];
      for (const action of answer?.actions ?? []) {
        keys.forEach((audience, index) => {
          rows.push({
            audience,
            dueDate: action.dueDate as string,
            recordId: anchor.id,
            duty: action.duty,
            recordType: anchor.type,
            area: anchor.area,
            forAdmin: forAdmin && index === 0,
            forPanel: forPanel && index === 0,
          });
        });
      }
    }
    if (refreshOn !== undefined) refresh.push({ recordId: anchor.id, refreshOn });
  }
  return { rows, refresh };
}

/** The rows of a record that is a case on its own (it names no record and none can name it yet). */
export async function dueRowsOfLoneRecord(record: StoredRecord, engine: Engine, asOf: string) {
  return dueRowsOf([record], new Map([[record.id, record]]), engine, asOf);
}

const ROWS_AS_JSON = (rows: readonly DueRow[]) =>
  JSON.stringify(
    rows.map((row) => ({
      audience: row.audience,
      due_date: row.dueDate,
      record_id: row.recordId,
      duty: row.duty,
      record_type: row.recordType,
      area: row.area,
      for_admin: row.forAdmin,
      for_panel: row.forPanel,
    })),
  );
const REFRESH_AS_JSON = (refresh: readonly DueRefresh[]) =>
  JSON.stringify(refresh.map((entry) => ({ record_id: entry.recordId, refresh_on: entry.refreshOn })));

/** Where a page of the index starts: after this action of this record due on this day. */
export interface DuePosition {
  dueDate: string;
  recordId: string;
  duty: string;
}

/**
 * One page of the index for these audiences, soonest first, each action once. One ordered index
 * range per audience (a partner of several areas reads each area's), merged: never more rows read
 * than the page holds, per audience, however large the index.
 */
export async function readDuePage(
  q: Queryable,
  audiences: readonly string[],
  page: { limit: number; before?: string; after?: DuePosition },
): Promise<DuePosition[]> {
  if (audiences.length === 0) return [];
  const params: unknown[] = [page.before ?? null, page.limit];
  const after = page.after
    ? `and (due_date, record_id, duty) > ($${params.push(page.after.dueDate)}::date, $${params.push(page.after.recordId)}::uuid, $${params.push(page.after.duty)}::text)`
    : '';
  // The table's own columns in order by, so an index's order is used (not the text aliases). Admins
  // and the Panel read the rows marked for them (a partial index each), partners their area's.
  const ranges = audiences.map((audience) => {
    const whose =
      audience === 'all'
        ? 'for_admin'
        : audience === 'panel'
          ? 'for_panel'
          : `audience = $${params.push(audience)}::text`;
    return `(select due_items.due_date, due_items.record_id, due_items.duty from due_items
       where ${whose} and ($1::date is null or due_date <= $1::date) ${after}
       order by due_items.due_date, due_items.record_id, due_items.duty limit $2)`;
  });
  const { rows } = await q.query<{ day: string; id: string; duty: string }>(
    `select distinct u.due_date::text as day, u.record_id::text as id, u.duty, u.due_date, u.record_id
     from (${ranges.join(' union all ')}) u
     order by u.due_date, u.record_id, u.duty limit $2`,
    params,
  );
  return rows.map((row) => ({ dueDate: row.day, recordId: row.id, duty: row.duty }));
}

/** Parameters of dueInsertSql: the rows and the refresh days, as JSON. */
export function dueInsertParams(due: { rows: readonly DueRow[]; refresh: readonly DueRefresh[] }): unknown[] {
  return [ROWS_AS_JSON(due.rows), REFRESH_AS_JSON(due.refresh)];
}

/** Two common-table expressions inserting due rows and refresh days, parameters from `$first`. */
export function dueInsertSql(first: number): string {
  return `due_insert as (
      insert into due_items (audience, due_date, record_id, duty, record_type, area, for_admin, for_panel)
      select audience, due_date, record_id, duty, record_type, area, for_admin, for_panel
      from jsonb_to_recordset($${first}::jsonb) as r(
        audience text, due_date date, record_id uuid, duty text, record_type text, area text,
        for_admin boolean, for_panel boolean)),
    refresh_insert as (
      insert into due_refresh (record_id, refresh_on)
      select record_id, refresh_on from jsonb_to_recordset($${first + 1}::jsonb) as r(record_id uuid, refresh_on date))`;
}

async function replaceRows(
  q: Queryable,
  anchorIds: readonly string[],
  due: { rows: readonly DueRow[]; refresh: readonly DueRefresh[] },
): Promise<void> {
  await q.query(
    `with gone_items as (delete from due_items where record_id = any($1::uuid[])),
          gone_refresh as (delete from due_refresh where record_id = any($1::uuid[]))
     select 1`,
    [anchorIds],
  );
  await q.query(`with ${dueInsertSql(1)} select 1`, dueInsertParams(due));
}

/**
 * Works the rows out again for every record whose case includes one of `ids`: records just written,
 * and the records their links named before and after. Run it in the transaction of the change: it
 * locks the serious incidents the cases hang from, so two changes to one case take turns.
 */
export async function reindexCasesOf(
  q: Queryable,
  engine: Engine,
  ids: readonly string[],
  asOf: string,
): Promise<void> {
  // A link may hold any text; only an id of ours can name a record.
  const seeds = await recordsById(q, ids);
  if (seeds.length === 0) return;
  const universe = await loadCaseRecords(q, seeds, { lock: true });
  // Every record whose case can include a seed: the seeds, the incidents they name (or are) and every
  // record naming those, which is what was just loaded.
  const anchors = [...universe.values()];
  // Their own cases may hang from another incident (a practice review naming two): load those too.
  const full = await loadCaseRecords(q, anchors);
  const due = await dueRowsOf(anchors, full, engine, asOf);
  await replaceRows(
    q,
    anchors.map((anchor) => anchor.id),
    due,
  );
}

/**
 * Works out again the records whose answer changes by today's date (see nextChange), a few at a
 * time; returns how many were done. Run every minute, and before a due page is read.
 */
export async function refreshDueIndex(
  db: Database,
  engine: Engine,
  asOf: string,
  limit = 100,
): Promise<number> {
  const { rows } = await db.query<{ record_id: string }>(
    'select record_id from due_refresh where refresh_on <= $1 order by refresh_on limit $2',
    [asOf, limit],
  );
  if (rows.length === 0) return 0;
  await db.transaction((tx) =>
    reindexCasesOf(
      tx,
      engine,
      rows.map((row) => row.record_id),
      asOf,
    ),
  );
  return rows.length;
}

/** What the index was worked out with: the catalogue, the editions and every bank holiday. */
export function dueIndexFingerprint(engine: Engine): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        DUE_INDEX_VERSION,
        engine.catalogue,
        engine.editions,
        engine.calendar.bankHolidays('1900-01-01', '2199-12-31'),
      ]),
    )
    .digest('hex');
}

/**
 * Rebuilds the index when it was worked out with another catalogue or calendar (a new release) or
 * never (a database from before the index): at start, before serving. Replicas starting together
 * take turns; writes wait for the rebuild (a table lock), so none is lost to it. Returns the number
 * of records worked out, or undefined when the index was current.
 */
export async function ensureDueIndex(
  db: Database,
  engine: Engine,
  asOf: string,
  pageSize = 500,
): Promise<number | undefined> {
  const fingerprint = dueIndexFingerprint(engine);
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [DUE_INDEX_LOCK_KEY]);
    const { rows } = await tx.query<{ fingerprint: string }>('select fingerprint from due_index_state');
    if (rows[0]?.fingerprint === fingerprint) return undefined;
    await tx.exec('lock table due_items, due_refresh in exclusive mode');
    await tx.exec('delete from due_items; delete from due_refresh');
    let after = '0';
    let done = 0;
    for (;;) {
      const page = await tx.query<RecordRow>(
        `select ${RECORD_COLUMNS} from records where seq > $1::bigint order by records.seq limit $2`,
        [after, pageSize],
      );
      const anchors = page.rows.map(fromRow);
      if (anchors.length === 0) break;
      const due = await dueRowsOf(anchors, await loadCaseRecords(tx, anchors), engine, asOf);
      await tx.query(`with ${dueInsertSql(1)} select 1`, dueInsertParams(due));
      done += anchors.length;
      after = anchors.at(-1)?.seq ?? after;
    }
    await tx.query(
      `insert into due_index_state (singleton, fingerprint, built_at) values (true, $1, now())
       on conflict (singleton) do update set fingerprint = excluded.fingerprint, built_at = excluded.built_at`,
      [fingerprint],
    );
    return done;
  });
}
