import type { FilterState } from '../filters/index.ts';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** What the URL's hash keeps: enough to bring a view back on reload or on another machine. */
export interface ViewState {
  selected: string | null;
  /** two entities whose dyad chart is open */
  pair: [string, string] | null;
  filters: FilterState;
  camera: CameraView | null;
  table: boolean;
}
