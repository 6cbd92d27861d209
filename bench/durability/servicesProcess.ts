// The main process's services on their own, as a process to kill: it answers
// JSON lines `{ "n": 1, "channel": "archiveWrite", "payload": { … } }` on stdin
// through the same dispatcher main uses, one JSON line per answer on stdout.
// Like main, it clears interrupted saves' temporary files as it starts.
import { createInterface } from 'node:readline';
import { createDispatcher } from '../../core/ipc/dispatch';
import { createServiceHandlers } from '../../electron/services/handlers';

const archiveDir = process.argv[2];
if (!archiveDir) throw new Error('give the archive folder');
const handlers = createServiceHandlers({ archiveDir });
const dispatch = createDispatcher(handlers as Parameters<typeof createDispatcher>[0]);

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const { n, channel, payload } = JSON.parse(line) as { n: number; channel: string; payload: unknown };
  void dispatch(channel, payload).then((result) => process.stdout.write(`${JSON.stringify({ n, result })}\n`));
}
