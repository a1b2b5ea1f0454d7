import { Text, useInput } from 'ink';
import { useRef, useState } from 'react';

export interface InputLineProps {
  /** What was typed before, oldest first: up and down recall it. */
  history: readonly string[];
  onSubmit(text: string): void;
  /** While a question with choices waits, up and down move the choice and Enter on an empty line picks it. */
  choices?: { onMove(delta: number): void; onPick(): void };
  color: boolean;
  /** While the assistant works, typing goes on but Enter waits (keys are never dropped). */
  busy?: boolean;
}

interface Draft {
  text: string;
  cursor: number;
  /** Where up and down have got to in the history; undefined is the line being typed. */
  recalled: number | undefined;
}

const EMPTY: Draft = { text: '', cursor: 0, recalled: undefined };

/** The input line: typing, editing (left, right, backspace), history (up, down) and Enter. */
export function InputLine({ history, onSubmit, choices, color, busy = false }: InputLineProps) {
  // Keys can arrive faster than React draws: each key works on the latest draft, kept in a ref.
  const draft = useRef<Draft>(EMPTY);
  const [shown, setShown] = useState<Draft>(EMPTY);
  const update = (next: Draft) => {
    draft.current = next;
    setShown(next);
  };
  const withText = (text: string, cursor = text.length): Draft => ({ ...draft.current, text, cursor });

  const submit = (choicesToo: boolean) => {
    const { text } = draft.current;
    if (busy) return;
    if (text.trim() === '' && choices && choicesToo) {
      choices.onPick();
      return;
    }
    update(EMPTY);
    onSubmit(text);
  };

  const type = (typed: string) => {
    const { text, cursor } = draft.current;
    update(withText(text.slice(0, cursor) + typed + text.slice(cursor), cursor + typed.length));
  };

  useInput((input, key) => {
    const { text, cursor, recalled } = draft.current;
    if (key.return) return submit(true);
    if (key.upArrow || key.downArrow) {
      if (choices && text === '') {
        choices.onMove(key.upArrow ? -1 : 1);
        return;
      }
      if (history.length === 0) return;
      const from = recalled ?? history.length;
      const to = Math.max(0, Math.min(history.length, from + (key.upArrow ? -1 : 1)));
      const line = to === history.length ? '' : (history[to] ?? '');
      update({ text: line, cursor: line.length, recalled: to === history.length ? undefined : to });
      return;
    }
    if (key.leftArrow) return update({ ...draft.current, cursor: Math.max(0, cursor - 1) });
    if (key.rightArrow) return update({ ...draft.current, cursor: Math.min(text.length, cursor + 1) });
    if (key.home || (key.ctrl && input === 'a')) return update({ ...draft.current, cursor: 0 });
    if (key.end || (key.ctrl && input === 'e')) return update({ ...draft.current, cursor: text.length });
    if (key.ctrl && input === 'u') return update(withText(''));
    if (key.backspace || key.delete) {
      if (cursor === 0) return;
      return update(withText(text.slice(0, cursor - 1) + text.slice(cursor), cursor - 1));
    }
    if (key.ctrl || key.meta || key.escape || key.tab || input === '') return;
    // Keys that arrive together in one read (typing then Enter, faster than the terminal sends
    // them apart) are taken in order: the text, then Enter.
    const parts = input.split(/\r\n|\r|\n/);
    parts.forEach((part, index) => {
      if (part !== '') type(part);
      if (index < parts.length - 1) submit(false);
    });
  });

  const before = shown.text.slice(0, shown.cursor);
  const at = shown.text.slice(shown.cursor, shown.cursor + 1) || ' ';
  const after = shown.text.slice(shown.cursor + 1);
  return (
    <Text>
      <Text {...(color ? { color: 'cyan' } : {})} bold>
        ›{' '}
      </Text>
      {before}
      <Text inverse>{at}</Text>
      {after}
      {shown.text === '' && !busy ? (
        <Text dimColor>
          {choices ? ' pick with ↑ ↓ and Enter, or type' : ' describe a case or ask a question · /help'}
        </Text>
      ) : null}
    </Text>
  );
}
