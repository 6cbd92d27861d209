import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, defaultArchiveDir, userDataDir } from './paths';

describe('defaultArchiveDir', () => {
  it('follows Electron on Linux, honouring XDG_CONFIG_HOME', () => {
    expect(defaultArchiveDir({ platform: 'linux', env: {}, homedir: '/home/ada' })).toBe('/home/ada/.config/Plenary/archive');
    expect(defaultArchiveDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/config' }, homedir: '/home/ada' })).toBe(
      '/data/config/Plenary/archive',
    );
    // A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
    expect(appDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'config' }, homedir: '/home/ada' })).toBe('/home/ada/.config');
  });

  it('follows Electron on macOS', () => {
    expect(defaultArchiveDir({ platform: 'darwin', env: {}, homedir: '/Users/ada' })).toBe(
      '/Users/ada/Library/Application Support/Plenary/archive',
    );
  });

  it('follows Electron on Windows', () => {
    expect(defaultArchiveDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, homedir: 'C:\\Users\\ada' })).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Plenary\\archive',
    );
    expect(userDataDir({ platform: 'win32', env: {}, homedir: 'C:\\Users\\ada' })).toBe('C:\\Users\\ada\\AppData\\Roaming\\Plenary');
  });

  it('uses PLENARY_ARCHIVE_DIR when set, made absolute', () => {
    expect(defaultArchiveDir({ platform: 'linux', env: { PLENARY_ARCHIVE_DIR: '/tmp/notes' }, homedir: '/home/ada' })).toBe('/tmp/notes');
    expect(defaultArchiveDir({ platform: 'linux', env: { PLENARY_ARCHIVE_DIR: 'notes' }, homedir: '/home/ada' })).toBe(path.resolve('notes'));
    expect(defaultArchiveDir({ platform: 'linux', env: { PLENARY_ARCHIVE_DIR: '' }, homedir: '/home/ada' })).toBe('/home/ada/.config/Plenary/archive');
  });
});
