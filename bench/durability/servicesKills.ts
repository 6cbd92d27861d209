// Kills the services process (main's archive writer) at random moments while
// typing is being saved to it, and starts it again, as the window sees it: the
// window keeps every keystroke in its own store and sends the newest version
// again once main is back (as its start-up reconcile does).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { sessionRecord } from '../../electron/services/archive/testRecords';
import { ArchiveStore } from '../../electron/services/archive/archiveStore';
import type { ArchiveRecord } from '../../core/model/archiveRecord';
import { KEYSTROKE_MS, MAX_SAVE_INTERVAL_MS, typedText, typingLostMs } from './typist';

const script = path.join(import.meta.dirname, 'servicesProcess.ts');

interface Services {
  child: ChildProcess;
  send(channel: string, payload: unknown): void;
  answered: number;
}

async function startServices(archiveDir: string): Promise<Services> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, archiveDir], { detached: true, stdio: ['pipe', 'pipe', 'inherit'] });
  // A save sent as the process is killed finds the pipe closed: that save is lost, which is what is measured.
  child.stdin?.on('error', () => undefined);
  const services: Services = {
    child,
    answered: 0,
    send: (channel, payload) => child.stdin?.write(`${JSON.stringify({ n: 0, channel, payload })}\n`),
  };
  await new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (line === 'ready') resolve();
      else services.answered++;
    });
    child.once('exit', () => reject(new Error('the services process ended before it was ready')));
  });
  return services;
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, signal);
  } catch {
    return Promise.resolve();
  }
  return exited;
}

/** Notes taken before this line: a long talk's worth, so each save takes as long to write as a real one. */
const EARLIER_LINES = 3_000;

/** The session as the window would send it: the earlier lines, then the line being typed. */
function withText(revision: number, text: string): ArchiveRecord {
  const record = sessionRecord('talk', revision, { text });
  if (record.kind !== 'session' || !record.record.document) throw new Error('a session record');
  const children = record.record.document.content.root.children;
  const [typing] = children;
  const earlier = Array.from({ length: EARLIER_LINES }, (_, line) => ({
    ...typing,
    $: { stamp: 1_700_000_000_000 + line },
    children: [{ type: 'text', text: `earlier note ${line}: what was said on slide ${line % 40}`, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
  }));
  record.record.document.content.root.children = [...earlier, ...children];
  return record;
}

function typingLine(record: ArchiveRecord | undefined): string {
  if (record?.kind !== 'session') return '';
  const last = record.record.document?.content.root.children.at(-1) as { children?: Array<{ text?: string }> } | undefined;
  return last?.children?.[0]?.text ?? '';
}

async function temporaryFiles(archiveDir: string): Promise<number> {
  const names = await readdir(path.join(archiveDir, 'sessions')).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith('.') && name.endsWith('.tmp')).length;
}

async function textOnDisk(archiveDir: string): Promise<{ text: string; corrupt: number }> {
  const store = new ArchiveStore(archiveDir);
  const { problems } = await store.index();
  const [record] = await store.read('session', ['talk']);
  const text = typingLine(record);
  // Every file must be whole JSON too, hidden ones aside.
  let corrupt = problems.length;
  for (const name of await readdir(path.join(archiveDir, 'sessions')).catch(() => [] as string[])) {
    if (name.startsWith('.')) continue;
    try {
      JSON.parse(await readFile(path.join(archiveDir, 'sessions', name), 'utf8'));
    } catch {
      corrupt++;
    }
  }
  return { text, corrupt };
}

export interface KillTrial {
  /** Typing the disk copy lacked at the kill: what a power cut at that instant would have cost. */
  diskBehindMs: number;
  /** Typing missing from the disk once the services started again and the window sent its copy. */
  lostAfterRestartMs: number;
  corruptFiles: number;
  temporaryFilesAfterKill: number;
  temporaryFilesAfterRestart: number;
}

export async function servicesKillTrial(archiveDir: string): Promise<KillTrial> {
  let services = await startServices(archiveDir);
  const times: number[] = [];
  const full = typedText(400);
  let revision = 1;
  let lastSave = performance.now();
  const killAt = performance.now() + 1_000 + Math.random() * 3_000;
  // The editor's cadence: while typing steadily, a save at least every MAX_SAVE_INTERVAL_MS.
  while (performance.now() < killAt && times.length < full.length) {
    times.push(performance.now());
    if (performance.now() - lastSave >= MAX_SAVE_INTERVAL_MS) {
      lastSave = performance.now();
      services.send('archiveWrite', { record: withText(++revision, full.slice(0, times.length)) });
    }
    await new Promise((resolve) => setTimeout(resolve, KEYSTROKE_MS));
  }
  const killedAt = performance.now();
  await stop(services.child, 'SIGKILL');
  const typed = full.slice(0, times.length);

  const temporaryFilesAfterKill = await temporaryFiles(archiveDir);
  const afterKill = await textOnDisk(archiveDir);
  const diskBehindMs = typed.startsWith(afterKill.text) ? typingLostMs(times, afterKill.text.length, killedAt) : Number.POSITIVE_INFINITY;

  services = await startServices(archiveDir);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const temporaryFilesAfterRestart = await temporaryFiles(archiveDir);
  services.send('archiveWrite', { record: withText(revision + 1, typed) });
  const sent = services.answered;
  while (services.answered === sent) await new Promise((resolve) => setTimeout(resolve, 20));
  await stop(services.child, 'SIGTERM');
  const afterRestart = await textOnDisk(archiveDir);
  return {
    diskBehindMs,
    lostAfterRestartMs: typingLostMs(times, typed.startsWith(afterRestart.text) ? afterRestart.text.length : 0, killedAt),
    corruptFiles: afterKill.corrupt + afterRestart.corrupt,
    temporaryFilesAfterKill,
    temporaryFilesAfterRestart,
  };
}
