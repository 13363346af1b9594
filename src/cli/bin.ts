#!/usr/bin/env node
// The installed program (package.json "bin"): compiled JavaScript, no TypeScript loader. In a clone,
// bin/geokg.js runs the TypeScript sources instead.
export {}; // a module, for top-level await

let cli: typeof import('./main.ts');
try {
  (await import('./v8-flags.ts')).setProgramFlags();
  cli = await import('./main.ts');
} catch (e) {
  // a broken install: one line, the stack only on request
  const err = e as Error;
  process.stderr.write(process.argv.includes('--debug') ? `${err.stack}\n` : `geokg: cannot load the program (${String(err.message).split('\n')[0]}); run with --debug for details\n`);
  process.exit(70);
}
process.exitCode = await cli.main(process.argv.slice(2), cli.processIo());
