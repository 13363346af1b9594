// Articles whose extraction threw (a fault of geokg's): each named on stderr as it happens, then a summary,
// and an exit status of its own, so that a run over 10,000 articles finishes and a script still notices.
import type { ArticleFailure } from '../util/article-failure.ts';

/** The exit status of a run that wrote its output but left out articles whose extraction failed. */
export const SKIPPED_ARTICLES_EXIT = 3;

export interface FailureReporter {
  onFailure(failure: ArticleFailure): void;
  /** prints the summary (if any article failed) and returns the exit status: 0, or SKIPPED_ARTICLES_EXIT */
  finish(total: number): number;
}

/** `before` runs ahead of each line (a progress bar clears its line there). */
export function failureReporter(command: string, warn: (s: string) => void, debug: boolean, before = () => {}): FailureReporter {
  const failed: string[] = [];
  return {
    onFailure(f) {
      failed.push(f.article);
      before();
      warn(`geokg ${command}: article ${f.article}: internal error: ${f.message}; skipped${debug ? '' : ' (run with --debug for the stack)'}\n`);
      if (debug && f.stack) warn(`${f.stack}\n`);
    },
    finish(total) {
      if (!failed.length) return 0;
      const named = failed.slice(0, 5).join(', ') + (failed.length > 5 ? `, and ${failed.length - 5} more` : '');
      warn(`geokg ${command}: ${failed.length} of ${total} article(s) skipped after an internal error (${named}); the output holds the others; exit status ${SKIPPED_ARTICLES_EXIT}\n`);
      return SKIPPED_ARTICLES_EXIT;
    },
  };
}
