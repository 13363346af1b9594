// Two libraries whose own type declarations do not compile under the package build's full library check
// (tsconfig.build.json, skipLibCheck off): oxigraph 0.5's node.d.ts (UInt8Array, an undeclared top-level
// function) and saxes 6's saxes.d.ts (its option generics). They are loaded through require with the few
// members geokg uses typed here, so their .d.ts files never enter the compilation.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** oxigraph's in-memory store: what src/query/sparql.ts uses of it. */
export interface OxigraphStore {
  readonly size: number;
  load(input: string | Iterable<string>, options: { format: string }): void;
  query(query: string, options?: { results_format?: string }): unknown;
}
export const oxigraph = () => require('oxigraph') as { Store: new () => OxigraphStore };

/** saxes' parser, in its default (non-namespace) mode: what src/export/gexf-reader.ts uses of it. */
export interface SaxesTag { name: string; attributes: Record<string, string> }
export interface SaxesParserLike {
  on(event: 'doctype', handler: (doctype: string) => void): void;
  on(event: 'error', handler: (error: Error) => void): void;
  on(event: 'text', handler: (text: string) => void): void;
  on(event: 'opentag' | 'closetag', handler: (tag: SaxesTag) => void): void;
  write(chunk: string): unknown;
  close(): unknown;
}
export const saxesParser = (options: { position?: boolean }) =>
  new (require('saxes') as { SaxesParser: new (o: object) => SaxesParserLike }).SaxesParser(options);
