import { describe, expect, it } from 'vitest';
import { deriveActionItems } from '../actions/derive';
import { markExplicitItems } from './explicitItems';
import { planImport } from './plan';

const context = { timeZone: 'Europe/Berlin', referenceTime: Date.parse('2026-05-04T09:00:00Z') };

async function importedItems(markdown: string, name = 'notes.md') {
  const plan = await planImport(markdown, name, { conferenceName: 'Testconf', timeZone: 'Europe/Berlin', date: '2026-05-04' });
  return plan.sessions.flatMap((session) => deriveActionItems('s1', 'c1', session.document, context));
}

describe('explicit items on import', () => {
  it('turns marked lines and bullets into action items with ids, the marker dropped', async () => {
    const items = await importedItems(
      [
        '# Storage talk',
        '',
        'TODO: ask the organisers for the slides',
        '',
        'TODO book the workshop room',
        '',
        '- TODO: compare the two queue libraries',
        '* [ ] port the benchmark to our cluster',
        '',
        '[] renew the conference badge',
        '',
        'Action: send the notes to the platform team',
        '',
        'AI: draft a proposal for the storage budget',
        '',
        '[x] bought the book',
      ].join('\n'),
    );
    const explicit = items.filter((item) => item.source === 'explicit');
    expect(explicit.map((item) => item.text)).toEqual([
      'ask the organisers for the slides',
      'book the workshop room',
      'compare the two queue libraries',
      'port the benchmark to our cluster',
      'renew the conference badge',
      'send the notes to the platform team',
      'draft a proposal for the storage budget',
      'bought the book',
    ]);
    expect(explicit.at(-1)?.done).toBe(true);
    // Ids were given at import and are kept in the document, not made up from the text on each read.
    for (const item of explicit) expect(item.id).not.toMatch(/^u-/);
  });

  it('makes every list item under a to-do heading of any level or style an action item', async () => {
    const items = await importedItems(
      [
        '# Caching in practice',
        '',
        'Cache keys were versioned by deploy.',
        '',
        '### Things to Google / Read',
        '',
        '- stale-while-revalidate semantics',
        '- the varnish book',
        '  - its chapter on purging',
        '',
        'Next steps',
        '----------',
        '',
        '1. measure our hit ratio',
        '2. Who owns the CDN config?',
        '',
        '## Sessions after lunch',
        '',
        '- keynote on observability',
      ].join('\n'),
    );
    const explicit = items.filter((item) => item.source === 'explicit').map((item) => item.text);
    expect(explicit).toEqual(['stale-while-revalidate semantics', 'the varnish book', 'its chapter on purging', 'measure our hit ratio']);
    expect(items.map((item) => item.text)).not.toContain('keynote on observability');
  });

  it('leaves quotes, code and ordinary headings alone', () => {
    const lines = ['## Next steps for the project', '', '- ship the beta', '', '> TODO: the speaker’s slide', '', '```', 'TODO: in code', '```'];
    expect(markExplicitItems(lines)).toEqual(lines);
  });
});
