// Large graphs' edges as 1-device-pixel lines on a 2D canvas instead of WebGL. Without a GPU, Chromium runs
// WebGL in software (SwiftShader), whose line fill is the slow part of a frame: 40k random 1 px lines cost
// 150–160 ms of GPU-process time per frame, the same lines stroked on a 2D canvas (Skia's hairline
// rasteriser) some 45 ms of the page's own (a micro-benchmark in headless Chromium on the 2-core
// development machine, not tuned on the bench graph). Lines wider than one device pixel leave Skia's hairline
// path and cost seconds, so the width is one device pixel, as WebGL's LINES draw it.
//
// The program is sigma's line program, so sigma's processing (reducers, hidden items zeroed, partial
// refreshes) fills its array as before; only render() differs: it reads that array and strokes one path
// per colour, each colour on a 2D layer of its own, redrawn only when its lines or the view changed. A colour
// is a tone (conflict, neutral, cooperation): unticking a predicate changes one tone's lines, and so
// rasterises about a third of them rather than all. Under a plain Sigma (the PNG export builds one) it draws
// with WebGL, as the program it extends.
import type Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/** The first 2D layer's id among sigma's canvases (its element is classed sigma-edgeLines; the next ones add 1, 2…). */
export const EDGE_LINES_LAYER = 'edgeLines';
/** colours past this many layers share the last one */
const MAX_LAYERS = 6;
export const edgeLinesLayerId = (layer: number) => (layer === 0 ? EDGE_LINES_LAYER : `${EDGE_LINES_LAYER}${layer}`);

/** A renderer that offers 2D layers for edge lines, sized to its view, and clears them when the view moves. */
export interface EdgeLinesHost {
  edgeLinesContext(layer: number, width: number, height: number, pixelRatio: number): CanvasRenderingContext2D | null;
  /** true while the lines wait for a later frame (the renderer then draws them itself) */
  holdEdgeLines(): boolean;
  /** the layers still show the lines as last drawn, for the current view (nothing moved or wiped them) */
  edgeLinesCurrent(): boolean;
  /** the layers now show the current view's lines */
  edgeLinesDrawn(): void;
}

const isHost = (r: unknown): r is Sigma & EdgeLinesHost => typeof (r as Partial<EdgeLinesHost> | null)?.edgeLinesContext === 'function';

/** A line layer, stacked above the previous one (the first just above sigma's then empty WebGL edge layer). */
export function edgeLinesCanvas(sigma: Sigma, layer: number): HTMLCanvasElement {
  const id = edgeLinesLayerId(layer);
  return sigma.getCanvases()[id] ?? sigma.createCanvas(id, { afterLayer: layer === 0 ? 'edges' : edgeLinesLayerId(layer - 1) });
}

/** The line layers a renderer has made so far. */
export function edgeLinesCanvases(sigma: Sigma): HTMLCanvasElement[] {
  const canvases = sigma.getCanvases(), out: HTMLCanvasElement[] = [];
  for (let i = 0; canvases[edgeLinesLayerId(i)]; i++) out.push(canvases[edgeLinesLayerId(i)]!);
  return out;
}

// sigma packs an RGBA colour into one float (its floatColor): the same bits read as an integer
// (module-level scratch reused by every call for the float→bits conversion: written and read within one
// cssColor call, so no state is carried between calls)
const FLOAT = new Float32Array(1);
const BITS = new Uint32Array(FLOAT.buffer);

function cssColor(packed: number): string {
  FLOAT[0] = packed;
  const v = BITS[0]!;
  // sigma clears the alpha's lowest bit (so that the float is never NaN): 254 stands for opaque
  const alpha = ((v >>> 24) | 1) / 255;
  return `rgba(${v & 0xff},${(v >>> 8) & 0xff},${(v >>> 16) & 0xff},${alpha.toFixed(3)})`;
}

/** Per layer: its colours, each followed by its line count and the lines' x1, y1, x2, y2, as last stroked. */
type LayerContent = Float32Array;

export class CanvasLineProgram extends EdgeLineProgram {
  private readonly layerOfColour = new Map<number, number>();
  private drawn: LayerContent[] = [];

  override render(params: RenderParams): void {
    const host = (this as unknown as { renderer: unknown }).renderer;
    if (!isHost(host)) return super.render(params);
    if (host.holdEdgeLines()) return;
    const current = host.edgeLinesCurrent();
    const content = this.hasNothingToRender() ? [] : this.layerContents(linesByColour(this.array, this.STRIDE));
    for (let layer = 0; layer < Math.max(content.length, this.drawn.length); layer++) {
      const next = content[layer] ?? EMPTY;
      if (current && sameContent(next, this.drawn[layer] ?? EMPTY)) continue;
      const context = host.edgeLinesContext(layer, params.width, params.height, params.pixelRatio);
      if (!context) continue;
      context.clearRect(0, 0, context.canvas.width, context.canvas.height);
      strokeLayer(context, next, params);
    }
    this.drawn = content;
    host.edgeLinesDrawn();
  }

  /** Each colour keeps the layer it was first given, so a change of one colour's lines redraws that layer alone. */
  private layerContents(byColour: Map<number, Float32Array>): LayerContent[] {
    const parts: number[][] = [];
    for (const colour of byColour.keys()) {
      if (!this.layerOfColour.has(colour)) this.layerOfColour.set(colour, Math.min(this.layerOfColour.size, MAX_LAYERS - 1));
      (parts[this.layerOfColour.get(colour)!] ??= []).push(colour);
    }
    return Array.from(parts, (colours = []) => {
      const out = new Float32Array(colours.reduce((n, c) => n + 2 + byColour.get(c)!.length, 0));
      let at = 0;
      for (const c of colours) {
        const lines = byColour.get(c)!;
        out[at++] = c;
        out[at++] = lines.length / 4;
        out.set(lines, at);
        at += lines.length;
      }
      return out;
    });
  }
}

const EMPTY = new Float32Array(0);

function sameContent(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The lines of a line program's array (per edge: x1, y1, colour, id, x2, y2, colour, id in framed graph
 * coordinates; hidden edges are all zero) by colour, as x1, y1, x2, y2 each.
 */
function linesByColour(array: Float32Array, stride: number): Map<number, Float32Array> {
  const counts = new Map<number, number>();
  for (let i = 0; i < array.length; i += stride) {
    const colour = array[i + 2]!;
    if (colour !== 0) counts.set(colour, (counts.get(colour) ?? 0) + 1); // 0: hidden (sigma zeroes it), or fully transparent
  }
  const out = new Map<number, Float32Array>(), filled = new Map<number, number>();
  for (const [colour, n] of counts) {
    out.set(colour, new Float32Array(n * 4));
    filled.set(colour, 0);
  }
  const half = stride / 2;
  for (let i = 0; i < array.length; i += stride) {
    const colour = array[i + 2]!;
    if (colour === 0) continue;
    const lines = out.get(colour)!, at = filled.get(colour)!;
    lines[at] = array[i]!;
    lines[at + 1] = array[i + 1]!;
    lines[at + 2] = array[i + half]!;
    lines[at + 3] = array[i + half + 1]!;
    filled.set(colour, at + 4);
  }
  return out;
}

/**
 * Strokes a layer's lines, one path per colour. The path is built under sigma's camera matrix and stroked under
 * the pixel ratio alone, so the width stays one device pixel.
 */
function strokeLayer(context: CanvasRenderingContext2D, content: LayerContent, p: RenderParams): void {
  const m = p.matrix, w = p.width / 2, h = p.height / 2, r = p.pixelRatio;
  // sigma's matrix maps framed graph coordinates to clip space; this maps them on to CSS pixels
  const toCss: [number, number, number, number, number, number] = [m[0]! * w, -m[1]! * h, m[3]! * w, -m[4]! * h, (m[6]! + 1) * w, (1 - m[7]!) * h];
  context.lineWidth = 1;
  for (let at = 0; at < content.length;) {
    const colour = content[at]!, end = at + 2 + content[at + 1]! * 4;
    context.setTransform(r * toCss[0], r * toCss[1], r * toCss[2], r * toCss[3], r * toCss[4], r * toCss[5]);
    context.beginPath();
    for (at += 2; at < end; at += 4) {
      context.moveTo(content[at]!, content[at + 1]!);
      context.lineTo(content[at + 2]!, content[at + 3]!);
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.strokeStyle = cssColor(colour);
    context.stroke();
  }
}
