import { version } from '../../package.json';
import type { CliCommand } from './cliCommand';
import { command as actionsCommand } from './commands/actions';
import { command as importCommand } from './commands/import';
import { command as scheduleCommand } from './commands/schedule';
import { command as searchCommand } from './commands/search';
import { command as exportCommand } from './commands/export';
import type { CliProgram } from './run';

/**
 * Every subcommand, in the order `plenary --help` lists them. A new one lives
 * in ./commands/<name>.ts, exports `command`, and is imported and added here:
 *
 *   import { command as exportCommand } from './commands/export';
 *   ...
 *   const commands = [exportCommand];
 */
const commands: CliCommand[] = [actionsCommand, exportCommand, importCommand, scheduleCommand, searchCommand];

export const program: CliProgram = { version, commands };
