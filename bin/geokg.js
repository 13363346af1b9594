#!/usr/bin/env node
// The development entry, used in a clone by `npm run geokg`, `npm start` and the tests: it runs the
// TypeScript sources through tsx's loader, so an edit needs no build. The installed package runs the
// compiled dist/cli/bin.js instead (package.json "bin"); this folder is not shipped.
import { register } from 'tsx/esm/api';

register();
let cli;
try {
  (await import('../src/cli/v8-flags.ts')).setProgramFlags();
  cli = await import('../src/cli/main.ts');
} catch (e) {
  // a broken install or source tree: one line, the stack only on request
  process.stderr.write(process.argv.includes('--debug') ? `${e.stack}\n` : `geokg: cannot load the program (${String(e.message).split('\n')[0]}); run with --debug for details\n`);
  process.exit(70);
}
process.exitCode = await cli.main(process.argv.slice(2), cli.processIo());
