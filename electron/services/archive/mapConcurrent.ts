/**
 * Maps over items with at most `limit` tasks running at once, keeping the
 * order of the results. Items are taken from the iterable only as a task
 * slot frees, so a generator that builds each item (a post) is interleaved
 * with the tasks' I/O. After a task or the iterable throws, no new item is
 * taken; the tasks already running are waited for, then the first error is
 * thrown, so nothing is left running unobserved.
 */
export async function mapConcurrent<T, R>(items: Iterable<T>, limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  const iterator = items[Symbol.iterator]();
  let next = 0;
  let stopped = false;
  let failure: { error: unknown } | null = null;
  async function worker(): Promise<void> {
    while (!stopped) {
      try {
        const step = iterator.next();
        if (step.done) {
          stopped = true;
          return;
        }
        const index = next++;
        results[index] = await task(step.value);
      } catch (error) {
        failure ??= { error };
        stopped = true;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
  return results;
}
