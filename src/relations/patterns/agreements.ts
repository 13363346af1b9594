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
];
