export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** resolves to the exit code; throws GeokgError for user errors */
  run(argv: string[], io: CliIo): Promise<number>;
}
