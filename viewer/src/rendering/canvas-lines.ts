// Large graphs' edges as 1-device-pixel lines on a 2D canvas instead of WebGL. Without a GPU, Chromium runs
// WebGL in software (SwiftShader), whose line fill is the slow part of a frame: 40k random 1 px lines cost
// 150–160 ms of GPU-process time per frame, the same lines stroked on a 2D canvas (Skia's hairline
// rasteriser) some 45 ms of the page's own (a micro-benchmark in headless Chromium on the 2-core
// development machine, not tuned on the bench graph). Lines wider than one device pixel leave Skia's hairline
// path and cost seconds, so the width is one device pixel, as WebGL's LINES draw it.
//
// The program is sigma's line program, so sigma's processing (reducers, hidden items zeroed, partial
// refreshes) fills its array as before; only render() differs: it reads that array and strokes one path
// per colour on the renderer's 2D layer. Under a plain Sigma (the PNG export builds one) it draws with
// WebGL, as the program it extends.
import type Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/** The 2D layer's id among sigma's canvases (its element is classed sigma-edgeLines). */
export const EDGE_LINES_LAYER = 'edgeLines';

/** A renderer that offers a 2D layer for edge lines, sized to its view, and clears it with its own frame. */
export interface EdgeLinesHost {
  edgeLinesContext(width: number, height: number, pixelRatio: number): CanvasRenderingContext2D | null;
  /** true while the lines wait for a later frame (the renderer then draws them itself) */
  holdEdgeLines(): boolean;
}

const isHost = (r: unknown): r is Sigma & EdgeLinesHost => typeof (r as Partial<EdgeLinesHost> | null)?.edgeLinesContext === 'function';

/** The 2D layer just above sigma's (then empty) WebGL edge layer, created once per renderer. */
export function edgeLinesCanvas(sigma: Sigma): HTMLCanvasElement {
  return sigma.getCanvases()[EDGE_LINES_LAYER] ?? sigma.createCanvas(EDGE_LINES_LAYER, { afterLayer: 'edges' });
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

export class CanvasLineProgram extends EdgeLineProgram {
  override render(params: RenderParams): void {
    const host = (this as unknown as { renderer: unknown }).renderer;
    if (!isHost(host)) return super.render(params);
    if (host.holdEdgeLines()) return;
    const context = host.edgeLinesContext(params.width, params.height, params.pixelRatio);
    if (context && !this.hasNothingToRender()) strokeLines(context, this.array, this.STRIDE, params);
  }
}

/**
 * Strokes the lines of a line program's array (per edge: x1, y1, colour, id, x2, y2, colour, id in framed
 * graph coordinates; hidden edges are all zero), one path per colour. The path is built under sigma's
 * camera matrix and stroked under the pixel ratio alone, so the width stays one device pixel.
 */
function strokeLines(context: CanvasRenderingContext2D, array: Float32Array, stride: number, p: RenderParams): void {
  const byColour = new Map<number, number[]>();
  for (let i = 0; i < array.length; i += stride) {
    const colour = array[i + 2]!;
    if (colour === 0) continue; // a hidden edge (sigma zeroes it), or a fully transparent one
    const list = byColour.get(colour);
    if (list) list.push(i);
    else byColour.set(colour, [i]);
  }
  const m = p.matrix, w = p.width / 2, h = p.height / 2, r = p.pixelRatio;
  // sigma's matrix maps framed graph coordinates to clip space; this maps them on to CSS pixels
  const toCss: [number, number, number, number, number, number] = [m[0]! * w, -m[1]! * h, m[3]! * w, -m[4]! * h, (m[6]! + 1) * w, (1 - m[7]!) * h];
  const half = stride / 2;
  context.lineWidth = 1;
  for (const [colour, starts] of byColour) {
    context.setTransform(r * toCss[0], r * toCss[1], r * toCss[2], r * toCss[3], r * toCss[4], r * toCss[5]);
    context.beginPath();
    for (const i of starts) {
      context.moveTo(array[i]!, array[i + 1]!);
      context.lineTo(array[i + half]!, array[i + half + 1]!);
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.strokeStyle = cssColor(colour);
    context.stroke();
  }
}
