import { describe, expect, it } from 'vitest';
import { markdownToEditorState } from '../markdown/convert';
import { deriveActionItems } from './derive';
import { acceptSuggestionInDocument, setActionDoneInDocument } from './documentEdits';

const context = { timeZone: 'UTC', referenceTime: 0 };

describe('document edits from the Actions view', () => {
  it('ticks the item with the id and no other, even with the same text', () => {
    const doc = markdownToEditorState('- [ ] Watch the video\n- [ ] Watch the video\n');
    const [first, second] = deriveActionItems('s', 'c', doc, context);
    const ticked = setActionDoneInDocument(doc, 's', second?.id ?? '', true);
    expect(ticked).not.toBeNull();
    const rows = deriveActionItems('s', 'c', ticked ?? doc, context);
    expect(rows.map((row) => [row.id, row.done])).toEqual([
      [first?.id, false],
      [second?.id, true],
    ]);
    expect(setActionDoneInDocument(doc, 's', 'no-such-id', true)).toBeNull();
  });

  it('ticks a line that never had an id through its provisional id, and gives it an id', () => {
    const doc = markdownToEditorState('- [ ] Read the paper\n- [ ] Read the paper\n', { assignActionIds: false });
    const [, second] = deriveActionItems('s', 'c', doc, context);
    expect(second?.id).toMatch(/^u-/);
    const ticked = setActionDoneInDocument(doc, 's', second?.id ?? '', true);
    const rows = deriveActionItems('s', 'c', ticked ?? doc, context);
    expect(rows.map((row) => [row.done, row.id.startsWith('u-')])).toEqual([
      [false, false],
      [true, false],
    ]);
  });

  it('accepts a suggestion by its id, turning its line into an action item', () => {
    const doc = markdownToEditorState("Intro\n\nI'll try scrapyd later.\n\nTODO: email Ana\n");
    const suggestions = deriveActionItems('s', 'c', doc, context);
    expect(suggestions.map((row) => [row.source, row.text])).toEqual([
      ['suggested', "I'll try scrapyd later."],
      ['suggested', 'email Ana'],
    ]);
    const accepted = acceptSuggestionInDocument(doc, 's', suggestions[1]?.id ?? '');
    expect(accepted).not.toBeNull();
    const rows = deriveActionItems('s', 'c', accepted?.content ?? doc, context);
    expect(rows.map((row) => [row.source, row.text, row.id === accepted?.actionId])).toEqual([
      ['suggested', "I'll try scrapyd later.", false],
      ['explicit', 'email Ana', true],
    ]);
    expect(acceptSuggestionInDocument(doc, 'other-session', suggestions[0]?.id ?? '')).toBeNull();
  });
});
