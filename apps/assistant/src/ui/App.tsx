import { Box, Static, Text, useApp, useWindowSize } from 'ink';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ConversationContext } from '../conversation/context.ts';
import { createReducer } from '../conversation/reducer.ts';
import { runEffect, type ShellIo } from '../conversation/run-effect.ts';
import type { ConversationState } from '../conversation/state.ts';
import { entryLines, questionLines } from '../present/entry-lines.ts';
import { InputLine } from './InputLine.tsx';
import { Spinner } from './Spinner.tsx';
import { StyledLines } from './StyledLines.tsx';

export interface AppProps {
  context: ConversationContext;
  initial: ConversationState;
  io: ShellIo;
  color: boolean;
  /** Columns when the terminal does not say (tests). */
  columns?: number;
}

const EFFECT_LABELS = {
  'write-file': 'Saving…',
  'load-case': 'Loading the record from the API…',
  'list-due': 'Asking the API what is due…',
} as const;

/**
 * The chat: the transcript (drawn once, above, as the terminal scrolls), the question waiting (if
 * any), a spinner while the API or a file is busy, and the input line. All the logic is the
 * reducer's; this only draws its state and runs the effects it asks for.
 */
export function App({ context, initial, io, color, columns }: AppProps) {
  const reduce = useMemo(() => createReducer(context), [context]);
  const [state, dispatch] = useReducer(reduce, initial);
  // The choice under the cursor; a ref too, so Enter picks what the last arrow key chose even before a redraw.
  const [selected, setSelected] = useState(0);
  const selectedNow = useRef(0);
  const select = (index: number) => {
    selectedNow.current = index;
    setSelected(index);
  };
  const { exit } = useApp();
  const window = useWindowSize();
  const width = Math.max(40, (columns ?? window.columns ?? 80) - 1);

  useEffect(() => {
    if (!state.effect) return;
    let current = true;
    void runEffect(state.effect, io).then((action) => {
      if (current) dispatch(action);
    });
    return () => {
      current = false;
    };
  }, [state.effect, io]);

  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new question starts at its first choice.
  useEffect(() => {
    select(0);
  }, [state.asking]);

  const entries = state.transcript.map((entry, index) => ({ entry, index }));
  const options = { width, catalogue: context.engine.catalogue.data, knowledge: context.knowledge };
  const question = state.asking;
  return (
    <Box flexDirection="column">
      <Static items={entries}>
        {({ entry, index }) => (
          <Box key={index} flexDirection="column" marginBottom={entry.kind === 'user' ? 0 : 1}>
            <StyledLines lines={entryLines(entry, options)} color={color} />
          </Box>
        )}
      </Static>
      {question ? (
        <StyledLines
          lines={questionLines(question, selected, { width, position: state.asked })}
          color={color}
        />
      ) : null}
      {state.effect ? <Spinner label={EFFECT_LABELS[state.effect.kind]} color={color} /> : null}
      {state.quit ? (
        <Text>Goodbye. Nothing was kept.</Text>
      ) : (
        <InputLine
          history={state.history}
          color={color}
          busy={state.effect !== undefined}
          onSubmit={(text) => dispatch({ type: 'submit', text })}
          {...(question && question.options.length > 0
            ? {
                choices: {
                  onMove: (delta: number) =>
                    select((selectedNow.current + delta + question.options.length) % question.options.length),
                  onPick: () => dispatch({ type: 'choose', index: selectedNow.current }),
                },
              }
            : {})}
        />
      )}
    </Box>
  );
}
