import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GeokgError } from '../util/errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What parse returns, spelt out so that the compiled .d.ts can name it. */
export type ParsedArgs<O extends Options> = ReturnType<typeof parseArgs<{ options: O & HelpOptions; allowPositionals: true; strict: true }>>;
type HelpOptions = { help: { type: 'boolean'; short: 'h' }; debug: { type: 'boolean' } };

/** node:util parseArgs, with its errors turned into one-line user errors. */
export function parse<O extends Options>(command: string, argv: string[], options: O): ParsedArgs<O> {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new GeokgError(command, `${shortArgError((e as Error).message)}; see geokg ${command} --help`);
  }
}

/** node's messages run on ("To specify a positional argument starting with a '-', …"); keep the first sentence. */
function shortArgError(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  return message.split('\n')[0]!.replace(/\. .*$/, '').replace(/\.$/, '');
}

export function intOption(command: string, name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!value.trim() || !Number.isSafeInteger(n) || n < min)
    throw new GeokgError(command, `--${name} takes a whole number${min ? ` of at least ${min}` : ''}, not "${value}"`);
  return n;
}
