import type { Writable } from 'node:stream';

export interface CliIo {
  stdout: (s: string) => void;
  /** stdout as a stream, for large outputs (backpressure); without it, output goes through stdout() */
  stdoutStream?: Writable;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  /** the one-line summary lives in the command table (commands/index.ts), so `--help` loads no command */
  summary?: string;
  usage: string;
  /** resolves to the exit code; throws GeokgError for user errors */
  run(argv: string[], io: CliIo): Promise<number>;
}

/** A row of the command table: what `geokg --help` lists, and how to load the command when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}
