import { availableParallelism } from 'node:os';

/** How many renders run at once by default: one for each core the machine offers. */
export const defaultConcurrency = () => availableParallelism();

/**
 * Runs `task` on every item, `size` at a time (at most one per item), each worker with its own
 * resource from `open` (a browser page), taken in the items' order. After the first failure no
 * new item starts; the ones under way finish, and that first error is thrown.
 */
export async function inPool<Item, Resource extends { close(): Promise<void> }>(items: readonly Item[], size: number, open: () => Promise<Resource>, task: (resource: Resource, item: Item) => Promise<void>): Promise<void> {
  const queue = [...items];
  let failure: { error: unknown } | undefined;
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(size, queue.length)) }, async () => {
      const resource = await open();
      try {
        for (let item = queue.shift(); item !== undefined && failure === undefined; item = queue.shift()) {
          try {
            await task(resource, item);
          } catch (error) {
            failure ??= { error };
          }
        }
      } finally {
        await resource.close();
      }
    }),
  );
  if (failure) throw failure.error;
}
