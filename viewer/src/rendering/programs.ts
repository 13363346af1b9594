// Edge programs. @sigma/edge-curve has no dashed variant, so its curved-arrow fragment shader is
// extended (through getDefinition, the program's own hook) to drop fragments in regular gaps along the chord.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import { keptEdges } from './edge-layer.ts';

const DASH_PX = '7.0';
const DASH_GLSL = `
  {
    vec2 chord = v_cpC - v_cpA;
    float along = dot(gl_FragCoord.xy - v_cpA, chord / max(length(chord), 1e-6));
    if (mod(along, 2.0 * ${DASH_PX}) > ${DASH_PX}) thickness = 0.0;
  }
`;
const ANCHOR = 'float halfThickness = thickness / 2.0;';

type ProgramClass = typeof EdgeCurvedArrowProgram;
interface Definition { FRAGMENT_SHADER_SOURCE: string }
// The published type hides getDefinition (it is declared on the abstract base); the class has it.
type WithDefinition = new (...args: never[]) => { getDefinition(): Definition };

function dashed(Base: ProgramClass): ProgramClass {
  const Concrete = Base as unknown as WithDefinition;
  class DashedProgram extends Concrete {
    override getDefinition(): Definition {
      const def = super.getDefinition();
      return { ...def, FRAGMENT_SHADER_SOURCE: def.FRAGMENT_SHADER_SOURCE.replace(ANCHOR, `${DASH_GLSL}\n  ${ANCHOR}`) };
    }
  }
  return DashedProgram as unknown as ProgramClass;
}

// Every edge program keeps the edge layer across frames where no edge changed (see edge-layer.ts); sigma's
// default "line" is replaced too, so that no program draws over a kept layer.
export const EDGE_PROGRAMS = {
  arrow: keptEdges(EdgeArrowProgram),
  curved: keptEdges(EdgeCurvedArrowProgram),
  curvedDashed: keptEdges(dashed(EdgeCurvedArrowProgram)),
  line: keptEdges(EdgeLineProgram),
};

export type EdgeProgramName = Exclude<keyof typeof EDGE_PROGRAMS, 'line'>;

/**
 * Sigma's line program without blending. Its lines are 1 px, unsmoothed and, here, always opaque (edge colours
 * are #rrggbb settings; hidden edges are zero-length and draw nothing), so blending changes no pixel, but it
 * costs software WebGL about a tenth of the frame at 40k edges (GPU-process CPU time, measured). drawWebGL is
 * the program's public per-draw hook.
 */
class OpaqueLineProgram extends EdgeLineProgram {
  override drawWebGL(method: number, info: Parameters<EdgeLineProgram['drawWebGL']>[1]): void {
    info.gl.disable(info.gl.BLEND);
    super.drawWebGL(method, info);
    info.gl.enable(info.gl.BLEND);
  }
}
const LARGE_GRAPH_LINE = keptEdges(OpaqueLineProgram);

/**
 * Programs for large graphs: plain lines and points, drawn without instancing. Software WebGL (headless
 * Chromium, machines without a GPU) pays per instance: at 40k edges, the arrow and curve programs cost
 * seconds a frame there, and every selection or filter change waits for one frame. Arrows, widths and
 * dashes cannot be read at that density anyway.
 */
export const LARGE_GRAPH_PROGRAMS = {
  edges: { arrow: LARGE_GRAPH_LINE, curved: LARGE_GRAPH_LINE, curvedDashed: LARGE_GRAPH_LINE, line: LARGE_GRAPH_LINE } as unknown as typeof EDGE_PROGRAMS,
  nodes: { circle: NodePointProgram } as unknown as { circle: typeof NodeCircleProgram },
};
