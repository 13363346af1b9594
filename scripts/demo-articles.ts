// Writes data/articles/news.jsonl, the demo corpus that `npm start` opens: the team's own news articles of
// tests/fixtures/news and tests/fixtures/news-dev, each with the date its gold file gives (the timeline
// needs dated articles, and plain .txt carries no date). The seed stays beside it as its own .txt.
// Run after adding articles: `npx tsx scripts/demo-articles.ts`.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = ['tests/fixtures/news', 'tests/fixtures/news-dev'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Row { id: string; date?: string; text: string }

function rowsOf(dir: string): Row[] {
  const rows: Row[] = [];
  for (const name of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.txt')).sort()) {
    const id = name.slice(0, -4);
    const text = readFileSync(join(ROOT, dir, name), 'utf8');
    const gold = join(ROOT, dir, `${id}.json`);
    const date = existsSync(gold) ? (JSON.parse(readFileSync(gold, 'utf8')) as { date?: unknown }).date : undefined;
    rows.push(typeof date === 'string' && ISO_DAY.test(date) ? { id, date, text } : { id, text });
  }
  return rows;
}

const out = join(ROOT, 'data', 'articles', 'news.jsonl');
const rows = SOURCES.flatMap(rowsOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
writeFileSync(`${out}.tmp`, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
renameSync(`${out}.tmp`, out);
process.stdout.write(`${rows.length} articles (${rows.filter((r) => r.date).length} dated) → ${out}\n`);
