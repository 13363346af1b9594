// compromise, loaded through its CommonJS build (the package's "require" export): one bundled file that Node
// loads in about 190 ms of CPU, where its ES-module source (the "import" export, 456 files) takes about 330 ms
// (measured on the 2-core session machine, Node 20). Every worker thread pays this at start. Same package and
// version, so the same lexicon and rules; everything in geokg takes compromise from here, so it is loaded once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';
import type Compromise from 'compromise';

const require = createRequire(import.meta.url);

/**
 * The `process` compromise's bundle sees: its environment's DEBUG_ variables (DEBUG_TAGS, DEBUG_MATCH, DEBUG_CHUNKS,
 * all it reads), copied once into a plain object. compromise reads `process.env.DEBUG_TAGS` each time it sets a tag
 * (setTag, fastTag, the post-tagger), and on Node each read of process.env is a call into the runtime (about 0.55 µs
 * at load 12, against 7 ns for a plain object): some 1,400 reads an article, 3–6% of `geokg build --jobs 1`. Its
 * own `nlp.verbose()` writes to this object, and compromise then reads it there, so its logging works as before.
 */
const bundleProcess = () => ({ env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('DEBUG_'))) });

/**
 * What `require('compromise')` returns, with the bundle run as Node runs a CommonJS module (its wrapper's five
 * arguments, `this` its exports) and one argument more, `process`, that shadows the global for the bundle only: the
 * rest of the program keeps the real process.env. compromise has no option for this: a workaround, for this
 * pinned version (the seed-bytes test shows a change).
 */
function loadCompromise(): typeof Compromise {
  const file = require.resolve('compromise');
  const params = ['exports', 'require', 'module', '__filename', '__dirname', 'process'];
  const run = compileFunction(readFileSync(file, 'utf8'), params, { filename: file });
  const module = { exports: {} as unknown };
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file), bundleProcess());
  return module.exports as typeof Compromise;
}

export const compromise = loadCompromise();
