import { describe, expect, it } from 'vitest';
import { coverageText, statusText } from './SearchScreen';

describe('what the search status says while the saved index loads', () => {
  it('names the sessions searched so far and the years still opening, and nothing once all are in', () => {
    expect(coverageText({ loadedPieces: 3, totalPieces: 6, sessions: 4200, pending: ['2012', '2011', '2010'] })).toBe('so far from 4,200 sessions; still opening 2010–2012…');
    expect(coverageText({ loadedPieces: 5, totalPieces: 6, sessions: 9000, pending: ['2010'] })).toBe('so far from 9,000 sessions; still opening 2010…');
    expect(coverageText({ loadedPieces: 1, totalPieces: 2, sessions: 10, pending: ['undated'] })).toBe('so far from 10 sessions; still opening undated sessions…');
    expect(coverageText({ loadedPieces: 6, totalPieces: 6, sessions: 12000, pending: [] })).toBeNull();
    expect(coverageText(null)).toBeNull();
  });

  it('shows results from the pieces in while the index still opens, and says it is opening before any is in', () => {
    const partial = { loadedPieces: 2, totalPieces: 17, sessions: 1200, pending: ['2024', '2010'] };
    expect(statusText(3, 'python', 'python', 'loading', partial)).toBe('3 results so far from 1,200 sessions; still opening 2010–2024…');
    expect(statusText(0, 'python', 'python', 'loading', { ...partial, loadedPieces: 0, sessions: 0 })).toBe('Opening the search index…');
    expect(statusText(3, 'python', 'python', 'ready', { ...partial, loadedPieces: 17, pending: [] })).toBe('3 results');
  });
});
