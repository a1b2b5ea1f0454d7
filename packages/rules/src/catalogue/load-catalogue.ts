import { type Deadline, Duty, type Edition, type Versioned } from '@safeguarding/schemas';
import type * as z from 'zod';
import { CatalogueError } from './catalogue-error.ts';

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );
}

function explain(issue: z.core.$ZodIssue): string {
  const where = pathText(issue.path);
  const last = issue.path.at(-1);
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where} is missing`;
  if (issue.code === 'invalid_value' && (last === 'event' || issue.path.includes('from'))) {
    return `${where} names an unknown event "${String(issue.input)}"`;
  }
  if (issue.code === 'invalid_value' && issue.path.includes('editions')) {
    return `${where} names an unknown edition "${String(issue.input)}"`;
  }
  if (issue.code === 'invalid_union') {
    // A bad condition or deadline: report the branch that got furthest, as it is the likeliest intent.
    const deepest = issue.errors.flat().sort((a, b) => b.path.length - a.path.length)[0];
    if (deepest) return explain({ ...deepest, path: [...issue.path, ...deepest.path] });
  }
  if (issue.code === 'unrecognized_keys')
    return `${where ? `${where} ` : ''}has unknown field(s) ${issue.keys.join(', ')}`;
  return `${where} ${issue.message}`;
}

function valuesByEdition<T>(value: Versioned<T> | undefined): Partial<Record<Edition, T>> | undefined {
  return value !== null && typeof value === 'object' && 'byEdition' in (value as object)
    ? (value as { byEdition: Partial<Record<Edition, T>> }).byEdition
    : undefined;
}

const VERSIONED_FIELDS = ['actor', 'recipients', 'strength', 'deadline', 'confidence'] as const;

/**
 * Validates a catalogue and returns its duties. Fails on the first duty that is malformed, has no
 * citation (for an edition), names an unknown edition or event, repeats an id, or leaves an
 * edition without a value, so a bad catalogue can never give a wrong answer.
 */
export function loadCatalogue(raw: unknown, source = 'duty catalogue'): Duty[] {
  if (!Array.isArray(raw)) throw new CatalogueError(`${source}: must be a list of duties`);
  const duties: Duty[] = [];
  const seen = new Map<string, number>();
  raw.forEach((entry, index) => {
    const name =
      entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string'
        ? `duty "${(entry as { id: string }).id}"`
        : `duty #${index + 1}`;
    const parsed = Duty.safeParse(entry, { reportInput: true });
    if (!parsed.success) {
      throw new CatalogueError(`${source}: ${name}: ${parsed.error.issues.map(explain).join('; ')}`);
    }
    const duty = parsed.data;
    const earlier = seen.get(duty.id);
    if (earlier !== undefined) {
      throw new CatalogueError(`${source}: ${name}: duplicate id (also duty #${earlier + 1})`);
    }
    seen.set(duty.id, index);
    for (const field of VERSIONED_FIELDS) {
      const byEdition = valuesByEdition<unknown>(duty[field]);
      if (!byEdition) continue;
      for (const edition of duty.editions) {
        if (!(edition in byEdition))
          throw new CatalogueError(`${source}: ${name}: ${field} has no value for ${edition}`);
      }
      for (const edition of Object.keys(byEdition)) {
        if (!duty.editions.includes(edition as Edition)) {
          throw new CatalogueError(
            `${source}: ${name}: ${field} has a value for ${edition}, an edition the duty is not in`,
          );
        }
      }
    }
    for (const edition of duty.editions) {
      if (!duty.citations.some((citation) => !citation.editions || citation.editions.includes(edition))) {
        throw new CatalogueError(`${source}: ${name}: has no citation for ${edition}`);
      }
    }
    duties.push(duty);
  });
  for (const duty of duties) {
    const deadlines = valuesByEdition<Deadline>(duty.deadline) ?? { any: duty.deadline as Deadline };
    for (const deadline of Object.values(deadlines)) {
      if (deadline?.kind === 'same-as' && !seen.has(deadline.duty)) {
        throw new CatalogueError(
          `${source}: duty "${duty.id}": deadline refers to unknown duty "${deadline.duty}"`,
        );
      }
    }
  }
  return duties;
}
