// The viewer's controller: holds the loaded graph and the UI state, and wires core to views and sigma.
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import type { EntityType } from '../../src/model/types.ts';
import type { Predicate } from '../../src/model/predicates.ts';
import { computeNodeVisuals, computeVisuals, createReducers, type NodeVisual, type RenderState, type Visuals } from './core/appearance/index.ts';
import { dyadSeries, edgesBetween } from './core/dyad/index.ts';
import { baseName, download, fetchGraph, readGraphFile, subgraph, toGexfText, toJsonText } from './core/file/index.ts';
import { applyFilters, changedEdges, countIsolated, defaultFilters, edgeOrder, type EdgeOrder, type FilterState, type Visible } from './core/filters/index.ts';
import { seedPositions, summarize, type ViewerGraph } from './core/graph/index.ts';
import { createLayout, type LayoutHandle } from './core/layout/index.ts';
import { buildSearchIndex, suggest, type SearchEntry } from './core/search/index.ts';
import { neighbourhood, relationGroups } from './core/selection/index.ts';
import { rowsToCsv, sortRows, tableRows, type TableColumn, type TableRow, type TableSort } from './core/table/index.ts';
import { dateExtent, histogram, timeIndex, type Histogram, type TimeIndex } from './core/time/index.ts';
import { decodeView, encodeView, type ViewState } from './core/view/index.ts';
import { KeptEdgesSigma } from './rendering/edge-layer.ts';
import { drawFocusEdgesAbove } from './rendering/focus-edges.ts';
import { LabelPlacer, placedLabels } from './rendering/labels.ts';
import { EDGE_PROGRAMS, LARGE_GRAPH_PROGRAMS } from './rendering/programs.ts';
import type { SizeBy, ViewerSettings } from './settings.ts';
import { renderDyad } from './views/dyad.ts';
import { renderFilters } from './views/filters.ts';
import { createEdgeLegend } from './views/legend.ts';
import { evidenceItem, renderPanel } from './views/panel.ts';
import { createSearch } from './views/search.ts';
import { statusText } from './views/status.ts';
import { whenIdle } from './views/dom.ts';
import { createViewHistory } from './views/history.ts';
import { createTable } from './views/table.ts';
import { createTimeline } from './views/timeline.ts';
import { createToolbar, type Toolbar } from './views/toolbar.ts';

export interface AppElements {
  graph: HTMLElement;
  panel: HTMLElement;
  dyad: HTMLElement;
  filters: HTMLElement;
  header: HTMLElement;
  bottom: HTMLElement;
  status: HTMLElement;
  message: HTMLElement;
}

interface Loaded {
  graph: ViewerGraph;
  name: string;
  visuals: Visuals;
  /** node visuals per size measure, each worked out once (the other one while the page is idle) */
  nodeVisualsBy: Partial<Record<SizeBy, Map<string, NodeVisual>>>;
  filters: FilterState;
  /** everything shown: what the URL leaves out */
  defaults: FilterState;
  /** the graph's edges in a fixed order, which the filters' edge masks share */
  edgeOrder: EdgeOrder;
  visible: Visible;
  search: SearchEntry[];
  sigma: Sigma;
  layout: LayoutHandle;
  selected: string | null;
  hovered: string | null;
  /** an edge picked in the table or on the canvas */
  selectedEdge: string | null;
  pair: [string, string] | null;
  /** above settings.fadeAllUpTo edges: restyle only what a change touches (see RenderState.fade) */
  large: boolean;
  isolated: number;
  time: TimeIndex | null;
  /** the histogram of what the filters other than dates show; kept while only the dates change */
  histogram: Histogram | null;
  typeCounts: Map<EntityType, number>;
  predicateCounts: Map<Predicate, number>;
  tableOpen: boolean;
  tableSort: TableSort;
  tableRows: Map<string, TableRow>;
}

const EMPTY_RENDER: RenderState = { visible: { nodes: new Set(), edges: new Set() }, selected: null, focusNode: null, focus: null, focusEdges: null, edgeScale: 1, fade: true, plainEdges: false };

export function createApp(els: AppElements, settings: ViewerSettings) {
  let current: Loaded | null = null;
  let sizeBy: SizeBy = settings.sizeBy;

  const say = (text: string, isError = false) => {
    els.message.textContent = text;
    els.message.classList.toggle('error', isError);
  };

  // Computed once per change, not per reducer call: the reducers run for every node and edge they restyle.
  let render: RenderState = EMPTY_RENDER;
  const renderState = () => render;
  const computeRender = (c: Loaded): RenderState => {
    const focusNode = c.hovered ?? c.selected;
    let focus: Set<string> | null = null, focusEdges: Set<string> | null = null;
    if (focusNode) {
      focus = neighbourhood(c.graph, focusNode);
      focusEdges = new Set(c.graph.edges(focusNode));
    } else if (c.pair) {
      focus = new Set(c.pair);
      focusEdges = new Set(edgesBetween(c.graph, ...c.pair));
    } else if (c.selectedEdge) {
      focus = new Set(c.graph.extremities(c.selectedEdge));
      focusEdges = new Set([c.selectedEdge]);
    }
    return {
      visible: c.visible, selected: c.selected, focusNode, focus, focusEdges,
      edgeScale: c.graph.size > settings.hideEdgesOnMoveAbove ? 0.5 : 1, fade: !c.large, plainEdges: c.graph.size > settings.simpleDrawingAbove,
    };
  };

  /**
   * Applies a new render state. A small graph is restyled whole (fading reaches every item). A large one
   * is restyled only where the state changed: the old and new focus's nodes (its edges are drawn apart, see
   * rendering/focus-edges.ts), and the items whose visibility flipped, with sigma's partial refresh and no
   * re-indexing, so a selection costs its degree and leaves the edge layer as drawn.
   */
  function restyle(c: Loaded, next: RenderState, schedule = true) {
    const prev = render;
    render = next;
    if (!c.large) return void c.sigma.refresh({ schedule });
    const nodes = new Set<string>();
    let edges: string[] = [];
    for (const s of [prev.focus, next.focus]) s?.forEach((n) => nodes.add(n));
    if (prev.visible !== next.visible) {
      flipped(prev.visible.nodes, next.visible.nodes, (n) => nodes.add(n));
      // masks of one edge order compare byte by byte; the two halves of a flip are disjoint: an array, not a set
      // (19k edges for a time range at 40k)
      const changed = changedEdges(prev.visible.edges, next.visible.edges);
      if (changed) edges = changed;
      else flipped(prev.visible.edges, next.visible.edges, (e) => c.graph.hasEdge(e) && edges.push(e));
    }
    if (prev.selected && prev.selected !== next.selected) nodes.add(prev.selected);
    const known = (n: string) => c.graph.hasNode(n);
    c.sigma.refresh({ partialGraph: { nodes: [...nodes].filter(known), edges }, skipIndexation: true, schedule });
  }

  const updateStatus = () => {
    const c = current;
    if (c) els.status.textContent = statusText(c.graph, c.visible, c.filters.isolated ? 0 : c.isolated);
  };

  // what the panel shows (the entity and its shown relations): a filter change that leaves it so leaves the
  // panel's DOM alone, and with it the groups the reader opened
  let panelShows: string | null = null;
  const showPanel = () => {
    const c = current;
    if (!c) return;
    const groups = c.selected ? relationGroups(c.graph, c.selected, c.visible.edges) : [];
    const shows = `${c.selected ?? ''}\n${groups.map((g) => g.relations.map((r) => r.edge).join('\n')).join('\n\n')}`;
    if (shows === panelShows) return;
    panelShows = shows;
    renderPanel(els.panel, { graph: c.graph, node: c.selected, groups, settings, onSelect: select, onDyad: (other) => c.selected && openPair([c.selected, other]) });
  };

  const showDyad = () => {
    const c = current;
    els.dyad.hidden = !c?.pair;
    if (!c?.pair) return els.dyad.replaceChildren();
    renderDyad(els.dyad, { graph: c.graph, series: dyadSeries(c.graph, ...c.pair), renderEvidence: evidenceItem, onClose: () => openPair(null) });
  };

  // ---- the view in the URL: selections push a history entry, everything else replaces the current one
  const viewState = (c: Loaded): ViewState => {
    const cam = c.sigma.getCamera().getState();
    return { selected: c.selected, pair: c.pair, filters: c.filters, camera: { x: cam.x, y: cam.y, ratio: cam.ratio }, table: c.tableOpen };
  };
  const viewHistory = createViewHistory({
    hash: () => (current ? encodeView(current.defaults, viewState(current)) : null),
    restore: (hash) => current && applyView(decodeView(current.graph, hash), false),
    cameraDelayMs: 400,
  });
  const saveView = viewHistory.save;
  function applyView(v: ViewState, frameSelection: boolean) {
    const c = current;
    if (!c) return;
    viewHistory.quietly(() => {
      if (v.filters !== c.filters) setFilters(v.filters);
      c.pair = v.pair;
      showDyad();
      setTableOpen(v.table);
      select(v.selected, frameSelection && !v.camera);
      if (v.camera) c.sigma.getCamera().setState(v.camera);
    });
  }

  function select(node: string | null, frameIt = true) {
    const c = current;
    if (!c) return;
    c.selected = node && c.graph.hasNode(node) ? node : null;
    c.selectedEdge = null;
    // A small graph's full refresh is processed synchronously, as framing needs its display data; a large
    // graph's partial one updates them at once and draws in the next frame, with the camera's first step.
    restyle(c, computeRender(c), c.large);
    if (c.selected && frameIt) frame(c, render.focus ?? new Set([c.selected]));
    showPanel();
    drawTable();
    saveView(true);
  }

  function openPair(pair: [string, string] | null, edge: string | null = null) {
    const c = current;
    if (!c) return;
    c.pair = pair;
    c.selectedEdge = edge;
    showDyad();
    restyle(c, computeRender(c));
    drawTable();
    saveView(true);
  }

  /** Moves the camera to fit the given nodes (a selection's neighbourhood), zooming in no further than 0.2. */
  function frame(c: Loaded, nodes: ReadonlySet<string>) {
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (const n of nodes) {
      const d = c.sigma.getNodeDisplayData(n);
      if (!d || d.hidden) continue;
      x1 = Math.min(x1, d.x); x2 = Math.max(x2, d.x); y1 = Math.min(y1, d.y); y2 = Math.max(y2, d.y);
    }
    if (!Number.isFinite(x1)) return;
    const ratio = Math.min(1, Math.max(0.2, Math.max(x2 - x1, y2 - y1) * 1.3));
    void c.sigma.getCamera().animate({ x: (x1 + x2) / 2, y: (y1 + y2) / 2, ratio }, { duration: 300 });
  }

  function setFilters(filters: FilterState, fromForm = false) {
    const c = current;
    if (!c) return;
    const datesOnly = sameExceptDates(c.filters, filters);
    c.filters = filters;
    // a change of the dates alone re-reads only the dates of the edges the other filters let through
    const besidesDates = datesOnly ? c.visible.undatedRange : undefined;
    c.visible = applyFilters(c.graph, filters, { undatedRange: !datesOnly, order: c.edgeOrder, besidesDates });
    // drawn first and synchronously, before the DOM changes below would make sigma's size check (a read of
    // the container's width in each render) lay the page out once more
    restyle(c, computeRender(c), false);
    if (!datesOnly) {
      c.histogram = c.time && histogram(c.time, c.visible.undatedRange ?? c.visible.edges);
      if (!fromForm) drawFilters();
    }
    drawTimeline();
    updateStatus();
    listsSoon();
    saveView(false);
  }

  // After a filter or time-range change, the panel and the table follow once the page is idle (soon in any
  // case), after the frame that shows the graph: rebuilding a selected hub's panel, and shaping the text of its
  // evidence sentences in the next layout, delayed that frame (at 10k nodes / 40k edges, on the loaded 2-core
  // machine: some 10 ms of the change's task in a CPU profile, and the frame's style and layout 5.6 ms of
  // thread time against 1.4 ms without it, in a Chromium trace). While a brush or Play changes the range again
  // and again, they follow the last change once.
  let listsDue = false;
  function listsSoon() {
    if (listsDue) return;
    listsDue = true;
    whenIdle(() => {
      listsDue = false;
      showPanel();
      drawTable();
    });
  }

  function drawFilters() {
    const c = current;
    // the form's own changes need no rebuild (it shows them already, and keeps its focus)
    if (c) renderFilters(els.filters, { state: () => c.filters, typeCounts: c.typeCounts, predicateCounts: c.predicateCounts, isolatedCount: c.isolated, settings, onChange: (f) => setFilters(f, true) });
  }

  const timeline = createTimeline({
    settings,
    onRange: (dateFrom, dateTo) => current && setFilters({ ...current.filters, dateFrom, dateTo }),
    onUndated: (undated) => current && setFilters({ ...current.filters, undated }),
  });
  const drawTimeline = () => {
    const c = current;
    if (c) timeline.update({ histogram: c.histogram, from: c.filters.dateFrom, to: c.filters.dateTo, undated: c.filters.undated });
  };

  const table = createTable({
    settings,
    onSort: (column: TableColumn) => {
      const c = current;
      if (!c) return;
      c.tableSort = { column, descending: c.tableSort.column === column ? !c.tableSort.descending : column === 'score' || column === 'evidence' };
      drawTable();
    },
    onRow: (edge) => current && openPair(current.graph.extremities(edge) as [string, string], edge),
    onExport: () => {
      const c = current;
      if (c) download(`${baseName(c.name)}-relations.csv`, rowsToCsv(currentRows(c)), 'text/csv');
    },
    onClose: () => setTableOpen(false),
  });
  const currentRows = (c: Loaded) => sortRows(tableRows(c.tableRows, c.graph, c.visible.edges, c.selected), c.tableSort);
  function drawTable() {
    const c = current;
    if (!c || !c.tableOpen) return;
    const caption = c.selected ? `Relations of ${c.graph.getNodeAttribute(c.selected, 'label')} that the filters show` : 'Relations the filters show';
    table.update({ rows: currentRows(c), sort: c.tableSort, selectedEdge: c.selectedEdge, caption });
  }
  function setTableOpen(open: boolean) {
    const c = current;
    if (!c || c.tableOpen === open) return;
    c.tableOpen = open;
    table.element.hidden = !open;
    toolbar.setTableOpen(open);
    drawTable();
    saveView(false);
  }
  table.element.hidden = true;

  const toolbar: Toolbar = createToolbar({
    sizeBy,
    onFile: (file) => void readGraphFile(file).then((g) => show(g, file.name), (e: Error) => say(e.message, true)),
    onLayout: (run) => (run ? current?.layout.start() : current?.layout.stop()),
    onSizeBy: (by) => {
      sizeBy = by;
      const c = current;
      if (!c) return;
      // only node sizes depend on the measure: edge visuals stay
      c.visuals = { ...c.visuals, nodes: nodeVisuals(c, by) };
      if (!c.large) return void c.sigma.refresh({ schedule: true });
      c.sigma.refresh({ partialGraph: { nodes: c.graph.nodes() }, skipIndexation: true, schedule: true });
    },
    onExport: (format) => void exportAs(format).catch((e: Error) => say(e.message, true)),
    onTable: () => current && setTableOpen(!current.tableOpen),
  });

  const nodeVisuals = (c: Loaded, by: SizeBy) => (c.nodeVisualsBy[by] ??= computeNodeVisuals(c.graph, { ...settings, sizeBy: by }));

  async function exportAs(format: 'png' | 'json' | 'gexf') {
    const c = current;
    if (!c) return;
    const name = `${baseName(c.name)}-view`;
    if (format === 'png') return downloadAsPNG(c.sigma, { fileName: name, backgroundColor: '#ffffff' });
    const shown = subgraph(c.graph, c.visible.nodes, c.visible.edges);
    if (format === 'json') download(`${name}.json`, toJsonText(shown), 'application/json');
    else download(`${name}.gexf`, toGexfText(shown), 'application/xml');
  }

  function show(graph: ViewerGraph, name: string, restore?: string) {
    panelShows = null;
    if (current) {
      current.layout.kill();
      current.sigma.kill();
    }
    const summary = summarize(graph);
    if (!summary.hasPositions) seedPositions(graph);
    const view = decodeView(graph, restore ?? '');
    const extent = dateExtent(graph);
    const order = edgeOrder(graph);
    const visible = applyFilters(graph, view.filters, { order });
    const time = extent && timeIndex(graph, extent);
    const visuals = computeVisuals(graph, { ...settings, sizeBy });
    const loaded = {
      graph, name, filters: view.filters, defaults: defaultFilters(graph), edgeOrder: order, visible, visuals, nodeVisualsBy: { [sizeBy]: visuals.nodes },
      search: buildSearchIndex(graph), selected: null, hovered: null, selectedEdge: null, pair: null,
      large: graph.size > settings.fadeAllUpTo, isolated: countIsolated(graph), time,
      histogram: time && histogram(time, visible.undatedRange ?? visible.edges), ...graphCounts(graph),
      tableOpen: false, tableSort: { column: 'score', descending: true }, tableRows: new Map(),
    } as Omit<Loaded, 'sigma' | 'layout'> as Loaded;
    current = loaded;
    render = computeRender(loaded);
    loaded.sigma = createSigma(loaded);
    loaded.layout = createLayout(graph, {
      barnesHutThreshold: settings.barnesHutThreshold, settleRatio: settings.layoutSettleRatio, maxMs: settings.layoutMaxMs,
      onStateChange: (s) => toolbar.setLayoutRunning(s === 'running'),
    });
    drawFilters();
    drawTimeline();
    updateStatus();
    showPanel();
    applyView(view, true);
    say(`${name}: ${graph.order} entities, ${graph.size} relations${summary.hasPositions ? ' (positions from the file)' : ''}`);
    document.body.dataset.graph = name;
    if (!summary.hasPositions) loaded.layout.start();
    // PageRank takes tens of milliseconds at 10k nodes: ready before anyone asks for it
    whenIdle(() => current === loaded && nodeVisuals(loaded, sizeBy === 'degree' ? 'pagerank' : 'degree'));
  }

  function createSigma(loaded: Loaded): Sigma {
    const { graph } = loaded;
    const big = graph.size > settings.hideEdgesOnMoveAbove;
    const small = graph.order <= settings.labelAllUpTo;
    const { nodeReducer, edgeReducer } = createReducers(() => loaded.visuals, renderState, settings);
    const simple = graph.size > settings.simpleDrawingAbove;
    const placer = new LabelPlacer();
    const sigma = new KeptEdgesSigma(graph, els.graph, {
      defaultDrawNodeLabel: placedLabels(placer),
      nodeReducer, edgeReducer,
      edgeProgramClasses: !simple ? EDGE_PROGRAMS : graph.size > settings.canvasLinesAbove ? LARGE_GRAPH_PROGRAMS.canvasEdges : LARGE_GRAPH_PROGRAMS.edges,
      defaultEdgeType: 'arrow',
      ...(simple ? { nodeProgramClasses: LARGE_GRAPH_PROGRAMS.nodes } : {}),
      renderEdgeLabels: false, hideEdgesOnMove: big, zIndex: !loaded.large,
      // edge picking draws every edge a second time: only where the graph is small enough to afford it
      enableEdgeEvents: !loaded.large,
      labelDensity: settings.labelDensity,
      labelGridCellSize: small ? settings.labelGridCellSize : settings.labelGridCellSizeLarge,
      labelRenderedSizeThreshold: small ? 0 : settings.labelRenderedSizeThreshold,
      allowInvalidContainer: true,
    });
    const hover = (node: string | null) => {
      loaded.hovered = node;
      restyle(loaded, computeRender(loaded));
    };
    if (loaded.large) drawFocusEdgesAbove(sigma, { edges: () => render.focusEdges, color: settings.focusEdgeColor, width: settings.focusEdgeWidth });
    sigma.on('beforeRender', () => placer.reset());
    sigma.on('enterNode', ({ node }) => hover(node));
    sigma.on('leaveNode', () => hover(null));
    sigma.on('clickNode', ({ node }) => select(node));
    sigma.on('clickEdge', ({ edge }) => openPair(graph.extremities(edge) as [string, string], edge));
    sigma.on('clickStage', () => select(null));
    sigma.getCamera().on('updated', viewHistory.saveCameraSoon);
    return sigma;
  }

  els.header.append(
    createSearch({
      suggest: (q) => (current ? suggest(current.search, q, settings.maxSuggestions, (n) => current!.graph.degree(n)) : []),
      onSelect: select,
    }),
    toolbar.element,
  );
  els.filters.after(createEdgeLegend(settings));
  els.bottom.append(timeline.element, table.element);

  return {
    show,
    clearSelection: () => {
      if (current?.pair) openPair(null);
      select(null, false);
    },
    /** Loads and shows the graph at `url`; true once it is shown (sigma has rendered it), false on failure. */
    async load(url: string): Promise<boolean> {
      try {
        const graph = await fetchGraph(url, location.href);
        show(graph, url.split('?')[0]!, location.hash);
        return true;
      } catch (e) {
        say(`Could not load ${url}: ${(e as Error).message}. Open a geokg JSON or GEXF file, or drop one here.`, true);
        return false;
      }
    },
    async open(file: File) {
      try {
        show(await readGraphFile(file), file.name);
      } catch (e) {
        say((e as Error).message, true);
      }
    },
  };
}

/** Entities per type and relations per predicate in the whole graph, for the filter form's labels. */
function graphCounts(graph: ViewerGraph) {
  const typeCounts = new Map<EntityType, number>();
  graph.forEachNode((_n, a) => typeCounts.set(a.type, (typeCounts.get(a.type) ?? 0) + 1));
  const predicateCounts = new Map<Predicate, number>();
  graph.forEachEdge((_e, a) => predicateCounts.set(a.predicate, (predicateCounts.get(a.predicate) ?? 0) + 1));
  return { typeCounts, predicateCounts };
}

/** Hands `add` what is in one set and not the other, each once. */
function flipped(before: ReadonlySet<string>, after: ReadonlySet<string>, add: (x: string) => unknown) {
  for (const x of before) if (!after.has(x)) add(x);
  for (const x of after) if (!before.has(x)) add(x);
}

function sameExceptDates(a: FilterState, b: FilterState): boolean {
  return a.types === b.types && a.predicates === b.predicates && a.tones === b.tones && a.negated === b.negated
    && a.minEvidence === b.minEvidence && a.isolated === b.isolated && a.undated === b.undated;
}
