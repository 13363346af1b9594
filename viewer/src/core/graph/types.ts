import type Graph from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../../../src/model/types.ts';

/** The graph the viewer holds: geokg's contract, with layout positions possibly filled in. */
export type ViewerGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type { EdgeAttributes, NodeAttributes, GraphAttributes };

export interface GraphSummary {
  nodes: number;
  edges: number;
  /** every node came with finite x and y */
  hasPositions: boolean;
}
