import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_FILE_CHARS } from '../../../core/templates/templateFile';
import { readTemplateFile } from './templateFiles';

describe('readTemplateFile', () => {
  it('reads a template file the user picked', async () => {
    const file = new File(['---\nname: Standup\ndescription: Daily\n---\n\n## Yesterday\n'], 'standup.template.md', { type: 'text/markdown' });
    await expect(readTemplateFile(file)).resolves.toMatchObject({ name: 'Standup', description: 'Daily' });
  });

  it('names the file and says what to fix when it is not a template', async () => {
    const file = new File(['# notes\n'], 'notes.md');
    await expect(readTemplateFile(file)).rejects.toThrow(/^“notes.md” was not imported. The file has no front matter/);
  });

  it('refuses a file far too big without reading it', async () => {
    const file = new File([new Uint8Array(MAX_TEMPLATE_FILE_CHARS * 4 + 1)], 'video.mp4');
    const read = readTemplateFile(Object.assign(file, { text: () => Promise.reject(new Error('read')) }));
    await expect(read).rejects.toThrow(/“video.mp4” is too big to be a template \(1025 KB/);
  });
});
