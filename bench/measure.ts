// Small helpers shared by the measurements.
export type Figures = Record<string, number | string | boolean | null>;

export const seconds = (since: number) => (performance.now() - since) / 1000;

/** Median and tail of a list of timings. */
export function summarize(ms: number[]): { median: number; p95: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN };
}

/** Wall-clock and CPU time since it was started: CPU time is what the ratios use, as the machine may be shared. */
export function stopwatch(): () => { seconds: number; cpuSeconds: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { seconds: (performance.now() - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  };
}
