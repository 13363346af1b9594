import { readArticles, DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_ARTICLES } from '../../ingest/index.ts';
import { ingestArticles, openStore } from '../../store/index.ts';
import { STORE_CONNECT_OPTIONS, STORE_CONNECT_USAGE, parallelOptions, storeTimeouts } from '../store.ts';
import { GeokgError } from '../../util/errors.ts';
import { intOption, parse } from '../args.ts';
import type { Command } from '../types.ts';

export const ingest: Command = {
  name: 'ingest',
  usage: `geokg ingest <paths…> --db kg.sqlite

Extracts the articles not stored yet and stores them: the article, its entities, mentions, relations and
evidence, each article in one transaction. Articles are known by id as geokg build knows them (see geokg
build --help): an edited article replaces the version stored under its id, with its old evidence; the same
version again changes nothing, and a run that was interrupted (even by kill -9) is finished by running it
again. Articles no longer in the inputs stay stored. So geokg build --db gives the bytes of geokg build
over the same inputs.
Then: geokg build --db kg.sqlite -o graph.json

Inputs: as for geokg build (.txt, .md, .html, .htm, .jsonl files or folders).

Options:
      --db FILE|URL          the store: a SQLite file (created if missing) or postgres://user:pass@host/db[?schema=name]
  -j, --jobs N               extraction threads (default: from the input's size and the core count)
      --force-jobs           allow more --jobs than cores
      --skip-bad             go on past malformed JSONL lines and unreadable files or folders, with a warning
      --encoding NAME        the encoding of files without a BOM (default utf-8; latin1, windows-1252, …);
                             UTF-16 with a BOM is always read
      --max-article-bytes N  largest article accepted (default ${DEFAULT_MAX_ARTICLE_BYTES})
      --max-articles N       most articles accepted (default ${DEFAULT_MAX_ARTICLES})
      --force                use a database (or PostgreSQL schema) that holds other programs' tables too
      --debug                show stack traces
  -h, --help                 this help

${STORE_CONNECT_USAGE}`,
  async run(argv, io) {
    const { values, positionals } = parse('ingest', argv, {
      db: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      'force-jobs': { type: 'boolean' },
      'skip-bad': { type: 'boolean' },
      encoding: { type: 'string' },
      'max-article-bytes': { type: 'string' },
      'max-articles': { type: 'string' },
      force: { type: 'boolean' },
      ...STORE_CONNECT_OPTIONS,
    });
    const timeouts = storeTimeouts('ingest', values);
    if (!values.db) throw new GeokgError('ingest', 'no store given: add --db kg.sqlite (or --db postgres://…)');
    if (!positionals.length) throw new GeokgError('ingest', 'no input given; see geokg ingest --help');
    const articles = readArticles(positionals, {
      warn: (m) => io.stderr(`geokg ingest: warning: ${m}\n`),
      skipBad: !!values['skip-bad'],
      encoding: values.encoding as string | undefined,
      maxArticleBytes: intOption('ingest', 'max-article-bytes', values['max-article-bytes'] as string | undefined, DEFAULT_MAX_ARTICLE_BYTES),
      maxArticles: intOption('ingest', 'max-articles', values['max-articles'] as string | undefined, DEFAULT_MAX_ARTICLES),
    });
    if (!articles.length) throw new GeokgError('ingest', 'no articles found in the inputs');
    const parallel = parallelOptions('ingest', values.jobs as string | undefined, articles.length, { force: !!values['force-jobs'], warn: io.stderr, debug: !!values.debug });
    const store = await openStore(values.db as string, { force: !!values.force, timeouts });
    try {
      const report = await ingestArticles(store, articles, parallel);
      parallel.finish();
      const c = await store.counts();
      io.stderr(`geokg ingest: ${report.read} article(s), ${report.added} new, ${report.skipped} already stored → ${store.location}: `
        + `${c.articles} articles, ${c.entities} entities, ${c.relations} relations, ${c.evidence} evidence\n`);
    } finally {
      parallel.finish();
      await store.close();
    }
    return parallel.reportFailures();
  },
};
