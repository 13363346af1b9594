// Travel and visits as nouns and with a support verb (the verbs "visit", "travel to" … are still read by
// the verb frames in lexicon.ts). Seen: news-dev (three texts with "X's visit/trip to"; "paid/concludes … visits"
// in two), Re-DocRED dev and CoNLL04 train (one each).
import type { Pattern } from './types.ts';

const TRAVEL_NOUNS = ['visit', 'visits', 'trip', 'trips', 'tour', 'journey', 'stop', 'stopover', 'arrival', 'travel', 'mission'];
const TARGETS = ['COUNTRY', 'LOCATION'] as const;

export const visits: Pattern[] = [
  {
    id: 'visit.noun.possessor', kind: 'noun', predicate: 'VISITED', nouns: TRAVEL_NOUNS, subject: 'possessor', object: 'pp:to',
    objectTypes: TARGETS, seen: 'news-dev (three texts)',
    match: [["During Lula's first visit to Angola, the two sides signed a loan.", 'Luiz Inácio Lula da Silva VISITED Angola'], ["Scholz's trip to Kenya ended on Friday.", 'Olaf Scholz VISITED Kenya']],
    // (a trip its traveller called off: "cancelled his own trip to Y" (news-fresh13), a visit "postponed")
    miss: [["Lula's visit ended without a deal."], ["Scholz spoke about the trip."], ['Ana Ruiz cancelled her own trip to Quito to stay in Lima.', 'NOT Ana Ruiz VISITED Quito']],
  },
  {
    id: 'visit.support', kind: 'support', predicate: 'VISITED', verbs: ['embark', 'make', 'pay', 'undertake', 'begin', 'start', 'conclude', 'end', 'wrap', 'complete', 'kick'],
    nouns: TRAVEL_NOUNS, subject: 'agent', object: 'pp:to', objectTypes: TARGETS, seen: 'news-dev (two texts); Re-DocRED dev; CoNLL04 train',
    match: [['Olaf Scholz embarked on a three-day visit to Kenya.', 'Olaf Scholz VISITED Kenya'], ['Emmanuel Macron paid a state visit to Vietnam on Monday.', 'Emmanuel Macron VISITED Vietnam']],
    miss: [['Olaf Scholz made a speech in Kenya.'], ['Olaf Scholz did not make a visit to Kenya.', 'NOT Olaf Scholz VISITED Kenya']],
  },
  {
    // (the verb frames of lexicon.ts miss these behind an apposition or a time phrase: "X, <title>, flew to Y in mid-April")
    id: 'visit.travel', kind: 'verb', predicate: 'VISITED', verbs: ['travel', 'fly', 'head'], voice: 'active', subject: 'agent', object: 'verb.pp:to',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh6 (an analysis: "X, <his post>, flew to Y in mid-April, in the middle of …"); news-fresh4 (a wire report: "X had travelled from A to Y on Tuesday"); news-fresh7 (an analysis: "two days after the vote he flew to Y")',
    match: [['Ana Ruiz, Peru\'s minister for fisheries, flew to Quito in mid-May.', 'Ana Ruiz VISITED Quito'], ['Ana Ruiz had travelled from Lima to Quito on Monday.', 'Ana Ruiz VISITED Quito']],
    miss: [['Ana Ruiz said that exports to Quito had flown.'], ['Ana Ruiz did not fly to Quito.', 'NOT Ana Ruiz VISITED Quito'], ['Ana Ruiz said that tourists from Lima travel to Quito by bus.'], ['Ana Ruiz flew home from talks on aid to Quito.'],
      // (no one visits the country he leads: a trip home)
      ['President Ana Ruiz of Peru flew back to Peru on Monday.']],
  },
  {
    id: 'visit.arrive', kind: 'verb', predicate: 'VISITED', verbs: ['arrive', 'land', 'stop'], voice: 'active', subject: 'agent', object: 'verb.pp:in',
    subjectTypes: ['PERSON', 'ORGANIZATION'], objectTypes: TARGETS,
    seen: 'news-fresh7 (a wire report: "A, B and C, whom X had detained for years, arrived in Y"); news-fresh5 (a live blog: "a contingent of X has arrived in Y"; "X has landed at <airport> in Y"); news-dev (a wire report: "X … landed at <air base> near Y"); "stopped in Y": news-fresh8 (african-peace-mission-kyiv-stpetersburg-live), news-dev (modi-kyiv-visit: "after a stop in Y", its noun)',
    match: [['Luis Gomez and Jorge Mesa, whom Chile had held for years, arrived in Lima on Monday.', 'Jorge Mesa VISITED Lima'], ['Ana Ruiz landed in Quito on Monday.', 'Ana Ruiz VISITED Quito'], ['Ana Ruiz and Luis Gomez stopped in Quito on their way home.', 'Luis Gomez VISITED Quito']],
    miss: [['Ana Ruiz said the aid arrived in Quito.'], ['Ana Ruiz said the fighting had stopped in Quito.'], ['Ana Ruiz has not arrived in Quito.', 'NOT Ana Ruiz VISITED Quito']],
  },
  {
    // an arrival at a place that is no city: "landed at <air base>", "touched down at <airport>"
    id: 'visit.arrive.at', kind: 'verb', predicate: 'VISITED', verbs: ['land'], voice: 'active', subject: 'agent', object: 'verb.pp:at',
    subjectTypes: ['PERSON'], objectTypes: ['LOCATION'],
    seen: 'news-dev (hasina-yunus-interim: "landed at <air base> near Y"); news-fresh5 (duterte-arrest-icc-live: "has landed at <airport>"); news-fresh12 (turkey-earthquake-diplomacy-analysis: "landed at <air base>")',
    match: [['Ana Ruiz landed at Mariscal Sucre International Airport on Monday.', 'Ana Ruiz VISITED Mariscal Sucre International Airport']],
    miss: [['Ana Ruiz said the plane landed at Mariscal Sucre International Airport.'], ['Ana Ruiz did not land at Mariscal Sucre International Airport.', 'NOT Ana Ruiz VISITED Mariscal Sucre International Airport']],
  },
  {
    // "touched down in Y": the phrasal verb of an arrival
    id: 'visit.touch.down', kind: 'verb', predicate: 'VISITED', verbs: ['touch'], voice: 'active', subject: 'agent', object: 'verb.pp:in',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh4 (putin-mongolia-icc-visit: "touched down in Y"); news-fresh6 (pelosi-taiwan-visit-live: "has touched down in Y")',
    match: [['Ana Ruiz touched down in Quito on Monday.', 'Ana Ruiz VISITED Quito']],
    miss: [['Ana Ruiz touched on the crisis in Quito.'], ['Ana Ruiz said the jet touched down in Quito.']],
  },
  {
    // "stepped off his plane at <airport>": the traveller's arrival where he leaves the aircraft
    id: 'visit.step.off', kind: 'verb', predicate: 'VISITED', verbs: ['step'], voice: 'active', subject: 'agent', object: 'pp:at',
    subjectTypes: ['PERSON'], objectTypes: ['LOCATION'],
    seen: 'news-fresh8 (yoon-kishida-tokyo-thaw-analysis: "stepped off his plane at <airport>"); news-fresh12 (new-caledonia-unrest-live-may-2024: "stepped off his plane at <airport>")',
    match: [['Ana Ruiz stepped off her plane at Mariscal Sucre International Airport on Monday.', 'Ana Ruiz VISITED Mariscal Sucre International Airport']],
    miss: [['Ana Ruiz stepped down as leader of the party at the age of 70.'], ['Ana Ruiz did not step off her plane at Mariscal Sucre International Airport.', 'NOT Ana Ruiz VISITED Mariscal Sucre International Airport']],
  },
  {
    // a wreath laid where the visitor stands: "laid a wreath at <mausoleum>", "laid a wreath and paid tribute at Y"
    id: 'visit.wreath', kind: 'verb', predicate: 'VISITED', verbs: ['lay'], voice: 'active', patientNouns: ['wreath', 'wreaths'], subject: 'agent', object: 'pp:at',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh14 (herzog-ankara-visit-2022: "X laid a wreath at <mausoleum>"); news-fresh22 (af-king-charles-kenya-analysis: "The royals then laid a wreath at the Tomb of …"); news-fresh13 (xi-hanoi-state-visit-readout: "laid a wreath and paid tribute at the <mausoleum>")',
    match: [['Ana Ruiz laid a wreath at Plaza Bolivar on her second day in Venezuela.', 'Ana Ruiz VISITED Plaza Bolivar']],
    miss: [['Ana Ruiz said a wreath was laid at the Tomb of the Unknown Soldier.'], ['Ana Ruiz did not lay a wreath at the Tomb of the Unknown Soldier.', 'NOT Ana Ruiz VISITED Tomb of the Unknown Soldier']],
  },
  {
    id: 'visit.tribute.at', kind: 'support', predicate: 'VISITED', verbs: ['pay'], nouns: ['tribute', 'respects', 'homage'], subject: 'agent', object: 'pp:at',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh13 (xi-hanoi-state-visit-readout: "laid a wreath and paid tribute at the <mausoleum>"); news-fresh19 (a read-out: "paid tribute to <person> at <memorial>"); news-fresh24 (a read-out: "paid his respects to <person> at <memorial>")',
    match: [['Ana Ruiz laid flowers and paid tribute at Plaza Bolivar.', 'Ana Ruiz VISITED Plaza Bolivar'], ['Ana Ruiz paid her respects to Simon Bolivar at the Tomb of the Unknown Soldier.', 'Ana Ruiz VISITED Tomb of the Unknown Soldier']],
    miss: [['Ana Ruiz paid tribute to the victims of the attack.'], ['Ana Ruiz paid tribute to Luis Gomez at a dinner in Lima.']],
  },
  {
    // "set foot in Y": the traveller on the ground of the place ("became the first X to set foot in Y"); the tagger reads
    // "set foot" as one verb group headed by "foot"
    id: 'visit.set.foot', kind: 'verb', predicate: 'VISITED', verbs: ['foot'], voice: 'active', subject: 'agent', object: 'verb.pp:in',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh23 (sa-jaishankar-islamabad-sco-analysis: "he became the first X to set foot in Y"); news-fresh27 (sa-dar-dhaka-visit-analysis: "the most senior X leader to set foot in Y"; ea-trump-kim-dmz-live: "the first sitting X president to set foot in the country"); news-fresh4 (putin-mongolia-icc-visit: "the first time he has set foot in …")',
    match: [['Ana Ruiz set foot in Peru on Monday.', 'Ana Ruiz VISITED Peru'], ['Ana Ruiz became the only Chilean president of her generation to set foot in Peru.', 'Ana Ruiz VISITED Peru']],
    miss: [['Ana Ruiz has never set foot in Peru.', 'NOT Ana Ruiz VISITED Peru'], ['Ana Ruiz footed the bill for the talks in Peru.']],
  },
  {
    // "reached Y on 17 November": a traveller's arrival, the place as the verb's object
    id: 'visit.reach', kind: 'verb', predicate: 'VISITED', verbs: ['reach'], voice: 'active', directObject: true, subject: 'agent', object: 'patient',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh8 (african-peace-mission-kyiv-stpetersburg-live: "has reached Y on the first leg"); news-fresh9 (modi-rio-g20-bilaterals: "reached Y on 17 November")',
    match: [['Ana Ruiz reached Quito on Monday.', 'Ana Ruiz VISITED Quito']],
    miss: [['Ana Ruiz said the fighting had reached Quito.'], ['Ana Ruiz reached a deal with Peru.'], ['Ana Ruiz has not reached Quito.', 'NOT Ana Ruiz VISITED Quito']],
  },
  {
    // "left for Y", "departed for Y": where the traveller set off to
    id: 'visit.leave.for', kind: 'verb', predicate: 'VISITED', verbs: ['leave', 'depart'], voice: 'active', subject: 'agent', object: 'verb.pp:for',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh10 (modi-moscow-visit-live-2024: "is leaving for Y"); news-fresh6 (pelosi-taiwan-visit-live, "left for Y"); news-fresh8 (wang-yi-pacific-tour-readout)',
    match: [['Ana Ruiz left for Quito on Monday.', 'Ana Ruiz VISITED Quito']],
    miss: [['Ana Ruiz left Lima for good.'], ['Ana Ruiz left a message for Quito.'], ['Ana Ruiz did not leave for Quito.', 'NOT Ana Ruiz VISITED Quito']],
  },
  {
    // "went on to Y", "fled to Y": a person's own travel with another verb of going
    id: 'visit.go', kind: 'verb', predicate: 'VISITED', verbs: ['go', 'flee', 'proceed', 'continue'], voice: 'active', subject: 'agent', object: 'verb.pp:to',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh8 (wang-yi-pacific-tour-readout: "went on to Y"); news-fresh10 (prabowo-first-foreign-tour-analysis: "then went on to Y"); news-fresh (assad-fall-twelve-days-analysis: "had fled to Y")',
    match: [['Ana Ruiz then went on to Quito.', 'Ana Ruiz VISITED Quito'], ['Ana Ruiz had fled to Quito by then.', 'Ana Ruiz VISITED Quito']],
    miss: [['Ana Ruiz said the money went to Quito.'], ['Ana Ruiz went on to win the vote in Quito.'], ['Ana Ruiz did not go to Quito.', 'NOT Ana Ruiz VISITED Quito']],
  },
  {
    // a tour that takes its traveller to places: "a tour which took him to A, B and C"; "X accompanied Y to Z" (Y goes)
    id: 'visit.taken.to', kind: 'verb', predicate: 'VISITED', verbs: ['take', 'accompany', 'bring'], voice: 'active', subject: 'patient', object: 'pp:to',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh5 (blinken-brazil-argentina-readout: "a trip that took him to A, B and C"); news-fresh10 (biden-jeddah-live-2022 and modi-quad-and-new-york-bilaterals: "which also took him to Y"); news-fresh7 (muizzu-beijing-visit-analysis: "has now taken him to Y"); news-fresh (aukus-san-diego: "accompanied Mr X to Y")',
    match: [['The tour took Ana Ruiz to Quito, Lima and La Paz.', 'Ana Ruiz VISITED La Paz'], ['Luis Gomez accompanied Ana Ruiz to Peru.', 'Ana Ruiz VISITED Peru']],
    miss: [['Ana Ruiz took the case to Peru.'], ['Ana Ruiz said Chile took the dispute to Peru.']],
  },
  {
    // a person's presence where he has gone: "X, who is in Y on a four-day visit", "X, who is in Y to lead …"
    // (not "X is out in Y, defeated": a candidate out of his seat; noParticle)
    id: 'visit.present', kind: 'verb', predicate: 'VISITED', verbs: ['be'], noComplement: true, noParticle: true, subject: 'agent', object: 'verb.pp:in',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-dev (kenya-haiti-mss-readout: "X, who is in Y on a four-day official visit"); news-fresh9 (jaishankar-unga78-bilaterals: "X, who is in Y to lead …"); news-fresh6 (brasilia-january-8-live: "X, who is in Y … visiting flood-hit areas")',
    match: [['Ana Ruiz, who is in Quito on a three-day visit, met students.', 'Ana Ruiz VISITED Quito'], ['Ana Ruiz was in Quito on Monday to sign the accord.', 'Ana Ruiz VISITED Quito']],
    miss: [['Ana Ruiz was in office in Quito for a decade.'], ['Ana Ruiz was born in Quito.'], ['Ana Ruiz is not in Quito this week.'], ["Ana Ruiz's office is in Quito."], ['Ana Ruiz is a lawyer practising in Quito.'], ['Ana Ruiz, the trade minister, is out in Cuenca, defeated by the Green candidate.']],
  },
  {
    // a guest received where the host receives him: "X received Y in Z", "Y was welcomed at the palace in Z by X"
    id: 'visit.received.in', kind: 'verb', predicate: 'VISITED', verbs: ['receive', 'welcome', 'host', 'greet'], subject: 'patient', object: 'verb.pp:in',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh11 (belarus-frees-tsikhanouski-kellogg-minsk: "X received Y, <his post>, in Z"); news-fresh5 (blinken-brazil-argentina-readout: "Y was received at the <palace> in Z"); news-fresh10 (prabowo-first-foreign-tour-analysis: "received him in the Oval Office")',
    match: [['Luis Gomez received Ana Ruiz, the Peruvian envoy, in Quito on Monday.', 'Ana Ruiz VISITED Quito'], ['Ana Ruiz was received at the palace in Quito by Luis Gomez.', 'Ana Ruiz VISITED Quito']],
    miss: [['Luis Gomez welcomed the ruling in Quito.'], ['Luis Gomez received a letter from Ana Ruiz in Quito.'], ['Luis Gomez received the award in Quito.']],
  },
  {
    // "on his arrival in Y", "X's arrival in Y": the arrival's own "in" place
    id: 'visit.arrival.possessor', kind: 'noun', predicate: 'VISITED', nouns: ['arrival'], subject: 'possessor', object: 'pp:in',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh10 (carney-kananaskis-g7-readout: "On his arrival in Y, the Prime Minister …"); news-fresh8 (xi-riyadh-summits-readout: "On his arrival at <airport> on Wednesday, the President …")',
    match: [["Ana Ruiz's arrival in Quito was delayed by fog.", 'Ana Ruiz VISITED Quito'], ['On her arrival in Quito, Ana Ruiz met students.', 'Ana Ruiz VISITED Quito']],
    miss: [["Ana Ruiz's arrival was delayed by fog in Quito."], ['Ana Ruiz spoke of the arrival in Quito of new aid.']],
  },
  {
    // (the surface subject arrives, in the passive too: "On arrival in Y, X was received by Z")
    id: 'visit.arrival.adjunct', kind: 'noun', predicate: 'VISITED', nouns: ['arrival'], governedBy: ['on', 'upon', 'after'], subject: 'subject', object: 'pp:in',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh7 (bilawal-goa-sco-cfm-readout: "On arrival in Y on 4 May, the Foreign Minister was received by …"); news-fresh10 (carney-kananaskis-g7-readout)',
    match: [['On arrival in Quito, Ana Ruiz was received by Luis Gomez.', 'Ana Ruiz VISITED Quito'], ['Ana Ruiz met students upon arrival in Quito.', 'Ana Ruiz VISITED Quito']],
    miss: [['Ana Ruiz spoke about the arrival in Quito of new aid.'], ['Ana Ruiz called for talks on arrival in Quito of the inspectors.'],
      // (the arrival is the named possessor's: "upon X's arrival in Y, Z hosted …", news-fresh13)
      ["Upon Luis Gomez's arrival in Quito, Ana Ruiz held a welcome ceremony for him."]],
  },
  {
    // "the first visit to Y by X": the traveller after "by"
    id: 'visit.noun.by', kind: 'noun', predicate: 'VISITED', nouns: TRAVEL_NOUNS, subject: 'pp:by', object: 'pp:to',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh4 (mexico-cartel-handover-us: "coincided with a visit to Y by <post>, X"); news-fresh ("the first trip to Y by a <demonym> leader"); news-fresh7 (two analyses: "the first visit to Y by a Foreign Minister of Z", "the first state visit to Y by a <demonym> leader")',
    match: [["The deal coincided with a visit to Quito by Peru's foreign minister, Ana Ruiz.", 'Ana Ruiz VISITED Quito'], ['It was the first state visit to Quito by Ana Ruiz.', 'Ana Ruiz VISITED Quito']],
    miss: [['The visit to Quito by train took a day.'], ['Ana Ruiz called for a visit to Quito by the inspectors.']],
  },
  {
    // "the official visit of Prime Minister X to Y": the traveller after "of", as after "by"
    id: 'visit.noun.of', kind: 'noun', predicate: 'VISITED', nouns: TRAVEL_NOUNS.filter((w) => w !== 'mission'), subject: 'pp:of', object: 'pp:to',
    subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh17 (sa-india-uk-ceta-release: "during the official visit of Prime Minister X to Y"); news-fresh14 and news-fresh15 readout headings ("Visit of Prime Minister to Y", "Visit of Minister of State … to Y")',
    match: [['Two grain deals were agreed on the first day of the state visit of President Ana Ruiz to Chile.', 'Ana Ruiz VISITED Chile']],
    miss: [['Two grain deals were agreed on the first day of the state visit of President Ana Ruiz.'], ['Ana Ruiz spoke about the cost of visits to Chile.']],
  },
  {
    // "held talks in Y": the talks' own place. A host holds talks at home too, so withoutHomeVisits (index.ts) keeps the
    // edge only where the article names Y's country and the speaker neither leads, serves nor belongs to it
    id: 'visit.talks.in', kind: 'support', predicate: 'VISITED', verbs: ['hold'], nouns: ['talks', 'meetings', 'negotiations', 'consultations'],
    subject: 'agent', object: 'pp:in', subjectTypes: ['PERSON'], objectTypes: TARGETS,
    seen: 'news-fresh12 (three texts: "held talks in Y with …", "held meetings in Y with …", "held talks with X in Y"); news-fresh11 (a wire report: "held talks with <demonym> President X in Y"); news-fresh (chad-france-defence-pact-analysis: "X, on a visit to Z, held talks in Y with …")',
    match: [['Ana Ruiz, Peru\'s foreign minister, held talks in Quito with the foreign minister of Ecuador on Monday.', 'Ana Ruiz VISITED Quito'], ['Peruvian President Ana Ruiz held talks with Ecuadorian President Luis Gomez in Quito.', 'Ana Ruiz VISITED Quito']],
    miss: [['Ecuadorian President Luis Gomez held talks with Peruvian President Ana Ruiz in Quito, the capital of Ecuador.'], ['Ana Ruiz did not hold talks in Quito.', 'NOT Ana Ruiz VISITED Quito'], ['Ana Ruiz said talks were held in Quito.'], ['Ecuadorian President Luis Gomez held talks with Peruvian President Ana Ruiz in Quito.']],
  },
  {
    id: 'visit.noun.adjunct', kind: 'noun', predicate: 'VISITED', nouns: TRAVEL_NOUNS.filter((w) => w !== 'mission'), governedBy: ['on', 'from', 'during', 'after', 'following'],
    subject: 'clause.agent', object: 'pp:to', subjectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'], objectTypes: TARGETS,
    seen: 'news-fresh (three texts: "X, on a visit to Y,", "X, who flew to Z from a visit to Y", "travelled to Z from a visit to Y"); news-dev (lexicon noun frames: "after visits to Y")',
    match: [['Olaf Scholz, on a visit to Kenya, met students.', 'Olaf Scholz VISITED Kenya'], ['Olaf Scholz flew home from a visit to Kenya.', 'Olaf Scholz VISITED Kenya']],
    // (an aircraft "on a mission to" a range travels for no one)
    miss: [['Olaf Scholz spoke about a visit to Kenya.'], ['Olaf Scholz called for a visit to Kenya.'], ['Olaf Scholz was joined by Annalena Baerbock during his visit to Kenya.']],
  },
];
