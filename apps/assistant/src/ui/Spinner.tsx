import { Text, useAnimation } from 'ink';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Shown while the assistant works on something that takes time (the API, a file). */
export function Spinner({ label, color }: { label: string; color: boolean }) {
  const { frame } = useAnimation({ interval: 80 });
  return (
    <Text>
      <Text {...(color ? { color: 'cyan' } : {})}>{FRAMES[frame % FRAMES.length]}</Text> {label}
    </Text>
  );
}
