// compromise, loaded through its CommonJS build (the package's "require" export): one bundled file that Node
// loads in about 190 ms of CPU, where its ES-module source (the "import" export, 456 files) takes about 330 ms
// (measured on the 2-core session machine, Node 20). Every worker thread pays this at start. Same package and
// version, so the same lexicon and rules; everything in geokg takes compromise from here, so it is loaded once.
import { createRequire } from 'node:module';
import type Compromise from 'compromise';

export const compromise = createRequire(import.meta.url)('compromise') as typeof Compromise;
