/**
 * A user-facing error: the CLI prints `geokg <module>: <message>` on one line and exits non-zero,
 * without a stack trace (unless --debug).
 */
export class GeokgError extends Error {
  readonly module: string;
  readonly exitCode: number;
  constructor(module: string, message: string, exitCode = 1, options?: ErrorOptions) {
    super(message, options);
    this.name = 'GeokgError';
    this.module = module;
    this.exitCode = exitCode;
  }
  override toString(): string {
    return `geokg ${this.module}: ${this.message}`;
  }
}

export const isGeokgError = (e: unknown): e is GeokgError => e instanceof GeokgError;

/** Where stages report recoverable problems; the CLI prints them to stderr. */
export type Warn = (message: string) => void;
export const silent: Warn = () => {};
