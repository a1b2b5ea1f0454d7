import {
  type CatalogueCitation,
  Duty,
  type DutyCondition,
  type DutyProcess,
  type Edition,
  type FactPath,
  IsoDate,
  LEGAL_AGES,
} from '@safeguarding/schemas';
import type * as z from 'zod';
import { CatalogueError } from './catalogue-error.ts';
import {
  type ChecklistFile,
  type ConditionsFile,
  type DatesFile,
  type EditionsFile,
  type EventsFile,
  type FactsFile,
  type PartiesFile,
  type ProcessesFile,
  SINGLE_FILES,
  type SourcesFile,
  type WarningsFile,
} from './catalogue-files.ts';

/** The whole catalogue, checked: what the engine compiles and what is generated into the package. */
export interface CatalogueData {
  editions: EditionsFile;
  dates: DatesFile;
  sources: SourcesFile;
  parties: PartiesFile;
  processes: ProcessesFile;
  events: EventsFile;
  facts: FactsFile;
  conditions: ConditionsFile;
  warnings: WarningsFile;
  checklists: { arrangements: ChecklistFile };
  duties: Duty[];
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : String(key)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** The most telling zod issue in plain words: a union reports the branch that got furthest. */
function explain(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union') {
    const deepest = issue.errors.flat().sort((a, b) => b.path.length - a.path.length)[0];
    if (deepest) return explain({ ...deepest, path: [...issue.path, ...deepest.path] });
  }
  const where = pathText(issue.path);
  const prefix = where ? `${where}: ` : '';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${prefix}is missing`;
  if (issue.code === 'unrecognized_keys') return `${prefix}has unknown field(s) ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value')
    return `${prefix}"${String(issue.input)}" is not one of the known values: ${issue.values.join(', ')}`;
  if (issue.code === 'invalid_key') return `${prefix}unknown name "${String(issue.input)}"`;
  return `${prefix}${issue.message}`;
}

function parseFile<T>(schema: z.ZodType<T>, file: string, raw: unknown): T {
  if (raw === undefined) throw new CatalogueError(`${file}: the file is missing`);
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new CatalogueError(`${file}: ${parsed.error.issues.map(explain).join('; ')}`);
  return parsed.data;
}

/** A check that names the file and the field; collected so one run reports every problem. */
class Problems {
  readonly list: string[] = [];
  add(file: string, field: string, problem: string): void {
    this.list.push(`${file}: ${field ? `${field}: ` : ''}${problem}`);
  }
}

/**
 * Checks the catalogue's data files (parsed YAML, keyed by their path under data/) and returns the
 * checked catalogue. Fails, naming the file and the field, on a malformed file, a duty without a
 * citation for one of its editions, a citation from another edition, confidence below high without
 * a caveat, or any name (event, fact, date, condition, party, source, duty) that is not defined.
 */
export function checkCatalogue(files: Readonly<Record<string, unknown>>): CatalogueData {
  const single = <K extends keyof typeof SINGLE_FILES>(file: K) =>
    parseFile(
      SINGLE_FILES[file] as unknown as z.ZodType<z.infer<(typeof SINGLE_FILES)[K]>>,
      file,
      files[file],
    );
  const data: CatalogueData = {
    editions: single('editions.yaml'),
    dates: single('dates.yaml'),
    sources: single('sources.yaml'),
    parties: single('vocabulary/parties.yaml'),
    processes: single('vocabulary/processes.yaml'),
    events: single('vocabulary/events.yaml'),
    facts: single('vocabulary/facts.yaml'),
    conditions: single('conditions.yaml'),
    warnings: single('warnings.yaml'),
    checklists: { arrangements: single('checklists/arrangements.yaml') },
    duties: [],
  };
  const known = new Set<string>([...Object.keys(SINGLE_FILES)]);
  const dutyFiles = Object.keys(files)
    .filter((file) => file.startsWith('duties/'))
    .sort();
  for (const file of Object.keys(files)) {
    if (!known.has(file) && !file.startsWith('duties/'))
      throw new CatalogueError(
        `${file}: not a catalogue file (expected one of ${[...known].join(', ')} or duties/<process>/<id>.yaml)`,
      );
  }
  const problems = new Problems();
  const seen = new Map<string, string>();
  for (const file of dutyFiles) {
    const duty = parseFile(Duty, file, files[file]);
    const [, folder, name] = file.split('/');
    if (name !== `${duty.id}.yaml`) problems.add(file, 'id', `"${duty.id}" does not match the file name`);
    if (folder !== duty.process)
      problems.add(file, 'process', `"${duty.process}" does not match the folder ${folder}`);
    const earlier = seen.get(duty.id);
    if (earlier) problems.add(file, 'id', `"${duty.id}" is also the id in ${earlier}`);
    seen.set(duty.id, file);
    data.duties.push(duty);
  }
  checkReferences(data, dutyFiles, problems);
  if (problems.list.length > 0) throw new CatalogueError(problems.list.join('\n'));
  // The catalogue's order (which orders "why not" entries): by process as processes.yaml lists them, then id.
  const processOrder = Object.keys(data.processes);
  data.duties.sort(
    (a, b) => processOrder.indexOf(a.process) - processOrder.indexOf(b.process) || (a.id < b.id ? -1 : 1),
  );
  return data;
}

function checkReferences(data: CatalogueData, dutyFiles: string[], problems: Problems): void {
  const editionIds = new Set(data.editions.map((edition) => edition.id));
  data.editions.forEach((edition, index) => {
    const previous = data.editions[index - 1];
    if (previous && previous.inForceFrom >= edition.inForceFrom)
      problems.add('editions.yaml', `[${index}].inForceFrom`, 'editions must be listed oldest first');
  });

  const dateKnown = (ref: string) =>
    IsoDate.safeParse(ref).success || ref in data.dates || editionIds.has(ref as Edition);
  const checkDate = (file: string, field: string, ref: string | undefined) => {
    if (ref !== undefined && !dateKnown(ref))
      problems.add(file, field, `"${ref}" is neither a date, a name in dates.yaml nor an edition`);
  };
  for (const [name, date] of Object.entries(data.dates)) {
    if (!(date.source in data.sources))
      problems.add('dates.yaml', `${name}.source`, `unknown source "${date.source}"`);
  }

  // Events and facts: each belongs to known processes; facts' values and inferences are sound.
  for (const [name, process] of Object.entries(data.processes)) {
    for (const event of process.editionFrom ?? []) {
      if (!processesOf(data.events[event].process).includes(name as DutyProcess))
        problems.add(
          'vocabulary/processes.yaml',
          `${name}.editionFrom`,
          `${event} is not an event of this process`,
        );
    }
  }
  for (const [path, fact] of Object.entries(data.facts) as [FactPath, FactsFile[FactPath]][]) {
    const file = 'vocabulary/facts.yaml';
    if (fact.type !== 'number' && !fact.values)
      problems.add(file, path, 'a choice or yes-no fact needs values');
    if (fact.type === 'yes-no' && fact.values && Object.keys(fact.values).sort().join() !== 'false,true')
      problems.add(file, `${path}.values`, 'a yes-no fact has exactly the values true and false');
    if (fact.type === 'number' && !fact.compared)
      problems.add(file, path, 'a number fact needs compared sentences');
    for (const [index, inference] of (fact.inferred ?? []).entries()) {
      checkCondition(
        data,
        file,
        `${path}.inferred[${index}].when`,
        inference.when,
        problems,
        checkDate,
        true,
      );
    }
  }
  for (const [name, condition] of Object.entries(data.conditions)) {
    checkCondition(data, 'conditions.yaml', `${name}.when`, condition.when, problems, checkDate, false);
  }
  data.warnings.forEach((warning, index) => {
    checkCondition(data, 'warnings.yaml', `[${index}].when`, warning.when, problems, checkDate, false);
  });
  checkNamedConditionsAreAcyclic(data, problems);

  const checklist = data.checklists.arrangements;
  const checklistFile = 'checklists/arrangements.yaml';
  checkCondition(data, checklistFile, 'appliesWhen', checklist.appliesWhen, problems, checkDate, false);
  checklist.items.forEach((item, index) => {
    for (const [edition, entry] of Object.entries(item.editions)) {
      checkCitation(
        data,
        checklistFile,
        `items[${index}].editions.${edition}.citation`,
        entry.citation,
        edition as Edition,
        problems,
      );
    }
  });

  const byId = new Map(data.duties.map((duty) => [duty.id, duty]));
  data.duties.forEach((duty, index) => {
    const file = dutyFiles[index]!;
    checkCondition(data, file, 'appliesWhen', duty.appliesWhen, problems, checkDate, false);
    for (const party of [duty.actor, ...duty.recipients]) {
      if (!(party in data.parties))
        problems.add(file, 'actor/recipients', `"${party}" is not in vocabulary/parties.yaml`);
    }
    if (duty.inForce) {
      const { from, until, before } = duty.inForce;
      if (from === undefined && until === undefined && before === undefined)
        problems.add(file, 'inForce', 'needs from, until or before');
      checkDate(file, 'inForce.from', from);
      checkDate(file, 'inForce.until', until);
      checkDate(file, 'inForce.before', before);
    }
    if (duty.done !== undefined && typeof duty.done !== 'string')
      checkDate(file, 'done.onOrAfter', duty.done.onOrAfter);
    for (const [edition, rules] of Object.entries(duty.editions) as [
      Edition,
      NonNullable<Duty['editions'][Edition]>,
    ][]) {
      const field = `editions.${edition}`;
      if (rules.confidence !== 'high' && rules.caveat === undefined)
        problems.add(
          file,
          field,
          `confidence is ${rules.confidence}, so it needs a caveat saying what to check`,
        );
      for (const party of [rules.actor, ...(rules.recipients ?? [])]) {
        if (party !== undefined && !(party in data.parties))
          problems.add(file, `${field}.actor/recipients`, `"${party}" is not in vocabulary/parties.yaml`);
      }
      rules.citations.forEach((citation, position) => {
        checkCitation(data, file, `${field}.citations[${position}]`, citation, edition, problems);
      });
      const deadline = rules.deadline;
      if (deadline.kind === 'fixed') checkDate(file, `${field}.deadline.date`, deadline.date);
      if (deadline.kind === 'after') checkDate(file, `${field}.deadline.noLaterThan`, deadline.noLaterThan);
      if (deadline.kind === 'same-as') {
        const other = byId.get(deadline.duty);
        if (!other) problems.add(file, `${field}.deadline.duty`, `refers to unknown duty "${deadline.duty}"`);
        else if (!other.editions[edition])
          problems.add(
            file,
            `${field}.deadline.duty`,
            `"${deadline.duty}" has no ${edition} edition to share a date with`,
          );
      }
    }
  });
}

function processesOf(process: DutyProcess | DutyProcess[]): DutyProcess[] {
  return Array.isArray(process) ? process : [process];
}

/** A citation names a known source; a source that is part of one edition is cited only for that edition. */
function checkCitation(
  data: CatalogueData,
  file: string,
  field: string,
  citation: CatalogueCitation,
  edition: Edition,
  problems: Problems,
): void {
  const source = data.sources[citation.source];
  if (!source) {
    problems.add(file, `${field}.source`, `unknown source "${citation.source}" (not in sources.yaml)`);
    return;
  }
  if (source.edition !== undefined && source.edition !== edition)
    problems.add(
      file,
      `${field}.source`,
      `cites ${citation.source}, which is part of ${source.edition}, for ${edition}`,
    );
}

function checkCondition(
  data: CatalogueData,
  file: string,
  field: string,
  condition: DutyCondition,
  problems: Problems,
  checkDate: (file: string, field: string, ref: string | undefined) => void,
  statedFactsOnly: boolean,
): void {
  const walk = (part: DutyCondition, at: string) => {
    if ('all' in part) {
      for (const [index, inner] of part.all.entries()) walk(inner, `${at}.all[${index}]`);
    } else if ('any' in part) {
      for (const [index, inner] of part.any.entries()) walk(inner, `${at}.any[${index}]`);
    } else if ('not' in part) walk(part.not, `${at}.not`);
    else if ('condition' in part) {
      if (!(part.condition in data.conditions))
        problems.add(file, `${at}.condition`, `unknown condition "${part.condition}"`);
      else if (statedFactsOnly)
        problems.add(file, at, 'an inference may test stated facts only, not named conditions');
    } else if ('event' in part) checkDate(file, `${at}.before`, part.before);
    else if ('since' in part) checkDate(file, `${at}.since`, part.since);
    else if ('fact' in part) {
      const fact = data.facts[part.fact];
      if (statedFactsOnly && fact.inferred)
        problems.add(file, at, `${part.fact} is itself inferred; infer from stated facts only`);
      if (part.in && fact.type !== 'number') {
        const values = Object.keys(fact.values ?? {});
        for (const value of part.in) {
          if (!values.includes(String(value)))
            problems.add(file, `${at}.in`, `${String(value)} is not a value of ${part.fact}`);
        }
      }
      for (const limit of [part.lt, part.atLeast]) {
        if (limit === undefined) continue;
        if (fact.type !== 'number') problems.add(file, at, `${part.fact} is not a number`);
        if (typeof limit === 'string' && !(limit in LEGAL_AGES))
          problems.add(file, at, `unknown age "${limit}"`);
      }
      if (part.askWhen) walk(part.askWhen, `${at}.askWhen`);
    }
  };
  walk(condition, field);
}

function checkNamedConditionsAreAcyclic(data: CatalogueData, problems: Problems): void {
  const uses = (condition: DutyCondition): string[] =>
    'all' in condition
      ? condition.all.flatMap(uses)
      : 'any' in condition
        ? condition.any.flatMap(uses)
        : 'not' in condition
          ? uses(condition.not)
          : 'condition' in condition
            ? [condition.condition]
            : 'fact' in condition && condition.askWhen
              ? uses(condition.askWhen)
              : [];
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string, trail: string[]) => {
    if (done.has(name) || !(name in data.conditions)) return;
    if (visiting.has(name)) {
      problems.add('conditions.yaml', name, `refers to itself through ${[...trail, name].join(' → ')}`);
      return;
    }
    visiting.add(name);
    for (const used of uses(data.conditions[name]!.when)) visit(used, [...trail, name]);
    visiting.delete(name);
    done.add(name);
  };
  for (const name of Object.keys(data.conditions)) visit(name, []);
}
