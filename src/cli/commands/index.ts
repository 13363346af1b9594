// The command registry: one module per command.
import type { Command } from '../types.ts';
import { build } from './build.ts';
import { serve } from './serve.ts';

export const COMMANDS: readonly Command[] = [build, serve];
