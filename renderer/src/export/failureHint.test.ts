import { describe, expect, it } from 'vitest';
import { BridgeError } from '../bridge/plenary';
import { describeExportFailure } from './failureHint';

describe('export failures', () => {
  it('keep the message and add a next step that fits the cause', () => {
    const denied = new BridgeError({ code: 'failed', message: "Could not export the posts: EACCES: permission denied, mkdir '/srv/site/_posts'" });
    expect(describeExportFailure(denied)).toEqual({ message: denied.message, hint: expect.stringContaining('may not write there') });
    expect(describeExportFailure(new Error('ENOSPC: no space left on device')).hint).toMatch(/disk is full/);
    expect(describeExportFailure(new Error("ENOTDIR: not a directory, open '/a/file/_posts/x.md'")).hint).toMatch(/not a file/);
    expect(describeExportFailure(new BridgeError({ code: 'no-bridge', message: 'Plenary could not reach its main process.' })).hint).toMatch(/Restart/);
    expect(describeExportFailure('something odd').hint).toMatch(/choose another folder/);
    // Main names disk failures by kind, in plain words.
    const inTheWay = new BridgeError({ code: 'in-the-way', message: 'Could not plan the export: a file is in the way of a folder Plenary needs. Move that file away, then try again.' });
    expect(describeExportFailure(inTheWay).hint).toMatch(/Choose a folder, not a file/);
    expect(describeExportFailure(new BridgeError({ code: 'disk-full', message: 'Could not export the posts: the disk is full.' })).hint).toMatch(/disk is full/);
    expect(describeExportFailure(new Error('Still saving'), 'Wait a moment.')).toEqual({ message: 'Still saving', hint: 'Wait a moment.' });
  });
});
