import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../ipc/result';
import { builtinTemplates } from './builtins';
import { blocksOf, textOf } from './jsonTree';
import { normalizeDocument } from './normalize';
import { MAX_TEMPLATE_FILE_CHARS, parseTemplateFile, templateFileName, templateToFile } from './templateFile';

function rejection(text: string): UserFacingError {
  try {
    parseTemplateFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('template-file-invalid');
    return error as UserFacingError;
  }
  throw new Error('the file was accepted');
}

describe('template files', () => {
  it('round-trip every built-in template', () => {
    for (const template of builtinTemplates()) {
      const file = templateToFile(template);
      expect(file.startsWith('---\nplenary-template: 1\n')).toBe(true);
      const back = parseTemplateFile(file);
      expect(back).toEqual({ name: template.name, description: template.description, kind: template.kind, content: template.content });
      expect(templateToFile({ ...back, description: back.description })).toBe(file);
    }
  });

  it('quote names and descriptions YAML would otherwise misread', () => {
    const template = {
      name: 'yes: no # really',
      description: '---\n"quoted" and {{braces}}',
      content: builtinTemplates()[0]!.content,
    };
    const back = parseTemplateFile(templateToFile(template));
    expect(back.name).toBe('yes: no # really');
    expect(back.description).toBe('---\n"quoted" and {{braces}}');
  });

  it('read a hand-written file without a format marker, kind or description, with a BOM and CRLF line ends', () => {
    const text = '\uFEFF---\r\nname: Sprint notes\r\n---\r\n\r\n# {{title}}\r\n\r\n## Done\r\n\r\n- [ ] \r\n';
    const draft = parseTemplateFile(text);
    expect(draft).toMatchObject({ name: 'Sprint notes', description: '' });
    expect(draft.kind).toBeUndefined();
    expect(blocksOf(draft.content).map(textOf)).toEqual(['{{title}}', 'Done', '']);
    expect(normalizeDocument(draft.content)).toEqual(draft.content);
    expect(JSON.stringify(draft.content)).not.toContain('actionId');
  });

  it('name the exported file after the template', () => {
    expect(templateFileName({ name: 'Talk proposal (CFP)' })).toBe('talk-proposal-cfp.template.md');
    expect(templateFileName({ name: '!!!' })).toBe('template.template.md');
  });
});

describe('malformed template files are rejected with what to fix', () => {
  const body = '\n# {{title}}\n\n- \n';

  it('no front matter', () => {
    expect(rejection('# Talk\n\n- point\n').message).toMatch(/no front matter.*"---"/s);
    expect(rejection('').message).toMatch(/no front matter/);
  });

  it('front matter never closed', () => {
    expect(rejection('---\nname: Talk\n# Talk\n').message).toMatch(/not closed/);
  });

  it('bad YAML, with its line', () => {
    const message = rejection(`---\nname: Talk\ndescription: [unclosed\n---${body}`).message;
    expect(message).toMatch(/not valid YAML \(line \d+/);
    expect(rejection(`---\nname: Talk\nname: Again\n---${body}`).message).toMatch(/not valid YAML \(line 3/);
  });

  it('front matter that is empty, a list or a plain string', () => {
    expect(rejection(`---\n---${body}`).message).toMatch(/front matter is empty/);
    expect(rejection(`---\n- name\n- Talk\n---${body}`).message).toMatch(/"key: value" lines/);
    expect(rejection(`---\njust words\n---${body}`).message).toMatch(/"key: value" lines/);
  });

  it('missing, empty or wrong name', () => {
    expect(rejection(`---\ndescription: x\n---${body}`).message).toMatch(/has no name. Add a line such as "name: /);
    expect(rejection(`---\nname: "   "\n---${body}`).message).toMatch(/name .* is empty/);
    expect(rejection(`---\nname: [a, b]\n---${body}`).message).toMatch(/name .* must be text/);
    expect(rejection(`---\nname: ${'x'.repeat(121)}\n---${body}`).message).toMatch(/longer than 120/);
  });

  it('wrong kind or a newer format', () => {
    expect(rejection(`---\nname: Talk\nkind: keynote\n---${body}`).message).toMatch(/kind .* must be one of: talk, panel/);
    expect(rejection(`---\nplenary-template: 2\nname: Talk\n---${body}`).message).toMatch(/newer version of Plenary/);
  });

  it('no skeleton', () => {
    expect(rejection('---\nname: Talk\n---\n\n  \n').message).toMatch(/no skeleton/);
  });

  it('binary or huge content', () => {
    expect(rejection('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR').message).toMatch(/not text/);
    expect(rejection(`---\nname: Talk\n---\n${'\uFFFD\u0003'.repeat(200)}`).message).toMatch(/not text/);
    expect(rejection(`---\nname: Talk\n---\n${'a'.repeat(MAX_TEMPLATE_FILE_CHARS)}`).message).toMatch(/too big .* at most 256 KB/);
  });
});
