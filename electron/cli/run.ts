import path from 'node:path';
import type { CliCommand, CliIO } from './cliCommand';

export interface CliProgram {
  version: string;
  commands: readonly CliCommand[];
}

const helpFlags = new Set(['-h', '--help']);
const versionFlags = new Set(['-v', '--version']);

function overview({ commands }: CliProgram, archiveDir: string): string {
  const width = Math.max(8, ...commands.map((command) => command.name.length));
  const list = commands.length
    ? commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')
    : '  (none yet)';
  return [
    'Usage: plenary [--archive DIR] <command> [arguments]',
    '',
    'Works on the same archive of conferences and sessions as the Plenary app.',
    '',
    'Commands:',
    list,
    '',
    'Options:',
    '  --archive DIR   use this archive folder',
    '  -h, --help      show this help, or a command\'s with `plenary <command> --help`',
    '  -v, --version   show the version',
    '',
    `Archive: ${archiveDir}`,
    '  (PLENARY_ARCHIVE_DIR or --archive chooses another folder)',
    '',
  ].join('\n');
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Whether `args` asks for help before any `--` separator. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => helpFlags.has(arg));
}

/**
 * `plenary [--archive DIR] <command> [arguments]`. Returns the exit code:
 * 0 success, 1 failure, 2 usage error.
 */
export async function runCli(argv: readonly string[], io: CliIO, program: CliProgram): Promise<number> {
  const args = [...argv];
  let archiveDir = io.defaultArchiveDir;

  while (args[0]?.startsWith('-')) {
    const option = args.shift() as string;
    if (helpFlags.has(option)) {
      io.stdout(overview(program, archiveDir));
      return 0;
    }
    if (versionFlags.has(option)) {
      io.stdout(`plenary ${program.version}\n`);
      return 0;
    }
    if (option === '--archive' || option.startsWith('--archive=')) {
      const value = option === '--archive' ? args.shift() : option.slice('--archive='.length);
      if (!value) {
        io.stderr('plenary: --archive needs a folder\n');
        return 2;
      }
      archiveDir = path.resolve(value);
      continue;
    }
    io.stderr(`plenary: unknown option ${option}\n\n${overview(program, archiveDir)}`);
    return 2;
  }

  const name = args.shift();
  if (name === undefined) {
    io.stderr(overview(program, archiveDir));
    return 2;
  }
  if (name === 'help') {
    const topic = args[0] && program.commands.find((command) => command.name === args[0]);
    io.stdout(topic ? withNewline(topic.usage) : overview(program, archiveDir));
    return 0;
  }

  const command = program.commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`plenary: unknown command '${name}'\n\n${overview(program, archiveDir)}`);
    return 2;
  }
  if (asksForHelp(args)) {
    io.stdout(withNewline(command.usage));
    return 0;
  }
  try {
    return await command.run(args, { ...io, defaultArchiveDir: archiveDir });
  } catch (error) {
    io.stderr(`plenary ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
