// Flat attribute codecs for formats whose attribute values are scalars (GEXF, GraphML, CSV):
// object-valued attributes travel as JSON strings, so nothing becomes "[object Object]".
import { jsonText } from '../util/json.ts';
import { xmlSafe, xmlSafeJson } from './xml.ts';

export type Scalar = string | number | boolean;

/** Object-valued attributes of the contract, written as JSON under their own name. */
export const JSON_ATTRIBUTES: ReadonlySet<string> = new Set(['aliases', 'mentions', 'evidence']);
/** Other object-valued attributes (someone's future field) get this suffix, so a reader knows to decode them. */
const JSON_SUFFIX = ':json';

/** Attributes as scalars, in sorted key order (so output never depends on insertion order). */
export function flattenAttributes(attrs: Record<string, unknown>, skip: ReadonlySet<string> = new Set()): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const name of Object.keys(attrs).sort()) {
    const v = attrs[name];
    if (skip.has(name) || v === undefined || v === null) continue;
    if (typeof v === 'object') out[JSON_ATTRIBUTES.has(name) ? name : name + JSON_SUFFIX] = xmlSafeJson(jsonText(v));
    else if (typeof v === 'string') out[name] = xmlSafe(v);
    else if (typeof v === 'number' || typeof v === 'boolean') out[name] = v;
  }
  return out;
}

/** The inverse of flattenAttributes; a JSON value that does not parse is kept as the string it is. */
export function unflattenAttributes(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(flat)) {
    const json = JSON_ATTRIBUTES.has(name) || name.endsWith(JSON_SUFFIX);
    const key = name.endsWith(JSON_SUFFIX) ? name.slice(0, -JSON_SUFFIX.length) : name;
    if (json && typeof v === 'string') {
      try {
        out[key] = JSON.parse(v);
      } catch {
        out[key] = v;
      }
    } else out[key] = v;
  }
  return out;
}
