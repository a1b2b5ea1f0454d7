import { catalogue } from '@safeguarding/rules';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './memory-io.ts';
import { run } from './run.ts';

async function output(args: string[]): Promise<string> {
  const io = memoryIo();
  expect(await run(args, io)).toBe(0);
  expect(io.err).toBe('');
  return io.out;
}

describe('duties', () => {
  it('lists every duty as JSON, as in the catalogue, without --edition', async () => {
    expect(JSON.parse(await output(['duties', '--json']))).toEqual(
      JSON.parse(JSON.stringify(catalogue.duties)),
    );
  });

  it.each(['wt2013', 'wt2015', 'wt2018', 'wt2023'])('resolves every value for %s', async (edition) => {
    const duties = JSON.parse(await output(['duties', '--edition', edition, '--json'])) as Record<
      string,
      unknown
    >[];
    const expectedIds = catalogue.duties
      .filter((duty) => Object.hasOwn(duty.editions, edition))
      .map((duty) => duty.id);
    expect(duties.map((duty) => duty.id)).toEqual(expectedIds);
    for (const duty of duties) {
      expect(duty.edition).toBe(edition);
      for (const field of ['actor', 'strength', 'confidence'])
        expect(typeof duty[field], `${duty.id} ${field}`).toBe('string');
      expect(typeof duty.deadlineWords).toBe('string');
    }
  });

  it('gives the notification deadline in words for Working Together 2023', async () => {
    const duties = JSON.parse(await output(['duties', '--edition', 'wt2023', '--json'])) as Record<
      string,
      unknown
    >[];
    expect(duties.find((duty) => duty.id === 'si-notify-panel')).toMatchObject({
      deadline: { kind: 'after', amount: 5, unit: 'working-days' },
      deadlineWords: '5 working days after the local authority became aware',
      confidence: 'high',
    });
  });

  it('prints id, title, deadline in words and confidence as text', async () => {
    const text = await output(['duties', '--edition', 'wt2023']);
    expect(text.split('\n')[0]).toMatch(/^Working Together 2023: \d+ duties$/);
    expect(text).toMatch(/^si-notify-panel\s+Notify the Child Safeguarding Practice Review Panel$/m);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Review Panel high confidence · 5 working days after the local authority became aware',
    );
    expect(text).not.toContain('scr-complete');
  });

  it('without --edition, lists all duties with the editions each belongs to', async () => {
    const text = await output(['duties']);
    expect(text).toMatch(/^scr-complete\s+/m);
    expect(text).toContain('Working Together 2013, 2015');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});
