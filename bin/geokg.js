#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader, so a clone needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main, processIo } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2), processIo());
// let pending stdout drain before exiting
process.exitCode = code;
