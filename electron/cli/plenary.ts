import os from 'node:os';
import { version } from '../../package.json';
import { defaultArchiveDir } from '../services/paths';
import type { CliCommand } from './cliCommand';
import { command as actionsCommand } from './commands/actions';
import { command as importCommand } from './commands/import';
import { command as scheduleCommand } from './commands/schedule';
import { command as searchCommand } from './commands/search';
import { command as exportCommand } from './commands/export';
import { runCli } from './run';

/**
 * Every subcommand, in the order `plenary --help` lists them. A new one lives
 * in ./commands/<name>.ts, exports `command`, and is imported and added here:
 *
 *   import { command as exportCommand } from './commands/export';
 *   ...
 *   const commands = [exportCommand];
 */
const commands: CliCommand[] = [actionsCommand, exportCommand, importCommand, scheduleCommand, searchCommand];

const exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    defaultArchiveDir: defaultArchiveDir({ platform: process.platform, env: process.env, homedir: os.homedir() }),
  },
  { version, commands },
);
process.exitCode = exitCode;
