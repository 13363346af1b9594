import { PREDICATE_TABLE, PREDICATES } from '../../model/predicates.ts';
import { parse } from '../args.ts';
import { printJson } from './query.ts';
import type { Command } from '../types.ts';

const SHORT: Record<string, string> = { PERSON: 'PER', COUNTRY: 'CTRY', LOCATION: 'LOC', ORGANIZATION: 'ORG', EVENT: 'EVT', OTHER: 'OTH' };
const types = (xs: readonly string[]) => xs.map((t) => SHORT[t] ?? t).join('|');

export const predicates: Command = {
  name: 'predicates',
  usage: `geokg predicates [--json]

Prints geokg's closed predicate vocabulary: each predicate's CAMEO root (null where none fits), its
cooperation score (-10 conflict .. +10 cooperation, Goldstein-like), whether it reads both ways, and its
signature (subject types → object types). Denied relations are written NOT_<predicate>.

Options:
      --json    print the table as JSON
  -h, --help    this help`,
  async run(argv, io) {
    const { values } = parse('predicates', argv, { json: { type: 'boolean' } });
    const rows = PREDICATES.map((p) => PREDICATE_TABLE[p]);
    if (values.json) {
      printJson(io, rows.map(({ predicate, cameo, score, symmetric, subjectTypes, objectTypes }) => ({ predicate, cameo, score, symmetric, subjectTypes, objectTypes })));
      return 0;
    }
    const lines = rows.map((r) =>
      `${r.predicate.padEnd(22)} ${String(r.cameo ?? '-').padEnd(6)} ${(r.score > 0 ? '+' : '') + r.score.toFixed(1)}`.padEnd(37) +
      ` ${r.symmetric ? '↔' : ' '} ${types(r.subjectTypes)} → ${types(r.objectTypes)}`);
    io.stdout([`${'predicate'.padEnd(22)} ${'CAMEO'.padEnd(6)} score    signature`, ...lines,
      `types: ${Object.entries(SHORT).map(([t, s]) => `${s} ${t}`).join(', ')}; ↔ reads both ways`].join('\n') + '\n');
    return 0;
  },
};
