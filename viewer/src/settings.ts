// One typed settings object with defaults and a validator, in the manner of sigma's settings.
import type { EntityType } from '../../src/model/types.ts';

export type SizeBy = 'degree' | 'pagerank';

export interface ViewerSettings {
  /** what node size encodes */
  sizeBy: SizeBy;
  minNodeSize: number;
  maxNodeSize: number;
  edgeSize: number;
  /** an edge with n evidence items is drawn edgeSize × (1 + log2 n), up to this factor */
  maxEdgeSizeFactor: number;
  typeColors: Record<EntityType, string>;
  /** colour of an entity whose type is not one of SCHEMA's */
  unknownTypeColor: string;
  /** edge colours by cooperation score: below 0, 0, above 0, and at or above strongCooperation */
  conflictColor: string;
  neutralColor: string;
  cooperationColor: string;
  strongCooperationColor: string;
  strongCooperation: number;
  /** colour of what a hover fades */
  fadeColor: string;
  /** colour of the focused entity's edges on large graphs, where nothing fades (see fadeAllUpTo) */
  focusEdgeColor: string;
  /** and their width in pixels (drawn on a layer of their own, see rendering/focus-edges.ts) */
  focusEdgeWidth: number;
  /** on large graphs, the focused entity's neighbours are labelled when it has at most this many */
  focusLabelsUpTo: number;
  /** curvature of the first of several parallel edges (and of a lone negated edge, so its dashes show) */
  parallelCurvature: number;
  /** ForceAtlas2 switches to Barnes-Hut above this many nodes */
  barnesHutThreshold: number;
  /** the layout stops once the mean node step falls below this fraction of the graph's extent */
  layoutSettleRatio: number;
  /** and in any case after this long */
  layoutMaxMs: number;
  /** sigma draws no edges while the camera moves above this many edges */
  hideEdgesOnMoveAbove: number;
  /**
   * Up to this many edges, a selection fades everything outside its neighbourhood (every node and edge
   * restyled); above it, only the neighbourhood is restyled, so a selection costs its degree, not the graph.
   */
  fadeAllUpTo: number;
  /** above this many edges, edges are drawn as plain lines (no arrows, widths, dashes or bends) and nodes as points */
  simpleDrawingAbove: number;
  /**
   * Above this many edges (and simpleDrawingAbove), those lines are one device pixel wide on 2D canvases, a
   * layer per colour, instead of WebGL lines: antialiased, and where lines of different colours cross, the
   * colour of the higher layer shows (see rendering/canvas-lines.ts). Without a GPU this costs a third of what
   * WebGL's lines do; with one, WebGL's may be faster (Infinity keeps them).
   */
  canvasLinesAbove: number;
  labelDensity: number;
  labelGridCellSize: number;
  /** the label grid's cell on graphs past labelAllUpTo nodes, where fewer labels read better */
  labelGridCellSizeLarge: number;
  labelRenderedSizeThreshold: number;
  /** graphs up to this many nodes label every node (the label grid still keeps labels apart) */
  labelAllUpTo: number;
  maxSuggestions: number;
  /** relations listed per predicate group in the panel before a "show all" button */
  panelRelationsPerGroup: number;
  /** the play button's step through the timeline */
  timelineStepMs: number;
  /** the relations table's row height in pixels (rows are virtualised: only those in view exist) */
  tableRowHeight: number;
}

export const DEFAULT_SETTINGS: Readonly<ViewerSettings> = Object.freeze({
  sizeBy: 'degree',
  minNodeSize: 4,
  maxNodeSize: 18,
  edgeSize: 1.5,
  maxEdgeSizeFactor: 4,
  typeColors: {
    PERSON: '#e15759', COUNTRY: '#4e79a7', LOCATION: '#59a14f',
    ORGANIZATION: '#f28e2b', EVENT: '#b07aa1', OTHER: '#9c755f',
  },
  unknownTypeColor: '#999999',
  conflictColor: '#d62728',
  neutralColor: '#b0b0b0',
  cooperationColor: '#1f77b4',
  strongCooperationColor: '#2ca02c',
  strongCooperation: 5,
  fadeColor: '#eeeeee',
  focusEdgeColor: '#222222',
  focusEdgeWidth: 1.5,
  focusLabelsUpTo: 40,
  parallelCurvature: 0.25,
  barnesHutThreshold: 2000,
  layoutSettleRatio: 0.0005,
  layoutMaxMs: 20_000,
  hideEdgesOnMoveAbove: 5000,
  fadeAllUpTo: 5000,
  simpleDrawingAbove: 5000,
  canvasLinesAbove: 5000,
  labelDensity: 1,
  labelGridCellSize: 70,
  labelGridCellSizeLarge: 100,
  labelRenderedSizeThreshold: 6,
  labelAllUpTo: 300,
  maxSuggestions: 12,
  panelRelationsPerGroup: 25,
  timelineStepMs: 700,
  tableRowHeight: 24,
});

const COLOR = /^#[0-9a-f]{6}$/i;

/** Throws on the first setting that is out of range, naming it. */
export function validateSettings(s: ViewerSettings): void {
  const fail = (what: string) => {
    throw new Error(`geokg viewer settings: ${what}`);
  };
  if (s.sizeBy !== 'degree' && s.sizeBy !== 'pagerank') fail(`sizeBy must be "degree" or "pagerank", not "${String(s.sizeBy)}"`);
  const positive: (keyof ViewerSettings)[] = ['minNodeSize', 'maxNodeSize', 'edgeSize', 'maxEdgeSizeFactor', 'barnesHutThreshold', 'layoutMaxMs',
    'labelGridCellSize', 'labelGridCellSizeLarge', 'focusEdgeWidth', 'maxSuggestions', 'panelRelationsPerGroup', 'timelineStepMs', 'tableRowHeight'];
  if (!(s.maxEdgeSizeFactor >= 1)) fail('maxEdgeSizeFactor must be at least 1');
  if (!(s.fadeAllUpTo >= 0)) fail('fadeAllUpTo must not be negative');
  if (!(s.focusLabelsUpTo >= 0)) fail('focusLabelsUpTo must not be negative');
  if (!(s.simpleDrawingAbove >= 0)) fail('simpleDrawingAbove must not be negative');
  if (!(s.canvasLinesAbove >= 0)) fail('canvasLinesAbove must not be negative');
  if (!(s.labelAllUpTo >= 0)) fail('labelAllUpTo must not be negative');
  for (const k of positive) if (!(typeof s[k] === 'number' && (s[k] as number) > 0)) fail(`${k} must be a positive number`);
  if (s.minNodeSize > s.maxNodeSize) fail('minNodeSize must not exceed maxNodeSize');
  if (!(s.layoutSettleRatio > 0 && s.layoutSettleRatio < 1)) fail('layoutSettleRatio must lie between 0 and 1');
  if (!(s.parallelCurvature > 0 && s.parallelCurvature <= 1)) fail('parallelCurvature must lie in (0, 1]');
  const colors = { ...s.typeColors, unknownTypeColor: s.unknownTypeColor, conflictColor: s.conflictColor, neutralColor: s.neutralColor,
    cooperationColor: s.cooperationColor, strongCooperationColor: s.strongCooperationColor, fadeColor: s.fadeColor, focusEdgeColor: s.focusEdgeColor };
  for (const [k, v] of Object.entries(colors)) if (!COLOR.test(v)) fail(`${k} must be a #rrggbb colour, not "${v}"`);
}

export function resolveSettings(partial: Partial<ViewerSettings> = {}): ViewerSettings {
  const s: ViewerSettings = { ...DEFAULT_SETTINGS, ...partial, typeColors: { ...DEFAULT_SETTINGS.typeColors, ...partial.typeColors } };
  validateSettings(s);
  return s;
}
