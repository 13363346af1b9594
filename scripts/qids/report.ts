// The join's report (data/gazetteer/qids/REPORT.md): coverage by file and every entry left without a
// confirmed QID, with the reason. Deterministic: same outcomes, same bytes.
import type { GazetteerEntry } from '../../src/entities/gazetteer.ts';
import type { Outcome, Provenance } from './join.ts';
import type { SourceSpec } from './sources.ts';

interface ReportInput {
  specs: readonly SourceSpec[];
  outcomes: readonly Outcome[];
  files: readonly { name: string; entries: GazetteerEntry[] }[];
}

const cand = (p: Provenance) => `${p.qid} (${p.source} ${p.row}: "${p.sourceName}")`;
const section = (title: string, intro: string, lines: string[]) =>
  [`## ${title} (${lines.length})`, '', intro, '', ...(lines.length ? lines : ['none']), ''];

function coverage(input: ReportInput): string[] {
  const confirmed = new Set(input.outcomes.flatMap((o) => (o.status === 'joined' || o.status === 'confirmed' ? [o.id] : [])));
  const rows = input.files.map((f) => {
    const withQid = f.entries.filter((e) => e.qid).length;
    const sourced = f.entries.filter((e) => confirmed.has(e.id)).length;
    return `| ${f.name} | ${f.entries.length} | ${withQid} | ${sourced} |`;
  });
  const all = input.files.flatMap((f) => f.entries);
  const total = `| **all** | ${all.length} | ${all.filter((e) => e.qid).length} | ${all.filter((e) => confirmed.has(e.id)).length} |`;
  return ['| file | entries | with a QID | QID confirmed by a source row |', '| --- | --- | --- | --- |', ...rows, total, ''];
}

function missingByFile(input: ReportInput, status: 'no-row' | 'no-source'): string[] {
  const ids = new Set(input.outcomes.filter((o) => o.status === status).map((o) => o.id));
  return input.files.flatMap((f) => {
    const mine = f.entries.filter((e) => ids.has(e.id));
    return mine.length ? [`- \`${f.name}\` (${mine.length}): ${mine.map((e) => e.id).join(', ')}`] : [];
  });
}

export function renderReport(input: ReportInput): string {
  const of = <S extends Outcome['status']>(s: S) => input.outcomes.filter((o): o is Extract<Outcome, { status: S }> => o.status === s);
  return [
    '# Wikidata QIDs: the join\'s report',
    '',
    'Written by `scripts/build-qids.ts` (do not edit). Each joined or confirmed QID has a row in `provenance.tsv`:',
    'the source, the row, and the source\'s own name string, which equals the entry\'s name or one of its aliases.',
    '',
    '## Sources read',
    '',
    ...input.specs.map((s) => `- **${s.id}**: ${s.title}; \`${s.repo}\` at commit \`${s.commit}\`; ${s.license}`),
    '',
    '## Coverage by file',
    '',
    ...coverage(input),
    ...section('Contradicted', 'An entry\'s QID that a source row names differently: kept as it was, to be checked by hand.',
      of('contradicted').map((o) => `- \`${o.id}\` has ${o.qid}; ${cand(o.prov)}`)),
    ...section('Ambiguous', 'More than one QID for the same name, kind and country: no QID given.',
      of('ambiguous').map((o) => `- \`${o.id}\`: ${o.candidates.map(cand).join('; ')}`)),
    ...section('QID already on another entry', 'A joined QID that another entry already carries: given to neither new one.',
      of('qid-taken').map((o) => `- \`${o.id}\`: ${cand(o.prov)}, held by ${o.by}`)),
    ...section('Joined by name and country alone', 'A person the source records in another post of the same state, none of the entry\'s: joined by exact name, type and country (every row of the name gives one QID). Check these first.',
      input.outcomes.flatMap((o) => ((o.status === 'joined' || o.status === 'confirmed') && o.note ? [`- \`${o.id}\`: ${cand(o.prov)}`] : []))),
    ...section('Name matched, office disagrees', 'A person\'s name matched, but no office in the source agrees with the entry\'s roles.',
      of('role-disagrees').map((o) => `- \`${o.id}\`: ${o.candidates.map(cand).join('; ')}`)),
    ...section('QIDs no source confirms', 'QIDs typed by hand before this generator (see README); no source row confirms them yet.',
      input.outcomes.filter((o) => o.status === 'unconfirmed').map((o) => `- \`${o.id}\``)),
    ...section('No row in a source', 'A source covers this kind of entry, but has no row of this name (or alias) in this country.',
      missingByFile(input, 'no-row')),
    ...section('No source for this kind', 'No source read here covers this kind of entry (events, news media, companies, treaties and peoples, armed groups, government organs, legislatures, think tanks and NGOs, landmarks...).',
      missingByFile(input, 'no-source')),
  ].join('\n');
}
