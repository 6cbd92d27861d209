import type { StoredActionItem } from './actionRows';
import { database } from './database';

/** Runs `change` and counts the action rows it read from the store. */
export async function actionRowsRead<T>(change: () => Promise<T>): Promise<{ read: number; result: T }> {
  const table = database().actionItems;
  let read = 0;
  const reading = (row: StoredActionItem) => {
    read++;
    return row;
  };
  table.hook('reading', reading);
  try {
    const result = await change();
    return { read, result };
  } finally {
    table.hook('reading').unsubscribe(reading);
  }
}
