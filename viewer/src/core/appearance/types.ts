export type EdgeProgram = 'arrow' | 'curved' | 'curvedDashed';

export interface NodeVisual {
  color: string;
  size: number;
}

export interface EdgeVisual {
  color: string;
  /** thickness before the graph-size and focus factors: grows with the evidence count */
  size: number;
  type: EdgeProgram;
  curvature: number;
}

export interface Visuals {
  nodes: Map<string, NodeVisual>;
  edges: Map<string, EdgeVisual>;
}
