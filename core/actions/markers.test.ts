import { describe, expect, it } from 'vitest';
import { isBareMarker, matchActionMarker } from './markers';

describe('matchActionMarker', () => {
  it.each([
    ['[] email Ana', 'checkbox', 'email Ana', false],
    ['[ ] email Ana', 'checkbox', 'email Ana', false],
    ['- [ ] email Ana', 'checkbox', 'email Ana', false],
    ['[x] thanked Kenneth', 'checkbox', 'thanked Kenneth', true],
    ['TODO try out celery', 'todo', 'try out celery', false],
    ['TODO: try out celery', 'todo', 'try out celery', false],
    ['TODO:try out celery', 'todo', 'try out celery', false],
    ['todo: read the Raft paper', 'todo', 'read the Raft paper', false],
    ['Todo - ask about the grant', 'todo', 'ask about the grant', false],
    ['To-do: book a table', 'todo', 'book a table', false],
    ['Action: send slides', 'action', 'send slides', false],
    ['ACTION: send slides', 'action', 'send slides', false],
    ['action item: book the train', 'action', 'book the train', false],
    ['  TODO  spaced out  ', 'todo', 'spaced out', false],
  ])('%s', (line, kind, text, checked) => {
    expect(matchActionMarker(line)).toMatchObject({ kind, text, checked });
  });

  it.each([
    'Todo list apps are everywhere',
    'todo later',
    'Todoist integrates with everything',
    'Actionable metrics matter',
    'Action items were discussed',
    'The TODO comments in their code base',
    '[link](http://example.com)',
    '[]',
    'TODO:',
    'Action:   ',
  ])('is not a marker: %s', (line) => {
    expect(matchActionMarker(line)).toBeNull();
  });

  it('reports the length of the marker so the editor can remove it', () => {
    const line = 'TODO: call Ana';
    const marker = matchActionMarker(line);
    expect(line.slice(marker?.length)).toBe('call Ana');
  });
});

describe('isBareMarker', () => {
  it.each(['[] ', '[ ] ', '[x] ', 'TODO ', 'TODO: ', 'todo: ', 'Action: ', 'action item: '])('"%s" converts at once', (text) => {
    expect(isBareMarker(text)).toBe(true);
  });
  it.each(['todo ', 'Todo ', '[]', 'TOD', 'Action', 'Action:', 'Actions: ', 'TODO: x'])('"%s" does not', (text) => {
    expect(isBareMarker(text)).toBe(false);
  });
});
