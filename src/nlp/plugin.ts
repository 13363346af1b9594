// geokg's one compromise plugin: our lexicon (the gazetteer's multi-word names) and the tags it adds.
// Kept as data in, plugin object out, following compromise's own plugin shape. The match patterns for
// what compromise misses (coordinated organisation names, "X-Y war", titles before names) run as plain
// passes over the tagged tokens in src/entities, so that each unit is parsed once.
import { ABBREVIATIONS, LEADING_VERB_FORMS, LIGHT_VERB_FORMS } from './lexicon.ts';
import { fastBulkMatch } from './sweep.ts';
import { fastMatch } from './match.ts';

export interface LexiconData {
  /** word or phrase → compromise tag (e.g. "xi jinping": "Person") */
  words: Record<string, string>;
}

// compromise tags the plural event noun after a light verb and its particle as a present-tense verb ("carried out
// strikes/Verb on"): a hook after its own tagger re-tags it Plural, so every later reader (entities, clauses,
// constructions) sees a noun. The pattern is parsed once, here.
const LIGHT_VERB_OBJECT = `(${LIGHT_VERB_FORMS.join('|')}) (out|up)? [#PresentTense] (on|against|across|in|at|into|near|over)`;

// compromise tags "cut" before "ties"/"relations" a singular noun ("Chile cut/Noun ties with Peru", "has cut/Noun
// diplomatic ties"): the same hook re-tags it a past-tense verb, so the clause layer finds the clause's verb.
const CUT_TIES = '[cut] (off|all)? (diplomatic|formal|official|military|economic|its|their)? (ties|relations|links)';

// compromise tags a verb of leading right after an apposition's closing comma a plural noun ("X, a former officer,
// leads/Plural the Y", "X, alias Z, heads/Plural the Y"): the hook re-tags it a present-tense verb before a determiner
// or a name, so the clause and verb-frame readers find the clause's verb.
// Seen: news-fresh8 haiti-sanctions-2653-release, news-fresh4 mexico-cartel-handover-us.
const LEADS_AFTER_COMMA = `@hasComma [(${LEADING_VERB_FORMS.join('|')})] (the|a|an|#ProperNoun)`;

// compromise tags "groups" after a relative pronoun a plural noun ("the Quad, which groups/Plural A, B and C"): the hook
// re-tags it a present-tense verb before a determiner or a name. Seen: news-dev sudan-jeddah-talks-analysis.
const RELATIVE_GROUPS = '(which|that) [groups] (the|#ProperNoun)';

// The words each pattern above must start with (or, RELATIVE_GROUPS, hold). compromise's match compares a word with a term's text, normal,
// machine, implicit or root form, or an alias, so a unit holding none of them cannot match, and the hook skips its four matches (each
// walks the unit; with their patterns parsed at each unit too, 2.2% of geokg's time on the bench's corpus, where few units hold one).
const HOOK_FIRST_WORDS = new Set([...LIGHT_VERB_FORMS, 'cut', ...LEADING_VERB_FORMS, 'groups']);

interface HookTerm { text: string; normal: string; machine?: string | null; implicit?: string; root?: string; alias?: string[]; post?: string; tags?: Set<string> }

// compromise reads a name's "'s" as "is" wherever its contraction rule sees no noun right after it ("Yoon's ruling party",
// "Beijing's most prominent critics": X + an implicit "is" term): the hook takes the contraction back, so "X's" is a
// possessive again and the phrase has its owner. A name only, as compromise tags one ("It's", "That's" keep their "is";
// "the Prime Minister's Office" its reading). A plain walk over the terms (no match). Seen: news-fresh29
// ea-jimmy-lai-arrest-live, news-fresh28 eu-poland-ukraine-grain-row-analysis, news-fresh9 petro-trump-deportation-tariffs
// ("X's most …"), news-fresh27 ea-han-duck-soo-impeached-wire ("X's ruling party"), news-fresh10 pashinyan-prague-epc-readout
// ("X's working visit").
const NOT_OWNERS: ReadonlySet<string> = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'let', 'he', 'she', 'this', 'everything', 'nothing', 'everyone', 'today', 'now']);
const SUPERLATIVE_ADVERBS: ReadonlySet<string> = new Set(['most', 'least']);
/** a name, as compromise tags it: not a pronoun, nor a title word ("the Prime Minister's Office" keeps its reading) */
const isName = (t: HookTerm): boolean => !t.tags?.has('Pronoun') && !t.tags?.has('Actor') && ['ProperNoun', 'Person', 'Place', 'Organization'].some((x) => t.tags?.has(x));
function possessiveNames(docs: HookTerm[][]): void {
  for (const terms of docs) {
    for (let i = terms.length - 2; i >= 1; i--) {
      const is = terms[i]!, owner = terms[i - 1]!;
      if (is.text !== '' || is.implicit !== 'is' || !/^[A-Z].*['’]s$/.test(owner.text) || !isName(owner) || NOT_OWNERS.has(owner.text.slice(0, -2).toLowerCase())) continue;
      owner.post = is.post ?? owner.post;
      delete owner.implicit;
      owner.tags?.add('Possessive');
      terms.splice(i, 1);
    }
    // (and "most" in such a phrase is its adjective, as compromise tags it in "Chile's most senior diplomat": the clause
    // layer's noun phrase takes no adverb, so "the most vocal critic of X" had no head)
    for (let i = 1; i < terms.length - 2; i++) {
      const t = terms[i]!, before = terms[i - 1]!;
      if (t.tags?.has('Adverb') && superlativeBefore(terms, i) && (before.normal === 'the' || before.tags?.has('Possessive'))) { t.tags.delete('Adverb'); t.tags.add('Adjective'); }
    }
  }
}
/**
 * compromise tags a participle between an article or an owner and its noun a verb ("the ousted president", "an attempted
 * coup", "an unannounced visit", "X's working visit" once its "'s" is a possessive again): such a word before the phrase's
 * noun is its adjective, so the noun phrase holds together. Seen: 125 past participles so in the 30 news sets ("a
 * televised address" 13 times, "the attempted coup" 7); news-fresh10 ("X's working visit to Y").
 */
function participleAdjectives(docs: HookTerm[][]): void {
  for (const terms of docs) {
    for (let i = 1; i < terms.length; i++) {
      const t = terms[i]!, before = terms[i - 1]!;
      if (!(ARTICLES.has(before.normal) || (before.tags?.has('Possessive') && /['’]s$/.test(before.text))) || t.tags?.has('Adjective')) continue;
      const gerund = t.tags?.has('Gerund') && /ing$/.test(t.normal);
      const participle = (t.tags?.has('PastTense') && /ed$/.test(t.normal)) || gerund;
      if (!participle) continue;
      const beforeNoun = !/[,;:]/.test(t.post ?? '') && !!terms[i + 1]?.tags?.has('Noun');
      // (a gerund after an article with no noun after it is the noun itself: "the meeting on Monday", "the gathering that …")
      if (!beforeNoun && !(gerund && ARTICLES.has(before.normal))) continue;
      t.tags!.clear();
      t.tags!.add(beforeNoun ? 'Adjective' : 'Noun');
      if (!beforeNoun) t.tags!.add('Singular');
    }
  }
}
// (articles only, not "his", "its", "their": "their unwavering support" already reads as one phrase, and its owner is the
// resolver's guess; news-fresh11 pashinyan-granada-epc-readout)
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** "most"/"least" at `i`, then an adjective and a noun */
const superlativeBefore = (terms: HookTerm[], i: number): boolean =>
  SUPERLATIVE_ADVERBS.has(terms[i]!.normal) && !!terms[i + 1]?.tags?.has('Adjective') && !!terms[i + 2]?.tags?.has('Noun');

const isFirstWord = (word: string | null | undefined) => !!word && HOOK_FIRST_WORDS.has(word);
const mayMatch = (docs: HookTerm[][]) =>
  docs.some((terms) => terms.some((t) => isFirstWord(t.normal) || isFirstWord(t.text) || isFirstWord(t.machine) || isFirstWord(t.implicit) || isFirstWord(t.root) || !!t.alias?.some(isFirstWord)));

/** The hook's matches in order: pattern, the tag it sets on its group 0, and compromise's reason for the tag. */
const HOOK_MATCHES: readonly (readonly [pattern: string, tag: string, reason: string])[] = [
  [LIGHT_VERB_OBJECT, 'Plural', 'light-verb-object'],
  [CUT_TIES, 'PastTense', 'cut-ties'],
  [LEADS_AFTER_COMMA, 'PresentTense', 'leads-after-apposition'],
  [RELATIVE_GROUPS, 'PresentTense', 'relative-groups'],
];

interface HookWorld { methods: { one: { killUnicode(s: string, world: HookWorld): string; parseMatch(s: string, opts: undefined, world: HookWorld): unknown[] } } }
interface HookView {
  docs: HookTerm[][];
  world: HookWorld;
  match(regs: unknown[], group: number): { tag(tag: string, reason: string): unknown };
}

export function geokgPlugin(lexicon: LexiconData) {
  // the hook's patterns parsed once per compromise world, as compromise's match(string) does at every call (its
  // parseRegs: killUnicode, then parseMatch): 0.5% of geokg build --jobs 1 on the bench's corpus went to parsing them
  const parsed = new WeakMap<HookWorld, unknown[][]>();
  const regsOf = (world: HookWorld): unknown[][] => {
    let regs = parsed.get(world);
    if (!regs) parsed.set(world, (regs = HOOK_MATCHES.map(([p]) => world.methods.one.parseMatch(world.methods.one.killUnicode(p, world), undefined, world))));
    return regs;
  };
  return {
    tags: {
      Demonym: { isA: 'ProperNoun' },
    },
    words: lexicon.words,
    model: { one: { abbreviations: Object.fromEntries(ABBREVIATIONS.map((w) => [w, true])) } },
    // the same matches as compromise's own bulkMatch and match, found faster and with less garbage (sweep.ts, match.ts)
    methods: { one: { bulkMatch: fastBulkMatch(), match: fastMatch } },
    // one hook after compromise's own tagger, for every reading of it above: the walks over the terms, then the matches
    compute: {
      geokgRetags: (view: HookView) => {
        possessiveNames(view.docs);
        participleAdjectives(view.docs);
        if (!mayMatch(view.docs)) return;
        const regs = regsOf(view.world);
        HOOK_MATCHES.forEach(([, tag, reason], k) => view.match(regs[k]!, 0).tag(tag, reason));
      },
    },
    hooks: ['geokgRetags'],
  };
}
