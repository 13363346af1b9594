import { join, resolve } from 'node:path';
import { parse } from '../src/cli/args.ts';
import { writeOutput } from '../src/cli/output.ts';
import type { Command } from '../src/cli/types.ts';

export const bench: Command = {
  name: 'bench',
  usage: `geokg bench [--quick] [--json] [--profile]

Runs every measurement in its own Node process, with the baselines (compromise alone, one thread) in the
same run, prints each figure against its goal and writes the results to bench/results.json.

Options:
      --quick          a tiny corpus and small graphs: checks the benchmark works, not speed
      --viewer         only the viewer: first frame and interactions in headless Chromium
      --exports-1m     also export a 1,000,000-relation graph in every format (minutes a format)
      --package        only the compiled program's figures (--help, worker start, build against compromise alone)
      --json           print the results as JSON instead of the table
      --profile        also profile the pipeline with node --cpu-prof and list the hot spots
      --shared DIR     the shared folder with benchmarks/conll04 and eval/score.mjs (default ../shared)
      --articles DIR   plain articles added to the corpus (default the shared folder's corpus: the seed)
  -o, --output FILE    where to write the results (default bench/results.json)
  -h, --help           this help`,
  async run(argv, io) {
    const { values } = parse('bench', argv, {
      quick: { type: 'boolean' }, viewer: { type: 'boolean' }, 'exports-1m': { type: 'boolean' }, package: { type: 'boolean' }, json: { type: 'boolean' }, profile: { type: 'boolean' },
      shared: { type: 'string' }, articles: { type: 'string' }, output: { type: 'string', short: 'o' },
    });
    // loaded only when asked for: the benchmark pulls in vite and playwright
    const { ROOT, runBench, formatProfile } = await import('./run.ts');
    const { formatTable } = await import('./report.ts');
    const shared = resolve(io.cwd, (values.shared as string | undefined) ?? join(ROOT, '..', 'shared'));
    const results = await runBench({
      quick: !!values.quick, viewerOnly: !!values.viewer, exports1m: !!values['exports-1m'], packageOnly: !!values.package, profile: !!values.profile, shared,
      // not data/articles, the viewer's demo, which grows: the benchmark's corpus stays the same from run to run
      articles: values.articles ? resolve(io.cwd, values.articles as string) : join(shared, 'corpus'),
      log: (line) => io.stderr(`${line}\n`),
    });
    const json = `${JSON.stringify(results, null, 2)}\n`;
    await writeOutput('bench', resolve(io.cwd, (values.output as string | undefined) ?? join(ROOT, 'bench', 'results.json')), json, io);
    if (values.json) io.stdout(json);
    else {
      const m = results.machine;
      io.stdout(`geokg bench${results.quick ? ' --quick (sizes too small for the goals to mean anything)' : ''}: ${m.cpus} cores (${m.model}), Node ${m.node}, load average ${m.loadavgBefore.map((x) => x.toFixed(1)).join(' ')}\n\n`);
      io.stdout(`${formatTable(results.figures)}\n`);
      if (results.profile) io.stdout(`\n${formatProfile(results.profile)}\n`);
    }
    return 0;
  },
};
