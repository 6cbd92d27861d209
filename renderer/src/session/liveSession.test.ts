import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../core/model/settings';
import { endOfLeftOpenTalk, LEFT_OPEN_AFTER_MS, liveState, shouldStampNow } from './liveSession';

const hour = 60 * 60 * 1000;
const start = Date.UTC(2013, 2, 15, 17, 55);

describe('a talk is live only while it is going on', () => {
  it('an imported talk from 2013 with a start and no end has ended at its last stamp', () => {
    const session = { actualStart: start };
    const end = endOfLeftOpenTalk(session, start + 40 * 60 * 1000, Date.UTC(2026, 11, 8));
    expect(end).toBe(start + 40 * 60 * 1000);
    expect(liveState({ ...session, actualEnd: end ?? undefined })).toBe('ended');
  });

  it('a talk with only its start ends there', () => {
    expect(endOfLeftOpenTalk({ actualStart: start }, null, start + LEFT_OPEN_AFTER_MS)).toBe(start);
  });

  it('a talk being written in is still live', () => {
    expect(endOfLeftOpenTalk({ actualStart: start }, start + 2 * hour, start + 2.5 * hour)).toBeNull();
    expect(liveState({ actualStart: start })).toBe('live');
  });

  it('a talk that has its end keeps it', () => {
    expect(endOfLeftOpenTalk({ actualStart: start, actualEnd: start + hour }, start + 5 * hour, start + 100 * hour)).toBeNull();
  });

  it('lines typed into a past talk are stamped only when the setting says so', () => {
    const past = { actualStart: start, actualEnd: start + hour };
    expect(shouldStampNow(past, { ...defaultSettings, stampWhenNotLive: false }, true)).toBe(false);
    expect(shouldStampNow({}, defaultSettings, true)).toBe(true);
  });
});
