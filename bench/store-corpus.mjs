#!/usr/bin/env node
// A corpus of any size made from CoNLL04 sentences (../shared/benchmarks/conll04): each article is
// `perArticle` sentences drawn by a seeded generator, detokenised as score.mjs does, with a publication date.
// Used by the store's tests and by bench/store.mjs.
//   node bench/store-corpus.mjs --articles 10000 [--per 8] [--seed 1] > corpus.jsonl
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detokenize } from '../../shared/eval/score.mjs';

const CONLL = fileURLToPath(new URL('../../shared/benchmarks/conll04/', import.meta.url));

/** mulberry32 (as src/util/random.ts): plain Node runs this file without tsx, so it cannot import the TypeScript one */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function conllSentences() {
  return ['train', 'dev', 'test'].flatMap((split) => JSON.parse(readFileSync(`${CONLL}${split}.json`, 'utf8')).map((s) => detokenize(s.tokens)));
}

/** `articles` articles of `perArticle` sentences each: [{ id, text, date }] */
export function makeConllCorpus({ articles, perArticle = 8, seed = 1, sentences = conllSentences() }) {
  const next = random(seed);
  const day = Date.UTC(2024, 0, 1);
  return Array.from({ length: articles }, (_, k) => {
    const picked = Array.from({ length: perArticle }, () => sentences[Math.floor(next() * sentences.length)]);
    const date = new Date(day + (k % 366) * 86_400_000).toISOString().slice(0, 10);
    return { id: `conll-${String(k).padStart(6, '0')}`, text: picked.join(' '), date };
  });
}

const isMain = process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? fallback : Number(process.argv[i + 1]); };
  for (const a of makeConllCorpus({ articles: arg('articles', 1000), perArticle: arg('per', 8), seed: arg('seed', 1) })) process.stdout.write(`${JSON.stringify(a)}\n`);
}
