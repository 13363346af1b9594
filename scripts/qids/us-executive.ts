// Gazetteer entries for US presidents and vice presidents that the gazetteer lacks, made from the source's own
// rows (name, Wikidata id, offices with their dates): people-us-executive.json is generated, never edited.
import type { GazetteerEntry, GazetteerRole } from '../../src/entities/gazetteer.ts';
import { nameKey } from './join.ts';
import type { SourceRow } from './sources.ts';

export const US_EXECUTIVE_FILE = 'people-us-executive.json';

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Consecutive terms of one office are one role: 2009–2013 and 2013–2017 → 2009–2017. */
function mergedRoles(terms: NonNullable<SourceRow['terms']>): GazetteerRole[] {
  const out: GazetteerRole[] = [];
  for (const t of [...terms].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    const last = out.at(-1);
    if (last && last.role === t.role && last.to === t.from) last.to = t.to;
    else out.push({ role: t.role, of: 'country:USA', from: t.from, ...(t.to ? { to: t.to } : {}) });
  }
  return out;
}

/**
 * An entry for each office holder whose offices had all ended by the snapshot's date (so every date is a fact,
 * not a scheduled end), unless an entry already has the QID or the name. Named by the source's Wikipedia title
 * only: a first-and-last form ("George Bush") may name a relative.
 */
export function usExecutiveEntries(rows: readonly SourceRow[], entries: readonly GazetteerEntry[], asOf: string): GazetteerEntry[] {
  const qids = new Set(entries.map((e) => e.qid).filter(Boolean));
  const names = new Set(entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(nameKey));
  return rows
    .filter((r) => r.source === 'congress-legislators' && r.terms?.length && r.terms.every((t) => t.to && t.to <= asOf))
    .filter((r) => !qids.has(r.qid) && !names.has(nameKey(r.names[0]!)))
    .map((r): GazetteerEntry => ({
      id: `person:${slug(r.names[0]!)}`, name: r.names[0]!, type: 'PERSON', kind: 'politician', qid: r.qid, country: 'country:USA', roles: mergedRoles(r.terms!),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
