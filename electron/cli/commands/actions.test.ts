import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownToEditorState } from '../../../core/markdown/convert';
import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import { ArchiveStore } from '../../services/archive/archiveStore';
import type { CliIO } from '../cliCommand';
import { command } from './actions';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plenary-actions-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function conference(id: string, name: string, startDate: string, timeZone: string): ArchiveRecord {
  return {
    kind: 'conference',
    conference: { id, name, location: '', startDate, endDate: startDate, timeZone, url: '', tags: ['python'], revision: 1, updatedAt: 1 },
  };
}

function session(id: string, conferenceId: string, title: string, start: number, markdown: string, deleted = false): ArchiveRecord {
  return {
    kind: 'session',
    record: {
      session: {
        id, conferenceId, title, speakers: [], room: '', track: '', kind: 'talk', url: '', tags: [],
        scheduledStart: start, revision: 1, updatedAt: start, ...(deleted ? { deleted } : {}),
      },
      document: { sessionId: id, content: markdownToEditorState(markdown), revision: 1, updatedAt: start },
    },
  };
}

async function writeArchive(records: ArchiveRecord[]): Promise<void> {
  const store = new ArchiveStore(dir);
  for (const record of records) {
    const outcome = await store.write(record);
    expect(outcome).toBeTruthy();
  }
}

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), defaultArchiveDir: path.join(dir, 'elsewhere') };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}

const pycon = Date.parse('2013-03-15T17:55:00Z');

async function sampleArchive(): Promise<void> {
  await writeArchive([
    conference('pycon-2013', 'PyCon 2013', '2013-03-13', 'America/New_York'),
    conference('euro-2026', 'EuroPython 2026', '2026-07-13', 'Europe/Prague'),
    session('scrapy', 'pycon-2013', 'Scrapy it GETs the web', pycon + 3_600_000, "scrapyd is a daemon. I'll try that out later.\n\n- [x] Thank Kenneth for python-guide\n"),
    session('instagram', 'pycon-2013', 'Instagram: Celery and RabbitMQ', pycon,
      '## Actions for me\n\n- Build rabbit-in-a-box\n\n- [ ] Email @asheesh about the slides due:2013-03-20\n\nHe showed us how they shard.\n'),
    session('keynote', 'euro-2026', 'Keynote', Date.parse('2026-07-13T07:00:00Z'), '- [ ] Watch the recording tomorrow\n'),
    session('gone', 'euro-2026', 'Deleted talk', Date.parse('2026-07-13T09:00:00Z'), '- [ ] Never listed\n', true),
  ]);
}

describe('plenary actions', () => {
  it('lists explicit and suggested items grouped by conference and session', async () => {
    await sampleArchive();
    const { code, stdout, stderr } = await run(['--archive', dir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'PyCon 2013',
        '  Instagram: Celery and RabbitMQ',
        '    [?] Build rabbit-in-a-box  (suggested)',
        '    [ ] Email @asheesh about the slides due:2013-03-20  (explicit, owner asheesh, due 2013-03-20)',
        '  Scrapy it GETs the web',
        "    [?] scrapyd is a daemon. I'll try that out later.  (suggested)",
        '    [x] Thank Kenneth for python-guide  (explicit)',
        '',
        'EuroPython 2026',
        '  Keynote',
        '    [ ] Watch the recording tomorrow  (explicit, due 2026-07-14)',
        '',
        '3 explicit (2 open), 2 suggested. [?] marks a suggestion found in the notes.',
        '',
      ].join('\n'),
    );
  });

  it('leaves done items out with --open', async () => {
    await sampleArchive();
    const { stdout } = await run(['--open', `--archive=${dir}`]);
    expect(stdout).not.toContain('Thank Kenneth');
    expect(stdout).toContain('Email @asheesh');
  });

  it('writes JSON for scripts, each item marked explicit or suggested', async () => {
    await sampleArchive();
    const { code, stdout } = await run(['--archive', dir, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { archive: string; items: Array<Record<string, unknown>>; problems: unknown[] };
    expect(parsed.archive).toBe(dir);
    expect(parsed.problems).toEqual([]);
    expect(parsed.items.map((item) => [item['sessionId'], item['source'], item['text']])).toEqual([
      ['instagram', 'suggested', 'Build rabbit-in-a-box'],
      ['instagram', 'explicit', 'Email @asheesh about the slides due:2013-03-20'],
      ['scrapy', 'suggested', "scrapyd is a daemon. I'll try that out later."],
      ['scrapy', 'explicit', 'Thank Kenneth for python-guide'],
      ['keynote', 'explicit', 'Watch the recording tomorrow'],
    ]);
    expect(parsed.items[1]).toMatchObject({ conferenceName: 'PyCon 2013', sessionTitle: 'Instagram: Celery and RabbitMQ', owner: 'asheesh', done: false, tags: ['python'] });
  });

  it('uses the archive folder it was given when --archive is absent', async () => {
    const { code, stderr } = await run([]);
    expect(code).toBe(1);
    expect(stderr).toContain(`no archive folder at ${path.join(dir, 'elsewhere')}`);
  });

  it('reports unreadable files and still lists the rest', async () => {
    await sampleArchive();
    await mkdir(path.join(dir, 'sessions'), { recursive: true });
    await writeFile(path.join(dir, 'sessions', 'broken.json'), '{ not json');
    const { code, stdout, stderr } = await run(['--archive', dir]);
    expect(code).toBe(0);
    expect(stderr).toContain('broken.json');
    expect(stdout).toContain('Thank Kenneth');
  });

  it('says so when there are no items, and rejects unknown arguments', async () => {
    await writeArchive([conference('empty', 'Empty', '2026-01-01', 'UTC')]);
    expect((await run(['--archive', dir])).stdout).toBe('No action items.\n');
    const wrong = await run(['--archive', dir, '--all']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('unknown argument --all');
  });

  describe('done and undone', () => {
    async function listed(): Promise<Array<{ id: string; text: string; done: boolean; source: string; sessionId: string }>> {
      return (JSON.parse((await run(['--archive', dir, '--json'])).stdout) as { items: Array<{ id: string; text: string; done: boolean; source: string; sessionId: string }> }).items;
    }

    it('ticks an item by its id in the archive, and unticks it again', async () => {
      await sampleArchive();
      const email = (await listed()).find((item) => item.text.startsWith('Email @asheesh'));
      if (!email) throw new Error('the sample has the item');
      const ticked = await run(['done', email.id, '--archive', dir]);
      expect(ticked.stderr).toBe('');
      expect(ticked.code).toBe(0);
      expect(ticked.stdout).toBe('Marked done: "Email @asheesh about the slides due:2013-03-20" (Instagram: Celery and RabbitMQ)\n');
      // Written to the session's file: a fresh read of the archive sees it, and its other items are as they were.
      const after = await listed();
      expect(after.find((item) => item.id === email.id)?.done).toBe(true);
      expect(after.find((item) => item.text === 'Watch the recording tomorrow')?.done).toBe(false);
      const [stored] = await new ArchiveStore(dir).read('session', ['instagram']);
      expect(stored?.kind === 'session' && stored.record.session.revision).toBe(2);

      const again = await run(['done', email.id, '--archive', dir]);
      expect(again.stdout).toContain('Already done');
      const unticked = await run(['undone', email.id, '--archive', dir, '--json']);
      expect(unticked.code).toBe(0);
      expect(JSON.parse(unticked.stdout)).toMatchObject({ id: email.id, done: false, changed: true, sessionId: 'instagram' });
      expect((await listed()).find((item) => item.id === email.id)?.done).toBe(false);
    });

    it('refuses an unknown id, a suggestion, and a missing id with a message that says what to do', async () => {
      await sampleArchive();
      const unknown = await run(['done', 'no-such-item', '--archive', dir]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('there is no action item with the id no-such-item');
      const suggestion = (await listed()).find((item) => item.source === 'suggested');
      const refused = await run(['untick', suggestion?.id ?? '', '--archive', dir]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('is a suggestion');
      const missing = await run(['done', '--archive', dir]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('done needs the id of an action item');
    });
  });
});
