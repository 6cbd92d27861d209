import { describe, expect, it } from 'vitest';
import { actionItemKeys, matchesShortcut } from './shortcut';

const key = (patch: Partial<KeyboardEvent>) => ({ key: 'Enter', code: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...patch });

describe('the action-item shortcut', () => {
  it('comes from the command list', () => {
    expect(actionItemKeys).toBe('$mod+Enter');
  });
  it('is Ctrl+Enter, or Cmd+Enter on a Mac, and nothing else', () => {
    expect(matchesShortcut(key({ ctrlKey: true }), actionItemKeys, false)).toBe(true);
    expect(matchesShortcut(key({ metaKey: true }), actionItemKeys, true)).toBe(true);
    expect(matchesShortcut(key({}), actionItemKeys, false)).toBe(false);
    expect(matchesShortcut(key({ ctrlKey: true, shiftKey: true }), actionItemKeys, false)).toBe(false);
    expect(matchesShortcut(key({ metaKey: true }), actionItemKeys, false)).toBe(false);
  });
});
