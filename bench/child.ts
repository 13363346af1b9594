// Runs one benchmark task in this process and prints its figures, with the process's peak RSS, as
// one JSON line: `node --import tsx bench/child.ts <task> '<options JSON>'`.
import { TASKS } from './tasks.ts';

const [name, options = '{}'] = process.argv.slice(2);
const load = TASKS[name ?? ''];
if (!load) {
  process.stderr.write(`bench child: unknown task "${name}"; tasks are ${Object.keys(TASKS).join(', ')}\n`);
  process.exit(2);
}
try {
  const task = (await load()) as (o: unknown) => unknown;
  const figures = (await task(JSON.parse(options))) as Record<string, unknown>;
  // maxRSS is in kilobytes: the high-water mark of the whole process, tsx and the corpus included
  process.stdout.write(`${JSON.stringify({ ...figures, peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
} catch (e) {
  process.stderr.write(`bench child ${name}: ${(e as Error).message.split('\n')[0]}\n`);
  if (process.env.GEOKG_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
}
