// Preloaded (node --import) into a measured program: at exit it writes the process's resource usage, all
// threads included (CPU, peak RSS), as JSON to the file named by GEOKG_BENCH_RUSAGE. Plain JavaScript, so the
// measured program runs without tsx, as installed.
// On Linux it also splits the CPU by thread (/proc/self/task): the main thread; the threads Node started before
// this preload ran, which are V8's helper threads (garbage collection, the optimising compiler); and the
// rest, started later: the extraction workers (and libuv's pool, little). Where two workers pay less than they should, this says
// whether the workers, V8's helpers or the main thread took the time.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const out = process.env.GEOKG_BENCH_RUSAGE;
const TASKS = '/proc/self/task';

/** user + system CPU seconds of one thread of this process, from its stat line (in clock ticks of 1/100 s) */
function threadCpu(tid) {
  const stat = readFileSync(`${TASKS}/${tid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function listThreads() {
  try { return readdirSync(TASKS); } catch { return undefined; } // not Linux
}

const early = listThreads();
if (out) {
  process.on('exit', () => {
    const r = process.resourceUsage();
    const cpuSeconds = (r.userCPUTime + r.systemCPUTime) / 1e6;
    const usage = { cpuSeconds, peakRssMB: r.maxRSS / 1024 };
    if (early) {
      const main = threadCpu(String(process.pid));
      let helpers = 0;
      for (const tid of early) if (tid !== String(process.pid)) try { helpers += threadCpu(tid); } catch { /* gone */ }
      // the later threads have stopped by now: they are what the whole process spent besides these
      Object.assign(usage, { cpuMainSeconds: main, cpuHelperSeconds: helpers, cpuLaterSeconds: Math.max(0, cpuSeconds - main - helpers) });
    }
    writeFileSync(out, JSON.stringify(usage));
  });
}
