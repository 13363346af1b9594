// The gazetteer's multi-word names as compromise lexicon entries, so that its tagger reads them as names
// ("Xi Jinping" as a Person) and tags the words around them better. Single words are left out: a lexicon
// entry is case-blind, and "chad" or "turkey" in lower case are not countries.
import type { GazetteerEntry } from '../model/gazetteer.ts';
import type { LexiconData } from './plugin.ts';

const TAG_OF_TYPE = { PERSON: 'Person', COUNTRY: 'Country', LOCATION: 'Place', ORGANIZATION: 'Organization' } as const;

export function lexiconFromGazetteer(entries: Iterable<GazetteerEntry>): LexiconData {
  const words: Record<string, string> = {};
  for (const e of entries) {
    const tag = TAG_OF_TYPE[e.type as keyof typeof TAG_OF_TYPE];
    // (a generated list's name is one only where it stands alone, which a case-blind lexicon cannot tell)
    if (!tag || e.standalone) continue;
    for (const name of [e.name, ...(e.aliases ?? [])]) {
      const key = name.toLowerCase().replace(/^the /, '');
      if (/\s/.test(key) && /^[\p{L} .'-]+$/u.test(key) && !(key in words)) words[key] = tag;
    }
  }
  return { words };
}

/** light verbs whose object is an event noun ("carried out strikes on X", "launched attacks on Y", "stepped up raids in Z"), every form */
export const LIGHT_VERB_FORMS: readonly string[] = ['carry', 'carries', 'carried', 'carrying', 'conduct', 'conducts', 'conducted', 'conducting', 'launch', 'launches', 'launched',
  'launching', 'stage', 'stages', 'staged', 'staging', 'mount', 'mounts', 'mounted', 'mounting', 'step', 'steps', 'stepped', 'stepping'];

/** Verbs of leading that compromise tags a plural noun right after an apposition's closing comma (see plugin.ts). */
export const LEADING_VERB_FORMS: readonly string[] = ['leads', 'heads', 'chairs', 'commands'];

/**
 * Abbreviations compromise's sentence splitter does not know: a full stop after one ends no sentence. "the Rt. Hon. X"
 * (seen: news-fresh19 sa-dahal-india-visit-readout, news-fresh25 ea-takaichi-gyeongju-apec-readout, news-fresh26
 * sa-oli-beijing-visit-readout).
 */
export const ABBREVIATIONS: readonly string[] = ['rt'];
