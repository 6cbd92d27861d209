import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../core/import/plan';
import { firstClockTimes, lineCount, needsDetails, readChosenFile } from './preview';

const examples = path.resolve(__dirname, '../../../tests/fixtures/examples');

async function plan(name: string, options = {}) {
  return planImport(await readFile(path.join(examples, name), 'utf8'), name, options);
}

describe('import preview', () => {
  it('shows the first stamps as clock times in the conference zone', async () => {
    const pycon = await plan('pycon-2013-raw-timestamped-notes.txt');
    const [instagram] = pycon.sessions;
    expect(instagram && firstClockTimes(instagram, pycon.conference.timeZone)).toEqual(['1:55 PM']);
    expect(needsDetails(pycon)).toBe(false);
  });

  it('counts the lines the editor will show, not the lists around them', async () => {
    const pycon = await plan('pycon-2013-raw-timestamped-notes.txt');
    const instagram = pycon.sessions[0];
    const markdownLines = instagram?.markdown.split('\n').filter((line) => line.trim() !== '').length ?? 0;
    expect(lineCount(instagram?.document ?? { root: { children: [] } } as never)).toBe(markdownLines);
  });

  it('asks for the date and zone when the file gives neither, and stops asking once they are given', async () => {
    expect(needsDetails(await plan('pycon-2010-day-1-liveblog.txt'))).toBe(true);
    const given = await plan('pycon-2010-day-1-liveblog.txt', { date: '2010-02-19', timeZone: 'America/New_York' });
    expect(needsDetails(given)).toBe(false);
    const lightning = given.sessions.find((session) => session.title === 'Lightning talks');
    expect(lightning && firstClockTimes(lightning, 'America/New_York')).toEqual(['5:43 PM']);
  });

  it('reads notes files and refuses other kinds before reading them', async () => {
    expect(await readChosenFile(new File(['# Notes'], 'notes.md'))).toEqual({ name: 'notes.md', text: '# Notes', decodeWarning: null });
    expect(await readChosenFile(new File(['plain'], 'NOTES.TXT'))).toEqual({ name: 'NOTES.TXT', text: 'plain', decodeWarning: null });
    expect(await readChosenFile(new File(['%PDF'], 'slides.pdf'))).toEqual({
      name: 'slides.pdf',
      error: 'slides.pdf cannot be imported: Plenary imports markdown (.md, .markdown) and plain text (.txt) notes.',
    });
    // Decoded as main decodes a file on disk: a UTF-8 file cut mid-character stays UTF-8, with the line named.
    const cut = new TextEncoder().encode('Café talk\nLast é').slice(0, -1);
    expect(await readChosenFile(new File([cut], 'cut.txt'))).toEqual({
      name: 'cut.txt',
      text: 'Café talk\nLast �',
      decodeWarning: 'cut.txt has bytes that are not UTF-8 on line 2; they are shown as “�”. Check those lines in the preview, or save the file as UTF-8 and import it again.',
    });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Zürich'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await readChosenFile(new File([utf16], 'zurich.txt'))).toEqual({ name: 'zurich.txt', text: 'Zürich', decodeWarning: null });
    expect(await readChosenFile(new File([new Uint8Array([0, 1, 2, 3])], 'binary.md'))).toMatchObject({ error: expect.stringMatching(/not a text file/) });
    const large = await readChosenFile(new File([new Uint8Array(6 * 1024 * 1024)], 'huge.txt'));
    expect('error' in large && large.error).toBe('huge.txt cannot be imported: it is 6.0 MB, and notes files over 5 MB are not imported.');
  });
});
