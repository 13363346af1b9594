export type GraphFormat = 'json' | 'gexf';

export interface LoadedGraphFile {
  name: string;
  format: GraphFormat;
  text: string;
}
