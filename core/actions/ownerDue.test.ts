import { describe, expect, it } from 'vitest';
import { parseOwnerDue } from './ownerDue';

// Wednesday 2026-11-25 23:30 UTC: still Wednesday in Los Angeles, already Thursday in Tokyo.
const reference = Date.parse('2026-11-25T23:30:00Z');
const la = { timeZone: 'America/Los_Angeles', reference };
const tokyo = { timeZone: 'Asia/Tokyo', reference };

describe('parseOwnerDue', () => {
  it('defaults the owner to me and the due date to none', () => {
    expect(parseOwnerDue('Try out celery', la)).toEqual({ owner: 'me', due: null, spans: [] });
  });

  it('reads an @owner and shows it as a chip', () => {
    const text = 'Send slides to @marco.';
    const result = parseOwnerDue(text, la);
    expect(result.owner).toBe('marco');
    expect(result.spans).toEqual([{ kind: 'owner', start: 15, end: 21, text: '@marco' }]);
    expect(text.slice(15, 21)).toBe('@marco');
  });

  it('does not take an email address for an owner', () => {
    expect(parseOwnerDue('Mail bob@example.com about it', la).owner).toBe('me');
  });

  it('reads due:YYYY-MM-DD and rejects impossible days', () => {
    const result = parseOwnerDue('Send slides due:2026-12-01 @ana', la);
    expect(result).toMatchObject({ owner: 'ana', due: '2026-12-01' });
    expect(result.spans.map((span) => span.text)).toEqual(['due:2026-12-01', '@ana']);
    expect(parseOwnerDue('Send slides due:2026-02-30', la).due).toBeNull();
  });

  it('resolves "tomorrow" in the conference time zone', () => {
    expect(parseOwnerDue('email Bob tomorrow', la).due).toBe('2026-11-26');
    expect(parseOwnerDue('email Bob tomorrow', tokyo).due).toBe('2026-11-27');
    expect(parseOwnerDue('email Bob today', tokyo).due).toBe('2026-11-26');
  });

  it('reads "by Friday", "next week", "on Dec 3" and shows the cue word in the chip', () => {
    const friday = parseOwnerDue('Watch the video by Friday', la);
    expect(friday.due).toBe('2026-11-27');
    expect(friday.spans).toEqual([{ kind: 'due', start: 16, end: 25, text: 'by Friday' }]);
    expect(parseOwnerDue('Try uv next week', la).due).toBe('2026-12-02');
    expect(parseOwnerDue('Submit the CFP on Dec 3', la).due).toBe('2026-12-03');
    expect(parseOwnerDue('Read the paper in 2 weeks', la).due).toBe('2026-12-09');
  });

  it('ignores bare times, past days and numbers that are not days', () => {
    expect(parseOwnerDue('Meet at the booth at 5pm', la).due).toBeNull();
    expect(parseOwnerDue('Watch the talk I missed last Friday', la).due).toBeNull();
    expect(parseOwnerDue('Try Python 3.13 on the CI box', la).due).toBeNull();
    expect(parseOwnerDue('I may try the 90s approach', la).due).toBeNull();
  });

  it('prefers an explicit due: over words', () => {
    expect(parseOwnerDue('Call Ana tomorrow due:2027-01-05', la).due).toBe('2027-01-05');
  });
});
