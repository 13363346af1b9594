export type LayoutState = 'running' | 'stopped';

export interface LayoutHandle {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** frees the worker; the handle is dead afterwards */
  kill(): void;
}

export interface LayoutOptions {
  barnesHutThreshold: number;
  settleRatio: number;
  maxMs: number;
  onStateChange?: (state: LayoutState) => void;
}
