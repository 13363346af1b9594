// Agreements as nouns: whose treaty with whom ("its security treaty with X"), and the parties of one "between A and B".
import type { Pattern } from './types.ts';

const PARTIES = ['COUNTRY', 'ORGANIZATION', 'PERSON'] as const;
/** nouns of a signed instrument (not "talks" or "proposal": those are negotiation, not signature) */
const INSTRUMENTS = ['agreement', 'agreements', 'treaty', 'treaties', 'pact', 'pacts', 'accord', 'accords', 'deal', 'memorandum', 'communique', 'communiqué'];

export const agreements: Pattern[] = [
  {
    id: 'agreement.possessor.with', kind: 'noun', predicate: 'SIGNED_AGREEMENT_WITH', nouns: INSTRUMENTS, subject: 'possessor', object: 'pp:with',
    subjectTypes: PARTIES, objectTypes: PARTIES,
    seen: 'news-dev (second-thomas-shoal-analysis: "its 1951 Mutual Defence Treaty with X"); news-fresh6 (solomon-islands-china-security-pact-analysis: "its own security treaty with X"; hernandez-extradition-wire: "the extradition treaty with X"); news-fresh9 (petro-trump-deportation-tariffs: "its deal with X")',
    match: [["Chile's defence treaty with Peru dates from 1990.", 'Chile SIGNED_AGREEMENT_WITH Peru'], ['Chile said its trade deal with Peru would hold.', 'Chile SIGNED_AGREEMENT_WITH Peru']],
    miss: [["Chile's talks with Peru resumed."], ["Chile's treaty on fishing was ratified."]],
  },
  {
    id: 'agreement.between', kind: 'noun', predicate: 'SIGNED_AGREEMENT_WITH', nouns: INSTRUMENTS, subject: 'pp:between', object: 'pp:between',
    subjectTypes: PARTIES, objectTypes: PARTIES,
    seen: 'news-fresh6 (solomon-islands-china-security-pact-analysis: "a draft security agreement between A and B"); news-fresh8 (xi-riyadh-summits-readout: "A document on tourism cooperation between A and B was signed"); news-dev (ankara-prisoner-swap: "the third between A and B")',
    match: [['The 1990 treaty between Chile and Peru settled the border.', 'Chile SIGNED_AGREEMENT_WITH Peru']],
    miss: [['Trade between Chile and Peru grew.'], ['The border between Chile and Peru was closed.']],
  },
  {
    // the clause layer's reading of "signed X with Y": past a place ("signed a memorandum in Addis Ababa with Y"), in a
    // relative ("the pact his country signed with Y"), denied by "without" ("left without signing the deal with Y")
    id: 'agreement.sign.with', kind: 'verb', predicate: 'SIGNED_AGREEMENT_WITH', verbs: ['sign', 'ink', 'conclude'], voice: 'active',
    patientNouns: [...INSTRUMENTS, 'document', 'documents', 'declaration', 'statement', 'memorandum', 'charter', 'roadmap'],
    subject: 'agent', object: 'pp:with', subjectTypes: PARTIES, objectTypes: PARTIES,
    seen: 'news-fresh4 (ankara-declaration-ethiopia-somalia-analysis: "signed a memorandum of understanding in X with Y"); news-fresh9 (abdelatty-unga79-africa: "the military pact his country recently signed with Y"); news-fresh (us-ukraine-minerals-deal-after-oval-office-clash: "left … without signing the deal with Y"); news-fresh8 (xi-riyadh-summits-readout: "concluded a memorandum of understanding with Y")',
    match: [['Gabriel Boric signed a memorandum of understanding in Lima with Dina Boluarte.', 'Gabriel Boric SIGNED_AGREEMENT_WITH Dina Boluarte'],
      ['Chile concluded a memorandum of understanding with Codelco.', 'Chile SIGNED_AGREEMENT_WITH Codelco']],
    miss: [['Gabriel Boric signed a letter in Lima with Dina Boluarte.'], ['Gabriel Boric signed the declaration at the palace, with Dina Boluarte looking on.'], ['Gabriel Boric left Lima without signing the deal with Peru.', 'NOT Gabriel Boric SIGNED_AGREEMENT_WITH Peru']],
  },
  {
    // "A and Y's leader B signed a treaty", "A and his counterpart, B, agreed the Lima Declaration": coordinated signatories
    id: 'agreement.mutual', kind: 'verb', predicate: 'SIGNED_AGREEMENT_WITH', verbs: ['sign', 'ink', 'conclude', 'agree'], voice: 'active',
    patientNouns: [...INSTRUMENTS, 'document', 'documents', 'declaration', 'statement', 'memorandum', 'charter', 'roadmap'],
    // (people only: a coordination of bodies is the older 'reciprocal' reading's, and a dateline's place can slip into the group)
    subject: 'agent', object: 'agent', subjectTypes: ['PERSON'], objectTypes: ['PERSON'],
    seen: 'news-dev (putin-pyongyang-treaty: "A and Y\'s leader B signed a … Treaty"); news-fresh6 (solomon-islands-china-security-pact-analysis: "A and his Y counterpart, B, had already signed the framework agreement"); news-fresh4 (ankara-declaration-ethiopia-somalia-analysis: "X\'s Prime Minister A and Y\'s President B had just agreed the Ankara Declaration")',
    match: [["Gabriel Boric and Peru's leader Dina Boluarte signed a partnership treaty.", 'Gabriel Boric SIGNED_AGREEMENT_WITH Dina Boluarte'],
      ['Gabriel Boric and his Peruvian counterpart, Dina Boluarte, had already signed the framework agreement.', 'Gabriel Boric SIGNED_AGREEMENT_WITH Dina Boluarte']],
    miss: [["Gabriel Boric and Peru's leader Dina Boluarte signed a letter to the council."], ["Gabriel Boric and Peru's leader Dina Boluarte never signed the treaty.", "NOT Gabriel Boric SIGNED_AGREEMENT_WITH Dina Boluarte"]],
  },
  {
    // signing as a verb and its noun: "A and his counterpart, B, put their names to the accord"
    id: 'agreement.names.put', kind: 'verb', predicate: 'SIGNED_AGREEMENT_WITH', verbs: ['put', 'set'], voice: 'active', patientNouns: ['names', 'signatures', 'name', 'signature'],
    subject: 'agent', object: 'agent', subjectTypes: ['PERSON'], objectTypes: ['PERSON'],
    seen: 'news-fresh10 (a wire report: "A and B, <post>, put their names to the accord"); news-fresh9 (an analysis: "A and his <demonym> counterpart, B, put their signatures to the <name> Treaty"); news-fresh27 (an analysis: "the rulers of A, B and C put their names to the <name> Charter")',
    match: [['After a long night, Ana Ruiz and Luis Gomez, the Peruvian trade minister, put their names to the fisheries deal.', 'Ana Ruiz SIGNED_AGREEMENT_WITH Luis Gomez'],
      ['In Quito, Ana Ruiz and her Peruvian counterpart, Luis Gomez, put their signatures to a border protocol.', 'Ana Ruiz SIGNED_AGREEMENT_WITH Luis Gomez']],
    miss: [['Ana Ruiz and Luis Gomez put their faith in the accord.'], ['Ana Ruiz and Luis Gomez did not put their names to the accord.', 'NOT Ana Ruiz SIGNED_AGREEMENT_WITH Luis Gomez']],
  },
];

/** "its ally X", "his allies A and B", "its treaty ally X": an ally named after its owner's possessive */
export const alliances: Pattern[] = [
  {
    id: 'ally.possessor.named', kind: 'noun', predicate: 'ALLIED_WITH', nouns: 'any', premods: ['ally', 'allies'], subject: 'possessor', object: 'head',
    subjectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    seen: 'news-fresh7 (jeddah-arab-league-assad-zelensky-analysis: "his allies X and Y"); news-fresh9 (ruto-washington-state-visit: "the United States and its ally X")',
    match: [['Chile and its ally Peru objected.', 'Chile ALLIED_WITH Peru'], ['Chile thanked its allies Peru and Bolivia.', 'Chile ALLIED_WITH Peru']],
    miss: [["Chile's allies objected."], ['Chile and its neighbour Peru objected.']],
  },
];
