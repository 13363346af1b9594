// A one-line progress bar on a terminal: articles done, articles per second, time left.
// Anywhere else (a pipe, a log file, CI) it draws nothing.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export interface ProgressBar {
  update(done: number): void;
  finish(): void;
}

const QUIET: ProgressBar = { update() {}, finish() {} };
// redraw at most this often: drawing per article would cost more than small articles take
const REDRAW_MS = 100;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function progressLine(done: number, total: number, elapsedMs: number, width = 24): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const filled = total ? Math.round((done / total) * width) : 0;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles  ${rate.toFixed(1)}/s  ETA ${eta}`;
}

export function createProgressBar(total: number, stream: ProgressStream = process.stderr, now: () => number = Date.now): ProgressBar {
  if (!stream.isTTY || total < 2) return QUIET;
  const started = now();
  let drawn = 0;
  const draw = (done: number) => stream.write(`\r${progressLine(done, total, now() - started).slice(0, (stream.columns || 80) - 1)}\x1b[K`);
  return {
    update(done) {
      const t = now();
      if (t - drawn < REDRAW_MS && done < total) return;
      drawn = t;
      draw(done);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = 0;
    },
  };
}
