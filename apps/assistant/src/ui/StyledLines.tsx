import { Box, Text } from 'ink';
import type { Line, Segment } from '../present/styled-text.ts';

const COLORS = new Set(['red', 'yellow', 'green', 'cyan', 'magenta']);

function SegmentText({ segment, color }: { segment: Segment; color: boolean }) {
  const style = color ? (segment.style ?? []) : [];
  const colour = style.find((name) => COLORS.has(name));
  return (
    <Text
      {...(colour ? { color: colour } : {})}
      bold={style.includes('bold')}
      dimColor={style.includes('dim')}
      italic={style.includes('italic')}
    >
      {segment.text}
    </Text>
  );
}

/** Lines already wrapped to the terminal's width, drawn as they are (styles only when colour is on). */
export function StyledLines({ lines, color }: { lines: readonly Line[]; color: boolean }) {
  return (
    <Box flexDirection="column">
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines never move; the index is their identity.
        <Text key={index} wrap="truncate-end">
          {line.length === 0
            ? ' '
            : line.map((segment, at) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments never move within a line.
                <SegmentText key={at} segment={segment} color={color} />
              ))}
        </Text>
      ))}
    </Box>
  );
}
