import os from 'node:os';
import { defaultArchiveDir } from '../services/paths';
import { program } from './program';
import { runCli } from './run';

const exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    defaultArchiveDir: defaultArchiveDir({ platform: process.platform, env: process.env, homedir: os.homedir() }),
  },
  program,
);
process.exitCode = exitCode;
