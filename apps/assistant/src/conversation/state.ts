import type { Edition, EventName, NextAction, NextActions } from '@safeguarding/schemas';
import type { CaseMap } from '../case/case-map.ts';
import type { InfoAnswer } from '../knowledge/info-answer.ts';
import type { UnderstoodSpan } from '../understanding/understand.ts';
import type { FactValue } from '../understanding/vocabulary.ts';

/** One choice of a follow-up question; a null value is "I don't know". */
export interface QuestionOption {
  label: string;
  value: FactValue | null;
}

/** A follow-up question the assistant asks, one at a time, before it answers. */
export interface AssistantQuestion {
  /** The fact it settles: "incident.location", or an event's date: "events.laBecameAware". */
  path: string;
  ask: string;
  /** Choose from the options; or type a date; or type a number. Every kind offers "I don't know". */
  kind: 'choice' | 'date' | 'number';
  options: QuestionOption[];
}

/** One item of the cross-case "what is due" list, from the API. */
export interface DueItem {
  recordType: string;
  recordId: string;
  action: NextAction;
}

/** What the transcript shows, as data: the screen draws it, /export writes it. */
export type TranscriptEntry =
  | { kind: 'user'; text: string }
  | { kind: 'understood'; spans: UnderstoodSpan[]; unplaced: { text: string; date: string }[] }
  | { kind: 'answered'; ask: string; answer: string }
  | { kind: 'answer'; result: NextActions }
  | { kind: 'info'; answer: InfoAnswer }
  | { kind: 'notice'; text: string; tone: 'plain' | 'warning' | 'error' }
  | { kind: 'facts'; facts: CaseMap; asOf: string; edition: Edition | undefined }
  | { kind: 'timeline'; result: NextActions; facts: CaseMap }
  | { kind: 'due'; items: DueItem[]; asOf: string }
  | { kind: 'help' };

/** Work the reducer asks the shell to do (it has no access to files or the network itself). */
export type Effect =
  | { kind: 'write-file'; path: string; content: string; what: string }
  | { kind: 'load-case'; id: string; asOf: string }
  | { kind: 'list-due'; before?: string };

/** The whole conversation: one case, from the first message until /new. */
export interface ConversationState {
  /** The day answers are for (today in London, or /asof). */
  asOf: string;
  /** An edition chosen with /edition; otherwise each process takes the one in force on its trigger date. */
  edition: Edition | undefined;
  facts: CaseMap;
  /** Events the user said happened without a date. */
  told: EventName[];
  /** Questions the user does not know the answer to: not asked again for this case. */
  skipped: string[];
  asking: AssistantQuestion | undefined;
  /** How many follow-up questions have been asked since the last message, for "question 2". */
  asked: number;
  /** The latest answer for the case. */
  result: NextActions | undefined;
  transcript: TranscriptEntry[];
  /** What the user typed, oldest first, for the input line's up and down keys. Kept in memory only. */
  history: string[];
  effect: Effect | undefined;
  quit: boolean;
}

export function initialState(asOf: string, edition?: Edition): ConversationState {
  return {
    asOf,
    edition,
    facts: {},
    told: [],
    skipped: [],
    asking: undefined,
    asked: 0,
    result: undefined,
    transcript: [],
    history: [],
    effect: undefined,
    quit: false,
  };
}
