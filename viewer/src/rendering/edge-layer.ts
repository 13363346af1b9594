// The edge layer, kept across frames where no edge changed. Sigma clears and redraws every layer on every
// render; software WebGL (headless Chromium, machines without a GPU) spends most of such a frame rasterising
// the edges (40k lines: some 130 ms of a 170 ms frame, measured with a Chromium trace), although a selection,
// a hover or a size mapping changes only nodes. Through sigma's own extension points (a subclass overriding
// its public clear(), and edge programs, which sigma lets us supply), the edge canvas is left untouched while
// no edge was reprocessed and the view did not move: WebGL then keeps showing the frame drawn last.
import Sigma from 'sigma';
import type { EdgeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { edgeLinesCanvas, edgeLinesCanvases, type EdgeLinesHost } from './canvas-lines.ts';

interface EdgeLayerState {
  /** an edge was (re)processed since the layer was last drawn */
  changed: boolean;
  /** this render leaves the edge layer as it is */
  keep: boolean;
  /** the view (camera and size) the layer was last drawn for, null when it holds nothing valid */
  drawnView: string | null;
  /** 2D edge lines wait for the first frame to be shown (see holdEdgeLines): not yet asked, waiting, drawn */
  lines: 'first' | 'held' | 'drawn';
  /** the animation frame that will draw held edge lines */
  heldFrame: number;
  /** the view the 2D line layers were last drawn for */
  linesView: string | null;
  /** this render found the line layers showing that view: only changed lines need drawing */
  linesCurrent: boolean;
}

// sigma's own layers (asking a canvas without a context for one would create it, so only these are asked)
const WEBGL_CANVASES = ['nodes', 'hoverNodes'] as const;
const CANVAS_2D = ['labels', 'hovers', 'edgeLabels'] as const;

function webgl(canvas: HTMLCanvasElement | undefined): WebGL2RenderingContext | WebGLRenderingContext | null {
  return canvas?.getContext('webgl2') ?? canvas?.getContext('webgl') ?? null;
}

export class KeptEdgesSigma extends Sigma implements EdgeLinesHost {
  // `declare`: no field initialiser, as sigma's constructor already renders (and so clears) before it would run
  declare private edgeLayerState?: EdgeLayerState;

  /**
   * Each render is followed by a flush of the WebGL layers (sigma's afterRender event; the constructor's own
   * render, done before a listener can exist, is flushed at once). Software WebGL draws in Chromium's GPU
   * process, which starts on a frame's commands only once they are flushed; unflushed, they waited for the
   * frame's commit (its read-back of the WebGL canvases), after all the page's own work, the 2D layers'
   * rasterising included, so the two ran one after the other (a Chromium trace of a filter change at 40k
   * edges: 55 ms rasterising the 2D edge layer, then 75 ms waiting for WebGL's nodes). Flushed, the GPU
   * process draws while the page works.
   */
  constructor(...args: ConstructorParameters<typeof Sigma>) {
    super(...args);
    this.flushWebGL();
    this.on('afterRender', () => this.flushWebGL());
  }

  private flushWebGL(): void {
    const canvases = this.getCanvases();
    for (const id of ['edges', ...WEBGL_CANVASES] as const) webgl(canvases[id])?.flush();
  }

  edgeLayer(): EdgeLayerState {
    return (this.edgeLayerState ??= { changed: true, keep: false, drawnView: null, lines: 'first', heldFrame: 0, linesView: null, linesCurrent: false });
  }

  /** What the edge layer's pixels depend on besides the edges themselves. */
  viewKey(): string {
    const c = this.getCamera().getState();
    const d = this.getDimensions();
    return `${c.x},${c.y},${c.ratio},${c.angle},${d.width},${d.height},${window.devicePixelRatio}`;
  }

  /**
   * The first render leaves the 2D edge lines for the frame after it, which then draws them: the page shows
   * the nodes and labels first. Stroking 40k lines costs the renderer's main thread a large share of that
   * render (a CPU profile and a Chromium trace at 10k nodes / 40k edges, the 2-core machine loaded: some 25 ms
   * building the paths, 65 ms rasterising them), which all delayed the first frame; WebGL's lines never did,
   * as the GPU process draws those after the page's task.
   */
  holdEdgeLines(): boolean {
    const layer = this.edgeLayer();
    if (layer.lines === 'first') {
      layer.lines = 'held';
      // one frame to show the nodes, then the next one draws the edges (every edge program held till then)
      layer.heldFrame = requestAnimationFrame(() => {
        layer.lines = 'drawn';
        layer.changed = true; // so that the render draws the layer rather than keep it
        this.scheduleRender();
      });
    }
    return layer.lines === 'held';
  }

  override kill(): void {
    cancelAnimationFrame(this.edgeLayer().heldFrame);
    super.kill();
  }

  edgeLinesCurrent(): boolean {
    return this.edgeLayer().linesCurrent;
  }

  edgeLinesDrawn(): void {
    this.edgeLayer().linesView = this.viewKey();
  }

  /** A 2D layer that large graphs' edge lines are drawn on (see canvas-lines.ts), sized to the view. */
  edgeLinesContext(layer: number, width: number, height: number, pixelRatio: number): CanvasRenderingContext2D | null {
    const canvas = edgeLinesCanvas(this, layer);
    const [w, h] = [Math.round(width * pixelRatio), Math.round(height * pixelRatio)];
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    return canvas.getContext('2d');
  }

  /**
   * Sigma's clear(), leaving the edge canvas alone when it already shows this frame's edges. Edge picking
   * (enableEdgeEvents) redraws the edges into a picking texture each frame, so it always redraws.
   */
  override clear(): this {
    const layer = this.edgeLayer();
    layer.keep = !layer.changed && layer.drawnView === this.viewKey() && !this.getSetting('enableEdgeEvents');
    if (!layer.keep) {
      layer.changed = false;
      layer.drawnView = null;
      // the line layers are redrawn by their program where their lines changed; once the view moves, all are
      // stale (and while it moves, sigma may draw no edges at all)
      // (decided once a render, before any edge program draws)
      layer.linesCurrent = layer.linesView !== null && layer.linesView === this.viewKey();
      if (!layer.linesCurrent) {
        for (const lines of edgeLinesCanvases(this)) lines.getContext('2d')?.clearRect(0, 0, lines.width, lines.height);
        layer.linesView = null;
      }
      return super.clear();
    }
    this.emit('beforeClear');
    const canvases = this.getCanvases();
    for (const id of WEBGL_CANVASES) {
      const gl = webgl(canvases[id]);
      if (!gl) continue;
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      gl.clear(gl.COLOR_BUFFER_BIT);
    }
    const { width, height } = this.getDimensions();
    for (const id of CANVAS_2D) canvases[id]?.getContext('2d')?.clearRect(0, 0, width, height);
    this.emit('afterClear');
    return this;
  }
}

/**
 * An edge program that tells a KeptEdgesSigma when its data changes, and skips drawing while the layer is
 * kept. Under any other renderer (the PNG export builds a plain Sigma) it behaves as the program it wraps.
 */
export function keptEdges<T extends EdgeProgramType>(Base: T): T {
  type Instance = InstanceType<EdgeProgramType> & { renderer?: unknown; capacity?: number };
  const Concrete = Base as unknown as new (...args: ConstructorParameters<EdgeProgramType>) => Instance;
  const layerOf = (p: Instance) => (p.renderer instanceof KeptEdgesSigma ? p.renderer : null);
  class Kept extends Concrete {
    override process(...args: Parameters<Instance['process']>): void {
      const r = layerOf(this);
      if (r) r.edgeLayer().changed = true;
      super.process(...args);
    }
    override reallocate(capacity: number): void {
      const r = layerOf(this);
      if (r && capacity !== this.capacity) r.edgeLayer().changed = true;
      super.reallocate(capacity);
    }
    override render(params: RenderParams): void {
      const r = layerOf(this);
      if (r?.edgeLayer().keep) return;
      super.render(params);
      if (r) r.edgeLayer().drawnView = r.viewKey();
    }
  }
  return Kept as unknown as T;
}
