import { DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_ARTICLES, readArticles } from '../../ingest/index.ts';
import { buildGraph } from '../../graph/index.ts';
import { slimExtraction, type CorpusArticle, type StringPool } from '../../graph/corpus.ts';
import { jsonChunks } from '../../export/json.ts';
import { extractOrdered } from '../../parallel/index.ts';
import { STORE_READ_OPTIONS, STORE_READ_USAGE, parallelOptions, runStoreBuild } from '../store.ts';
import { GeokgError } from '../../util/errors.ts';
import { intOption, parse } from '../args.ts';
import { writeOutput } from '../output.ts';
import type { Command } from '../types.ts';

export const build: Command = {
  name: 'build',
  usage: `geokg build <paths…> -o graph.json
       geokg build --db kg.sqlite -o graph.json

Reads articles and writes the graph JSON of SCHEMA.md (graphology's export of a directed multigraph).

Inputs (files or folders, walked recursively):
  .txt, .md      one article; a first line standing alone is the title
  .html, .htm    the page's text (scripts and styles dropped)
  .jsonl         one article a line: {"id", "text", "title"?, "date"?, "source"?, "url"?}
An article's id is its JSONL id, else the file's path relative to the argument (a folder, else the file's
own folder), without extension; a JSONL row without id gets that path and a hash of its text, as
"feed.jsonl#3f2a…". Articles are taken in order of id, then content (a repeated id gets "~2", "~3", …
in that order), so the graph never depends on the order of arguments, of a folder's listing or of JSONL
rows. The same text under several ids is one article, under the smallest id (a warning names them).

Options:
  -o, --output FILE          where to write the graph ("-" for stdout; required)
  -j, --jobs N               extraction threads (default: from the input's size and the core count)
      --force-jobs           allow more --jobs than cores
      --skip-bad             go on past malformed JSONL lines and unreadable files or folders, with a warning
      --encoding NAME        the encoding of files without a BOM (default utf-8; latin1, windows-1252, …);
                             UTF-16 with a BOM is always read
      --max-article-bytes N  largest article accepted (default 5242880)
      --max-articles N       most articles accepted (default 1000000)
      --debug                show stack traces

An article whose extraction fails (a fault of geokg's) is named on stderr and left out; the others are
written as usual, a summary follows, and the exit status is 3.
  -h, --help                 this help

${STORE_READ_USAGE}`,
  async run(argv, io) {
    const { values, positionals } = parse('build', argv, {
      output: { type: 'string', short: 'o' },
      'skip-bad': { type: 'boolean' },
      encoding: { type: 'string' },
      'max-article-bytes': { type: 'string' },
      'max-articles': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      'force-jobs': { type: 'boolean' },
      ...STORE_READ_OPTIONS,
    });
    if (values.db !== undefined) return runStoreBuild('build', values, positionals, io);
    if (!positionals.length) throw new GeokgError('build', 'no input given; see geokg build --help');
    if (!values.output) throw new GeokgError('build', 'no output given: add -o graph.json (or -o - for stdout)');
    const articles = readArticles(positionals, {
      warn: (m) => io.stderr(`geokg build: warning: ${m}\n`),
      skipBad: !!values['skip-bad'],
      encoding: values.encoding as string | undefined,
      maxArticleBytes: intOption('build', 'max-article-bytes', values['max-article-bytes'] as string | undefined, DEFAULT_MAX_ARTICLE_BYTES, 1),
      maxArticles: intOption('build', 'max-articles', values['max-articles'] as string | undefined, DEFAULT_MAX_ARTICLES, 1),
    });
    if (!articles.length) throw new GeokgError('build', 'no articles found in the inputs');
    const parallel = parallelOptions('build', values.jobs as string | undefined, articles.length, { force: !!values['force-jobs'], warn: io.stderr, debug: !!values.debug });
    // each extraction cut down to what the graph reads as it arrives (buildGraph does the same, but only once it has
    // them all), so that a mention's tokens and sources are let go at once: the main thread held 44 → 36 MB of heap
    // at peak with two workers on the bench's corpus ×10 (peak RSS 260, 266 → 258, 259 MB; --jobs 1 216 → 213 MB);
    // and with its repeated strings kept once (StringPool): the corpus 26.8 → 13.5 MB there
    const corpus: CorpusArticle[] = [];
    const strings: StringPool = new Map();
    for await (const x of extractOrdered(articles, parallel)) corpus.push(slimExtraction(x, strings));
    const graph = buildGraph(corpus);
    parallel.finish();
    await writeOutput('build', values.output as string, jsonChunks(graph), io);
    if (values.output !== '-') io.stderr(`geokg build: ${articles.length} article(s) → ${graph.order} entities, ${graph.size} relations → ${values.output} (${parallel.threads()} extraction thread(s))\n`);
    return parallel.reportFailures();
  },
};
