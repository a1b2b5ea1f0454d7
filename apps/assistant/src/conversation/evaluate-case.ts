import { FactsError } from '@safeguarding/rules';
import type { CaseFacts, Edition, EventName, FactPath, NextActions } from '@safeguarding/schemas';
import type { CaseMap } from '../case/case-map.ts';
import { factLabel } from '../case/fact-words.ts';
import { toCaseFacts } from '../case/to-case-facts.ts';
import type { ConversationContext } from './context.ts';

export type Evaluation =
  | { ok: true; facts: CaseFacts; result: NextActions; missing: FactPath[] }
  | { ok: false; facts: CaseFacts; problem: string };

/** Asks the engine about the case. Facts that contradict each other come back as a plain sentence. */
export function evaluateCase(
  map: CaseMap,
  options: { asOf: string; edition: Edition | undefined },
  context: ConversationContext,
): Evaluation {
  const { facts, missing } = toCaseFacts(map, context.engine.catalogue.data);
  try {
    const result = context.engine.nextActions(
      facts,
      options.edition ? { asOf: options.asOf, edition: options.edition } : { asOf: options.asOf },
    );
    return { ok: true, facts, result, missing };
  } catch (error) {
    if (!(error instanceof FactsError)) throw error;
    const events = context.engine.catalogue.data.events;
    const inWords = (text: string) =>
      text.replace(/\b([a-z]+[A-Z][A-Za-z]*)\b/g, (name) =>
        Object.hasOwn(events, name) ? `"${events[name as EventName].label}"` : name,
      );
    const problems = error.issues.map((issue) =>
      issue.path
        ? `${factLabel(issue.path, context.engine.catalogue.data)} ${inWords(issue.message)}`
        : inWords(issue.message),
    );
    return { ok: false, facts, problem: `These facts do not fit together: ${problems.join('; ')}.` };
  }
}
