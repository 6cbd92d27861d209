import path from 'node:path';
import { isValidTimeZone } from '../../core/time/zones';

/** Where imported records go: the options `plenary import` and `plenary schedule import` share. */
export interface PlaceOptions {
  archiveDir: string;
  conference: string | null;
  timeZone: string | null;
}

/** The value of `--name value` (taken from `rest`) or `--name=value`. */
export function optionValue(arg: string, name: string, rest: string[]): string | undefined {
  return arg === name ? rest.shift() : arg.slice(name.length + 1);
}

const named = (arg: string, name: string) => arg === name || arg.startsWith(`${name}=`);

/**
 * Reads `--archive`, `--conference` or `--tz` into `options`: true when `arg`
 * was one of them, false when it was not, or the message for a bad value.
 */
export function readPlaceOption(arg: string, rest: string[], options: PlaceOptions): boolean | string {
  if (named(arg, '--archive')) {
    const dir = optionValue(arg, '--archive', rest);
    if (!dir) return '--archive needs a folder';
    options.archiveDir = path.resolve(dir);
  } else if (named(arg, '--conference')) {
    const name = optionValue(arg, '--conference', rest)?.trim();
    if (!name) return '--conference needs a name';
    options.conference = name;
  } else if (named(arg, '--tz')) {
    const zone = optionValue(arg, '--tz', rest);
    if (!zone || !isValidTimeZone(zone)) return `--tz needs an IANA time zone such as Europe/Berlin${zone ? ` (not ${zone})` : ''}`;
    options.timeZone = zone;
  } else {
    return false;
  }
  return true;
}
