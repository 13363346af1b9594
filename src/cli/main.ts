import { COMMANDS } from './commands/index.ts';
import { isGeokgError } from '../util/errors.ts';
import type { CliIo } from './types.ts';

const HELP = () => `geokg: a knowledge graph of who did what to whom in geopolitical news

Usage: geokg <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join('\n')}

Run geokg <command> --help for a command's options.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${HELP()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout('geokg 0.1.0\n');
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`geokg: unknown command "${name}"; commands are ${COMMANDS.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (e) {
    if (isGeokgError(e) && !debug) {
      io.stderr(`${e.toString()}\n`);
      return e.exitCode;
    }
    if (debug) io.stderr(`${stackOf(e)}\n`);
    else io.stderr(`geokg ${name}: ${(e as Error).message?.split('\n')[0] ?? String(e)} (run with --debug for details)\n`);
    return 1;
  }
}

/** The stack, followed by the stacks of its causes (a GeokgError may wrap the bug behind it). */
function stackOf(e: unknown): string {
  const parts: string[] = [];
  for (let x = e, depth = 0; x !== undefined && depth < 5; x = (x as Error)?.cause, depth++)
    parts.push((x as Error)?.stack ?? String(x));
  return parts.join('\nCaused by: ');
}

/**
 * When the reader of stdout goes away (`geokg build … -o - | head`), Node emits EPIPE on the stream;
 * unhandled, that is a crash with a stack trace. Say what happened in one line and stop instead.
 */
function onStdoutError(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') {
    process.stderr.write('geokg: stdout was closed before all output was written (EPIPE); the output is incomplete\n');
    process.exit(141); // what a shell reports for a process ended by SIGPIPE
  }
  process.stderr.write(`geokg: cannot write to stdout (${e.code ?? e.message})\n`);
  process.exit(1);
}

export const processIo = (): CliIo => {
  if (!process.stdout.listeners('error').includes(onStdoutError)) process.stdout.on('error', onStdoutError);
  return {
    stdout: (s) => void process.stdout.write(s),
    stdoutStream: process.stdout,
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
  };
};
