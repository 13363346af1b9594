import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GeokgError } from '../util/errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into one-line user errors. */
export function parse<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new GeokgError(command, `${(e as Error).message.split('\n')[0]}; see geokg ${command} --help`);
  }
}

export function intOption(command: string, name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new GeokgError(command, `--${name} takes a whole number, not "${value}"`);
  return n;
}
