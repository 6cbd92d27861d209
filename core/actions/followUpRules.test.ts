import { describe, expect, it } from 'vitest';
import { clauses, ownWords } from './sentences';
import { suggestFollowUp, type LineContext } from './suggest';
import { isTodoHeading, isTodoListItem } from './todoHeadings';

// Each rule on sentences written for these tests (not taken from anyone's notes).
const paragraph: LineContext = { heading: null, block: 'paragraph' };
const bullet: LineContext = { heading: 'Storage engines', block: 'listitem' };

function reasonOf(text: string, context: LineContext = paragraph): string | null {
  return suggestFollowUp(text, context)?.reason ?? null;
}

describe('notes to self with verbs of looking things up', () => {
  it.each([
    ['research LSM compaction strategies', 'note to self: research'],
    ['look into RocksDB column families', 'note to self: look into'],
    ['Read up on [write amplification](https://example.org/wa)', 'note to self: read up on'],
    ['check out the Jepsen reports', 'note to self: check out'],
    ['look at BlueStore for the object store', 'note to self: look at'],
    ['maybe try FoundationDB for the queue', 'note to self: try'],
    ['Sharding by tenant (search for Vitess on the blog)', 'note to self: search for'],
  ])('%s', (text, reason) => {
    expect(reasonOf(text, bullet)).toBe(reason);
  });

  it('needs a particular thing after a broad verb: the speaker’s general advice is not a note', () => {
    expect(reasonOf('read the code of your dependencies', bullet)).toBeNull();
    expect(reasonOf('try different settings until the latency drops', bullet)).toBeNull();
    expect(reasonOf('test for an empty response', bullet)).toBeNull();
    expect(reasonOf('look at a table as a log of changes', bullet)).toBeNull();
  });

  it('does not take a noun phrase that starts with the same word for a note', () => {
    expect(reasonOf('Research Data Management is a job of its own here.', paragraph)).toBeNull();
  });
});

describe('first-person and team plans', () => {
  it.each([
    ['I will ask our DBA to try the new planner.', 'first-person plan: "I will ask our"'],
    ['The demo crashed twice, maybe we should pin the driver version.', 'first-person plan: "we should pin the"'],
    ['We can (and maybe should) move the cron jobs to the scheduler.', 'first-person plan: "We can and maybe should move the"'],
    ['I might try to port the parser this winter.', 'first-person plan: "I might try to"'],
  ])('%s', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });

  it('finds the one plan in a paragraph of reported facts', () => {
    const text =
      'The speaker runs forty clusters on bare metal. Their failover takes under a minute. We should copy their runbook format for our on-call. They open-sourced the tooling last year.';
    expect(reasonOf(text)).toBe('first-person plan: "We should copy their"');
  });
});

describe('reading put off and judgements tied to our own use', () => {
  it.each([
    ['The tracing UI is worth a closer look.', 'put off for later: worth a look ("worth a closer look")'],
    ['Schema registries: needs further investigation', 'put off for later: needs more research ("needs further investigation")'],
    ['Column-level lineage would be useful for our audit reports.', 'for our own use: "useful for our"'],
    ['I can see us using this for the nightly exports', 'for our own use: "see us using"'],
    ['A shared cache could probably cut our build times in half.', 'for our own use: "could probably cut our build"'],
  ])('%s', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });

  it('passes over a judgement turned down', () => {
    expect(reasonOf('I am not sure the keynote was relevant for us.')).toBeNull();
    expect(reasonOf('Probably not worth a look for a team our size.')).toBeNull();
  });
});

describe('someone else’s words', () => {
  it.each([
    'In this talk, I will show you how we cut our cloud bill.',
    'She said we should all rotate our keys monthly.',
    'You need to measure before you tune anything.',
    'Could we use the new planner for the reports?',
    'For example, we will store the offsets in Redis.',
    'If we ever migrate, we need to freeze the schema first.',
    'Q&A: we will publish the benchmark scripts next month.',
    'Dana Reyes: we will ship the plugin in the spring.',
    'We already started moving the dashboards last quarter.',
  ])('%s', (text) => {
    expect(reasonOf(text)).toBeNull();
  });

  it('keeps a topic label before a note to self', () => {
    expect(reasonOf('Caching: research stale-while-revalidate', bullet)).toBe('note to self: research');
  });
});

describe('to-do headings', () => {
  it('counts only headings that as a whole name a list of to-dos', () => {
    for (const heading of ['Actions for me', 'Things to Google / Read', 'Next steps', 'To do', 'Follow-ups', 'To read', 'To watch', '3. Things to try:', 'Reading list', 'My action items']) {
      expect(isTodoHeading(heading), heading).toBe(true);
    }
    for (const heading of ['Next steps for the Rust compiler', 'GitHub Actions', 'Why to-do apps fail', 'Storage engines', 'Takeaways', 'Reading the query plan']) {
      expect(isTodoHeading(heading), heading).toBe(false);
    }
  });

  it('lists every bullet under a to-do heading, and no line under an ordinary heading because of it', () => {
    expect(suggestFollowUp('the chapter on B-trees', { heading: 'To read', block: 'listitem' })).toEqual({
      rule: 'todo-heading',
      reason: 'listed under "To read"',
    });
    expect(suggestFollowUp('the chapter on B-trees', { heading: 'Storage engines', block: 'listitem' })).toBeNull();
    expect(suggestFollowUp('Build the demo again', { heading: 'Next steps for Kubernetes', block: 'listitem' })).toBeNull();
    // A paragraph under a to-do heading is not one of its list items.
    expect(suggestFollowUp('These came up over lunch.', { heading: 'Next steps', block: 'paragraph' })).toBeNull();
  });

  it('leaves out questions and other people’s plans listed under one', () => {
    expect(isTodoListItem('Who maintains the Helm chart?')).toBe(false);
    expect(isTodoListItem('Postgres 18 will add async I/O')).toBe(false);
    expect(isTodoListItem('migrate the staging cluster')).toBe(true);
  });
});

describe('sentences and clauses', () => {
  it('splits a paragraph into sentences and clauses, asides and labels kept apart', () => {
    expect(clauses(ownWords('Speaker uses Nix (check the flake later). Deploys: we will try it - maybe.')).map((clause) => [clause.text, clause.aside, clause.label])).toEqual([
      ['Speaker uses Nix.', false, null],
      ['check the flake later', true, null],
      ['Deploys', false, null],
      ['we will try it', false, 'Deploys'],
      ['maybe.', false, 'Deploys'],
    ]);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(clauses('Tools, e.g. Bazel, are slow to adopt.').map((clause) => clause.text)).toEqual(['Tools, e.g. Bazel, are slow to adopt.']);
  });
});
