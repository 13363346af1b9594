// The viewer's controller: holds the loaded graph and the UI state, and wires core to views and sigma.
import Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import type { EntityType } from '../../src/model/types.ts';
import type { Predicate } from '../../src/model/predicates.ts';
import { computeVisuals, createReducers, type RenderState, type Visuals } from './core/appearance/index.ts';
import { baseName, download, fetchGraph, readGraphFile, subgraph, toGexfText, toJsonText } from './core/file/index.ts';
import { applyFilters, defaultFilters, type FilterState, type Visible } from './core/filters/index.ts';
import { seedPositions, summarize, type ViewerGraph } from './core/graph/index.ts';
import { createLayout, type LayoutHandle } from './core/layout/index.ts';
import { buildSearchIndex, suggest, type SearchEntry } from './core/search/index.ts';
import { neighbourhood, relationGroups } from './core/selection/index.ts';
import { EDGE_PROGRAMS } from './rendering/programs.ts';
import type { SizeBy, ViewerSettings } from './settings.ts';
import { renderFilters } from './views/filters.ts';
import { createEdgeLegend } from './views/legend.ts';
import { renderPanel } from './views/panel.ts';
import { createSearch } from './views/search.ts';
import { statusText } from './views/status.ts';
import { createToolbar, type Toolbar } from './views/toolbar.ts';

export interface AppElements {
  graph: HTMLElement;
  panel: HTMLElement;
  filters: HTMLElement;
  header: HTMLElement;
  status: HTMLElement;
  message: HTMLElement;
}

interface Loaded {
  graph: ViewerGraph;
  name: string;
  visuals: Visuals;
  filters: FilterState;
  visible: Visible;
  search: SearchEntry[];
  sigma: Sigma;
  layout: LayoutHandle;
  selected: string | null;
  hovered: string | null;
}

export function createApp(els: AppElements, settings: ViewerSettings) {
  let current: Loaded | null = null;
  let sizeBy: SizeBy = settings.sizeBy;

  const say = (text: string, isError = false) => {
    els.message.textContent = text;
    els.message.classList.toggle('error', isError);
  };

  // Computed once per change, not per reducer call: the reducers run for every node and edge.
  let render: RenderState = { visible: { nodes: new Set(), edges: new Set() }, selected: null, focusNode: null, focus: null, focusEdges: null, edgeSize: settings.edgeSize };
  const updateRender = () => {
    const c = current!;
    const focusNode = c.hovered ?? c.selected;
    render = {
      visible: c.visible, selected: c.selected, focusNode,
      focus: focusNode ? neighbourhood(c.graph, focusNode) : null,
      focusEdges: focusNode ? new Set(c.graph.edges(focusNode)) : null,
      edgeSize: c.graph.size > settings.hideEdgesOnMoveAbove ? settings.edgeSize / 2 : settings.edgeSize,
    };
  };
  const renderState = () => render;

  const updateStatus = () => {
    if (current) els.status.textContent = statusText(current.graph, current.visible);
  };

  const showPanel = () => {
    const c = current;
    if (!c) return;
    const groups = c.selected ? relationGroups(c.graph, c.selected, c.visible.edges) : [];
    renderPanel(els.panel, { graph: c.graph, node: c.selected, groups, settings, onSelect: select });
  };

  function select(node: string | null) {
    const c = current;
    if (!c) return;
    c.selected = node && c.graph.hasNode(node) ? node : null;
    showPanel();
    // synchronous: display data holds framed coordinates only once sigma has processed the refresh
    updateRender();
    c.sigma.refresh();
    if (c.selected) frame(c, render.focus ?? new Set([c.selected]));
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

  const setFilters = (filters: FilterState) => {
    const c = current;
    if (!c) return;
    c.filters = filters;
    c.visible = applyFilters(c.graph, filters);
    drawFilters();
    updateStatus();
    showPanel();
    updateRender();
    c.sigma.refresh({ schedule: true });
  };

  function drawFilters() {
    const c = current;
    if (!c) return;
    const typeCounts = new Map<EntityType, number>();
    c.graph.forEachNode((_n, a) => typeCounts.set(a.type, (typeCounts.get(a.type) ?? 0) + 1));
    const predicateCounts = new Map<Predicate, number>();
    let min = '', max = '';
    c.graph.forEachEdge((_e, a) => {
      predicateCounts.set(a.predicate, (predicateCounts.get(a.predicate) ?? 0) + 1);
      if (a.firstSeen && (!min || a.firstSeen < min)) min = a.firstSeen.slice(0, 10);
      if (a.lastSeen && (!max || a.lastSeen > max)) max = a.lastSeen.slice(0, 10);
    });
    renderFilters(els.filters, { state: c.filters, typeCounts, predicateCounts, dates: { min, max }, settings, onChange: setFilters });
  }

  const toolbar: Toolbar = createToolbar({
    sizeBy,
    onFile: (file) => void readGraphFile(file).then((g) => show(g, file.name), (e: Error) => say(e.message, true)),
    onLayout: (run) => (run ? current?.layout.start() : current?.layout.stop()),
    onSizeBy: (by) => {
      sizeBy = by;
      if (!current) return;
      current.visuals = computeVisuals(current.graph, { ...settings, sizeBy });
      current.sigma.refresh({ schedule: true });
    },
    onExport: (format) => void exportAs(format).catch((e: Error) => say(e.message, true)),
  });

  async function exportAs(format: 'png' | 'json' | 'gexf') {
    const c = current;
    if (!c) return;
    const name = `${baseName(c.name)}-view`;
    if (format === 'png') return downloadAsPNG(c.sigma, { fileName: name, backgroundColor: '#ffffff' });
    const shown = subgraph(c.graph, c.visible.nodes, c.visible.edges);
    if (format === 'json') download(`${name}.json`, toJsonText(shown), 'application/json');
    else download(`${name}.gexf`, toGexfText(shown), 'application/xml');
  }

  function show(graph: ViewerGraph, name: string) {
    if (current) {
      current.layout.kill();
      current.sigma.kill();
    }
    const summary = summarize(graph);
    if (!summary.hasPositions) seedPositions(graph);
    const big = graph.size > settings.hideEdgesOnMoveAbove;
    const small = graph.order <= settings.labelAllUpTo;
    const filters = defaultFilters(graph);
    const loaded = {
      graph, name, filters, visible: applyFilters(graph, filters), visuals: computeVisuals(graph, { ...settings, sizeBy }),
      search: buildSearchIndex(graph), selected: null, hovered: null,
    } as Omit<Loaded, 'sigma' | 'layout'> as Loaded;
    current = loaded;
    updateRender();
    const { nodeReducer, edgeReducer } = createReducers(() => loaded.visuals, renderState, settings);
    loaded.sigma = new Sigma(graph, els.graph, {
      nodeReducer, edgeReducer,
      edgeProgramClasses: EDGE_PROGRAMS, defaultEdgeType: 'arrow',
      renderEdgeLabels: false, hideEdgesOnMove: big, zIndex: !big,
      labelDensity: settings.labelDensity,
      labelGridCellSize: small ? settings.labelGridCellSize : settings.labelGridCellSizeLarge,
      labelRenderedSizeThreshold: small ? 0 : settings.labelRenderedSizeThreshold,
      allowInvalidContainer: true,
    });
    loaded.sigma.on('enterNode', ({ node }) => {
      loaded.hovered = node;
      updateRender();
      loaded.sigma.refresh({ schedule: true });
    });
    loaded.sigma.on('leaveNode', () => {
      loaded.hovered = null;
      updateRender();
      loaded.sigma.refresh({ schedule: true });
    });
    loaded.sigma.on('clickNode', ({ node }) => select(node));
    loaded.sigma.on('clickStage', () => select(null));
    loaded.layout = createLayout(graph, {
      barnesHutThreshold: settings.barnesHutThreshold, settleRatio: settings.layoutSettleRatio, maxMs: settings.layoutMaxMs,
      onStateChange: (s) => toolbar.setLayoutRunning(s === 'running'),
    });
    drawFilters();
    updateStatus();
    showPanel();
    say(`${name}: ${graph.order} entities, ${graph.size} relations${summary.hasPositions ? ' (positions from the file)' : ''}`);
    document.body.dataset.graph = name;
    if (!summary.hasPositions) loaded.layout.start();
  }

  els.header.append(
    createSearch({
      suggest: (q) => (current ? suggest(current.search, q, settings.maxSuggestions, (n) => current!.graph.degree(n)) : []),
      onSelect: select,
    }),
    toolbar.element,
  );
  els.filters.after(createEdgeLegend(settings));

  return {
    show,
    /** Loads and shows the graph at `url`; true once it is shown (sigma has rendered it), false on failure. */
    async load(url: string): Promise<boolean> {
      try {
        const graph = await fetchGraph(url, location.href);
        show(graph, url.split('?')[0]);
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
