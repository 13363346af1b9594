// The relation engine on hand-written sentences (none from the seed article or CoNLL04), through the full
// pipeline: each case asserts the exact set of triples (subject label, predicate, object label, negated).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/index.ts';
import { PREDICATES, type Predicate } from '../src/model/predicates.ts';
import type { ArticleExtraction } from '../src/model/types.ts';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';
import { lemma } from '../src/relations/index.ts';
import { resolveDate } from '../src/relations/tokens.ts';

type Triple = [string, Predicate, string, true?];

/**
 * Between them the sentences cover every predicate and every construction: active and passive voice,
 * coordination of subjects and objects, appositions, copulas, titles, nominalisations, relative clauses,
 * locative apposition, participles, quotes with speech verbs, interviews, pronouns and descriptions,
 * negation (not, never, refuse to, deny, no longer) and modality (planned, conditional).
 */
const CASES: [string, Triple[]][] = [
  // a stance on a bid, a win or a conflict is none on the name that only modifies it; a possessor, an indirect
  // object and a pact's party stay
  ["Chile and Peru backed Bolivia's OAS bid on Monday.", []],
  // a clause's own subject, a description the resolver reads as no one, is not passed over for a name before it
  ['Ana Ruiz chaired the Andean Ministerial Meeting, at which the delegates praised Bolivia.', [['Ana Ruiz', 'ATTENDED', 'Andean Ministerial Meeting']]],
  ["Ana Ruiz condemned the widening of the Middle East conflict.", []],
  // a passive's agent after a state's possessive and a title is the titled person, who chairs the body
  ["On Monday the Andean Workers Union, chaired by Peru's Prime Minister Ana Ruiz, met in Lima.", [["Ana Ruiz", 'LEADER_OF', "Peru"], ["Ana Ruiz", 'LEADER_OF', "Andean Workers Union"]]],
  // a state's post before a name, and a party after its "of", give the party's membership; a party's own post leads it
  ["He held talks with Senator Luis Cora of the Andean Workers Party.", [["Luis Cora", 'MEMBER_OF', "Andean Workers Party"]]],
  ["Voters chose between former president Ana Ruiz of the Andean Workers Party and Luis Cora.", [["Ana Ruiz", 'MEMBER_OF', "Andean Workers Party"]]],
  ["He met Chairman Luis Cora of the Andean Workers Party.", [["Luis Cora", 'LEADER_OF', "Andean Workers Party"]]],
  // a title before the owner's possessive name, with a demonym, is the owner's own
  ["Pedro Gil, Chilean President Ana Ruiz's spokesman, said Lima regretted it.", [["Ana Ruiz", 'LEADER_OF', "Chile"], ["Pedro Gil", 'WORKS_FOR', "Ana Ruiz"]]],
  // a title after a relative "whose" is held in the antecedent
  ["Talks stalled over the Andean Workers Party, whose leader Ana Ruiz wants new elections.", [["Ana Ruiz", 'LEADER_OF', "Andean Workers Party"]]],
  ["Chile, whose president, Ana Ruiz, took office in March, will host the summit.", [["Ana Ruiz", 'LEADER_OF', "Chile"]]],
  ["Luis Cora rejects Ruiz win in Lima vote.", []],
  ["Chile supported giving Bolivia the status of a candidate country.", [["Chile", 'SUPPORTS', "Bolivia"]]],
  ["Ana Ruiz criticised the AUKUS pact.", [["Ana Ruiz", 'CRITICIZED', "AUKUS"]]],
  ["Ana Ruiz condemned Luis Cora's arrest in Lima.", []],
  ["French President Emmanuel Macron visited Germany on Monday.", [["Emmanuel Macron", 'LEADER_OF', "France"], ["Emmanuel Macron", 'VISITED', "Germany"]]],
  // a relative opened by "whose" ends the apposition's title; a place's leader is not read as living there
  ["Ana Ruiz, the Chilean president whose party won, spoke.", [["Ana Ruiz", 'LEADER_OF', "Chile"]]],
  ["Juan Perez, a former Lima mayor whose son was jailed, spoke.", []],
  // "leads" right after an apposition's closing comma is the clause's verb, not a plural noun (nlp plugin)
  ["Ana Ruiz, a lawyer, leads the Andean Workers Union.", [["Ana Ruiz", 'LEADER_OF', "Andean Workers Union"]]],
  // a read-out's capitalised "Title of Owner" runs into the name with no comma; a lower-case "of" phrase before a name is no title
  ["On Monday, President of Chile Ana Ruiz and Minister of Foreign Affairs of Peru Luis Cora spoke to reporters.", [["Ana Ruiz", 'LEADER_OF', "Chile"], ["Luis Cora", 'WORKS_FOR', "Peru"]]],
  ["The aid of Chile Ana Ruiz promised never came.", []],
  // a shared chair, a party's general secretary and Ireland's head of government lead; a deputy general secretary does not
  ["Ana Ruiz, co-chairman of the Andean Workers Union, spoke.", [["Ana Ruiz", 'LEADER_OF', "Andean Workers Union"]]],
  ["Luis Cora, general secretary of the Andean Workers Union, spoke.", [["Luis Cora", 'LEADER_OF', "Andean Workers Union"]]],
  ["Ireland's Taoiseach, Ana Ruiz, spoke.", [["Ana Ruiz", 'LEADER_OF', "Ireland"]]],
  // a counterpart holds, in the country named by a demonym, by "from X," or by "of X" after the name, the title written
  // between or else the kind of post its owner holds
  ["Beside Chile's Foreign Minister Ana Ruiz stood her Peruvian counterpart, Foreign Minister Luis Cora.", [["Ana Ruiz", 'WORKS_FOR', "Chile"], ["Luis Cora", 'WORKS_FOR', "Peru"]]],
  ["Chile's Foreign Minister Ana Ruiz spoke with her counterpart from Peru, Luis Cora.", [["Ana Ruiz", 'SPOKE_TO', "Luis Cora"], ["Ana Ruiz", 'WORKS_FOR', "Chile"], ["Luis Cora", 'WORKS_FOR', "Peru"]]],
  ["President Ana Ruiz of Chile received her counterparts Luis Cora of Peru and Jorge Mesa of Bolivia.", [["Ana Ruiz", 'HOSTED', "Jorge Mesa"], ["Ana Ruiz", 'HOSTED', "Luis Cora"], ["Ana Ruiz", 'LEADER_OF', "Chile"], ["Jorge Mesa", 'LEADER_OF', "Bolivia"], ["Luis Cora", 'LEADER_OF', "Peru"]]],
  ["Chile's Foreign Minister Ana Ruiz sat beside her friends from Peru, Luis Cora and Jorge Mesa.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  // the owner's bracketed short form stands between it and the comma
  ["The chairman of the Andean Electoral Council (AEC), Ana Ruiz, spoke.", [["Ana Ruiz", 'LEADER_OF', "Andean Electoral Council"]]],
  ["Japan hosted Narendra Modi for two days of talks.", [["Japan", 'HOSTED', "Narendra Modi"]]],
  // "welcomed the President of X, Y": the post leaves the verb frame no object of its own, which must not crash the 'as' check
  ["Lars Weber welcomed the President of Chile, Ana Ruiz.", [["Ana Ruiz", 'LEADER_OF', "Chile"], ["Lars Weber", 'HOSTED', "Ana Ruiz"]]],
  ["Olaf Scholz met Joe Biden at the White House.", [["Olaf Scholz", 'MET_WITH', "Joe Biden"]]],
  ["Brazil attended the Munich Security Conference.", [["Brazil", 'ATTENDED', "Munich Security Conference"]]],
  ["Sergey Lavrov told Reuters that the talks had stalled.", [["Sergey Lavrov", 'SPOKE_TO', "Reuters"]]],
  ["Antony Blinken praised Poland for its resolve.", [["Antony Blinken", 'PRAISED', "Poland"]]],
  // ", and" + subject + adverb + verb opens a new clause: the second subject is not the first verb's object
  ["Lars Eriksen congratulated Ana Ruiz, and Chilean President Ola Nordmann also sent his congratulations.", [["Lars Eriksen", 'PRAISED', "Ana Ruiz"], ["Ola Nordmann", 'LEADER_OF', "Chile"], ["Ola Nordmann", 'PRAISED', "Ana Ruiz"]]],
  // congratulations sent with no "to" go to whom the article's last congratulation went, also after ", and … also"
  ["Maia Sandu won. Ana Ruiz congratulated Maia Sandu, and Lars Eriksen also sent his congratulations.", [["Ana Ruiz", 'PRAISED', "Maia Sandu"], ["Lars Eriksen", 'PRAISED', "Maia Sandu"]]],
  // an opening prepositional phrase's comma closes it: what follows is the subject list, not a list or apposition with its noun
  ["In Europe, Chilean President Ana Ruiz, Peruvian Foreign Minister Lars Eriksen and Ola Nordmann condemned Bolivia.", [["Ana Ruiz", 'LEADER_OF', "Chile"], ["Lars Eriksen", 'WORKS_FOR', "Peru"], ["Ana Ruiz", 'CRITICIZED', "Bolivia"], ["Lars Eriksen", 'CRITICIZED', "Bolivia"], ["Ola Nordmann", 'CRITICIZED', "Bolivia"]]],
  // (also with an auxiliary and "not" before the verb: ", and the Chilean police did not arrest him")
  ["Evo Morales arrived in Chile, and the Chilean police did not arrest him.", [["Evo Morales", 'VISITED', "Chile"], ["Chile", 'ARRESTED', "Evo Morales", true]]],
  // praise goes to the name thanked or to the owner of what is hailed, never to a name that only modifies a noun
  ["Ana Ruiz thanked the Peru office for its help.", []],
  ["Ana Ruiz hailed Peru's readiness to talk.", [["Ana Ruiz", 'PRAISED', "Peru"]]],
  // (the owner of "other partners" is not one of them: news-fresh13 kherson-withdrawal-live, "thanked NATO and Ukraine's other partners")
  ["Ana Ruiz thanked the United Nations and Peru's other partners.", [["Ana Ruiz", 'PRAISED', "United Nations"]]],
  ["Chile helped Peru rebuild the port, but it did not help Bolivia.", [["Chile", 'SUPPORTS', "Peru"], ["Chile", 'SUPPORTS', "Bolivia", true]]],
  ["The mission will help Peru's police.", []],
  // a floating quantifier between a named subject and its verb ("each", "all", "both") leaves the subject whole
  // "lashed out at", "hit out at" criticise; "hit" alone does not
  ["Ana Ruiz lashed out at Ecuador, and Chile hit out at Bolivia.", [["Ana Ruiz", 'CRITICIZED', "Ecuador"], ["Chile", 'CRITICIZED', "Bolivia"]]],
  // "…, as have the governments of A and B": the elided clause's states do the same ("as has" with a name too)
  ["Chile condemned Ecuador, as have the governments of Peru and Bolivia.", [["Chile", 'CRITICIZED', "Ecuador"], ["Peru", 'CRITICIZED', "Ecuador"], ["Bolivia", 'CRITICIZED', "Ecuador"]]],
  ["Chile condemned Ecuador as Peru has long wanted.", [["Chile", 'CRITICIZED', "Ecuador"]]],
  // ", and Y, the chairman of Z, congratulated": Y opens a clause of its own, not a conjunct of the first clause's recipient
  ["Ana Ruiz sent a message of congratulations to Luis Mora on Monday, and Jose Soto, the chairman of the Andean Community, praised Peru.", [["Ana Ruiz", 'PRAISED', "Luis Mora"], ["Jose Soto", 'LEADER_OF', "Andean Community"], ["Jose Soto", 'PRAISED', "Peru"]]],
  // "X said it condemns Y": the speaker's own statement
  ["Chile said it strongly condemns Ecuador.", [["Chile", 'CRITICIZED', "Ecuador"]]],
  ["Chile, Peru and Bolivia each condemned Ecuador for the raid.", [["Chile", 'CRITICIZED', "Ecuador"], ["Peru", 'CRITICIZED', "Ecuador"], ["Bolivia", 'CRITICIZED', "Ecuador"]]],
  // ", and" between an unnamed object and a name (with its relative clause) starts another clause: the name is not condemned
  ["Chile and Peru all condemned the mutiny, and Venezuela's Ana Ruiz, who had spoken to reporters, denounced the coup.", []],
  // a country's person in a list of leaders is its leader; a country's person alone is not
  ["Six heads of state came, among them Peru's Ana Ruiz, Chile's Jose Soto and Bolivia's Luis Mora.", [["Ana Ruiz", 'LEADER_OF', "Peru"], ["Jose Soto", 'LEADER_OF', "Chile"], ["Luis Mora", 'LEADER_OF', "Bolivia"]]],
  ["Peru's president, Ana Ruiz, and Chile's Jose Soto both condemned the raid.", [["Ana Ruiz", 'LEADER_OF', "Peru"], ["Jose Soto", 'LEADER_OF', "Chile"]]],
  ["Peru's Ana Ruiz met Chile's Jose Soto on Friday.", [["Ana Ruiz", 'MET_WITH', "Jose Soto"]]],
  // leading a delegation leads no body named only as its modifier; a titled name's apposition before the next name is that name's
  ["The Chilean delegation was led by Ana Ruiz.", []],
  ["The Party of Farmers, led by Ana Ruiz, refused.", [["Ana Ruiz", 'LEADER_OF', "Party of Farmers"]]],
  ["Peruvian President Ana Ruiz, Chile's president, Luis Mora, and Bolivian President Jose Soto also took part.", [["Ana Ruiz", 'LEADER_OF', "Peru"], ["Luis Mora", 'LEADER_OF', "Chile"], ["Jose Soto", 'LEADER_OF', "Bolivia"]]],
  // a body's bare chief leads it; a chief with a portfolio serves it
  ["Andean Community chief Ana Ruiz spoke.", [["Ana Ruiz", 'LEADER_OF', "Andean Community"]]],
  ["Andean Community trade chief Ana Ruiz spoke.", [["Ana Ruiz", 'WORKS_FOR', "Andean Community"]]],
  // a state's armed service is one body with the state's name; a rank after the title's comma is no post
  ["The chief of the Peru Army, General Ana Ruiz, spoke.", [["Ana Ruiz", 'LEADER_OF', "Peru Army"]]],
  ["Gen. Ana Ruiz, spokeswoman for the Chile Army, said.", [["Ana Ruiz", 'WORKS_FOR', "Chile Army"]]],
  // "her Chilean counterpart, X" holds in Chile the kind of post the article gave her (none given: no edge)
  // "X called Y" with nothing said of Y is a call (speak.called, f7dcb30)
  ["Chile signed the accord. Peruvian Foreign Minister Ana Ruiz called her Chilean counterpart, Luis Mora, on Sunday.", [["Ana Ruiz", 'SPOKE_TO', "Luis Mora"], ["Ana Ruiz", 'WORKS_FOR', "Peru"], ["Luis Mora", 'WORKS_FOR', "Chile"]]],
  ["Chile signed the accord. Ana Ruiz called her Chilean counterpart, Luis Mora, on Sunday.", [["Ana Ruiz", 'SPOKE_TO', "Luis Mora"]]],
  // a party's candidate is its member
  ["Ana Ruiz, the candidate of the Civic Coalition, won.", [["Ana Ruiz", 'MEMBER_OF', "Civic Coalition"]]],
  ["Civic Coalition candidate Ana Ruiz won.", [["Ana Ruiz", 'MEMBER_OF', "Civic Coalition"]]],
  // a description of a demonym and a title that stands for a person named before gives the post in that country
  // leaving for a foreign city is travel to it (visit.leave.for); a trip home is not (withoutHomeVisits)
  ["Gabriel Boric spoke in March. By June the Chilean president had left for Lima.", [["Gabriel Boric", 'LEADER_OF', "Chile"], ["Gabriel Boric", 'VISITED', "Lima"]]],
  // sworn in as a post, with an auxiliary and an apposition between the name and the verb
  ["Ana Ruiz, a university lecturer, has been sworn in as Peru's ninth executive president.", [["Ana Ruiz", 'LEADER_OF', "Peru"]]],
  // titles coordinated before their "of" owner are each held for it (a leader's wins); "deputy" makes a leader's title a staff post
  ["The talks were led by the First Vice-President and Minister of Trade of the Kingdom of Norway, Jose Soto.", [["Jose Soto", 'WORKS_FOR', "Norway"]]],
  ["The talks were led by the Prime Minister and Minister of Foreign Affairs of Peru, Jose Soto.", [["Jose Soto", 'LEADER_OF', "Peru"]]],
  ["The talks were led by the newly appointed Minister of Trade of Peru, Jose Soto.", [["Jose Soto", 'WORKS_FOR', "Peru"]]],
  ["Deputy Prime Minister Ana Ruiz of Peru spoke.", [["Ana Ruiz", 'WORKS_FOR', "Peru"]]],
  // a form of address after the title's comma; "incumbent"; an envoy's host body between the state and the title
  ["Chile's foreign minister, Dr. Ana Ruiz, spoke.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  ["Chile's incumbent president, Ana Ruiz, spoke.", [["Ana Ruiz", 'LEADER_OF', "Chile"]]],
  ["Chile's UN ambassador, Ana Ruiz, spoke.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  ["Ana Ruiz, Chile's UN ambassador, spoke.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  ["Ana Ruiz, Chile's ambassador-designate to Peru, spoke.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  ["Ana Ruiz, Chile's High Commissioner in Lima, spoke.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  ["Chile's Chief Cabinet Secretary Ana Ruiz told reporters the plan stood.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  ["Chile's Permanent Representative, Ana Ruiz, told the council it was wrong.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  ["The guests were met by Labour Cabinet Secretary Ana Ruiz.", []],
  ["Labour leader Ana Ruiz spoke.", [["Ana Ruiz", 'LEADER_OF', "Labour Party"]]],
  ["Voters backed Ana Ruiz of the Socialist Party on Sunday.", [["Ana Ruiz", 'MEMBER_OF', "Socialist Party"]]],
  ["Police warned Ana Ruiz of the Taliban threat.", []],
  ["Peru's State Minister for Foreign Affairs Ana Ruiz said it.", [["Ana Ruiz", 'WORKS_FOR', "Peru"]]],
  ["A spokesman for Foreign Minister Ana Ruiz said it.", []],
  // an apposition opens with no conjunction: the post after ", and" is the next name's
  ["The guests were Luis Mora, and the High Representative of the African Union, Ana Ruiz.", [["Ana Ruiz", 'WORKS_FOR', "African Union"]]],
  // a state's title with no owner holds for the one country its paragraph named before it (and the sentence names no other)
  ["Peru cut its rates on Monday. Economy Minister Ana Ruiz said more cuts would follow.", [["Ana Ruiz", 'WORKS_FOR', "Peru"]]],
  ["Economy Minister Ana Ruiz criticised Chile.", [["Ana Ruiz", 'CRITICIZED', "Chile"]]],
  ["Peru and Chile signed a deal. Economy Minister Ana Ruiz welcomed it.", [["Peru", 'SIGNED_AGREEMENT_WITH', "Chile"]]],
  ["Peru cut its rates on Monday.\n\nEconomy Minister Ana Ruiz said more cuts would follow.", []],
  ["Peru cut its rates on Monday. Minister Ana Ruiz said more cuts would follow.", []],
  // "which" never stands for a person: not the minister but his country chairs the bloc
  ["The talks came at the invitation of Jose Soto, Foreign Minister of Peru, which chairs the African Union this year.", [["Jose Soto", 'WORKS_FOR', "Peru"]]],
  // a name hyphened onto the agent's noun ("Peru-friendly") is not the agent of "backed by": the party is
  ["Ana Ruiz, a judge backed by the Peru-friendly Socialist Party, won.", [["Socialist Party", 'SUPPORTS', "Ana Ruiz"]]],
  ["Germany supports Ukraine.", [["Germany", 'SUPPORTS', "Ukraine"]]],
  ["Japan is an ally of the United States.", [["Japan", 'ALLIED_WITH', "United States"]]],
  ["India signed an agreement with France.", [["India", 'SIGNED_AGREEMENT_WITH', "France"]]],
  ["Qatar mediated between Israel and Hamas.", [["Qatar", 'NEGOTIATED_WITH', "Israel"], ["Qatar", 'NEGOTIATED_WITH', "Hamas"]]],
  ["China trades with Brazil.", [["China", 'TRADES_WITH', "Brazil"]]],
  ["Japan funded UNICEF last year.", [["Japan", 'FUNDED', "UNICEF"]]],
  ["Turkey criticized Sweden.", [["Turkey", 'CRITICIZED', "Sweden"]]],
  ["Iran accused Israel of sabotage.", [["Iran", 'ACCUSED', "Israel"]]],
  ["Hungary opposes NATO.", [["Hungary", 'OPPOSES', "NATO"]]],
  ["Russia expelled Estonian diplomats.", [["Russia", 'REDUCED_RELATIONS', "Estonia"]]],
  // a body's bare "in" a state is where it acts, not its seat; "in" a town still places it
  ["The Red Cross in Bolivia said the road was closed.", []],
  ["The Foreign Office in Lima said the road was closed.", [["Foreign Office", 'HEADQUARTERED_IN', "Lima"]]],
  // the envoy sent away is no party whose relations were reduced (a state as the subject: with a city neither frame fires at all)
  ["Peru expelled Jose Soto, who serves as Chile's acting ambassador.", []],
  // the name in the "of" phrase of an arrest or an invasion suffered it: no blame falls on it
  ["Peru condemned the arrest of Ana Ruiz on Friday.", []],
  ["Chile condemned Bolivia's invasion of neighbouring Paraguay.", [["Chile", 'CRITICIZED', "Bolivia"], ["Bolivia", 'ATTACKED', "Paraguay"]]],
  ["North Korea threatened South Korea.", [["North Korea", 'THREATENED', "South Korea"]]],
  ["The United States imposed sanctions on Iran.", [["United States", 'SANCTIONED', "Iran"]]],
  ["The International Criminal Court issued an arrest warrant for Benjamin Netanyahu.", [["International Criminal Court", 'ISSUED_WARRANT_FOR', "Benjamin Netanyahu"]]],
  ["Turkish police arrested Selahattin Demirtas.", [["Turkey", 'ARRESTED', "Selahattin Demirtas"]]],
  ["Russia invaded Ukraine in 2022.", [["Russia", 'ATTACKED', "Ukraine"]]],
  // an apposition between the subject and a verb chain lends the verb no subject of its own
  ["Austria, a member of the EU and the OSCE, has refused to recognize Kosovo.", [["Austria", 'MEMBER_OF', "European Union"], ["Austria", 'MEMBER_OF', "Organization for Security and Co-operation in Europe"]]],
  ["Chile, an ally of Peru, has continued to support Bolivia.", [["Chile", 'ALLIED_WITH', "Peru"], ["Chile", 'SUPPORTS', "Bolivia"]]],
  ["Israel is at war with Hamas.", [["Israel", 'AT_WAR_WITH', "Hamas"]]],
  ["Gavrilo Princip assassinated Archduke Franz Ferdinand.", [["Gavrilo Princip", 'KILLED', "Archduke Franz Ferdinand"]]],
  ["Finland joined NATO in 2023.", [["Finland", 'MEMBER_OF', "NATO"]]],
  // an organ's name that only qualifies a title states the post, not where the organ belongs
  ["European Commission President Marta Lind spoke on Monday, a day after the European Union summit.", [["Marta Lind", 'LEADER_OF', "European Commission"]]],
  ["The UN Security Council is an organ of the United Nations.", [["UN Security Council", 'PART_OF', "United Nations"]]],
  ["Evan Gershkovich, an American citizen, was detained in Yekaterinburg.", [["Evan Gershkovich", 'CITIZEN_OF', "United States"]]],
  ["Julian Assange lives in London.", [["Julian Assange", 'LIVES_IN', "London"]]],
  // a place placed by a description, whose place the sentence places again, lies in the second too
  ["Ostrava Creek is a stream in Mason County, Ohio, in the United States.", [["Ostrava Creek", 'LOCATED_IN', "Mason County"], ["Ostrava Creek", 'LOCATED_IN', "Ohio"], ["Mason County", 'LOCATED_IN', "Ohio"], ["Ohio", 'LOCATED_IN', "United States"], ["Ostrava Creek", 'LOCATED_IN', "United States"], ["Mason County", 'LOCATED_IN', "United States"]]],
  ["The court sits in The Hague, Netherlands.", [["The Hague", 'LOCATED_IN', "Netherlands"]]],
  ["The World Health Organization is headquartered in Geneva.", [["World Health Organization", 'HEADQUARTERED_IN', "Geneva"]]],
  ["Alexei Navalny was arrested by Russian police.", [["Russia", 'ARRESTED', "Alexei Navalny"]]],
  ["Kharkiv was attacked by Russia.", [["Russia", 'ATTACKED', "Kharkiv"]]],
  ["France and Germany condemned Russia.", [["France", 'CRITICIZED', "Russia"], ["Germany", 'CRITICIZED', "Russia"]]],
  ["Joe Biden met Emmanuel Macron and Olaf Scholz.", [["Joe Biden", 'MET_WITH', "Emmanuel Macron"], ["Joe Biden", 'MET_WITH', "Olaf Scholz"]]],
  ["Hungary did not condemn Russia.", [["Hungary", 'CRITICIZED', "Russia", true]]],
  ["India refused to sanction Russia.", [["India", 'SANCTIONED', "Russia", true]]],
  ["Brazil has never attacked Argentina.", [["Brazil", 'ATTACKED', "Argentina", true]]],
  ["Iran denied attacking Israel.", [["Iran", 'ATTACKED', "Israel", true]]],
  ["Mali no longer supports France.", [["Mali", 'SUPPORTS', "France", true]]],
  ["Poland and Romania, the two countries Volodymyr Zelenskyy visited in May, pledged more aid.", [["Volodymyr Zelenskyy", 'VISITED', "Poland"], ["Volodymyr Zelenskyy", 'VISITED', "Romania"]]],
  ["Vladimir Putin, who met Xi Jinping in Beijing, returned home on Friday.", [["Vladimir Putin", 'MET_WITH', "Xi Jinping"]]],
  ["John Kirby, a spokesman for the Pentagon, said the talks failed.", [["John Kirby", 'WORKS_FOR', "Pentagon"]]],
  ["NATO Secretary-General Jens Stoltenberg arrived in Kyiv.", [["Jens Stoltenberg", 'LEADER_OF', "NATO"], ["Jens Stoltenberg", 'VISITED', "Kyiv"]]],
  ["Iran's support for Hezbollah worries Israel.", [["Iran", 'SUPPORTS', "Hezbollah"]]],
  ["Ukraine received military aid from the United States.", [["United States", 'FUNDED', "Ukraine"]]],
  ["Russia's war against Ukraine entered its third year.", [["Russia", 'AT_WAR_WITH', "Ukraine"]]],
  ["Russia relies on Belarus, its closest ally.", [["Belarus", 'ALLIED_WITH', "Russia"]]],
  ["Russia's alliance with Iran has deepened.", [["Russia", 'ALLIED_WITH', "Iran"]]],
  ["Narendra Modi's visit to Moscow angered Ukraine.", [["Narendra Modi", 'VISITED', "Moscow"]]],
  ["The Munich Security Conference, held in Munich, drew dozens of leaders.", [["Munich Security Conference", 'LOCATED_IN', "Munich"]]],
  ["The WHO moved staff to Geneva, the organisation's headquarters.", [["World Health Organization", 'HEADQUARTERED_IN', "Geneva"]]],
  ["Keir Starmer spoke on Tuesday. \"We will not give up,\" he told the BBC.", [["Keir Starmer", 'SPOKE_TO', "BBC"]]],
  ["Volodymyr Zelenskyy criticized Russia in an interview with CNN.", [["Volodymyr Zelenskyy", 'CRITICIZED', "Russia"], ["Volodymyr Zelenskyy", 'SPOKE_TO', "CNN"]]],
  ["Narendra Modi visited Russia on July 8, according to Reuters.", [["Narendra Modi", 'VISITED', "Russia"]]],
  ["Xi Jinping is due to visit France.", [["Xi Jinping", 'VISITED', "France"]]],
  ["Vladimir Putin would be arrested if he visited South Africa.", [["Vladimir Putin", 'VISITED', "South Africa"]]],
  ["Ukraine is not a member of NATO.", [["Ukraine", 'MEMBER_OF', "NATO", true]]],
  ["Serbia and Turkey are not members of the European Union.", [["Serbia", 'MEMBER_OF', "European Union", true], ["Turkey", 'MEMBER_OF', "European Union", true]]],
  ["Kim Jong Un threatened South Korea.", [["Kim Jong Un", 'THREATENED', "South Korea"]]],
  ["Russia detained Evan Gershkovich.", [["Russia", 'ARRESTED', "Evan Gershkovich"]]],
  ["Archduke Franz Ferdinand was assassinated by Gavrilo Princip.", [["Gavrilo Princip", 'KILLED', "Archduke Franz Ferdinand"]]],
  ["China's trade with Australia grew last year.", [["China", 'TRADES_WITH', "Australia"]]],
  ["Egypt hosted COP27.", [["Egypt", 'HOSTED', "COP27"]]],
  ["Chinese Foreign Minister Wang Yi met Antony Blinken in Munich.", [["Wang Yi", 'WORKS_FOR', "China"], ["Wang Yi", 'MET_WITH', "Antony Blinken"]]],
  ["Antony Blinken negotiated with Qatar.", [["Antony Blinken", 'NEGOTIATED_WITH', "Qatar"]]],
  ["Saudi Arabia and Iran signed a deal in Beijing.", [["Saudi Arabia", 'SIGNED_AGREEMENT_WITH', "Iran"]]],
  ["China and Russia refuse to sanction Iran and both praise its resistance.", [["China", 'SANCTIONED', "Iran", true], ["Russia", 'SANCTIONED', "Iran", true], ["China", 'PRAISED', "Iran"], ["Russia", 'PRAISED', "Iran"]]],
  ["The Kremlin praised China.", [["Kremlin", 'PRAISED', "China"]]],
  ["Nairobi is the capital of Kenya.", [["Nairobi", 'LOCATED_IN', "Kenya"]]],
  ["Gazprom, a company based in Moscow, signed a deal with China.", [["Gazprom", 'HEADQUARTERED_IN', "Moscow"], ["Gazprom", 'SIGNED_AGREEMENT_WITH', "China"]]],
  ["Gazprom is headquartered in Saint Petersburg.", [["Gazprom", 'HEADQUARTERED_IN', "Saint Petersburg"]]],
  ["Cyril Ramaphosa, the president of South Africa, flew to Washington.", [["Cyril Ramaphosa", 'LEADER_OF', "South Africa"], ["Cyril Ramaphosa", 'VISITED', "Washington"]]],
  ["The European Commission is part of the European Union.", [["European Commission", 'PART_OF', "European Union"]]],
  ["Rishi Sunak, a British citizen, lives in London.", [["Rishi Sunak", 'CITIZEN_OF', "United Kingdom"], ["Rishi Sunak", 'LIVES_IN', "London"]]],
  ["Israel is not at war with Egypt.", [["Israel", 'AT_WAR_WITH', "Egypt", true]]],
  ["Wang Yi praised Pakistan. \"We are iron brothers,\" he told Xinhua.", [["Wang Yi", 'PRAISED', "Pakistan"], ["Wang Yi", 'SPOKE_TO', "Xinhua"]]],
  ["Egypt denied funding Hamas.", [["Egypt", 'FUNDED', "Hamas", true]]],
  ["Sergey Lavrov, the Russian foreign minister, accused Ukraine of lying.", [["Sergey Lavrov", 'WORKS_FOR', "Russia"], ["Sergey Lavrov", 'ACCUSED', "Ukraine"]]],
  ["Vladimir Putin founded the Eurasian Economic Union.", [["Vladimir Putin", 'FOUNDED', "Eurasian Economic Union"]]],
  ["China and Russia refuse to sanction Iran and both praise Venezuela.", [["China", 'SANCTIONED', "Iran", true], ["Russia", 'SANCTIONED', "Iran", true], ["China", 'PRAISED', "Venezuela"], ["Russia", 'PRAISED', "Venezuela"]]],
  ["Emmanuel Macron and Olaf Scholz met in Berlin.", [["Emmanuel Macron", 'MET_WITH', "Olaf Scholz"]]],
  ["Vladimir Putin visited North Korea. The Russian leader praised Kim Jong Un.", [["Vladimir Putin", 'VISITED', "North Korea"], ["Vladimir Putin", 'PRAISED', "Kim Jong Un"], ["Vladimir Putin", 'LEADER_OF', "Russia"]]],
  // a title and name after a verb: the object is the person, not the body the title names
  ["Olaf Scholz met UN Secretary-General Antonio Guterres in Berlin.", [["António Guterres", 'LEADER_OF', "United Nations"], ["Olaf Scholz", 'MET_WITH', "António Guterres"]]],
  // a coordinated subject through "the heads of"
  ["The heads of Egypt, Jordan and Iraq signed a security pact.", [["Egypt", 'SIGNED_AGREEMENT_WITH', "Jordan"], ["Egypt", 'SIGNED_AGREEMENT_WITH', "Iraq"], ["Jordan", 'SIGNED_AGREEMENT_WITH', "Iraq"]]],
  // apposition with a participle
  ["The African Union, the continental body headquartered in Addis Ababa, condemned the coup.", [["African Union", 'HEADQUARTERED_IN', "Addis Ababa"]]],
  // a possessive title before an apposed name, a two-word title included
  ["Thailand's new prime minister, Srettha Thavisin, arrived in Tokyo.", [["Srettha Thavisin", 'LEADER_OF', "Thailand"], ["Srettha Thavisin", 'VISITED', "Tokyo"]]],
  ["Gabon's acting president, Brice Oligui Nguema, spoke to reporters.", [["Brice Oligui Nguema", 'LEADER_OF', "Gabon"]]],
  // coordinated objects after "with"
  ["Egypt has negotiated with Hamas and Israel in the past.", [["Egypt", 'NEGOTIATED_WITH', "Hamas"], ["Egypt", 'NEGOTIATED_WITH', "Israel"]]],
  ["Norway sent financial aid to Moldova.", [["Norway", 'FUNDED', "Moldova"]]],
  ["The World Bank froze disbursements to Uganda.", [["World Bank", 'REDUCED_RELATIONS', "Uganda"]]],
  // a capital for its country, when the country is named in the article
  ["Morocco and Algeria have quarrelled for years. Morocco withdrew its ambassador from Algiers.", [["Morocco", 'REDUCED_RELATIONS', "Algeria"]]],
  ["Greece and the Czech Republic signed a defence deal.", [["Greece", 'SIGNED_AGREEMENT_WITH', "Czechia"]]],
  ["Australia imposed sanctions on Myanmar.", [["Australia", 'SANCTIONED', "Myanmar"]]],
  // a name's "'s" before "most" and an adjective is its possessive (compromise read "is"), and a participle between an
  // owner or an article and its noun is an adjective (compromise read a verb)
  ["Peru remains Chile's most loyal backer at the talks.", [["Peru", 'SUPPORTS', "Chile"]]],
  ["During Ana Ruiz's working visit to Quito, the two sides signed a loan.", [["Ana Ruiz", 'VISITED', "Quito"]]],
  ["Ana Ruiz met the ousted president of Chile, Luis Gomez.", [["Ana Ruiz", 'MET_WITH', "Luis Gomez"]]],
  // (and a gerund after an article with no noun after it is the noun: "the gathering that evening")
  ["The Andean Forum opened in Quito on Monday. Ana Ruiz joined the gathering that evening.", [["Ana Ruiz", 'ATTENDED', "Andean Forum"]]],
  // ", among them" names the plural object's members, as ", including" does
  ["Chile has sanctioned nine officials, among them Luis Cora and Ana Ruiz.", [["Chile", 'SANCTIONED', "Luis Cora"], ["Chile", 'SANCTIONED', "Ana Ruiz"]]],
  // a person named with a party by a possessive or "of" is its member (SCHEMA.md), one named so with another body its staff
  ["The Green Party's Elena Ríos was elected Speaker.", [["Elena Ríos", 'MEMBER_OF', "Green Party"]]],
  ["Hou Lin of the Kuomintang said the deal was poor.", [["Hou Lin", 'MEMBER_OF', "Kuomintang"]]],
  // a counted list of states after a dash or a colon names a body's members, only where it names as many as counted
  ["The four member states of the Andean Community — Peru, Chile, Bolivia and Ecuador — voted on Monday.", [["Peru", 'MEMBER_OF', "Andean Community"], ["Chile", 'MEMBER_OF', "Andean Community"], ["Bolivia", 'MEMBER_OF', "Andean Community"], ["Ecuador", 'MEMBER_OF', "Andean Community"]]],
  ["The three member states of the Andean Community — Peru, Chile, Bolivia and Ecuador — voted on Monday.", []],
  // (past one word that describes the party: "of the ruling Y Party", "X, 55, of the nationalist Y Party")
  ["The run-off pits Ana Ruiz of the ruling Green Party against Elena Ríos.", [["Ana Ruiz", 'MEMBER_OF', "Green Party"]]],
  ["Hou Lin, 61, of the conservative Green Party, takes office in May.", [["Hou Lin", 'MEMBER_OF', "Green Party"]]],
  ["The Andean Bank's Elena Ríos said the deal was poor.", [["Elena Ríos", 'WORKS_FOR', "Andean Bank"]]],
  // a title with its "of" owner apposed before the name, past a title of address
  ["The Emir of Kuwait, Sheikh Hamad bin Khalid Al Sabah, spoke on Monday.", [["Hamad bin Khalid Al Sabah", 'LEADER_OF', "Kuwait"]]],
  ["The Chairperson of the Andean Community, President Luis Pena, spoke on Monday.", [["Luis Pena", 'LEADER_OF', "Andean Community"]]],
  // a state represented by a person: his post serves it, unless his title says he leads it
  ["Chile is represented by its Prime Minister, Juan Perez.", [["Juan Perez", 'LEADER_OF', "Chile"]]],
  // a possessive state's post whose capitalised portfolio follows "for", or with the words of an appointment before it
  ["Peru's Minister for Defence Industry, Ana Ruiz, arrived in Lima.", [["Ana Ruiz", 'WORKS_FOR', "Peru"], ["Ana Ruiz", 'VISITED', "Lima"]]],
  ["Ecuador's Minister for Foreign and European Affairs and Trade, Luis Borja, arrived in Lima.", [["Luis Borja", 'WORKS_FOR', "Ecuador"], ["Luis Borja", 'VISITED', "Lima"]]],
  // a title's portfolio after its "of" owner ("of the Andean Community for Foreign Affairs and Security Policy"): the body is the owner
  ["He met the High Representative of the Andean Community for Foreign Affairs and Security Policy, Ana Ruiz, in Lima.", [["Ana Ruiz", 'WORKS_FOR', "Andean Community"]]],
  // a federation's office, and a portfolio of fields joined by "and", before the title's "of" owner
  ["The talks included the Federal Minister for Finance of Austria, Karl Huber, in Lima.", [["Karl Huber", 'WORKS_FOR', "Austria"]]],
  ["The Federal Chancellor of Austria, Karl Huber, arrived in Lima.", [["Karl Huber", 'LEADER_OF', "Austria"], ["Karl Huber", 'VISITED', "Lima"]]],
  ["He also met the Minister of Trade and Industry of Ghana, Kofi Mensah, in Lima.", [["Kofi Mensah", 'WORKS_FOR', "Ghana"]]],
  ["Peru's newly appointed Foreign Minister, Ana Ruiz, arrived in Lima.", [["Ana Ruiz", 'WORKS_FOR', "Peru"], ["Ana Ruiz", 'VISITED', "Lima"]]],
  // occupations and roles around names
  ["Exiled Belarusian novelist Svetlana Alexievich spoke in Berlin.", [["Svetlana Alexievich", 'CITIZEN_OF', "Belarus"]]],
  ["Maria Ressa, a Philippine journalist, won the prize.", [["Maria Ressa", 'CITIZEN_OF', "Philippines"]]],
  ["Anne Martin, head of research for the World Food Programme and a member of the Red Cross, warned of famine.", [["Anne Martin", 'LEADER_OF', "World Food Programme"], ["Anne Martin", 'MEMBER_OF', "International Committee of the Red Cross"]]],
  ["Peter Lang, 61, of the International Monetary Fund, arrived.", [["Peter Lang", 'WORKS_FOR', "International Monetary Fund"]]],
  ["Lagos businessman Femi Adeyemi funded the clinic.", [["Femi Adeyemi", 'LIVES_IN', "Lagos"]]],
  ["Kenya's capital, Nairobi, hosted the summit.", [["Nairobi", 'LOCATED_IN', "Kenya"]]],
  ["The minister returned to his native Tanzania.", []],
  ["Jomo Mwangi returned to his native Tanzania.", [["Jomo Mwangi", 'LIVES_IN', "Tanzania"]]],
  ["Samsung, the South Korean electronics company, opened a plant.", [["Samsung", 'HEADQUARTERED_IN', "South Korea"]]],
  ["The jury found that Carl Berg, acting alone, killed Anna Lind.", [["Carl Berg", 'KILLED', "Anna Lind"]]],
  ["Mark Tan pleaded guilty to murdering journalist Lee Wong.", [["Mark Tan", 'KILLED', "Lee Wong"]]],
  // an accredited envoy works for the sender, not the host
  ["Caroline Kennedy, the American ambassador to Australia, met the press.", [["Caroline Kennedy", 'WORKS_FOR', "United States"]]],
  ["The junta made Ibrahim Traore interim president of Burkina Faso.", [["Ibrahim Traoré", 'LEADER_OF', "Burkina Faso"]]],
  ["Peter Novak, a Denver, Colo., lawyer, filed the suit.", [["Peter Novak", 'LIVES_IN', "Denver"], ["Peter Novak", 'LIVES_IN', "Colo"], ["Denver", 'LOCATED_IN', "Colo"]]],
  ["The Kremlin said the poison that killed Alexei Navalny was banned.", []],
  ["Investigators said Omar Saleh fired the shots that killed Hana Adel.", [["Omar Saleh", 'KILLED', "Hana Adel"]]],
  ["Ruth Adler, 58, a senior World Bank economist, resigned.", [["Ruth Adler", 'WORKS_FOR', "World Bank"]]],
  ["The president of Ghana, John Mahama, opened the session.", [["John Mahama", 'LEADER_OF', "Ghana"]]],
  // plain modifiers before the organisation; a second role after one that names no one
  // a portfolio after "of" belongs to the title; the owner's "of" comes after it
  ["Lena Voss, Minister of Foreign Affairs of Estonia, spoke.", [["Lena Voss", 'WORKS_FOR', "Estonia"]]],
  ["The talks were chaired by the Secretary of State of Ghana, Kofi Mensah.", [["Kofi Mensah", 'WORKS_FOR', "Ghana"]]],
  ["Lena Voss, Minister of Foreign Affairs, spoke of Estonia.", []],
  // a venue after "at" is no organisation's seat: the building stands in the town
  ["Surgeons operated on him at the Riverside University Hospital in Leeds.", [["Riverside University Hospital", 'LOCATED_IN', "Leeds"]]],
  ["The Riverside University Hospital in Leeds admitted him.", [["Riverside University Hospital", 'HEADQUARTERED_IN', "Leeds"]]],
  // a demonym places the place named after a noun and its place noun
  ["Ferries docked in the Greek port city of Patras.", [["Patras", 'LOCATED_IN', "Greece"]]],
  // (not a demonym inside a name a determiner opens: "the Grand Ghanaian Volta Dam" is no dam placed in Ghana)
  ["Engineers inspected the Grand Ghanaian Volta Dam on Monday.", []],
  ["Latvia's state minister for foreign affairs, Janis Ozols, spoke.", [["Janis Ozols", 'WORKS_FOR', "Latvia"]]],
  ["Olga Petrova, executive director of the national Green Party, resigned.", [["Olga Petrova", 'LEADER_OF', "Green Party"]]],
  ["Hana Kim, a keen amateur painter and director of the Korea Development Institute, spoke.", [["Hana Kim", 'WORKS_FOR', "Korea Development Institute"]]],
  // a name with its age and home, even as the object of a preposition; coordinated people "of" an organisation
  ["Police questioned the family of Tomas Berg, 34, of Stockholm.", [["Tomas Berg", 'LIVES_IN', "Stockholm"]]],
  // a bare "of <country>" after a name says whom the person speaks for, not a home; a town is still a home
  ["Kofi Mensah of Ghana, speaking also for Togo, welcomed the vote.", []],
  ["Tomas Berg of Malmo said the vote was fair.", [["Tomas Berg", 'LIVES_IN', "Malmo"]]],
  ["Sergei Ivanov and Pavel Orlov of Gazprom resigned.", [["Sergei Ivanov", 'WORKS_FOR', "Gazprom"], ["Pavel Orlov", 'WORKS_FOR', "Gazprom"]]],
  ["Novartis of Basel, Switzerland, recalled the drug.", [["Novartis", 'HEADQUARTERED_IN', "Basel"], ["Novartis", 'HEADQUARTERED_IN', "Switzerland"], ["Basel", 'LOCATED_IN', "Switzerland"]]],
  // a date between "born" and its place
  ["Nelson Mandela was born on July 18, 1918, in Mvezo.", [["Nelson Mandela", 'LIVES_IN', "Mvezo"]]],
  // heading an organisation, active and as a reduced passive; not a meeting named after it
  ["Kristalina Georgieva heads the International Monetary Fund.", [["Kristalina Georgieva", 'LEADER_OF', "International Monetary Fund"]]],
  ["The Arab League, headed by Ahmed Aboul Gheit, met in Cairo.", [["Ahmed Aboul Gheit", 'LEADER_OF', "Arab League"]]],
  ["Elena Costa chaired the NATO meeting.", []],
  // home towns and home states, apposed, equated or described; a place's own person; a home in a place
  ["Voters in Minnesota, Ilhan Omar's home state, went to the polls.", [["Ilhan Omar", 'LIVES_IN', "Minnesota"]]],
  ["Lyon, the hometown of chef Paul Martin, hosted the fair.", [["Paul Martin", 'LIVES_IN', "Lyon"]]],
  ["Ottawa's Jim Watson spoke first.", [["Jim Watson", 'LIVES_IN', "Ottawa"]]],
  ["Marta Ruiz died at her home in Valencia.", [["Marta Ruiz", 'LIVES_IN', "Valencia"]]],
  // a demonym placing the place after it; an organisation where the sentence opens; coordinated places in a region
  ["Russia shelled the Ukrainian city of Kharkiv.", [["Kharkiv", 'LOCATED_IN', "Ukraine"], ["Russia", 'ATTACKED', "Kharkiv"]]],
  ["In Brussels, the European Commission proposed new tariffs.", []], // where a body spoke, not where it sits
  ["In Kyiv, Reuters reported heavy shelling.", []],
  ["Heavy rain flooded Cork, Limerick and Galway in western Ireland.", [["Cork", 'LOCATED_IN', "Ireland"], ["Limerick", 'LOCATED_IN', "Ireland"], ["Galway", 'LOCATED_IN', "Ireland"]]],
  // running an organisation, writing for an outlet, a copula after an age
  ["Sofia Lind, who runs the Nobel Museum, spoke.", [["Sofia Lind", 'LEADER_OF', "Nobel Museum"]]],
  ["Ana Ruiz writes for El Pais.", [["Ana Ruiz", 'WORKS_FOR', "El País"]]],
  ["Ana Ruiz wrote two ballads for Marco Ferri.", []], // writing for a singer employs no one
  ["Mehmet Oz, 61, was acting treasurer at the Istanbul Chamber of Commerce.", [["Mehmet Oz", 'WORKS_FOR', "Istanbul Chamber of Commerce"]]],
  // a plural noun in a compound before the victim's name; a described agent; two verbs sharing one object
  ["Omar Haddad, the confessed killer of human rights lawyer Lina Saad, was sentenced.", [["Omar Haddad", 'KILLED', "Lina Saad"]]],
  ["Mayor Paul Weber was shot by gunman Tom Riedel outside city hall.", [["Tom Riedel", 'KILLED', "Paul Weber"]]],
  ["A sniper named Karl Hoff shot and fatally wounded Joan Miro Estes.", [["Karl Hoff", 'KILLED', "Joan Miro Estes"]]],
  // kin are no employers; a representative to a body works for the sender
  ["Ivan Petrov and his brother Oleg Petrov of Kazan were charged.", [["Oleg Petrov", 'LIVES_IN', "Kazan"]]],
  ["Greta Lund, a Malmo native and mother of three, won.", [["Greta Lund", 'LIVES_IN', "Malmo"]]],
  ["Linda Hart, the British representative to the United Nations, spoke.", [["Linda Hart", 'WORKS_FOR', "United Kingdom"]]],
  // a demonym among an organisation's modifiers; a bracketed acronym before a title or a place
  // (a demonym before a company's nouns is its nationality, no seat: SCHEMA's HEADQUARTERED_IN is "headquarters in, based in";
  // a place's name there is where it is)
  ["Ebru Kaya, an attorney for the Turkish steel company Erdemir, declined to comment.", [["Ebru Kaya", 'WORKS_FOR', "Erdemir"]]],
  ["The Lima mining company Minsur reported a loss.", [["Minsur", 'HEADQUARTERED_IN', "Lima"]]],
  ["The Green Party (GP) leader Ana Dias won.", [["Ana Dias", 'LEADER_OF', "Green Party"]]],
  ["The International Criminal Court (ICC) in The Hague issued a warrant.", [["International Criminal Court", 'HEADQUARTERED_IN', "The Hague"]]],
  // a person of an organisation a city owns
  // ", and" after a clause apposed to a lone name opens no list; a list of placed places
  ["Her lawyers have included Omar Nasser, who shot Karim Adel, and Lina and Sami Haddad.", [["Omar Nasser", 'KILLED', "Karim Adel"]]],
  ["Fighting was reported in Avdiivka in Donetsk, Kupiansk in Kharkiv and Robotyne.", [["Avdiivka", 'LOCATED_IN', "Donetsk"], ["Kupiansk", 'LOCATED_IN', "Kharkiv"]]],
  // a leader's title owned before a comma; "which is based in"; an owned seat; a participle ending a nationality
  ["Siemens' chief executive, Roland Busch, spoke.", [["Roland Busch", 'LEADER_OF', "Siemens"]]],
  ["Gazprom, which is based in Moscow, cut supplies.", [["Gazprom", 'HEADQUARTERED_IN', "Moscow"]]],
  // a copula's description ending in a participle of place places the subject; not through a preposition ("at a college based in")
  ["Norvik Systems is a marine software company based in Trondheim.", [["Norvik Systems", 'HEADQUARTERED_IN', "Trondheim"]]],
  ["Dag Lunde is a lecturer at a college based in Trondheim.", []],
  // "in the (U.S.) state of Y" names the state that holds the place before its "in", and the country too
  ["Tarrow Lake is located in Belkin County in the U.S. state of Idaho.", [["Tarrow Lake", 'LOCATED_IN', "Belkin County"], ["Tarrow Lake", 'LOCATED_IN', "Idaho"], ["Tarrow Lake", 'LOCATED_IN', "United States"], ["Belkin County", 'LOCATED_IN', "Idaho"], ["Belkin County", 'LOCATED_IN', "United States"], ["Idaho", 'LOCATED_IN', "United States"]]],
  ["Toyota's Tokyo headquarters was closed.", [["Toyota", 'HEADQUARTERED_IN', "Tokyo"]]],
  ["Maria Silva, a Portuguese lawyer living in Paris, said so.", [["Maria Silva", 'CITIZEN_OF', "Portugal"], ["Maria Silva", 'LIVES_IN', "Paris"]]],
  // a place named in a noun phrase, an apposed description, a chain of places, a country's place noun
  ["Inspectors visited the Zaporizhzhia nuclear plant in Ukraine.", [["Zaporizhzhia nuclear plant", 'LOCATED_IN', "Ukraine"]]],
  ["The pilgrims stayed at the Santa Clara Farm, a Catholic retreat center in Modesto.", [["Santa Clara Farm", 'LOCATED_IN', "Modesto"]]],
  ["Protesters gathered in Sapporo in Hokkaido in northern Japan.", [["Sapporo", 'LOCATED_IN', "Hokkaido"], ["Sapporo", 'LOCATED_IN', "Japan"], ["Hokkaido", 'LOCATED_IN', "Japan"]]],
  ["The storm hit the U.S. state of Florida.", [["Florida", 'LOCATED_IN', "United States"]]],
  // a participle opening the sentence; a place before a role noun in a copula; a second role after a kin noun; native sons; an owned title in a city
  ["Born in Tehran, Ali Karimi moved to Paris in 1990.", [["Ali Karimi", 'LIVES_IN', "Tehran"]]],
  ["Based in Geneva, the World Health Organization issued a warning.", [["World Health Organization", 'HEADQUARTERED_IN', "Geneva"]]],
  ["Kowalski is a Gdansk native who joined the union in 1980.", [["Kowalski", 'LIVES_IN', "Gdansk"]]],
  ["The court heard Ruiz, cousin of Pablo Ortega and a Seville native, on Monday.", [["Ruiz", 'LIVES_IN', "Seville"]]],
  ["Ohio's native son John Glenn flew twice.", [["John Glenn", 'LIVES_IN', "Ohio"]]],
  // (a post a place owns is no home: SCHEMA's LIVES_IN is "lives in, resident of, native of")
  ["Milan's mayor Giuseppe Sala spoke.", []],
  // an organisation taking someone on, active and passive; a person appointing names no employer
  ["Reuters hired Anna Berg in 2019.", [["Anna Berg", 'WORKS_FOR', "Reuters"]]],
  ["Anna Berg was appointed by the European Commission.", [["Anna Berg", 'WORKS_FOR', "European Commission"]]],
  ["Vladimir Putin appointed Sergei Shoigu in 2012.", []],
  // "accused of" opens a charge: a claim, neither a stated deed nor its denial (26e0672), so no edge at all
  ["Tom Riedel, accused of killing Paul Weber, appeared in court.", []],
  // a trading partner; a title for a demonym's body before the name; a bare name the tagger marks possessive
  ["Brazil, Argentina's largest trading partner, objected.", [["Brazil", 'TRADES_WITH', "Argentina"]]],
  ["A spokesperson for the Turkish foreign ministry, Oncu Keceli, declined to comment.", [["Oncu Keceli", 'WORKS_FOR', "Turkey"]]],
  ["Rafael Grossi, the IAEA's director general, spoke.", [["Rafael Grossi", 'LEADER_OF', "International Atomic Energy Agency"]]],
  ["The quake hit Gyumri, Armenia's second-largest city, in 1988.", [["Gyumri", 'LOCATED_IN', "Armenia"]]],
  // an apposed clause keeps its negation; a relative after "a grouping of X, Y and Z" is the grouping's; meeting a possessor's demands
  ["Piotr Zielinski, who did not attend the summit, criticized Germany.", [["Piotr Zielinski", 'CRITICIZED', "Germany"]]],
  ["Leaders revived the Visegrad Group, a grouping of Poland, Hungary and Slovakia that held few meetings.", [["Poland", 'MEMBER_OF', "Visegrad Group"], ["Hungary", 'MEMBER_OF', "Visegrad Group"], ["Slovakia", 'MEMBER_OF', "Visegrad Group"]]],
  ["The funds will flow once Hungary meets the bloc's conditions.", []],
  // an envoy's sender before the title; a body a possessor owns; where an apposed official is based
  // (the title's complement before the comma, read since session 4: seen in news-dev and news-fresh texts)
  ["Japan's ambassador to the United Nations, Kazuyuki Yamazaki, spoke.", [["Kazuyuki Yamazaki", 'WORKS_FOR', "Japan"]]],
  ["They met Nadav Argaman, the head of Israel's Shin Bet security agency.", [["Nadav Argaman", 'LEADER_OF', "Shin Bet"]]],
  ["Musa Abu Marzouk, a senior Hamas official based in Doha, spoke.", [["Musa Abu Marzouk", 'WORKS_FOR', "Hamas"], ["Musa Abu Marzouk", 'LIVES_IN', "Doha"]]],
  ["Lena Kota, a spokeswoman for Ikea based in Delft, declined to comment.", [["Lena Kota", 'WORKS_FOR', "Ikea"], ["Ikea", 'HEADQUARTERED_IN', "Delft"]]],
  // a place-based organisation named after its base
  ["The Paris-based OECD cut its forecast.", [["Organisation for Economic Co-operation and Development", 'HEADQUARTERED_IN', "Paris"]]],
  // or named before the apposition that describes it; not a name that only modifies the noun after it
  ["Talks were hosted by the Selden Institute, a Geneva-based think tank.", [["Selden Institute", 'HEADQUARTERED_IN', "Geneva"]]],
  ["Analysts at Orvik, a small Oslo-based LNG company, said prices would fall.", []],
  // a place after the name a verb's "on" phrase holds is the verb's: no seat
  ["The series premiered on the Delta network in Norway in 2003.", []],
  // "X, Y and A, B": each pair of a list of pairs, and a pair before "and" and a verb or a preposition; a list of three stays one
  ["Its two plants are in Stavanger, Norway and Uppsala, Sweden.", [["Stavanger", 'LOCATED_IN', "Norway"], ["Uppsala", 'LOCATED_IN', "Sweden"]]],
  ["He was raised in Stavanger, Norway and moved to Oslo at twenty.", [["Stavanger", 'LOCATED_IN', "Norway"]]],
  ["Fighting was reported in Kharkiv, Sumy and Poltava, Ukraine.", []],
  // people "of" a body named after its kind of band are its members
  ["The remix adds vocals by Ana Ruiz and Lena Moro of the Chilean pop group Tres Lunas.", [["Ana Ruiz", 'MEMBER_OF', "Tres Lunas"], ["Lena Moro", 'MEMBER_OF', "Tres Lunas"]]],
  // whom a player plays for, with its article, is a team
  ["Lind returned to Austria in 2015, playing for the Kassel Grizzlies in the top league.", [["Lind", 'MEMBER_OF', "Kassel Grizzlies"]]],
  // two titles sharing one complement each state their tie; two posts, each with its article, do not share it
  ["The award went to Per Dahl, founder and executive chairman of Dahl Shipping, on Friday.", [["Per Dahl", 'FOUNDED', "Dahl Shipping"], ["Per Dahl", 'LEADER_OF', "Dahl Shipping"]]],
  ["The commission said that Aram Vardan, a minister and the candidate of the Unity Party, won.", [["Aram Vardan", 'MEMBER_OF', "Unity Party"]]],
  // coordinated people each with a demonym and a title
  ["Narendra Modi held talks with Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese.", [["Narendra Modi", 'MET_WITH', "Fumio Kishida"], ["Narendra Modi", 'MET_WITH', "Anthony Albanese"], ["Fumio Kishida", 'LEADER_OF', "Japan"], ["Anthony Albanese", 'LEADER_OF', "Australia"]]],
  // a participle after a comma takes the clause's subject; a name with its article opens no dateline; a possessive owner's minister
  ["Olga Ivanova told the broadcaster RIA, accusing Estonia of provocation.", [["Olga Ivanova", 'SPOKE_TO', "RIA Novosti"], ["Olga Ivanova", 'ACCUSED', "Estonia"]]],
  ["The Pacific Islands Forum (PIF) also backed the plan.", []],
  // issue 12: a rule left CITIZEN_OF out after a possessive owner only because a gold file did; removed
  // in a list, a title after the comma is the next name's, not an apposition of the name before it
  ["The guests included Lula, Kenya's President William Ruto and Olaf Scholz.", [["William Ruto", 'LEADER_OF', "Kenya"]]],
  // a title that runs, with a rank or an "of" portfolio, into the next name is that name's, whatever comes before it
  ["After the generals met Ivo Maric, Serbia's police chief, General Dragan Ilic, called in the army.", [["Dragan Ilic", 'WORKS_FOR', "Serbia"]]],
  ["The pact was signed by Peru's Trade Minister Ana Ruiz, Chile's Minister of Infrastructure Luis Cora and others.", [["Ana Ruiz", 'WORKS_FOR', "Peru"], ["Luis Cora", 'WORKS_FOR', "Chile"]]],
  ["The pact was brokered by Ana Ruiz, a close ally of Gabriel Boric.", [["Ana Ruiz", 'ALLIED_WITH', "Gabriel Boric"]]],
  ["Ivo Maric, Serbia's police chief, said the army was ready.", [["Ivo Maric", 'WORKS_FOR', "Serbia"]]],
  // an envoy's "for" place is the brief, not the employer: the owner before the title is; a commissioner "for" a cause
  // serves the owner before the title
  ["Ivo Maric, the UN Special Envoy for Bolivia, spoke.", [["Ivo Maric", 'WORKS_FOR', "United Nations"]]],
  ["Ana Ruiz, Chile's commissioner for children's rights, spoke.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  // a party's flagbearer and a lawmaker for or of a party hold a place in it, no job; a demonym lawmaker serves the state
  ["Ana Ruiz, the flagbearer of the governing Andean Workers Party, spoke.", [["Ana Ruiz", 'MEMBER_OF', "Andean Workers Party"]]],
  ["Ana Ruiz, the sole lawmaker of the Andean Workers Party, spoke.", [["Ana Ruiz", 'MEMBER_OF', "Andean Workers Party"]]],
  ["Ana Ruiz, a Chilean lawmaker, spoke.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  // a singular apposition after a coordination describes its last conjunct only
  ["Hakan Demir and Ana Ruiz, a close adviser to Gabriel Boric, resigned.", [["Ana Ruiz", 'WORKS_FOR', "Gabriel Boric"]]],
  // a state of the office after the owner's possessive is no other post; as a verb it is no title
  ["Peru's ousted President Pedro Castillo was detained.", [["Pedro Castillo", 'LEADER_OF', "Peru"]]],
  ["Congress impeached President Pedro Castillo in 2022.", []],
  ["India's External Affairs Minister Subrahmanyam Jaishankar spoke.", [["S. Jaishankar", 'WORKS_FOR', "India"]]],
  // a chamber's speaker leads the chamber; a title held in a body of the country leads no country
  ["The Speaker of the European Parliament, Roberta Metsola, spoke.", [["Roberta Metsola", 'LEADER_OF', "European Parliament"]]],
  ["Ghana's parliament speaker, Alban Bagbin, spoke.", []],
  ["Lebanon's caretaker prime minister, Najib Mikati, spoke.", [["Najib Mikati", 'LEADER_OF', "Lebanon"]]],
  ["The ICC's deputy prosecutor, Ana Ruiz, spoke.", [["Ana Ruiz", 'WORKS_FOR', "International Criminal Court"]]],
  // one post per pair: the leader of a body is not also its staff; an envoy's "in Y" names the host
  ["General Ana Ruiz, chief of the Chilean Navy, said so.", [["Ana Ruiz", 'LEADER_OF', "Chilean Navy"]]],
  ["Ana Ruiz, who until May was Chile's ambassador in Washington, spoke.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  // an owned title with its complement, then the name after the comma (the host of an envoy employs no one)
  ["Chile's Ambassador to the United States, Ana Ruiz, spoke.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  ["Chile's Chief of Navy, Ana Ruiz, spoke.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  // a ministry named with its country's demonym, in a title, stands for the state (SCHEMA.md: a demonym title gives WORKS_FOR)
  ["Greece protested. Greek Foreign Ministry spokesman Nikos Pappas called the move illegal.", [["Nikos Pappas", 'WORKS_FOR', "Greece"]]],
  // (a ministry after its state's possessive is that state's own body, named with it: 95638f9)
  ["Petra Lind, a spokeswoman for Sweden's Foreign Ministry, declined to comment.", [["Petra Lind", 'WORKS_FOR', "Sweden's Foreign Ministry"]]],
  ["Norway's foreign minister, Espen Barth Eide, welcomed the vote.", [["Espen Barth Eide", 'WORKS_FOR', "Norway"]]],
  ["Biologist Jeffrey Lamb of Chicago's Field Museum disagreed.", [["Jeffrey Lamb", 'WORKS_FOR', "Field Museum"], ["Jeffrey Lamb", 'LIVES_IN', "Chicago"], ["Field Museum", 'HEADQUARTERED_IN', "Chicago"]]],
  // relative clauses whose verb the tagger reads as an adjective; a bracketed short name before "which is based in"
  ["Vietnam, which joined ASEAN in 1995, sent a delegation.", [["Vietnam", 'MEMBER_OF', "ASEAN"]]],
  ["The Southern African Development Community (SADC), which is headquartered in Gaborone, met on Friday.", [["Southern African Development Community", 'HEADQUARTERED_IN', "Gaborone"]]],
  // a phrasal participle with its agent; a body suspending a member; thanks; an ellipsis; an adjunct before the verb's preposition
  ["The Asian Infrastructure Investment Bank, set up by China and Russia, approved a loan.", [["China", 'FOUNDED', "Asian Infrastructure Investment Bank"], ["Russia", 'FOUNDED', "Asian Infrastructure Investment Bank"]]],
  ["The African Union suspended Niger from its activities.", [["African Union", 'REDUCED_RELATIONS', "Niger"]]],
  ["Kenya suspended the electoral commission.", []],
  ["Volodymyr Zelensky thanked Denmark for the jets.", [["Volodymyr Zelenskyy", 'PRAISED', "Denmark"]]],
  // (the ellipsis "as did Z" is read by the matcher's general elided-clause reading, now that "join" is a pattern: member.joins)
  ["Kenya joined the African Union, as did Ghana.", [["Kenya", 'MEMBER_OF', "African Union"], ["Ghana", 'MEMBER_OF', "African Union"]]],
  ["Emmanuel Macron took part by video link in the Munich Security Conference.", [["Emmanuel Macron", 'ATTENDED', "Munich Security Conference"]]],
  // titles with "of"; a title before the name turns "of Y" into the post held there
  ["Secretary of State Antony Blinken visited Kenya and warned Iran.", [["Antony Blinken", 'VISITED', "Kenya"], ["Antony Blinken", 'THREATENED', "Iran"]]],
  ["In Nairobi, Secretary of State Antony Blinken welcomed the new measures.", []],
  ["President Kais Saied of Tunisia met Emmanuel Macron.", [["Kais Saied", 'LEADER_OF', "Tunisia"], ["Kais Saied", 'MET_WITH', "Emmanuel Macron"]]],
  // passive agents: the body a country only modifies; "of which"; a verb's locative is not the object's seat; a founder
  ["Joaquin Guzman was indicted by the U.S. Justice Department.", [["Justice Department", 'ISSUED_WARRANT_FOR', "Joaquin Guzman"]]],
  ["The Arab League, of which Egypt is a founding member, met on Tuesday.", [["Egypt", 'MEMBER_OF', "Arab League"]]],
  ["Turkey replaced the World Bank in Somalia.", []],
  ["Microsoft's founder, Bill Gates, visited Nigeria.", [["Bill Gates", 'FOUNDED', "Microsoft"], ["Bill Gates", 'VISITED', "Nigeria"]]],
  // nominal relations: an action noun's agent through a participle; travel nouns after "after"; meetings between two sides
  ["Canada condemned the airstrikes carried out by Turkey and Iran on Iraq.", [["Turkey", 'ATTACKED', "Iraq"], ["Iran", 'ATTACKED', "Iraq"]]],
  ["Olaf Scholz, who arrived in Tokyo after visits to Vietnam and Laos, met Fumio Kishida.", [["Olaf Scholz", 'VISITED', "Tokyo"], ["Olaf Scholz", 'VISITED', "Vietnam"], ["Olaf Scholz", 'VISITED', "Laos"], ["Olaf Scholz", 'MET_WITH', "Fumio Kishida"]]],
  ["Qatar brokered a meeting between Paul Kagame and Felix Tshisekedi in March.", [["Paul Kagame", 'MET_WITH', "Félix Tshisekedi"], ["Qatar", 'NEGOTIATED_WITH', "Paul Kagame"], ["Qatar", 'NEGOTIATED_WITH', "Félix Tshisekedi"]]],
  ["Norway proposed talks between Israel and Hamas.", []],
  ["Joseph Kony, the subject of an ICC arrest warrant since 2005, visited Sudan.", [["International Criminal Court", 'ISSUED_WARRANT_FOR', "Joseph Kony"], ["Joseph Kony", 'VISITED', "Sudan"]]],
  // absence and missing deny attendance; installing verbs give the post after "as"
  // issue 12: the construction behind the old expectation fired only on fixture or seed sentences and was removed
  ["Leaders gathered for the G20 Summit, a meeting overshadowed by the absence of Xi Jinping.", []],
  ["Narendra Modi missed the G20 Summit.", [["Narendra Modi", 'ATTENDED', "G20 Summit", true]]],
  // leaving a body or staying away from a gathering denies membership or attendance; troops leaving a place deny nothing
  ["Narendra Modi stayed away from the G20 Summit.", [["Narendra Modi", 'ATTENDED', "G20 Summit", true]]],
  ["Hungary quit the International Criminal Court.", [["Hungary", 'MEMBER_OF', "International Criminal Court", true]]],
  ["Peru withdrew from the International Criminal Court in 2019.", [["Peru", 'MEMBER_OF', "International Criminal Court", true]]],
  ["Peru withdrew its troops from Bolivia.", []],
  // an object under "neither … nor" denies the verb for each conjunct
  ["Narendra Modi met neither Joe Biden nor Xi Jinping.", [["Narendra Modi", 'MET_WITH', "Joe Biden", true], ["Narendra Modi", 'MET_WITH', "Xi Jinping", true]]],
  ["Hungary joined neither the International Criminal Court nor NATO.", [["Hungary", 'MEMBER_OF', "International Criminal Court", true], ["Hungary", 'MEMBER_OF', "NATO", true]]],
  // a state's candidacy for a body is for accession, no membership; a person's is a party's
  ["Peru is also a candidate for the Andean Community.", []],
  // negation once per clause: "not yet"
  ["Narendra Modi has not yet spoken to Joe Biden.", [["Narendra Modi", 'SPOKE_TO', "Joe Biden", true]]],
  ["The junta swore in General Mamady Doumbouya, the army chief, as Guinea's transitional president.", [["Mamady Doumbouya", 'LEADER_OF', "Guinea"]]],
  // a titled coordination read from its second member; an apposed noun before a participle; a coordinated locative participle; "the two men"
  ["Kenyan President William Ruto and Nigerian President Bola Tinubu attended the G20 Summit.", [["William Ruto", 'LEADER_OF', "Kenya"], ["Bola Tinubu", 'LEADER_OF', "Nigeria"], ["William Ruto", 'ATTENDED', "G20 Summit"], ["Bola Tinubu", 'ATTENDED', "G20 Summit"]]],
  // issue 12: the construction behind the old expectation fired only on fixture or seed sentences and was removed
  ["The Asian Infrastructure Investment Bank, the lender set up by China and headquartered in Beijing, approved loans.", [["China", 'FOUNDED', "Asian Infrastructure Investment Bank"]]],
  // passive installing verbs; "led" a named body; a grouping's members; "the two sides" denied
  ["Mark Carney was sworn in as Canada's prime minister on Friday.", [["Mark Carney", 'LEADER_OF', "Canada"]]],
  ["Keir Starmer led the Labour Party to victory.", [["Keir Starmer", 'LEADER_OF', "Labour Party"]]],
  ["Russia led the talks with Iran.", []],
  ["Abbas Araghchi met Rafael Grossi in Vienna, though the two sides did not sign any protocol.", [["Abbas Araghchi", 'MET_WITH', "Rafael Grossi"], ["Abbas Araghchi", 'SIGNED_AGREEMENT_WITH', "Rafael Grossi", true]]],
  // an apposed body owned by another; the gazetteer's own record of an organ's body; a common noun's possessive title
  ["The International Court of Justice, the United Nations' highest judicial body, ruled on Friday.", [["International Court of Justice", 'PART_OF', "United Nations"]]],
  ["The United Nations said the UN Security Council would meet.", [["UN Security Council", 'PART_OF', "United Nations"]]],
  ["The International Atomic Energy Agency criticised Iran. Rafael Grossi, the agency's director general, spoke in Vienna.", [["International Atomic Energy Agency", 'CRITICIZED', "Iran"], ["Rafael Grossi", 'LEADER_OF', "International Atomic Energy Agency"]]],
  // where an event takes place: a hosting verb's locative, a gathering place before "for" the event
  // issue 12: the construction behind the old expectation fired only on fixture or seed sentences and was removed
  ["Leaders gathered in Johannesburg on Sunday for the G20 Summit.", []],
  // issue 12: the construction behind the old expectation fired only on fixture or seed sentences and was removed
  ["Cyril Ramaphosa, who hosted the G20 Summit at the Nasrec Expo Centre, criticised NATO.", [["Cyril Ramaphosa", 'HOSTED', "G20 Summit"], ["Cyril Ramaphosa", 'CRITICIZED', "NATO"], ["G20 Summit", 'LOCATED_IN', "Nasrec Expo Centre"]]],
  // "where" opens a clause with its own subject; representing someone at an event; aid pledged in an amount; "P, in <demonym>-administered Q"
  ["Donald Tusk flew to Brussels, where he met Ursula von der Leyen.", [["Donald Tusk", 'VISITED', "Brussels"], ["Donald Tusk", 'MET_WITH', "Ursula von der Leyen"]]],
  ["Kamala Harris, who represented the president at the East Asia Summit last year, spoke briefly.", [["Kamala Harris", 'ATTENDED', "East Asia Summit"]]],
  ["Japan pledged another 5 billion yen in humanitarian aid to Sudan.", [["Japan", 'FUNDED', "Sudan"]]],
  // issue 12: the construction behind the old expectation fired only on fixture or seed sentences and was removed
  ["Gunmen attacked a bus near Ramban, in Indian-administered Kashmir.", []],
  // a reporting clause is no apposition; posts after "served as"; symmetric roles named or owned; a reduced passive's coordinated agents
  ["Sergei Lavrov did not meet Li Qiang, a Russian diplomat said.", [["Sergey Lavrov", 'MET_WITH', "Li Qiang", true]]],
  ["Mark Rutte served as prime minister of the Netherlands.", [["Mark Rutte", 'LEADER_OF', "Netherlands"]]],
  // issue 12: the construction behind the old expectation fired only on fixture or seed sentences and was removed
  ["Gitanas Nauseda described Poland as Lithuania's closest ally.", []],
  // session 7: "its ally X" is the pattern ally.possessor.named (seen in news-fresh7 and news-fresh9)
  ["Iran praised its ally Syria.", [["Iran", 'PRAISED', "Syria"], ["Iran", 'ALLIED_WITH', "Syria"]]],
  // issue 12: the construction behind the old expectation fired only on fixture or seed sentences and was removed
  ["The treaty was signed by Egypt and Israel.", []],
  // issue 12: the construction behind the old expectation fired only on fixture or seed sentences and was removed
  ["The Camp David Accords, signed in Washington in 1978 by Egypt and Israel, ended the war.", []],
  // appositions opened by "whose" or a past participle; fighting a named side; "keep" passes its subject on
  ["Volodymyr Zelensky, whose country is fighting Russia, thanked the European Union for its support.", [["Volodymyr Zelenskyy", 'PRAISED', "European Union"]]],
  ["Ukraine has been fighting Russia since 2022.", [["Ukraine", 'AT_WAR_WITH', "Russia"]]],
  ["The BRICS Summit, held in Kazan, was attended by Narendra Modi.", [["BRICS Summit", 'LOCATED_IN', "Kazan"], ["Narendra Modi", 'ATTENDED', "BRICS Summit"]]],
  ["Japan will keep supporting Ukraine.", [["Japan", 'SUPPORTS', "Ukraine"]]],
  // an event before "in" a place takes place there (a bare "in", no participle: "the G20 summit in Bali")
  ["The Andean Summit in Lima ended without a declaration.", [["Andean Summit", 'LOCATED_IN', "Lima"]]],
  // (not one edition of a series named by its year, nor a war, which spreads beyond the place)
  ["The 2019 Andean Games in Lima drew record crowds.", []],
  ["The Andean War in Peru ended in 1880.", []],
  // an event at its venue is held there; the venue's town is the venue's own edge, not the event's
  ["The Andean Summit at the Lima Convention Centre in Peru ended without a declaration.", [["Andean Summit", 'LOCATED_IN', "Lima Convention Centre"], ["Lima Convention Centre", 'LOCATED_IN', "Peru"]]],
  ["Ana Ruiz spoke at the Andean Summit at the invitation of Peru.", []],
  // brokers of pacts (no meeting implied), attacks named by a plural the tagger reads as a verb, projectiles fired at a side
  ["Saudi Arabia and Iran restored diplomatic relations in a deal brokered by China.", [["China", 'NEGOTIATED_WITH', "Saudi Arabia"], ["China", 'NEGOTIATED_WITH', "Iran"]]],
  ["Qatar brokered a ceasefire between Israel and Hamas.", [["Qatar", 'NEGOTIATED_WITH', "Israel"], ["Qatar", 'NEGOTIATED_WITH', "Hamas"]]],
  ["Egypt proposed a ceasefire between Israel and Hamas.", []],
  ["Israel launched airstrikes on Lebanon.", [["Israel", 'ATTACKED', "Lebanon"]]],
  ["Hezbollah fired rockets at Israel.", [["Hezbollah", 'ATTACKED', "Israel"]]],
  // a plural symmetric role within a coordinated copula subject; talks as a travel purpose; a governing denial; weapons standing for their country
  ["The United States and the Philippines are treaty allies.", [["United States", 'ALLIED_WITH', "Philippines"]]],
  ["Narendra Modi arrived in Moscow on Monday for talks with Vladimir Putin.", [["Narendra Modi", 'VISITED', "Moscow"], ["Narendra Modi", 'MET_WITH', "Vladimir Putin"]]],
  ["The Kremlin denied that Putin had met Trump.", [["Vladimir Putin", 'MET_WITH', "Donald Trump", true]]],
  ["Kyiv said Russian drones struck Odesa.", [["Russia", 'ATTACKED', "Odesa"]]],
  // members named after "include"; ", followed by X" as an ellipsis
  ["The Group of Seven, whose members include Japan and Canada, met in Italy.", [["Japan", 'MEMBER_OF', "G7"], ["Canada", 'MEMBER_OF', "G7"]]],
  // issue 12: the construction behind the old expectation fired only on fixture or seed sentences and was removed
  ["Finland formally joined NATO in April 2023, followed by Sweden in March 2024.", [["Finland", 'MEMBER_OF', "NATO"]]],
  // receiving a guest; an arrest named by its noun with its agent
  ["Chinese President Xi Jinping received Brazilian President Lula at the Great Hall of the People.", [["Xi Jinping", 'LEADER_OF', "China"], ["Luiz Inácio Lula da Silva", 'LEADER_OF', "Brazil"], ["Xi Jinping", 'HOSTED', "Luiz Inácio Lula da Silva"]]],
  ["Parliament received a letter from Joe Biden.", []],
  ["Germany condemned the arrest of Alexei Navalny by Russian authorities.", [["Germany", 'CRITICIZED', "Russia"], ["Russia", 'ARRESTED', "Alexei Navalny"]]],
  // suspending one's own participation in a body; a veto of a named party only
  ["Armenia suspended its participation in the Collective Security Treaty Organization.", [["Armenia", 'REDUCED_RELATIONS', "Collective Security Treaty Organization"]]],
  ["Hungary vetoed the EU aid package for Ukraine.", []],
  // after a closing quote "and" coordinates with the speech verb; a that-clause after the addressee holds no object
  ['Vassily Nebenzia said the draft was "a political stunt" and accused Britain of blocking the vote.', [["Vasily Nebenzya", 'ACCUSED', "United Kingdom"]]],
  ['Narendra Modi, who hosted the G20 Summit, told the delegates that the group was "the voice of the Global South" and criticised NATO\'s expansion.', [["Narendra Modi", 'HOSTED', "G20 Summit"], ["Narendra Modi", 'CRITICIZED', "NATO"]]],
  // a warning's target in its condition
  // issue 12: the construction behind the old expectation fired only on fixture or seed sentences and was removed
  ["The United States warned that it would respond if Iran attacked Israel.", [["Iran", 'ATTACKED', "Israel"]]],
  ["Iran warned that oil prices would rise.", []],
  // a vice-president serves, not leads, whether the owner comes before or after
  // issue 12: a rule left CITIZEN_OF out after a possessive owner only because a gold file did; removed
  ["Ghana's Vice President Mahamudu Bawumia visited Accra.", [["Mahamudu Bawumia", 'WORKS_FOR', "Ghana"], ["Mahamudu Bawumia", 'VISITED', "Accra"]]],
  ["Vice President Kamala Harris of the United States met Lula.", [["Kamala Harris", 'WORKS_FOR', "United States"], ["Kamala Harris", 'MET_WITH', "Luiz Inácio Lula da Silva"]]],
  // "both …" after a coordination describes each member
  ["Japan and South Korea, both allies of the United States, held joint drills.", [["Japan", 'ALLIED_WITH', "United States"], ["South Korea", 'ALLIED_WITH', "United States"]]],
  // what was financed in a place; an organ named after or owned by its body
  ["Japan, which has financed a railway and two clinics in Kenya, urged restraint.", [["Japan", 'FUNDED', "Kenya"]]],
  ["The African Union's Peace and Security Council suspended Niger.", [["Peace and Security Council", 'PART_OF', "African Union"], ["Peace and Security Council", 'REDUCED_RELATIONS', "Niger"]]],
  ["ECOWAS said on Monday that the ECOWAS Commission would meet.", [["ECOWAS Commission", 'PART_OF', "ECOWAS"]]],
  // ("agreed to expand" is a commitment, no deal between them; "signed a … agreement" is one)
  ["Narendra Modi held talks with Lula in Goa, where the two leaders agreed to expand defence ties.", [["Narendra Modi", 'MET_WITH', "Luiz Inácio Lula da Silva"]]],
  // a group description stands for the group the article last named together, each member an end of the clause's relation
  ["Gabriel Boric and Dina Boluarte met in Lima. The two leaders signed a trade agreement and condemned Venezuela.", [["Gabriel Boric", 'MET_WITH', "Dina Boluarte"], ["Dina Boluarte", 'SIGNED_AGREEMENT_WITH', "Gabriel Boric"], ["Gabriel Boric", 'CRITICIZED', "Venezuela"], ["Dina Boluarte", 'CRITICIZED', "Venezuela"]]],
  ["President Gabriel Boric hosted Dina Boluarte and Luis Arce in Santiago for a summit of the three leaders. The leaders condemned Venezuela.", [["Gabriel Boric", 'HOSTED', "Dina Boluarte"], ["Gabriel Boric", 'HOSTED', "Luis Arce"], ["Gabriel Boric", 'CRITICIZED', "Venezuela"], ["Dina Boluarte", 'CRITICIZED', "Venezuela"], ["Luis Arce", 'CRITICIZED', "Venezuela"]]],
  // a pronoun the resolver leaves open (its antecedent beyond the resolver's window) or whose reading would be a
  // self-loop falls back to the nearest person of its gender, not merely the nearest person
  ["Angela Merkel arrived in Paris on Monday. Talks began at noon. Officials met in the afternoon. Emmanuel Macron spoke to reporters. Crowds gathered outside. She then visited Berlin.", [["Angela Merkel", 'VISITED', "Paris"], ["Angela Merkel", 'VISITED', "Berlin"]]],
  ["Olaf Scholz arrived in Rome on Monday. Talks began at noon. Officials met in the afternoon. Giorgia Meloni spoke to reporters. Crowds gathered outside. He then visited Milan.", [["Olaf Scholz", 'VISITED', "Rome"], ["Olaf Scholz", 'VISITED', "Milan"]]],
  // a reading that makes a self-loop ("her" read as Merkel) drops the edge: emit never swaps a referent to make an edge fit
  // (that an object pronoun cannot be its own clause's subject is the resolver's to know)
  ["Liz Truss met Angela Merkel and Emmanuel Macron. Merkel later praised her.", [["Liz Truss", 'MET_WITH', "Angela Merkel"], ["Liz Truss", 'MET_WITH', "Emmanuel Macron"]]],
  // an occupation before a name is never held under the person named before it; a band's role is membership
  ["The band was formed by guitarist Ola Berg and bassist Per Dahl.", []],
  ["The Beatles guitarist George Harrison wrote the song.", [["George Harrison", 'MEMBER_OF', "Beatles"]]],
  // a member's title before a name is a place in the body, no job
  ["The studio belongs to former Blue Lantern member Ola Berg.", [["Ola Berg", 'MEMBER_OF', "Blue Lantern"]]],
  // a birthplace is the town, as the verb reads it, not the region after it
  ["Born in Tromsø, Norway, Kari Holm has written four novels.", [["Kari Holm", 'LIVES_IN', "Tromsø"], ["Tromsø", 'LOCATED_IN', "Norway"]]],
  // a comma chain through a named area ("X County") goes on to the region after it, with no country at its end
  ["She lived in Ardmore, Delaware County, Pennsylvania, for many years.", [["Ardmore", 'LOCATED_IN', "Delaware County"], ["Ardmore", 'LOCATED_IN', "Pennsylvania"], ["Delaware County", 'LOCATED_IN', "Pennsylvania"]]],
  // a verb of becoming, or a passive of choosing with its complement, describes a person as "is" does; not a verb series' object
  ["Ana Ruiz was elected a member of the Chilean Academy of Sciences at the age of forty.", [["Ana Ruiz", 'MEMBER_OF', "Chilean Academy of Sciences"]]],
  ["Ana Ruiz became a member of the Chilean Academy of Sciences in 1990.", [["Ana Ruiz", 'MEMBER_OF', "Chilean Academy of Sciences"]]],
  ["Ana Ruiz hired Juan Perez, became a member of the Chilean Academy of Sciences and retired.", []],
  // two occupations of one person joined before the name share its demonym or body; a plural is other people
  ["The song is by Peruvian rapper and singer Ana Ruiz.", [["Ana Ruiz", 'CITIZEN_OF', "Peru"]]],
  ["The talks brought Russian diplomats and journalist Ana Ruiz together.", []],
  // a fictional character is no post, and a preposition the tagger reads as an adjective ("under") no occupation
  ["The novel follows Garcia's character Juan Perez through the war.", []],
  ["She was deputy leader of the Socialist Party under Ana Ruiz between 2007 and 2014.", []],
  // a verb whose object comes by a preposition ("wrote for Y") has no passive but the prepositional one
  ["The guide sets out the doctrines of the Anglican Church written by Ana Ruiz.", []],
  // "of Y" after a noble's title names a house, not a home
  ["Princess Ingrid of Sweden opened the bridge.", []],
  // a name whose head is a see or a body is no person: "of Y" is the see's, no home
  ["The weekly serves the Lutheran Diocese of Tromsø and its priests.", []],
  ["Kari Holm of Tromsø opened the bridge.", [["Kari Holm", 'LIVES_IN', "Tromsø"]]],
  // a demonym before an occupation is a nationality, not an employer
  ["Ingrid Dahl was a Norwegian film director.", [["Ingrid Dahl", 'CITIZEN_OF', "Norway"]]],
  // a comma chain of places: each lies in the ones after it
  // a list of four places that names no country or area is no chain
  ["Trains stop at Bergen, Voss, Myrdal, Oslo.", []],
  // a verb after a comma ends a name list: the title's state is not a host; "at" after a verb's objects names the venue
  ["In the morning, the President of Chile, Ana Ruiz, received Mr. Mora, Mr. Soto and Mr. Vega at the Moneda Palace.", [["Ana Ruiz", 'LEADER_OF', "Chile"], ["Ana Ruiz", 'HOSTED', "Mora"], ["Ana Ruiz", 'HOSTED', "Soto"], ["Ana Ruiz", 'HOSTED', "Vega"]]],
  ["Lars Eriksen held talks with President Ana Ruiz at the Presidential Office.", [["Lars Eriksen", 'MET_WITH', "Ana Ruiz"]]],
  ["Ola Nordmann was sworn in by Chief Justice Ana Ruiz at the Presidential Secretariat.", []],
  ["Ana Ruiz, a researcher at the Carnegie Endowment, said the plan was sound.", [["Ana Ruiz", 'WORKS_FOR', "Carnegie Endowment"]]],
  ["In the field of physics, Li Wei at the Institute of Physics has made progress.", [["Li Wei", 'WORKS_FOR', "Institute of Physics"]]],
  // a name after an opening phrase's comma that modifies a title or does the verb is not apposed to the place before it
  ["In Lima, Chilean Foreign Minister Ana Ruiz said the plan was sound.", [["Ana Ruiz", 'WORKS_FOR', "Chile"]]],
  ["In Oslo, Chile makes room for both sides.", []],
  ["By arresting Ana Ruiz, a reporter for The Daily Post, Chile has opened a new front.", [["Ana Ruiz", 'WORKS_FOR', "Daily Post"]]],
  ["Leaders met in Bali, Indonesia, in November.", [["Bali", 'LOCATED_IN', "Indonesia"]]],
  // a place after the comma that closes "the <title> of <body>," is the event's; a body is not "held" somewhere
  ["She met Ana Ruiz, the Speaker of the Congress of Peru, in Madrid.", [["Ana Ruiz", 'LEADER_OF', "Congress of Peru"]]],
  ["She met Ana Ruiz, the chair of the Peruvian Senate, in Madrid.", [["Ana Ruiz", 'LEADER_OF', "Peruvian Senate"]]],
  ["Ministers attended the summit of the Shanghai Cooperation Organisation, held in Astana.", []],
  ["The Supreme Court in Santiago has ordered a retrial.", [["Supreme Court", 'HEADQUARTERED_IN', "Santiago"]]],
  // a role noun followed by an infinitive: the infinitive's object is not the role's body
  ["Chile and Peru were the last allies to back the accord.", []],
  // "welcomed X as <role>" praises; the title's state before a holder's name is not the object
  ["Ana Ruiz welcomed Peru as a party to the treaty.", [["Ana Ruiz", 'PRAISED', "Peru"]]],
  ["Ana Ruiz welcomed the US President's plan for a truce in the north.", []],
  ["Ana Ruiz is hosting U.S. Secretary of State Dana Whitfield in Lima.", [["Ana Ruiz", 'HOSTED', "Dana Whitfield"], ["Dana Whitfield", 'WORKS_FOR', "United States"]]],
  ["The talks, which Ana Ruiz will host and which U.S. Secretary of State Dana Whitfield will attend, open on Monday.", [["Dana Whitfield", 'WORKS_FOR', "United States"]]],
  // "of Y" after a name in a list under a plural title is the post's realm, not a home; a plain "X of Y" still is
  ["Ana Ruiz spoke first, followed by Presidents Luis Mora of Peru and Juan Soto of Bolivia.", []],
  ["Ana Ruiz of Lima and Luis Mora of Cusco said the plan was sound.", [["Ana Ruiz", 'LIVES_IN', "Lima"], ["Luis Mora", 'LIVES_IN', "Cusco"]]],
  // a coordination that is a verb's object is not the subject of a later coordinated verb
  ["Rubio met Ana Ruiz and Luis Mora on Monday and thanked Juan Soto for the talks.", [["Marco Rubio", 'MET_WITH', "Ana Ruiz"], ["Marco Rubio", 'MET_WITH', "Luis Mora"], ["Marco Rubio", 'PRAISED', "Juan Soto"]]],
  ["Analysis: Lima's Cusco truce buys quiet on the border.", []],
  ["Tourists crowded Lima's Miraflores district on Sunday.", [["Miraflores district", 'LOCATED_IN', "Lima"]]],
  ["Riots tore through Lima's Chinatown last November.", [["Chinatown", 'LOCATED_IN', "Lima"]]],
  // a present-tense "refuse" after a coordinated subject negates the verb after "to" for every member (the tagger reads it as a noun)
  ["Iran and Syria refuse to condemn Hezbollah and criticize Israel.", [["Iran", 'CRITICIZED', "Hezbollah", true], ["Syria", 'CRITICIZED', "Hezbollah", true], ["Iran", 'CRITICIZED', "Israel"], ["Syria", 'CRITICIZED', "Israel"]]],
  // a title over nouns that end in a unit ("mission", "team") heads the unit, not the body named before the nouns; a
  // field mission named with its place is a body of its own (entities: fieldBodies)
  ["Ana Ruiz, head of the UN election monitoring mission in Peru, said the count was fair.", [["Ana Ruiz", 'LEADER_OF', "UN election monitoring mission in Peru"]]],
  ["Luis Mora, head of the IAEA inspection team in Iran, spoke on Monday.", []],
  ["Luis Mora, leader of the Wagner mercenary group, spoke on Monday.", [["Luis Mora", 'LEADER_OF', "Wagner Group"]]],
  // an organ whose name does not contain its body's states no PART_OF by being named
  ["The European Union said the European Commission would meet on Monday.", []],
  ["The festival took place in Bergen, Vestland, Norway.", [["Bergen", 'LOCATED_IN', "Vestland"], ["Bergen", 'LOCATED_IN', "Norway"], ["Vestland", 'LOCATED_IN', "Norway"]]],
];

let extractor: Extractor;
beforeAll(() => { extractor = createExtractor(); });

const run = (text: string, date = '2024-03-15'): ArticleExtraction => extractArticle({ id: 't', text, date }, extractor);
const triples = (x: ArticleExtraction): string[] => {
  const label = new Map(x.entities.map((e) => [e.key, e.label]));
  return [...new Set(x.relations.map((r) => `${label.get(r.subject)} ${r.negated ? 'NOT ' : ''}${r.predicate} ${label.get(r.object)}`))].sort();
};
const expected = (ts: Triple[]) => ts.map(([s, p, o, n]) => `${s} ${n ? 'NOT ' : ''}${p} ${o}`).sort();

describe('relations: exact triples per sentence', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(triples(run(text))).toEqual(expected(want));
  });

  it('covers every predicate of the closed vocabulary, and negation', () => {
    const used = new Set(CASES.flatMap(([, ts]) => ts.map((t) => t[1])));
    expect(PREDICATES.filter((p) => !used.has(p))).toEqual([]);
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter(([, ts]) => ts.some((t) => t[3])).length).toBeGreaterThanOrEqual(8);
  });
});

describe('relations: lists of "title of state, name" pairs', () => {
  it('gives each title to the name after it, not to the name before', () => {
    const t = triples(run('Ana Ruiz met the Prime Minister of Jamaica, Mark Tell, the President of Peru, Luis Cora, and the President of the European Council, Charles Michel.'));
    expect(t.filter((x) => x.includes('LEADER_OF'))).toEqual(['Charles Michel LEADER_OF European Council', 'Luis Cora LEADER_OF Peru', 'Mark Tell LEADER_OF Jamaica']);
    // a name with no title before it keeps the apposition after it
    expect(triples(run('Ana Ruiz met Luis Cora, the President of Peru, and Mark Tell.'))).toContain('Luis Cora LEADER_OF Peru');
  });
});

describe('relations: a host named after his post\'s complement', () => {
  it('gives the hosting to the holder after "ambassador to X,", not to the post\'s owner', () => {
    const t = triples(run('President Hugo Diaz of Bolivia flew to Lima on Monday. On landing, Diaz was received by Bolivia\'s ambassador to Peru, Jorge Mesa.'));
    expect(t.filter((x) => x.includes('HOSTED'))).toEqual(['Jorge Mesa HOSTED Hugo Diaz']);
  });
});

describe('relations: the object a verb\'s own noun phrase stands for', () => {
  const only = (text: string, p: string) => triples(run(text)).filter((x) => x.includes(p));
  it('reads a bare plural after "told" as the one told, and the name after it as part of what was told', () => {
    expect(only('Ana Ruiz told journalists Luis Gomez would step down in June.', 'SPOKE_TO')).toEqual([]);
    expect(only('Ana Ruiz told Luis Gomez that the port deal was off.', 'SPOKE_TO')).toEqual(['Ana Ruiz SPOKE_TO Luis Gomez']);
  });
  it('hosts nothing yet in the infinitive of a bid or a candidacy', () => {
    expect(only('Ana Ruiz said Peru had entered a bid to host the Andean Summit in 2027.', 'HOSTED')).toEqual([]);
    expect(only('Peru will host the Andean Summit in 2027.', 'HOSTED')).toEqual(['Peru HOSTED Andean Summit']);
  });
  it('backs the holder of a term in the chair, not the body it presides over', () => {
    expect(only('Chile said it would back Peru\'s presidency of the Andean Council next year.', 'SUPPORTS')).toEqual(['Chile SUPPORTS Peru']);
  });
});

describe('relations: the noun a place or body only completes', () => {
  it('visits a named venue arrived at, not the place it stands in', () => {
    expect(triples(run('On Monday Ana Ruiz arrived at the Miraflores Palace in Lima.')).filter((x) => x.includes('VISITED'))).toEqual(['Ana Ruiz VISITED Miraflores Palace']);
    expect(triples(run('On Monday Ana Ruiz arrived at the palace in Lima.')).filter((x) => x.includes('VISITED'))).toEqual(['Ana Ruiz VISITED Lima']);
  });
  it('gives no lead of the body after "a delegation of", "the mission to", "an agency of"', () => {
    expect(triples(run('In Quito Ana Ruiz saw twelve members of the Andean Parliament, headed by Senator Luis Gomez.')).filter((x) => x.includes('LEADER_OF'))).toEqual([]);
    expect(triples(run('The Andean Party, led by Luis Gomez, won the vote.')).filter((x) => x.includes('LEADER_OF'))).toEqual(['Luis Gomez LEADER_OF Andean Party']);
  });
});

describe('relations: a chaired meeting of a body', () => {
  it('leads the body chaired, not the one whose meeting was chaired', () => {
    expect(triples(run('On Tuesday Ana Ruiz chaired a closed meeting of the Andean Water Council in Quito.')).filter((x) => x.includes('LEADER_OF'))).toEqual([]);
    expect(triples(run('Ana Ruiz, who chairs the Andean Water Council, spoke in Quito.')).filter((x) => x.includes('LEADER_OF'))).toEqual(['Ana Ruiz LEADER_OF Andean Water Council']);
  });
});

describe('relations: the head of a parent body\'s agency', () => {
  it('leads the agency named after the parent\'s nouns, not the parent', () => {
    expect(triples(run('The ministers met Lena Mott, head of the UN refugee agency UNHCR.'))).toEqual(['Lena Mott LEADER_OF UNHCR']);
    expect(triples(run('Ana Ruiz, the leader of the Wagner mercenary group, spoke.'))).toEqual(['Ana Ruiz LEADER_OF Wagner Group']);
    expect(triples(run('Ana Ruiz, head of the African Union, spoke.'))).toEqual(['Ana Ruiz LEADER_OF African Union']);
  });
});

describe('relations: a body after a common noun\'s "of"', () => {
  it('gives the place after it to the noun, not the body\'s seat', () => {
    expect(triples(run('Leaders met at a summit of the Southern African Development Community in Harare.'))).toEqual([]);
    expect(triples(run('Jets struck the camps of the Velmar Defence Forces in Quito.')).filter((x) => x.includes('HEADQUARTERED_IN'))).toEqual([]);
    // a body's own "of" stays in its name, and its seat is read
    expect(triples(run('The Ministry of Defence in New Delhi called the strikes measured.'))).toEqual(['Ministry of Defence HEADQUARTERED_IN New Delhi']);
  });
});

describe('relations: titles joined by "and", forms of address, and posts stated by a passive', () => {
  it('gives the leader\'s one of two joined titles, and steps over "H.E." before the name', () => {
    expect(triples(run('Peru\'s crown prince and prime minister, Luis Cora, hosted the talks.'))).toEqual(['Luis Cora LEADER_OF Peru']);
    expect(triples(run('Peru\'s deputy foreign minister and trade envoy, Luis Cora, arrived.'))).toEqual(['Luis Cora WORKS_FOR Peru']);
    expect(triples(run('Ana Ruiz met the President of Peru, H.E. Mr. Luis Cora, on Monday.')).filter((t) => t.includes('LEADER_OF'))).toEqual(['Luis Cora LEADER_OF Peru']);
  });
  it('reads each of two titles apposed with "and", the first with its own owner', () => {
    expect(triples(run('Luis Cora, the Peruvian president and current chairman of the Andean Community, spoke.'))).toEqual(['Luis Cora LEADER_OF Andean Community', 'Luis Cora LEADER_OF Peru']);
    expect(triples(run('Luis Cora, Peru\'s president and a former guerrilla, spoke.'))).toEqual(['Luis Cora LEADER_OF Peru']);
  });
  it('gives the head of a state\'s delegation a post serving the state, not its leadership; and reads the UN\'s short names', () => {
    expect(triples(run('Ana Ruiz led the delegation of Peru to the summit.'))).toEqual(['Ana Ruiz WORKS_FOR Peru']);
    expect(triples(run('Ana Ruiz led Peru through the crisis.'))).toEqual(['Ana Ruiz LEADER_OF Peru']);
    expect(triples(run('The summit was attended by the Prime Minister of Viet Nam, Luis Cora, and the Prime Minister of the Lao PDR, Ana Ruiz.')).filter((t) => t.includes('LEADER_OF'))).toEqual(['Ana Ruiz LEADER_OF Laos', 'Luis Cora LEADER_OF Vietnam']);
  });
  it('holds a bare state title in a paragraph that names no country for the headline\'s one country, never a former post', () => {
    const text = 'Live: Peru\'s cabinet crisis deepens\n\nThe toll rose to nine. Interior Minister Ana Ruiz has resigned. The bloc of former prime minister Luis Cora walked out.';
    expect(triples(run(text)).filter((t) => t.includes('WORKS_FOR') || t.includes('LEADER_OF'))).toEqual(['Ana Ruiz WORKS_FOR Peru']);
    // (a headline of two countries, or a paragraph that names its own, decides nothing)
    expect(triples(run('Live: Peru and Chile trade blame\n\nThe toll rose. Interior Minister Ana Ruiz has resigned.')).filter((t) => t.includes('WORKS_FOR'))).toEqual([]);
    expect(triples(run('Live: Peru\'s cabinet crisis\n\nChile closed its border. Interior Minister Ana Ruiz has resigned.')).filter((t) => t.includes('WORKS_FOR'))).toEqual(['Ana Ruiz WORKS_FOR Chile']);
  });
  it('reads a demonym title after a clause\'s "that", and a portfolio named after "of" or before the title', () => {
    expect(triples(run('Ana Ruiz argued that Peruvian President Luis Cora had lost the vote.')).filter((t) => t.includes('LEADER_OF'))).toEqual(['Luis Cora LEADER_OF Peru']);
    expect(triples(run('Ana Ruiz said that the talks would go on.'))).toEqual([]);
    expect(triples(run('Peru\'s Minister of Infrastructure Luis Cora opened the port.')).filter((t) => t.includes('WORKS_FOR'))).toEqual(['Luis Cora WORKS_FOR Peru']);
    // (a portfolio word is no title on its own)
    expect(triples(run('International relations expert Luis Cora spoke in Lima.')).filter((t) => t.includes('WORKS_FOR') || t.includes('LEADER_OF'))).toEqual([]);
  });
  it('gives a leader\'s minister to the leader\'s state, and an envoy with a region before the title to the sender', () => {
    expect(triples(run('Peruvian President Ana Ruiz sent her foreign minister, Luis Cora, to the talks.'))).toEqual(['Ana Ruiz LEADER_OF Peru', 'Luis Cora WORKS_FOR Peru']);
    // (a secretary without a portfolio is the person's own staff)
    expect(triples(run('Peruvian President Ana Ruiz sent her secretary, Luis Cora, to the talks.'))).toEqual(['Ana Ruiz LEADER_OF Peru', 'Luis Cora WORKS_FOR Ana Ruiz']);
    expect(triples(run('Ana Ruiz praised the work of her Middle East envoy, Luis Cora.')).filter((t) => !t.includes('PRAISED'))).toEqual(['Luis Cora WORKS_FOR Ana Ruiz']);
  });
  it('gives the name the title after a possessive title ("the Chilean President\'s Special Envoy"), and a former leader the post he held', () => {
    expect(triples(run('Ana Ruiz met Luis Cora, the Peruvian President\'s Special Envoy to Chile.')).filter((t) => !t.includes('MET_WITH'))).toEqual(['Luis Cora WORKS_FOR Peru']);
    expect(triples(run('Luis Cora, Peru\'s former president, was sanctioned.')).filter((t) => !t.includes('SANCTIONED'))).toEqual(['Luis Cora LEADER_OF Peru']);
  });
  it('gives each person listed after a state\'s staff in the plural a post serving that state', () => {
    expect(triples(run('Lima expelled three Chilean diplomats: Deputy Ambassador Ana Ruiz and second secretaries Luis Cora and Juan Perez.')).filter((t) => t.includes('WORKS_FOR'))).toEqual(['Ana Ruiz WORKS_FOR Chile', 'Juan Perez WORKS_FOR Chile', 'Luis Cora WORKS_FOR Chile']);
    expect(triples(run('Lima expelled four Chilean diplomats on Monday, including Ambassador Ana Ruiz, after the vote.')).filter((t) => t.includes('WORKS_FOR'))).toEqual(['Ana Ruiz WORKS_FOR Chile']);
    // (not a list: the staff noun opens a clause of its own)
    expect(triples(run('Chilean officials said Ana Ruiz had left Lima.')).filter((t) => t.includes('WORKS_FOR'))).toEqual([]);
  });
  it('gives a force named with "of" and a person to that person ("the Andean Liberation Front (ALF) of General X")', () => {
    expect(triples(run('Clashes pit the army against the Andean Liberation Front (ALF) of General Luis Cora, the rebel chief.')).filter((t) => t.includes('LEADER_OF'))).toEqual(['Luis Cora LEADER_OF Andean Liberation Front']);
    expect(triples(run('Clashes pit the army against the Andean Liberation Front of Luis Cora\'s brother.')).filter((t) => t.includes('LEADER_OF'))).toEqual([]);
  });
  it('reads "commanded by" and "presided over by" as leading the body, not a deed or a meeting', () => {
    expect(triples(run('The Peruvian Army, commanded by General Luis Cora, moved north.'))).toEqual(['Luis Cora LEADER_OF Peruvian Army']);
    expect(triples(run('The Electoral Court, presided over by Ana Ruiz, ruled on Monday.'))).toEqual(['Ana Ruiz LEADER_OF Electoral Court']);
    expect(triples(run('Ana Ruiz presided over the signing with Peru.')).filter((t) => t.includes('LEADER_OF'))).toEqual([]);
  });
});

describe('relations: a leader\'s title with no owner written', () => {
  // the post is read from the gazetteer's dated roles, so it holds only on a date inside the term
  const text = 'France is hosting the talks. President Emmanuel Macron greeted the delegates in Lyon.';
  const leads = (date: string) => triples(run(text, date)).filter((t) => t.includes('LEADER_OF'));
  it('leads the country where the gazetteer has the person in that post on the article\'s date', () => {
    expect(leads('2024-03-15')).toEqual(['Emmanuel Macron LEADER_OF France']);
  });
  it('gives nothing on a date outside the term, or for a post the person never held', () => {
    expect(leads('2010-03-15')).toEqual([]);
    expect(triples(run('France is hosting the talks. Chancellor Emmanuel Macron greeted the delegates.', '2024-03-15')).filter((t) => t.includes('LEADER_OF'))).toEqual([]);
  });
  it('reads the post also after an opening phrase that names a country, and for a hyphenated given name', () => {
    expect(triples(run('In France, President Emmanuel Macron greeted the delegates.', '2024-03-15')).filter((t) => t.includes('LEADER_OF'))).toEqual(['Emmanuel Macron LEADER_OF France']);
    // (the opening phrase's country is no owner: the gazetteer's post decides, so a post held elsewhere stays there)
    expect(triples(run('In Peru, President Emmanuel Macron greeted the delegates.', '2024-03-15')).filter((t) => t.includes('LEADER_OF'))).toEqual([]);
    expect(triples(run('Taiwan held a parade. President Tsai Ing-wen greeted the troops.', '2023-03-15')).filter((t) => t.includes('LEADER_OF'))).toEqual(['Tsai Ing-wen LEADER_OF Taiwan']);
  });
  it('reads a leader\'s title written as the day\'s for a term the person has left, not one written "former" nor one to come', () => {
    const text = (title: string) => `The United States lifted the rule. In January, ${title} Joe Biden had signed the order.`;
    expect(triples(run(text('President'), '2025-03-01')).filter((t) => t.includes('LEADER_OF'))).toEqual(['Joe Biden LEADER_OF United States']);
    expect(triples(run(text('former President'), '2025-03-01')).filter((t) => t.includes('LEADER_OF'))).toEqual([]);
    expect(triples(run(text('President'), '2015-03-01')).filter((t) => t.includes('LEADER_OF'))).toEqual([]);
  });
  it('gives a state\'s title with no owner, in a paragraph naming no one country, the article\'s own country, unless the sentence names another', () => {
    const opening = 'Chile held elections on Sunday. Chile counted the votes overnight. Chile thanked Peru and Bolivia for their observers.\n\n';
    const serves = (text: string) => triples(run(text)).filter((t) => t.includes('WORKS_FOR'));
    expect(serves(`${opening}Foreign Minister Ana Ruiz said the count was fair.`)).toEqual(['Ana Ruiz WORKS_FOR Chile']);
    expect(serves(`${opening}Foreign Minister Ana Ruiz said Peru was wrong.`)).toEqual([]);
    // (an article that names two states about as often has no country of its own)
    expect(serves('Chile and Peru held talks. Chile and Peru agreed.\n\nForeign Minister Ana Ruiz said the talks were fair.')).toEqual([]);
    // (a companion of a visitor travels in the visitor's delegation: the article's country is likely the host's)
    expect(serves(`${opening}The President was accompanied by Foreign Minister Ana Ruiz and Finance Minister Luis Soto.`)).toEqual([]);
  });
  it('reads a state\'s title apposed with "the" and no owner ("the Minister of Finance, X") as one written before the name, not a body\'s', () => {
    const serves = (text: string) => triples(run(text)).filter((t) => t.includes('WORKS_FOR'));
    expect(serves('Chile hosted the talks. The delegation included the Minister of Finance, Ana Ruiz, and others.')).toEqual(['Ana Ruiz WORKS_FOR Chile']);
    // (a complement with "the" names a body, perhaps one the recogniser left out)
    expect(serves('Chile hosted the talks. The delegation included the chief of the General Staff, Ana Ruiz, and others.')).toEqual([]);
  });
  it('gives a staff title with no owner written the state where the gazetteer has the person in a post of that head noun', () => {
    const serves = (text: string, date: string) => triples(run(text, date)).filter((t) => t.includes('WORKS_FOR'));
    const text = 'Japan and Australia held talks in Tokyo. Foreign Minister Penny Wong greeted the delegates.';
    expect(serves(text, '2024-03-15')).toEqual(['Penny Wong WORKS_FOR Australia']);
    // (before the term began, and for a head noun the person's post lacks: nothing)
    expect(serves(text, '2015-03-15')).toEqual([]);
    expect(serves('Japan and Australia held talks in Tokyo. Ambassador Penny Wong greeted the delegates.', '2024-03-15')).toEqual([]);
    // (a department of that state named in the sentence is the employer it gives: the state is left unsaid)
    expect(serves('The United States sent troops. At the Pentagon, Defense Secretary Lloyd Austin greeted the delegates.', '2023-03-15')).toEqual([]);
  });
  it('reads a hyphenated title as the gazetteer\'s post ("Secretary-General X", "Director General X"), and a title apposed before an honorific', () => {
    const leads = (text: string) => triples(run(text, '2024-03-15')).filter((t) => t.includes('LEADER_OF'));
    expect(leads('The United Nations met in Geneva. Secretary-General António Guterres opened the session.')).toEqual(['António Guterres LEADER_OF United Nations']);
    expect(leads('The United Nations met in Geneva. Secretary General António Guterres opened the session.')).toEqual(['António Guterres LEADER_OF United Nations']);
    // (a post the person does not hold: nothing)
    expect(leads('The United Nations met in Geneva. Director-General António Guterres opened the session.')).toEqual([]);
    expect(leads('The session was opened by the Prime Minister of Peru, Shri Ana Ruiz, in Lima.')).toEqual(['Ana Ruiz LEADER_OF Peru']);
  });
  it('reads no state\'s post for a person the gazetteer has serving another named state on the date, and never in this one', () => {
    const posts = (text: string, date = '2024-03-15') => triples(run(text, date)).filter((t) => t.includes('LEADER_OF') || t.includes('WORKS_FOR'));
    expect(posts('Australia sent aid. Vietnam\'s foreign minister, Penny Wong, spoke in Hanoi.')).toEqual([]);
    // (a person the gazetteer lacks, the state it has, and a date before the person's post: the text's reading stands)
    expect(posts('Australia sent aid. Vietnam\'s foreign minister, Ana Ruiz, spoke in Hanoi.')).toEqual(['Ana Ruiz WORKS_FOR Vietnam']);
    expect(posts('Vietnam sent aid. Australia\'s foreign minister, Penny Wong, spoke in Hanoi.')).toEqual(['Penny Wong WORKS_FOR Australia']);
    expect(posts('Australia sent aid. Vietnam\'s foreign minister, Penny Wong, spoke in Hanoi.', '2015-03-15')).toEqual(['Penny Wong WORKS_FOR Vietnam']);
  });
  it('reads a title owned by a description or a pronoun ("the bank\'s president, X", "whose President, X") as the gazetteer\'s post held on the date', () => {
    const leads = (text: string, date = '2024-03-15') => triples(run(text, date)).filter((t) => t.includes('LEADER_OF'));
    expect(leads('The World Bank froze its loans. Lawmakers urged the bank\'s president, Ajay Banga, to act.')).toEqual(['Ajay Banga LEADER_OF World Bank']);
    expect(leads('The talks were hosted by France, whose President, Emmanuel Macron, spoke in Lyon.')).toEqual(['Emmanuel Macron LEADER_OF France']);
    // (a post the person does not hold, or a date outside the term: nothing)
    expect(leads('The talks were hosted by France, whose King, Emmanuel Macron, spoke in Lyon.')).toEqual([]);
    expect(leads('The talks were hosted by France, whose President, Emmanuel Macron, spoke in Lyon.', '2010-03-15')).toEqual([]);
  });
  it('reads a post with no owner after "as" or a copula ("sworn in as president", "took office as", "is now") as the gazetteer\'s post held on the date', () => {
    const leads = (text: string, date = '2024-03-15') => triples(run(text, date)).filter((t) => t.includes('LEADER_OF'));
    expect(leads('France held a ceremony in Paris. Emmanuel Macron took office as president on Friday.')).toEqual(['Emmanuel Macron LEADER_OF France']);
    expect(leads('France held a ceremony in Paris. The assembly chose Emmanuel Macron as president.')).toEqual(['Emmanuel Macron LEADER_OF France']);
    expect(leads('France held a ceremony in Paris. Emmanuel Macron is now president.')).toEqual(['Emmanuel Macron LEADER_OF France']);
    // (a post the person does not hold, a date outside the term, a denial, a guess: nothing)
    expect(leads('France held a ceremony in Paris. Emmanuel Macron took office as chancellor.')).toEqual([]);
    expect(leads('France held a ceremony in Paris. Emmanuel Macron took office as president.', '2010-03-15')).toEqual([]);
    expect(leads('France held a ceremony in Paris. Emmanuel Macron is not president.')).toEqual([]);
    expect(leads('France held a ceremony in Paris. Emmanuel Macron could be president.')).toEqual([]);
    // (the verb serves only with its particle)
    expect(leads('France held a ceremony in Paris. Emmanuel Macron took part as president.')).toEqual([]);
  });
  it('reads a possessive owner\'s post after "as" with a "from" of dates after it as the post, no home', () => {
    const posts = (text: string) => triples(run(text)).filter((t) => /WORKS_FOR|LIVES_IN/.test(t));
    expect(posts('Ana Ruiz served as Peru\'s foreign minister from 2010 to 2012.')).toEqual(['Ana Ruiz WORKS_FOR Peru']);
    expect(posts('Ana Ruiz took office as Peru\'s foreign minister in May.')).toEqual(['Ana Ruiz WORKS_FOR Peru']);
  });
  it('reads "Country\'s X" and "X of Country" with no title as the post the gazetteer gives X there on the date, never "former X"', () => {
    const posts = (text: string, date: string) => triples(run(text, date)).filter((t) => t.includes('LEADER_OF') || t.includes('WORKS_FOR'));
    expect(posts('The summit opened in Lima. France\'s Emmanuel Macron arrived late.', '2024-03-15')).toEqual(['Emmanuel Macron LEADER_OF France']);
    expect(posts('The summit opened in Lima. Emmanuel Macron of France arrived late.', '2024-03-15')).toEqual(['Emmanuel Macron LEADER_OF France']);
    expect(posts('The summit opened in Lima. Penny Wong of Australia arrived late.', '2024-03-15')).toEqual(['Penny Wong WORKS_FOR Australia']);
    // (outside the term, a post held elsewhere, and a former holder: nothing)
    expect(posts('The summit opened in Lima. France\'s Emmanuel Macron arrived late.', '2010-03-15')).toEqual([]);
    expect(posts('The summit opened in Lima. Emmanuel Macron of Peru arrived late.', '2024-03-15')).toEqual([]);
    expect(posts('The summit opened in Lima. Australia\'s former Penny Wong arrived late.', '2024-03-15')).toEqual([]);
    expect(posts('The summit opened in Lima. The former Penny Wong of Australia arrived late.', '2024-03-15')).toEqual([]);
    // (a list of state and name pairs, each pair closed by a semicolon or the sentence's end)
    expect(posts('Three leaders came to Lima: Kenya, William Ruto; Uganda, Yoweri Museveni; and Eritrea, Isaias Afwerki.', '2024-03-15'))
      .toEqual(['Isaias Afwerki LEADER_OF Eritrea', 'William Ruto LEADER_OF Kenya', 'Yoweri Museveni LEADER_OF Uganda']);
  });
});

describe('relations: evidence, modality and merging', () => {
  it('marks planned and conditional facts, and leaves stated ones unmarked', () => {
    const modality = (text: string) => run(text).relations.map((r) => `${r.predicate}:${r.modality ?? 'stated'}`);
    expect(modality('Xi Jinping is due to visit France.')).toEqual(['VISITED:planned']);
    expect(modality('Vladimir Putin would be arrested if he visited South Africa.')).toEqual(['VISITED:conditional']);
    expect(modality('Xi Jinping visited France.')).toEqual(['VISITED:stated']);
  });

  it('keeps the surface strings, the source and the date of the event', () => {
    const x = run('Narendra Modi visited Russia on July 8, according to Reuters.', '2024-07-10');
    const ev = x.relations[0]!.evidence;
    expect(ev).toMatchObject({ subjectText: 'Narendra Modi', objectText: 'Russia', attributedTo: 'Reuters', date: '2024-07-08', articleDate: '2024-07-10' });
    expect(x.relations[0]!.confidence).toBeGreaterThan(0);
  });

  it('gives a pronoun as written and a quote its speaker', () => {
    const x = run('Keir Starmer spoke on Tuesday. "We will not give up," he told the BBC.');
    expect(x.relations[0]!.evidence).toMatchObject({ subjectText: 'he', objectText: 'BBC', attributedTo: 'Keir Starmer' });
  });

  it('resolves a weekday and a month-day against the article date, never into the future', () => {
    const text = 'on Monday Oct. 17';
    const tokens = text.split(' ').map((w, i) => ({ text: w, normal: w.toLowerCase(), start: i, end: i + 1, tags: [], post: ' ' }));
    expect(resolveDate(tokens, 0, 1, '2023-10-25')).toBe('2023-10-23');
    expect(resolveDate(tokens, 2, 3, '2023-10-25')).toBe('2023-10-17');
    expect(resolveDate(tokens, 2, 3, '2023-10-01')).toBe('2022-10-17');
    expect(resolveDate(tokens, 2, 3)).toBeUndefined();
  });

  it('merges the same fact stated twice into one edge with two evidence items', () => {
    const x = run('Germany supports Ukraine. Berlin said on Friday that Germany supports Ukraine.');
    const graph = buildGraph([x]);
    const edges = graph.filterEdges((_, a) => a.predicate === 'SUPPORTS');
    expect(edges).toHaveLength(1);
    expect(graph.getEdgeAttribute(edges[0]!, 'evidence')).toHaveLength(2);
  });

  it('finds lemmas of regular and irregular verb forms', () => {
    expect(['visited', 'met', 'told', 'criticised', 'imposes', 'assassinated', 'flew'].map(lemma))
      .toEqual(['visit', 'meet', 'tell', 'criticise', 'impose', 'assassinate', 'fly']);
  });
});

describe('relations: "the two governments" after a pair named in someone\'s words', () => {
  it('means the report\'s own two sides, not a pair urged to act in a quote', () => {
    const text = 'Chile sends its president to Peru, urges talks with Bolivia\n\nLIMA (Wire) — Chilean President Ana Ruiz arrived in Lima on Monday and held talks with Peruvian President Luis Cora.\n\n' +
      'Ruiz told her host that Peru and Bolivia should settle their dispute.\n\nThe two governments signed three documents on trade.';
    const t = triples(run(text)).filter((x) => x.includes('SIGNED_AGREEMENT_WITH'));
    expect(t).toEqual(['Chile SIGNED_AGREEMENT_WITH Peru']);
  });
  it('still means a pair a spokesman reports as acting', () => {
    const t = triples(run('Ana Ruiz said that Peru and Bolivia had agreed a ceasefire. The two countries signed it in Lima.')).filter((x) => x.includes('SIGNED_AGREEMENT_WITH'));
    expect(t).toContain('Bolivia SIGNED_AGREEMENT_WITH Peru');
  });
});

describe('relations: the surface text of a titled person', () => {
  // An edge's end reads as the node's mention reads: the title before a name is not part of it (1054894 kept it to
  // meet CoNLL04's spans, a benchmark's habit that issue 12 rules out; reverted).
  it('is the name without the title before it', () => {
    const x = run('In 1911, the poisoner Karl Vedder murdered Gov. Elias Morrow of Vermont.');
    const killed = x.relations.find((r) => r.predicate === 'KILLED');
    expect(killed?.evidence.subjectText).toBe('Karl Vedder');
    expect(killed?.evidence.objectText).toBe('Elias Morrow');
    const met = run('Norwegian Prime Minister Tova Lund met Ana Ruiz.').relations.find((r) => r.predicate === 'MET_WITH');
    expect(met?.evidence.subjectText).toBe('Tova Lund');
  });
});

describe('relations: a word that is also the name of a property every object has', () => {
  it('reads "constructor" as a plain word, finding no lexicon entry (the article was skipped after a crash)', () => {
    expect(lemma('constructor')).toBe('constructor');
    const x = run('Mira Sand, a yacht constructor who worked for Halvik Marine, met Tomas Brandt in Oslo.');
    expect(x.relations.map((r) => r.predicate)).toContain('MET_WITH');
  });
});
