// One article's failed extraction: named after the article, so that a run can skip it and go on.

/** An article whose extraction threw: a fault of geokg's (a rule meeting text it did not foresee), not of the input. */
export interface ArticleFailure { article: string; message: string; stack?: string }

/** The error a run stops with when no one asked to go on past a failing article (without an onFailure to hand it to). */
export class ArticleExtractionError extends Error {
  readonly failure: ArticleFailure;
  constructor(failure: ArticleFailure) {
    super(`article ${failure.article}: internal error: ${failure.message}`);
    this.name = 'ArticleExtractionError';
    this.failure = failure;
    if (failure.stack) this.stack = `${this.name}: ${this.message}\nCaused by: ${failure.stack}`;
  }
}

/** Hands a failure to `onFailure`, or, with none, throws it as an ArticleExtractionError. */
export function reportFailure(failure: ArticleFailure, onFailure: ((f: ArticleFailure) => void) | undefined): void {
  if (!onFailure) throw new ArticleExtractionError(failure);
  onFailure(failure);
}

