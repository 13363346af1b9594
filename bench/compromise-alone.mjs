// The baseline of `geokg build`: compromise alone over the same JSONL corpus, as a whole program (loading
// included): parse, then people, places and organisations, per article. Plain Node, like the compiled geokg,
// and the same bundled build of compromise that geokg loads (src/nlp/compromise.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const nlp = createRequire(import.meta.url)('compromise');
let entities = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line) continue;
  const doc = nlp(JSON.parse(line).text);
  entities += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}
process.stdout.write(`${entities}\n`);
