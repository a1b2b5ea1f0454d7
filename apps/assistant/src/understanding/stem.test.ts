import { describe, expect, it } from 'vitest';
import { stem } from './stem.ts';

describe('stem', () => {
  it.each([
    ['injured', 'injur'],
    ['injuries', 'injuri'],
    ['injury', 'injuri'],
    ['notified', 'notifi'],
    ['notify', 'notifi'],
    ['notifies', 'notifi'],
    ['died', 'die'],
    ['dies', 'die'],
    ['dying', 'die'],
    ['abused', 'abus'],
    ['abusing', 'abus'],
    ['abuse', 'abus'],
    ['referred', 'refer'],
    ['planned', 'plan'],
    ['conferences', 'conferenc'],
    ['conference', 'conferenc'],
    ['locally', 'localli'],
    ['unexpected', 'unexpect'],
    ['called', 'call'],
    ['was', 'was'],
    ['lac', 'lac'],
  ])('%s → %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });

  it('gives inflections of one word one stem, and different words different stems', () => {
    const groups = [
      ['neglect', 'neglected', 'neglects', 'neglecting'],
      ['harm', 'harmed', 'harming', 'harms'],
      ['publish', 'published', 'publishes', 'publishing'],
    ];
    const stems = groups.map((group) => new Set(group.map(stem)));
    for (const set of stems) expect(set.size).toBe(1);
    expect(new Set(stems.map((set) => [...set][0])).size).toBe(groups.length);
  });
});
