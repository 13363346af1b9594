// graphology-gexf's value parser (common/helpers.js), which its package ships without types.
declare module 'graphology-gexf/common/helpers.js' {
  const helpers: { parseValue(type: string, value: string): unknown };
  export default helpers;
}
