#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader, so a clone needs no build step.
import { register } from 'tsx/esm/api';

register();
let cli;
try {
  cli = await import('../src/cli/main.ts');
} catch (e) {
  // a broken install or source tree: one line, the stack only on request
  process.stderr.write(process.argv.includes('--debug') ? `${e.stack}\n` : `geokg: cannot load the program (${String(e.message).split('\n')[0]}); run with --debug for details\n`);
  process.exit(70);
}
process.exitCode = await cli.main(process.argv.slice(2), cli.processIo());
