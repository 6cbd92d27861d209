import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissNotice, holdNotices, noticeDurations, noticeState as snapshot, notify } from './notices';

const shown = () => snapshot().notices.map((notice) => notice.message);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  for (const notice of snapshot().notices) dismissNotice(notice.id);
  vi.useRealTimers();
});

describe('notices', () => {
  it('leave by themselves', () => {
    notify('Saved.');
    expect(shown()).toEqual(['Saved.']);
    vi.advanceTimersByTime(noticeDurations.info + 10);
    expect(shown()).toEqual([]);
  });

  it('show one of a kind at a time: a new one takes the place of the old', () => {
    notify(`The talk's clock started with your first line.`, 'info', undefined, { kind: 'clock-started' });
    notify(`The talk's clock started with your first line.`, 'info', undefined, { kind: 'clock-started' });
    notify('Copied 2 items.');
    notify('Copied 2 items.');
    expect(shown()).toEqual([`The talk's clock started with your first line.`, 'Copied 2 items.']);
  });

  it('stay while hovered or focused, and leave after their remaining time', () => {
    notify('Deleted “Talk”.', 'info', { label: 'Undo', run: () => undefined });
    vi.advanceTimersByTime(noticeDurations.action - 2000);
    const release = holdNotices('hover');
    vi.advanceTimersByTime(60_000);
    expect(shown()).toEqual(['Deleted “Talk”.']);
    release();
    vi.advanceTimersByTime(1500);
    expect(shown()).toEqual(['Deleted “Talk”.']);
    vi.advanceTimersByTime(600);
    expect(shown()).toEqual([]);
  });

  it('wait hidden behind an open dialog, then show', () => {
    const release = holdNotices('dialog');
    notify('The archive folder is not writable.', 'error');
    expect(snapshot().hidden).toBe(true);
    vi.advanceTimersByTime(noticeDurations.error * 2);
    expect(shown()).toEqual(['The archive folder is not writable.']);
    release();
    expect(snapshot().hidden).toBe(false);
    vi.advanceTimersByTime(noticeDurations.error + 10);
    expect(shown()).toEqual([]);
  });

  it('never stack up more than three', () => {
    for (const message of ['one', 'two', 'three', 'four']) notify(message);
    expect(shown()).toEqual(['two', 'three', 'four']);
  });
});
