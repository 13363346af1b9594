// throwaway: list gazetteer-matched entities without a QID across sets (not committed)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsSetArticles, qidCoverage } from '../src/cli/commands/eval-qids.ts';
import { buildGraph } from '../src/graph/index.ts';
import { extractArticle, createExtractor } from '../src/pipeline.ts';
const ex = createExtractor();
const seedText = readFileSync('/work/shared/corpus/' + readdirSync('/work/shared/corpus').find((f) => f.endsWith('.txt'))!, 'utf8');
const sets: [string, any[]][] = [['seed', [{ id: 'seed', text: seedText }]]];
for (const s of ['news', 'news-dev', 'news-fresh']) sets.push([s, newsSetArticles(join('tests/fixtures', s))]);
const count = new Map<string, number>();
for (const [name, arts] of sets) {
  const c = qidCoverage(name, arts.length, buildGraph(arts.map((a) => extractArticle(a, ex))));
  console.log(name, c.withQid, c.matched, (100 * c.share).toFixed(1));
  console.log("  " + c.missing.join(" "));
  for (const m of c.missing) count.set(m, (count.get(m) ?? 0) + 1);
}
for (const [id, n] of [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(n, id);
