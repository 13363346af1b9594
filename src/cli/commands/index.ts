// The command registry: one module per command.
import type { Command } from '../types.ts';
import { build } from './build.ts';
import { ingest } from './ingest.ts';
import { serve } from './serve.ts';

export const COMMANDS: readonly Command[] = [build, ingest, serve];
