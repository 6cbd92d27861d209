import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliCommand, CliIO } from './cliCommand';
import { runCli, type CliProgram } from './run';

/** A real subcommand for these tests: writes what it was given. */
const echo: CliCommand = {
  name: 'echo',
  summary: 'Print the arguments and the archive folder',
  usage: 'Usage: plenary echo [words...]',
  async run(args, io) {
    io.stdout(`${args.join(' ')} @ ${io.defaultArchiveDir}\n`);
    return args.includes('fail') ? 1 : 0;
  },
};

const broken: CliCommand = {
  name: 'broken',
  summary: 'Always throws',
  usage: 'Usage: plenary broken',
  async run() {
    throw new Error('the disk is on fire');
  },
};

const program: CliProgram = { version: '1.2.3', commands: [echo, broken] };

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), defaultArchiveDir: '/archive' };
  const code = await runCli(argv, io, program);
  return { code, stdout, stderr };
}

describe('runCli', () => {
  it('lists the commands with --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: plenary');
    expect(stdout).toMatch(/echo\s+Print the arguments/);
    expect(stdout).toContain('Archive: /archive');
  });

  it('prints the version', async () => {
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: 'plenary 1.2.3\n' });
    expect(await run(['-v'])).toMatchObject({ code: 0, stdout: 'plenary 1.2.3\n' });
  });

  it('runs a command with its arguments and the archive folder', async () => {
    expect(await run(['echo', 'a', 'b'])).toMatchObject({ code: 0, stdout: 'a b @ /archive\n' });
    expect(await run(['echo', 'fail'])).toMatchObject({ code: 1 });
  });

  it('takes --archive before the command', async () => {
    expect((await run(['--archive', '/elsewhere', 'echo'])).stdout).toBe(' @ /elsewhere\n');
    expect((await run(['--archive=rel', 'echo'])).stdout).toBe(` @ ${path.resolve('rel')}\n`);
    expect(await run(['--archive'])).toMatchObject({ code: 2 });
  });

  it('shows a command its usage with --help, but not after --', async () => {
    expect(await run(['echo', '--help'])).toMatchObject({ code: 0, stdout: 'Usage: plenary echo [words...]\n' });
    expect(await run(['help', 'echo'])).toMatchObject({ code: 0, stdout: 'Usage: plenary echo [words...]\n' });
    expect((await run(['echo', '--', '--help'])).stdout).toBe('-- --help @ /archive\n');
  });

  it('exits 2 on an unknown command or option, or none at all', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    expect((await run(['--frob'])).code).toBe(2);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Commands:');
  });

  it('reports a failing command and exits 1', async () => {
    expect(await run(['broken'])).toMatchObject({ code: 1, stderr: 'plenary broken: the disk is on fire\n' });
  });
});
