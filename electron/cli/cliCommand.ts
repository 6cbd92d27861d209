/**
 * One subcommand of the `plenary` command line. Each lives in
 * electron/cli/commands/<name>.ts and runs the same services as the app,
 * under plain Node.
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** PLENARY_ARCHIVE_DIR or the platform's default archive folder; `--archive DIR` overrides it. */
  defaultArchiveDir: string;
}

export interface CliCommand {
  name: string;
  /** One line for `plenary --help`. */
  summary: string;
  /** Usage text printed by `plenary <name> --help` and on a usage error. */
  usage: string;
  /** Returns the process exit code: 0 success, 1 failure, 2 usage error. */
  run(args: string[], io: CliIO): Promise<number>;
}
