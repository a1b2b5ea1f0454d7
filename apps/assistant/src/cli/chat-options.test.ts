import { describe, expect, it } from 'vitest';
import { chatOptions } from './chat-options.ts';

describe('chatOptions: which arguments open the chat', () => {
  it.each([
    [[], {}],
    [['--as-of', '2026-11-23'], { asOf: '2026-11-23' }],
    [['--edition', 'wt2018', '--as-of=2019-01-02'], { edition: 'wt2018', asOf: '2019-01-02' }],
  ])('%j opens it with %j', (args, options) => {
    expect(chatOptions(args)).toEqual(options);
  });

  it.each([[['ask', 'x']], [['next', '--facts', 'x.yaml']], [['--help']], [['--version']]])(
    '%j is a command',
    (args) => {
      expect(chatOptions(args)).toBeUndefined();
    },
  );

  it.each([
    [['--as-of', '30/02/2026'], /--as-of must be a real date/],
    [['--edition', '2018'], /--edition must be one of/],
    [['--as-of', '2026-11-23', 'hello'], /the chat takes only --as-of and --edition/],
  ])('%j is a mistake, named', (args, message) => {
    expect(() => chatOptions(args)).toThrow(message);
  });
});
