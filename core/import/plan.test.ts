import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { planImport } from './plan';
import { conferenceFromPlan, keepLeftOutPiece, partitionDuplicates, recordsForImport, sessionRecordFromPlan } from './records';
import { sessionRecordSchema } from '../model/session';
import { conferenceSchema } from '../model/conference';

describe('planImport', () => {
  it('fills title, date, tags, speakers and zone from front matter', async () => {
    const text = '---\ntitle: Rust in production\ndate: 2026-05-14\ntags: [rust, ops]\nspeakers: [Ann Lee]\ntimezone: Europe/Berlin\nconference: RustConf EU 2026\n---\n\n09:30 Doors open\n\n9:41 AM Q&A starts\n';
    const plan = await planImport(text, 'rust.md');
    expect(plan.sessions).toHaveLength(1);
    expect(plan.sessions[0]).toMatchObject({ title: 'Rust in production', tags: ['rust', 'ops'], speakers: ['Ann Lee'], date: '2026-05-14' });
    expect(plan.sessions[0]?.stamps).toEqual([Date.UTC(2026, 4, 14, 7, 30), Date.UTC(2026, 4, 14, 7, 41)]);
    expect(plan.conference).toMatchObject({ name: 'RustConf EU 2026', nameFrom: 'front matter', timeZone: 'Europe/Berlin', timeZoneAssumed: false });
    expect(plan.warnings).toEqual([]);
  });

  it('lets the caller name the conference and give date and zone', async () => {
    const plan = await planImport('13:55 Opening\n\n14:02 First point', 'notes.txt', { conferenceName: 'Strange Loop', date: '2019-09-12', timeZone: 'America/Chicago' });
    expect(plan.conference).toMatchObject({ name: 'Strange Loop', nameFrom: 'caller', startDate: '2019-09-12' });
    // Close times are stamps on lines of one talk, not live-blog entries.
    expect(plan.sessions).toHaveLength(1);
    expect(plan.sessions[0]?.stamps).toEqual([Date.UTC(2019, 8, 12, 18, 55), Date.UTC(2019, 8, 12, 19, 2)]);
  });

  it('stamps the block after a time written on a line of its own', async () => {
    const plan = await planImport('*10:15*\n\n- first point\n- second point', 'talk.md', { date: '2026-01-02', timeZone: 'UTC' });
    expect(plan.sessions[0]?.stamps).toEqual([Date.UTC(2026, 0, 2, 10, 15)]);
    expect(JSON.stringify(plan.sessions[0]?.document)).toMatch(/"type":"listitem"[^$]*"\$":\{"stamp":1767348900000\}/);
  });

  it('warns when times are read in an assumed zone', async () => {
    const plan = await planImport('10:15 Opening', 'talk.txt', { date: '2026-01-02' });
    expect(plan.conference.timeZoneAssumed).toBe(true);
    expect(plan.warnings.join(' ')).toMatch(/read as UTC/);
  });

  it('refuses a file it cannot read, with the file name and the reason', async () => {
    await expect(planImport('---\ntitle: [unclosed\n---\nnotes', 'broken.md')).rejects.toThrow(/^broken\.md cannot be imported: its front matter is not valid YAML/);
    await expect(planImport('   \n\n', 'empty.txt')).rejects.toThrow(ImportError);
    await expect(planImport('PK\u0003\u0004\u0000\u0000', 'notes.docx')).rejects.toThrow(/not a text file/);
  });
});

describe('duplicate protection', () => {
  const text = 'Fri Mar 15 13:55:11 EDT 2013\n===\nInstagram talk now.\n\nFri Mar 15 14:32:19 EDT 2013\n===\nScrapy talk now.';

  it('gives the same section the same hash, whatever its line ends and trailing spaces', async () => {
    const first = await planImport(text, 'a.txt');
    const again = await planImport(text.replace(/\n/g, '\r\n').replace(/now\./g, 'now.   '), 'renamed.txt');
    expect(again.sessions.map((session) => session.sourceHash)).toEqual(first.sessions.map((session) => session.sourceHash));
    expect(new Set(first.sessions.map((session) => session.sourceHash)).size).toBe(2);
  });

  it('skips sessions whose hash is known, and a repeated section within one file', async () => {
    const plan = await planImport(text, 'a.txt');
    const known = new Set([plan.sessions[0]!.sourceHash]);
    const { create, duplicates } = partitionDuplicates(plan.sessions, known);
    expect(create.map((session) => session.title)).toEqual(['Scrapy talk']);
    expect(duplicates.map((session) => session.title)).toEqual(['Instagram talk']);
    const twice = partitionDuplicates([...plan.sessions, ...plan.sessions], new Set());
    expect(twice.create).toHaveLength(2);
  });

  it('a changed section is a new session', async () => {
    const plan = await planImport(text, 'a.txt');
    const edited = await planImport(text.replace('Scrapy talk now.', 'Scrapy talk now, with more.'), 'a.txt');
    const { create } = partitionDuplicates(edited.sessions, new Set(plan.sessions.map((session) => session.sourceHash)));
    expect(create.map((session) => session.title)).toEqual(['Scrapy talk now, with more']);
  });

  it('stores the hash on the session record, which validates', async () => {
    const plan = await planImport(text, 'a.txt');
    const conference = conferenceSchema.parse(conferenceFromPlan(plan, '2026-11-25'));
    const record = sessionRecordSchema.parse(sessionRecordFromPlan(plan.sessions[0]!, conference.id));
    expect(record.session.sourceHash).toBe(plan.sessions[0]!.sourceHash);
    expect(record.session.actualStart).toBe(Date.UTC(2013, 2, 15, 17, 55, 11));
    expect(conference).toMatchObject({ startDate: '2013-03-15', timeZone: 'America/New_York' });
  });
});

describe('storing a plan', () => {
  const text = 'Fri Mar 15 13:55:11 EDT 2013\n===\nInstagram talk now.\n\nFri Mar 16 09:00:00 EDT 2013\n===\nScrapy talk now.\n\nAdd to FacebookAdd to DiggAdd to TwitterAdd to Reddit';

  it('makes a new conference, or widens an existing one to cover the sessions', async () => {
    const plan = await planImport(text, 'pycon-2013.txt');
    const fresh = recordsForImport(plan, { existing: null, knownHashes: new Set(), today: '2026-11-25', now: 5 });
    expect(fresh.conferenceIsNew).toBe(true);
    expect(fresh.conference).toMatchObject({ name: 'Pycon 2013', startDate: '2013-03-15', endDate: '2013-03-16' });
    expect(fresh.sessions.map((record) => record.session.conferenceId)).toEqual([fresh.conference.id, fresh.conference.id]);

    const existing = { ...fresh.conference, startDate: '2013-03-16', endDate: '2013-03-16', revision: 3 };
    const into = recordsForImport(plan, { existing, knownHashes: new Set([plan.sessions[1]!.sourceHash]), today: '2026-11-25', now: 9 });
    expect(into).toMatchObject({ conferenceIsNew: false, conferenceChanged: true, conference: { startDate: '2013-03-15', endDate: '2013-03-16', revision: 4, updatedAt: 9 } });
    expect(into.sessions.map((record) => record.session.title)).toEqual(['Instagram talk']);
    expect(into.duplicates.map((session) => session.title)).toEqual(['Scrapy talk']);
  });

  it('keeps a left-out piece when the user asks, at the end of its session', async () => {
    const plan = await planImport(text, 'pycon-2013.txt');
    expect(plan.leftOut).toHaveLength(1);
    const kept = keepLeftOutPiece(plan, 0);
    expect(kept.leftOut).toEqual([]);
    expect(kept.sessions[1]!.markdown.endsWith('Add to FacebookAdd to DiggAdd to TwitterAdd to Reddit')).toBe(true);
    expect(JSON.stringify(kept.sessions[1]!.document.root.children.at(-1))).toContain('Add to Facebook');
    expect(kept.sessions[0]).toBe(plan.sessions[0]);
  });
});
