import { describe, expect, it } from 'vitest';
import labeled from '../../tests/fixtures/actions/labeled-lines.json';
import { matchActionMarker } from './markers';
import { isActionHeading, suggestFollowUp, type LineContext } from './suggest';

interface LabeledLine {
  text: string;
  heading: string | null;
  block: LineContext['block'];
  label: boolean;
  source: string;
  split: 'tuning' | 'heldout';
}

const lines = labeled.lines as LabeledLine[];

function score(set: readonly LabeledLine[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const errors: string[] = [];
  for (const line of set) {
    const found = suggestFollowUp(line.text, { heading: line.heading, block: line.block }) !== null;
    if (found && line.label) truePositives += 1;
    if (found && !line.label) {
      falsePositives += 1;
      errors.push(`false positive: ${line.text}`);
    }
    if (!found && line.label) {
      falseNegatives += 1;
      errors.push(`missed: ${line.text}`);
    }
  }
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + falseNegatives);
  return { lines: set.length, positives: truePositives + falseNegatives, truePositives, falsePositives, falseNegatives, precision, recall, errors };
}

function report(name: string, result: ReturnType<typeof score>): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  return `${name}: ${result.lines} lines (${result.positives} follow-ups) precision ${pct(result.precision)} recall ${pct(result.recall)} (tp ${result.truePositives}, fp ${result.falsePositives}, fn ${result.falseNegatives})`;
}

describe('follow-up suggestions on the labeled set', () => {
  it('has at least 150 lines with positives and hard negatives from the examples', () => {
    expect(lines.length).toBeGreaterThanOrEqual(150);
    expect(lines.filter((line) => line.label).length).toBeGreaterThanOrEqual(50);
    expect(lines.filter((line) => !line.label && line.source !== 'written').length).toBeGreaterThanOrEqual(50);
  });

  it('reaches precision ≥ 0.85 and recall ≥ 0.8', () => {
    const all = score(lines);
    const tuning = score(lines.filter((line) => line.split === 'tuning'));
    const heldout = score(lines.filter((line) => line.split === 'heldout'));
    console.log([report('all', all), report('tuning', tuning), report('held out', heldout), ...all.errors.map((e) => `  ${e}`)].join('\n'));
    expect(all.precision).toBeGreaterThanOrEqual(0.85);
    expect(all.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('finds every explicitly marked line', () => {
    const explicit = labeled.explicit as string[];
    const missed = explicit.filter((line) => matchActionMarker(line) === null || suggestFollowUp(line, { heading: null, block: 'paragraph' }) === null);
    console.log(`explicit markers: ${explicit.length - missed.length}/${explicit.length} found`);
    expect(missed).toEqual([]);
  });

  it('explains each suggestion', () => {
    expect(suggestFollowUp("scrapyd is a daemon you can throw scrapy projects at. I'll try that out later.", { heading: null, block: 'paragraph' })).toEqual({
      rule: 'first-person',
      reason: 'first-person plan: "I\'ll try that"',
    });
    expect(suggestFollowUp('Try out celery', { heading: 'Actions for me', block: 'listitem' })).toEqual({
      rule: 'todo-heading',
      reason: 'listed under "Actions for me"',
    });
  });

  it('never suggests a quote block or a question', () => {
    expect(suggestFollowUp('I need to watch this', { heading: null, block: 'quote' })).toBeNull();
    expect(suggestFollowUp('Should I try Rust?', { heading: 'To do', block: 'listitem' })).toBeNull();
  });

  it('recognises headings that announce things to do', () => {
    for (const heading of ['Actions for me', 'Next steps', 'To do', 'TODO', 'Follow-ups', 'Follow ups', 'Action items', 'Homework']) {
      expect(isActionHeading(heading), heading).toBe(true);
    }
    for (const heading of ['Key takeaways', 'Recommendations', 'Roadmap', 'Summary', 'Interesting Quotes', 'More Reads']) {
      expect(isActionHeading(heading), heading).toBe(false);
    }
  });
});
