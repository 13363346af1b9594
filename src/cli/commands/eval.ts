// geokg eval: builds the seed article and a CoNLL04 split in-process and scores both with the shared ruler
// (../shared/eval/score.mjs, spawned so that its figures are exactly the ruler's own).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJson } from '../../export/json.ts';
import { buildGraph } from '../../graph/index.ts';
import { readArticles } from '../../ingest/index.ts';
import type { Article } from '../../model/types.ts';
import { createExtractor, extractArticle, type Extractor } from '../../pipeline.ts';
import { GeokgError } from '../../util/errors.ts';
import { parse } from '../args.ts';
import type { Command } from '../types.ts';
import { byPatternTable, DEFAULT_SETS, expandSetNames, ruleSumTable, scoreByPattern, scoreNewsDev, type NewsDevResult } from './eval-dev.ts';
import { evalQidCoverage, qidCoverageLine, type QidCoverage } from './eval-qids.ts';

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
}
export interface EvalResult {
  seed: { entities: Figures; typedEntities: Figures; relations: Figures };
  conll: { split: string; sentences: number; entities: Figures; relations: Figures; relationsByType: Record<string, Figures> };
  /** gazetteer-matched entities carrying a Wikidata QID, on the seed and the news sets */
  qids: QidCoverage[];
  /** the news development set (tests/fixtures/news-dev), per article and in total; null when absent */
  newsDev: NewsDevResult | null;
}

const SEED = 'putin-china-belt-and-road';
const SPLITS = ['dev', 'test', 'train'] as const;

/** ../shared beside the repository's root (or the given folder), checked before any work is done. */
export function sharedPaths(sharedDir?: string) {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const shared = resolve(sharedDir ?? join(root, '..', 'shared'));
  const paths = {
    root,
    shared,
    score: join(shared, 'eval', 'score.mjs'),
    seedText: join(shared, 'corpus', `${SEED}.txt`),
    seedGold: join(shared, 'eval', 'gold', `${SEED}.json`),
    conll: (split: string) => join(shared, 'benchmarks', 'conll04', `${split}.json`),
  };
  for (const p of [paths.score, paths.seedText, paths.seedGold]) {
    if (!existsSync(p)) throw new GeokgError('eval', `${p} is missing; the ruler and its data must sit in ../shared beside the repository (or pass --shared DIR)`);
  }
  return paths;
}

function ruler(score: string, args: string[]): string {
  try {
    return execFileSync(process.execPath, [score, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new GeokgError('eval', `the ruler failed: ${(err.stderr || err.message).trim().split('\n')[0]}`);
  }
}

const figures = (x: Figures): Figures => ({ precision: x.precision, recall: x.recall, f1: x.f1 });

/** Builds the seed article and scores it with the ruler. */
export function scoreSeed(options: { sharedDir?: string; extractor?: Extractor } = {}): EvalResult['seed'] {
  const paths = sharedPaths(options.sharedDir);
  const extractor = options.extractor ?? createExtractor();
  const dir = mkdtempSync(join(tmpdir(), 'geokg-eval-'));
  try {
    const graph = join(dir, 'seed.json');
    const articles = readArticles([paths.seedText]).map((a) => ({ ...a, id: SEED }));
    writeFileSync(graph, toJson(buildGraph(articles.map((a) => extractArticle(a, extractor)))));
    const t = JSON.parse(ruler(paths.score, [paths.seedGold, '--graph', graph, '--json'])).total;
    return { entities: figures(t.entities), typedEntities: figures(t.typedEntities), relations: figures(t.relations) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds and scores the seed article and one CoNLL04 split. */
export function runEval(options: { split?: string; sharedDir?: string; extractor?: Extractor } = {}): EvalResult {
  const split = options.split ?? 'dev';
  if (!(SPLITS as readonly string[]).includes(split)) throw new GeokgError('eval', `--split takes ${SPLITS.join(', ')}, not "${split}"`);
  const paths = sharedPaths(options.sharedDir);
  const conllFile = paths.conll(split);
  if (!existsSync(conllFile)) throw new GeokgError('eval', `${conllFile} is missing; see ../shared/README.md`);
  const extractor = options.extractor ?? createExtractor();
  const seed = scoreSeed({ sharedDir: paths.shared, extractor });
  const dir = mkdtempSync(join(tmpdir(), 'geokg-eval-'));
  try {
    const lines = ruler(paths.score, ['--conll04', conllFile, '--make-input']).split('\n').filter(Boolean);
    const articles = lines.map((l) => JSON.parse(l) as Article);
    const conllGraph = join(dir, 'conll.json');
    writeFileSync(conllGraph, toJson(buildGraph(articles.map((a) => extractArticle(a, extractor)))));
    const conll = JSON.parse(ruler(paths.score, ['--conll04', conllFile, '--graph', conllGraph, '--json']));
    const qids = evalQidCoverage({ ...readArticles([paths.seedText])[0]!, id: SEED }, extractor);
    const newsDev = scoreNewsDev(paths.root, extractor, (args) => ruler(paths.score, args));
    return {
      seed,
      newsDev,
      qids,
      conll: {
        split, sentences: conll.sentences, entities: figures(conll.entities), relations: figures(conll.relations),
        relationsByType: Object.fromEntries(Object.entries(conll.relationsByType as Record<string, Figures>).map(([k, v]) => [k, figures(v)])),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const line = (name: string, x: Figures) => `${name.padEnd(22)} P ${x.precision.toFixed(3)}  R ${x.recall.toFixed(3)}  F1 ${x.f1.toFixed(3)}\n`;

export const evalCommand: Command = {
  name: 'eval',
  usage: `geokg eval [--split dev|test|train] [--shared DIR] [--by-pattern [--sets LIST]] [--json]

Builds ../shared/corpus/${SEED}.txt and the CoNLL04 split in-process, scores both with
../shared/eval/score.mjs and prints entity and relation figures, then the share of the entities the
gazetteer matched that carry a Wikidata QID (seed, tests/fixtures/news, news-dev), then the news development
set (tests/fixtures/news-dev) per article and in total. Tune on dev (and train) only;
report --split test once, at the end.

Options:
      --split NAME   CoNLL04 split (default dev)
      --shared DIR   where the shared ruler and data are (default ../shared beside the repository)
      --by-pattern   each relation rule's hits, precision and recall on the development sets (news-dev,
                     CoNLL04 dev, Re-DocRED dev), each scored by the ruler on that rule's edges alone
      --sets LIST    with --by-pattern: the sets, comma-separated: news (every news set in tests/fixtures),
                     a news set's folder name (news-fresh7), conll04-dev, redocred-dev; a name after "-"
                     is left out (news,-news-fresh37: every news set but a sealed one); then also prints each
                     rule's hits, right and wrong edges and precision summed over them, most wrong first
      --json         machine-readable figures
  -h, --help         this help`,
  async run(argv, io) {
    const { values } = parse('eval', argv, {
      split: { type: 'string' },
      shared: { type: 'string' },
      json: { type: 'boolean' },
      'by-pattern': { type: 'boolean' },
      sets: { type: 'string' },
    });
    if (values['by-pattern']) {
      const paths = sharedPaths(values.shared as string | undefined);
      const listed = values.sets as string | undefined;
      let names = DEFAULT_SETS;
      try {
        if (listed !== undefined) names = expandSetNames(paths.root, listed.split(',').map((n) => n.trim()).filter(Boolean));
      } catch (e) {
        throw new GeokgError('eval', `--sets: ${(e as Error).message}`);
      }
      const rows = scoreByPattern(paths.root, paths.shared, createExtractor(), (args) => ruler(paths.score, args), names);
      if (values.json) io.stdout(JSON.stringify(rows, null, 1) + '\n');
      else io.stdout(byPatternTable(rows) + (listed !== undefined ? '\n' + ruleSumTable(rows) : ''));
      return 0;
    }
    const r = runEval({ split: values.split as string | undefined, sharedDir: values.shared as string | undefined });
    if (values.json) { io.stdout(JSON.stringify(r, null, 1) + '\n'); return 0; }
    io.stdout(`seed article (${SEED})\n`);
    io.stdout(line('  entities', r.seed.entities) + line('  entities (typed)', r.seed.typedEntities) + line('  relations', r.seed.relations));
    io.stdout(`CoNLL04 ${r.conll.split} (${r.conll.sentences} sentences)\n`);
    io.stdout(line('  entities (typed)', r.conll.entities) + line('  relations', r.conll.relations));
    for (const [k, v] of Object.entries(r.conll.relationsByType)) io.stdout(line(`    ${k}`, v));
    io.stdout('Wikidata QIDs\n' + r.qids.map(qidCoverageLine).join(''));
    if (r.newsDev) {
      io.stdout(`news development set (tests/fixtures/news-dev, ${r.newsDev.articles.length} articles; tuned on)\n`);
      for (const a of r.newsDev.articles) io.stdout(`  ${a.id.padEnd(36)}` + line('', a).trimStart().replace(/\n$/, `  entities F1 ${a.entitiesF1.toFixed(3)}\n`));
      io.stdout(line('  total relations', r.newsDev.total) + `  total entities F1 ${r.newsDev.total.entitiesF1.toFixed(3)} (typed ${r.newsDev.total.typedEntitiesF1.toFixed(3)})\n`);
    }
    return 0;
  },
};
