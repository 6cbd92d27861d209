import { describe, expect, it } from 'vitest';
import { mapConcurrent } from './mapConcurrent';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('mapConcurrent', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrent([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
  });

  it('takes items from a generator only as slots free', async () => {
    const taken: number[] = [];
    function* items(): Generator<number> {
      for (let i = 0; i < 6; i++) {
        taken.push(i);
        yield i;
      }
    }
    let takenWhenFirstDone = -1;
    await mapConcurrent(items(), 2, async (n) => {
      await tick();
      if (n === 0) takenWhenFirstDone = taken.length;
      return n;
    });
    expect(takenWhenFirstDone).toBe(2);
    expect(taken).toHaveLength(6);
  });

  it('stops taking items after a failure, lets running tasks finish, then throws the first error', async () => {
    const finished: number[] = [];
    const attempt = mapConcurrent([0, 1, 2, 3, 4, 5], 2, async (n) => {
      await tick();
      if (n === 1) throw new Error('item 1 failed');
      await tick();
      finished.push(n);
      return n;
    });
    await expect(attempt).rejects.toThrow('item 1 failed');
    expect(finished).toEqual([0]);
  });

  it('handles an empty list', async () => {
    expect(await mapConcurrent([], 4, async (n: number) => n)).toEqual([]);
  });
});
