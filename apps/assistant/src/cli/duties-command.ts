import { type CompiledDuty, type DutyInEdition, EDITIONS, engine } from '@safeguarding/rules';
import type { Edition } from '@safeguarding/schemas';
import { requireEdition } from './argument-checks.ts';
import type { CliIo } from './cli-io.ts';
import { parseArguments } from './parse-arguments.ts';
import { UsageError } from './usage-error.ts';
import { wrapText } from './wrap-text.ts';

const OPTIONS = {
  edition: { type: 'string', value: 'one of wt2013, wt2015, wt2018, wt2023' },
  json: { type: 'boolean' },
} as const;

const LINE_WIDTH = 100;
const { duties } = engine.catalogue;

interface DutyEntry {
  entry: CompiledDuty;
  rules: DutyInEdition;
}

/** A duty with its values settled for one edition, and its deadline in words. */
function resolvedDuty({ entry, rules }: DutyEntry) {
  const { editions: _byEdition, ...duty } = entry.duty;
  const source = entry.duty.editions[rules.edition]!;
  return {
    ...duty,
    edition: rules.edition,
    editions: entry.editions,
    actor: rules.actor,
    recipients: rules.recipients,
    strength: rules.strength,
    deadline: source.deadline,
    deadlineWords: rules.deadlineWords,
    confidence: rules.confidence,
    ...(rules.caveat === undefined ? {} : { caveat: rules.caveat }),
    citations: rules.citations,
  };
}

function editionYears(editions: readonly Edition[]): string {
  return `Working Together ${editions.map((edition) => edition.slice(2)).join(', ')}`;
}

/** Each duty as it reads in the edition given, or (without one) in the newest edition it belongs to. */
function entriesFor(edition: Edition | undefined): DutyEntry[] {
  return duties.flatMap((entry) => {
    const rules = entry.byEdition[edition ?? entry.editions.at(-1)!];
    return rules ? [{ entry, rules }] : [];
  });
}

function formatDuties(entries: readonly DutyEntry[], edition: Edition | undefined): string {
  const heading = edition
    ? `${EDITIONS.find((info) => info.id === edition)?.title}: ${entries.length} duties`
    : `All ${entries.length} duties; each shown as in the newest edition it belongs to (--edition chooses one)`;
  const idWidth = Math.max(...entries.map(({ entry }) => entry.duty.id.length)) + 2;
  const lines = [heading];
  for (const { entry, rules } of entries) {
    const details = [`${rules.confidence} confidence`, rules.deadlineWords];
    if (!edition) details.push(editionYears(entry.editions));
    const text = [
      ...wrapText(rules.title, LINE_WIDTH - idWidth),
      ...wrapText(details.join(' · '), LINE_WIDTH - idWidth),
    ];
    text.forEach((line, index) => {
      lines.push(`${(index === 0 ? entry.duty.id : '').padEnd(idWidth)}${line}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/** `safeguarding duties`: the catalogue, optionally for one edition. */
export async function dutiesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArguments(args, OPTIONS, 'safeguarding duties');
  if (positionals.length > 0) throw new UsageError(`duties takes no bare arguments (got ${positionals[0]})`);
  const edition = options.edition === undefined ? undefined : requireEdition(options.edition);
  if (options.json) {
    const listed = edition ? entriesFor(edition).map(resolvedDuty) : duties.map((entry) => entry.duty);
    io.stdout(`${JSON.stringify(listed, null, 2)}\n`);
  } else {
    io.stdout(formatDuties(entriesFor(edition), edition));
  }
  return 0;
}
