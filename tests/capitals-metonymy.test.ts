// A capital named for its government is its state; a capital named as a place stays the city.
import { describe, expect, it } from 'vitest';
import { resolveText as resolve } from './helpers/resolve.ts';

/** Each mention of the capital as "text → entity label". */
const readings = (text: string, capital: string) => {
  const r = resolve(text);
  const label = new Map(r.entities.map((e) => [e.key, e.label]));
  return r.mentions.filter((m) => m.text === capital).map((m) => label.get(m.entity));
};

describe('a capital standing for its government', () => {
  it('reads a capital that acts (subject, object, possessive, actor preposition) as its state, with no alias', () => {
    const text = 'Russia closed its consulate. Moscow denied the charge, and Lithuania accused Moscow of lying. '
      + "Talks between Vilnius and Moscow stalled over Moscow's demands. Lithuania cut its ties with Moscow.";
    expect(readings(text, 'Moscow')).toEqual(['Russia', 'Russia', 'Russia', 'Russia', 'Russia']);
    expect(resolve(text).entities.find((e) => e.label === 'Russia')!.aliases).not.toContain('Moscow');
  });

  it('reads a list of capitals before an adverb and its verb, or after a clause\'s ", and", as states', () => {
    expect(readings('Russia and Lithuania disagreed. Vilnius and Moscow both sent envoys.', 'Moscow')).toEqual(['Russia']);
    expect(readings('Lithuania cut its ties with Russia, and Moscow announced a reply.', 'Moscow')).toEqual(['Russia']);
  });

  it("reads a capital before its government's body or title, or after a partner's \"of\", as its state, not before a place's name", () => {
    expect(readings("Peru recalled its envoy. Lima's Foreign Ministry issued a protest.", 'Lima')).toEqual(['Peru']);
    expect(readings("Peru signed the pact, and Lima's Minister for Trade praised it.", 'Lima')).toEqual(['Peru']);
    expect(readings('Peru and Bolivia met. Bolivia remains a close partner of Lima.', 'Lima')).toEqual(['Peru']);
    expect(readings("Peru hosted them near Lima's Central Station.", 'Lima')).not.toEqual(['Peru']);
    expect(readings('Peru hosted them in the suburbs of Lima.', 'Lima')).not.toEqual(['Peru']);
  });

  it('keeps a capital named as a place the city', () => {
    const text = 'Russia and Norway met in Moscow. The envoy visited Moscow and flew from Moscow to Oslo. '
      + "Moscow is the largest city of Russia. A former Moscow mayor spoke. Moscow's Sheremetyevo airport was shut.";
    expect(readings(text, 'Moscow')).toEqual(['Moscow', 'Moscow', 'Moscow', 'Moscow', 'Moscow', 'Moscow']);
  });

  it("keeps the city where the article never names the state, or a list holds a capital of an unnamed state", () => {
    expect(readings('Moscow denied the charge on Friday.', 'Moscow')).toEqual(['Moscow']);
    expect(readings('Russia opened a route. The first flight between Moscow and Lima left on Friday.', 'Moscow')).toEqual(['Moscow']);
  });

  it('keeps a capital beside its own state or after a building\'s name the city', () => {
    expect(readings('The talks in Vilnius, Lithuania, ended.', 'Vilnius')).toEqual(['Vilnius']);
    expect(readings('Lithuania spoke. The envoys met at Town Hall, Vilnius, on Friday.', 'Vilnius')).toEqual(['Vilnius']);
  });

  it("reads a capital as its state after a message's \"from\", a gerund, in an active relative clause, or before \"is to\"", () => {
    expect(readings('Peru and Chile voted. Warm congratulations from Lima followed within hours.', 'Lima')).toEqual(['Peru']);
    expect(readings('Peru and Chile met. Chile kept urging Lima to open the border.', 'Lima')).toEqual(['Peru']);
    expect(readings('Peru and Chile met. Chile said that Lima, which has kept no envoy there since 1990, was wrong.', 'Lima')).toEqual(['Peru']);
    expect(readings('Peru and Chile signed. Lima is to reopen the crossing by June.', 'Lima')).toEqual(['Peru']);
  });

  it('keeps a capital the city in a passive or a copula\'s relative clause, or after a flight\'s "from"', () => {
    expect(readings('Peru and Chile met. Lima, which was hit by floods, is quiet.', 'Lima')).toEqual(['Lima']);
    expect(readings('Peru and Chile met. Lima, which has been hit by floods, is quiet.', 'Lima')).toEqual(['Lima']);
    expect(readings('Peru and Chile met. Lima, which is the largest city, is quiet.', 'Lima')).toEqual(['Lima']);
    expect(readings('Peru and Chile met. The envoy flew from Lima on Friday.', 'Lima')).toEqual(['Lima']);
  });
});
