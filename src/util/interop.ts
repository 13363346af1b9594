/**
 * The default export of a CommonJS package whose .d.ts says `export default` (graphology and its
 * libraries). Under NodeNext resolution, which is how the package is built and how Node loads it,
 * TypeScript types such an import as the module object `{ default: X }`, while Node's ESM loader hands
 * over X itself; under the bundler resolution of the development checks it is X. This returns X in every case.
 */
export const defaultExport = <M>(module: M): M extends { default: infer D } ? D : M =>
  ((module as { default?: unknown }).default ?? module) as M extends { default: infer D } ? D : M;
