import type { RelationGroup } from './types.ts';

/** Outgoing before incoming, then by predicate, then by evidence count. */
export function sortGroups(groups: RelationGroup[]): RelationGroup[] {
  for (const g of groups) g.relations.sort((a, b) => b.attributes.evidence.length - a.attributes.evidence.length || a.edge.localeCompare(b.edge));
  return groups.sort((a, b) => (a.direction === b.direction ? a.predicate.localeCompare(b.predicate) : a.direction === 'out' ? -1 : 1));
}

export interface Segment {
  text: string;
  role?: 'subject' | 'object';
}

/** Cuts a sentence around the first occurrences of the subject and object texts, for highlighting. */
export function highlightSegments(sentence: string, subjectText: string, objectText: string): Segment[] {
  const spans: { start: number; end: number; role: 'subject' | 'object' }[] = [];
  const place = (text: string, role: 'subject' | 'object') => {
    if (!text) return;
    let from = 0;
    for (;;) {
      const at = sentence.indexOf(text, from);
      if (at < 0) return;
      const end = at + text.length;
      if (!spans.some((s) => at < s.end && end > s.start)) {
        spans.push({ start: at, end, role });
        return;
      }
      from = at + 1;
    }
  };
  // the longer one first, so "Putin" inside "Vladimir Putin" does not steal the subject's place
  const [first, second] = subjectText.length >= objectText.length
    ? [[subjectText, 'subject'], [objectText, 'object']] as const
    : [[objectText, 'object'], [subjectText, 'subject']] as const;
  place(first[0], first[1]);
  place(second[0], second[1]);
  spans.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push({ text: sentence.slice(at, s.start) });
    out.push({ text: sentence.slice(s.start, s.end), role: s.role });
    at = s.end;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at) });
  return out;
}
