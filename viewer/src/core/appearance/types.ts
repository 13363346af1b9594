export type EdgeProgram = 'arrow' | 'curved' | 'curvedDashed';

export interface NodeVisual {
  color: string;
  size: number;
}

export interface EdgeVisual {
  color: string;
  type: EdgeProgram;
  curvature: number;
}

export interface Visuals {
  nodes: Map<string, NodeVisual>;
  edges: Map<string, EdgeVisual>;
}
