// Preloaded (node --import) into a measured program: at exit it writes the process's resource usage, all
// threads included (CPU, peak RSS), as JSON to the file named by GEOKG_BENCH_RUSAGE. Plain JavaScript, so the
// measured program runs without tsx, as installed.
import { writeFileSync } from 'node:fs';

const out = process.env.GEOKG_BENCH_RUSAGE;
if (out) {
  process.on('exit', () => {
    const r = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpuSeconds: (r.userCPUTime + r.systemCPUTime) / 1e6, peakRssMB: r.maxRSS / 1024 }));
  });
}
