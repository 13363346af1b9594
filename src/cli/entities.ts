// Names on the command line: a name answers for the entity it clearly means, and the other candidates are
// named on stderr; a name that fits several with none clearly best is an error listing them with types.
import type { KnowledgeGraph } from '../graph/index.ts';
import { AmbiguousEntityError, describeCandidates, matchEntity, resolveEntity } from '../query/find.ts';
import type { CliIo } from './types.ts';

export function resolveForCli(command: string, graph: KnowledgeGraph, name: string, exact: boolean, io: CliIo): string {
  const m = matchEntity(graph, name, { exact });
  if (m.key !== undefined) {
    const [chosen, ...others] = m.candidates;
    if (others.length) io.stderr(`geokg ${command}: "${name}" taken as ${chosen!.label} (${chosen!.type}); it could also be ${describeCandidates(others)} (--exact or a key to choose)\n`);
    return m.key;
  }
  if (m.candidates.length) throw new AmbiguousEntityError(name, m.candidates);
  return resolveEntity(graph, name, { exact }); // throws, naming the closest labels
}
