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
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const free = (at: number, end: number) => !spans.some((s) => at < s.end && end > s.start);
  // a whole-word occurrence first ("his" is not the one inside "This"), else any occurrence
  const find = (text: string, wholeWord: boolean): number => {
    for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
      const end = at + text.length;
      const bounded = !isWordChar(sentence[at - 1]) && !isWordChar(sentence[end]);
      if (free(at, end) && (bounded || !wholeWord)) return at;
    }
    return -1;
  };
  const place = (text: string, role: 'subject' | 'object') => {
    if (!text) return;
    const at = find(text, true) >= 0 ? find(text, true) : find(text, false);
    if (at >= 0) spans.push({ start: at, end: at + text.length, role });
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
