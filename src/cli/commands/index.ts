// The command registry: one module per command.
import type { Command } from '../types.ts';
import { bench } from './bench.ts';
import { build } from './build.ts';
import { dyad } from './dyad.ts';
import { evalCommand } from './eval.ts';
import { exportCommand } from './export.ts';
import { ingest } from './ingest.ts';
import { path } from './path.ts';
import { query } from './query.ts';
import { serve } from './serve.ts';
import { stats } from './stats.ts';

export const COMMANDS: readonly Command[] = [build, ingest, serve, exportCommand, query, path, stats, dyad, bench, evalCommand];
