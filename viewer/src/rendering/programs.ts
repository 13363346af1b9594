// Edge programs. @sigma/edge-curve has no dashed variant, so its curved-arrow fragment shader is
// extended (through getDefinition, the program's own hook) to drop fragments in regular gaps along the chord.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram, NodePointProgram, type EdgeProgramType } from 'sigma/rendering';
import { CanvasLineProgram } from './canvas-lines.ts';
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

const asEveryType = (line: EdgeProgramType) => ({ arrow: line, curved: line, curvedDashed: line, line }) as unknown as typeof EDGE_PROGRAMS;

/**
 * Programs for large graphs: plain lines and points, drawn without instancing. Software WebGL (headless
 * Chromium, machines without a GPU) pays per instance and per pixel: at 40k edges, the arrow and curve programs
 * cost seconds a frame there, WebGL's 1 px lines some 150 ms (2D canvas lines a third of that, see
 * canvas-lines.ts), and every selection or filter change waits for one frame. Arrows, widths and dashes cannot
 * be read at that density anyway.
 */
export const LARGE_GRAPH_PROGRAMS = {
  edges: asEveryType(keptEdges(EdgeLineProgram)),
  canvasEdges: asEveryType(keptEdges(CanvasLineProgram)),
  nodes: { circle: NodePointProgram } as unknown as { circle: typeof NodeCircleProgram },
};
