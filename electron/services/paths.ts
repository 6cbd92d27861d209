import path from 'node:path';

/** The product name Electron derives the data folder from (package.json "productName"). */
export const PRODUCT_NAME = 'Plenary';

export interface PlatformContext {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
}

/**
 * Electron's `app.getPath('appData')` under plain Node: %APPDATA% on Windows,
 * ~/Library/Application Support on macOS, $XDG_CONFIG_HOME or ~/.config
 * elsewhere.
 */
export function appDataDir({ platform, env, homedir }: PlatformContext): string {
  if (platform === 'win32') return env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support');
  const xdg = env.XDG_CONFIG_HOME;
  return xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homedir, '.config');
}

/** Electron's `app.getPath('userData')` for Plenary. */
export function userDataDir(context: PlatformContext): string {
  const join = context.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataDir(context), PRODUCT_NAME);
}

/**
 * The archive folder the app and the command line share:
 * PLENARY_ARCHIVE_DIR when set, else `<userData>/archive`, the same folder
 * main computes with app.getPath('userData').
 */
export function defaultArchiveDir(context: PlatformContext): string {
  const override = context.env.PLENARY_ARCHIVE_DIR;
  if (override) return path.resolve(override);
  const join = context.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(userDataDir(context), 'archive');
}
