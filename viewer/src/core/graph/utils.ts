import { ENTITY_TYPES, type EntityType } from '../../../../src/model/types.ts';
import { PREDICATE_TABLE, isPredicate } from '../../../../src/model/predicates.ts';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../../../../src/model/types.ts';

/** Formats such as GEXF flatten lists to strings: accept a JSON array, else a "|"-separated list. */
export function toList<T = string>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  if (typeof value !== 'string' || value.trim() === '') return [];
  const s = value.trim();
  if (s.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed as T[];
    } catch {
      /* not JSON after all: fall through to the plain list */
    }
  }
  return s.split('|').map((x) => x.trim()).filter(Boolean) as T[];
}

const toBool = (v: unknown) => v === true || v === 'true' || v === 1 || v === '1';
const finite = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** One node's attributes as the contract wants them, or an error message. */
export function normalizeNode(key: string, raw: Record<string, unknown>): NodeAttributes | string {
  const label = str(raw.label) ?? key;
  const type = String(raw.type ?? '').toUpperCase();
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) return `node "${key}" has no SCHEMA entity type (got "${String(raw.type ?? '')}")`;
  const attrs: NodeAttributes = {
    label, type: type as EntityType,
    aliases: toList<string>(raw.aliases).filter((a) => typeof a === 'string'),
    mentions: toList(raw.mentions),
  };
  for (const k of ['kind', 'qid', 'gazetteerId'] as const) if (str(raw[k])) attrs[k] = str(raw[k]);
  const x = finite(raw.x), y = finite(raw.y);
  if (x !== undefined && y !== undefined) Object.assign(attrs, { x, y });
  return attrs;
}

/** Edge dates: first and last of the evidence's event or article dates, else the stored ones. */
function dateSpan(evidence: Evidence[], raw: Record<string, unknown>): [string | undefined, string | undefined] {
  const dates = evidence.map((e) => e.date ?? e.articleDate).filter((d): d is string => typeof d === 'string' && d !== '').sort();
  return [dates[0] ?? str(raw.firstSeen), dates[dates.length - 1] ?? str(raw.lastSeen)];
}

export function normalizeEdge(raw: Record<string, unknown>): EdgeAttributes | string {
  const predicate = String(raw.predicate ?? raw.label ?? '').toUpperCase().replace(/^NOT[ _]/, '');
  if (!isPredicate(predicate)) return `edge has no SCHEMA predicate (got "${String(raw.predicate ?? '')}")`;
  const spec = PREDICATE_TABLE[predicate];
  const evidence = toList<Evidence>(raw.evidence).filter((e) => e && typeof e === 'object');
  const attrs: EdgeAttributes = {
    predicate, negated: toBool(raw.negated), cameo: str(raw.cameo) ?? spec.cameo,
    score: finite(raw.score) ?? spec.score, confidence: finite(raw.confidence) ?? 1,
    evidence, count: finite(raw.count) ?? evidence.length,
  };
  const modality = str(raw.modality);
  if (modality) attrs.modality = modality as EdgeAttributes['modality'];
  const [first, last] = dateSpan(evidence, raw);
  if (first) attrs.firstSeen = first;
  if (last) attrs.lastSeen = last;
  return attrs;
}
