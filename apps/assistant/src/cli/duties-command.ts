import { type CompiledDuty, catalogue, compileCatalogue, EDITIONS } from '@safeguarding/rules';
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
const compiled = compileCatalogue(catalogue);

/** A duty with its edition-keyed values settled for one edition, and its deadline in words. */
function resolvedDuty(entry: CompiledDuty) {
  const { caveat: _raw, ...duty } = entry.duty;
  return {
    ...duty,
    actor: entry.actor,
    recipients: entry.recipients,
    strength: entry.strength,
    deadline: entry.deadline,
    deadlineWords: entry.deadlineWords,
    confidence: entry.confidence,
    ...(entry.caveat === undefined ? {} : { caveat: entry.caveat }),
    citations: entry.citations,
  };
}

function editionYears(editions: readonly Edition[]): string {
  return `Working Together ${editions.map((edition) => edition.slice(2)).join(', ')}`;
}

/** Each duty as it reads in the edition given, or (without one) in the newest edition it belongs to. */
function entriesFor(edition: Edition | undefined): CompiledDuty[] {
  if (edition) return compiled[edition].filter((entry) => entry.inEdition);
  return catalogue.map((duty) => {
    const newest = duty.editions.at(-1) as Edition;
    return compiled[newest].find((entry) => entry.duty.id === duty.id) as CompiledDuty;
  });
}

function formatDuties(entries: readonly CompiledDuty[], edition: Edition | undefined): string {
  const heading = edition
    ? `${EDITIONS.find((info) => info.id === edition)?.title}: ${entries.length} duties`
    : `All ${entries.length} duties; each shown as in the newest edition it belongs to (--edition chooses one)`;
  const idWidth = Math.max(...entries.map((entry) => entry.duty.id.length)) + 2;
  const lines = [heading];
  for (const entry of entries) {
    const details = [`${entry.confidence} confidence`, entry.deadlineWords];
    if (!edition) details.push(editionYears(entry.duty.editions));
    const text = [
      ...wrapText(entry.title, LINE_WIDTH - idWidth),
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
    const duties = edition ? entriesFor(edition).map(resolvedDuty) : catalogue;
    io.stdout(`${JSON.stringify(duties, null, 2)}\n`);
  } else {
    io.stdout(formatDuties(entriesFor(edition), edition));
  }
  return 0;
}
