// Entity names as news writes them: abbreviated and compound country names, names inside longer names,
// complements and hyphens inside names, buildings, short forms of cities. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { resolveText as resolve } from './helpers/resolve.ts';

/** Entities of an article as "label/TYPE", sorted. */
const entities = (text: string) => resolve(text).entities.map((e) => `${e.label}/${e.type}`).sort();

describe('entity names in news copy', () => {
  it('reads "St" and "St." as "Saint" in a gazetteer name, "and the" included', () => {
    expect(entities('Ministers from St Vincent and the Grenadines and St. Kitts and Nevis arrived in Havana.'))
      .toEqual(['Havana/LOCATION', 'Saint Kitts and Nevis/COUNTRY', 'Saint Vincent and the Grenadines/COUNTRY']);
    // the main island's name stands for the state in news copy
    expect(entities('Storms hit St Vincent and Saint Kitts.')).toEqual(['Saint Kitts and Nevis/COUNTRY', 'Saint Vincent and the Grenadines/COUNTRY']);
  });

  it('reads a gazetteer alias that closes a longer capitalised name as part of that name', () => {
    expect(entities("Kenya's Defence and Security Council and Iran's Supreme National Security Council issued statements."))
      .toEqual(['Defence and Security Council/ORGANIZATION', 'Iran/COUNTRY', 'Kenya/COUNTRY', 'Supreme National Security Council/ORGANIZATION']);
    // a state's name or demonym before another state's or the UN's generic body name makes that state's own body
    expect(entities('The Barbados Labour Party and the Kenyan Security Council met; the British Labour Party did not.'))
      .toEqual(['Barbados Labour Party/ORGANIZATION', 'Kenyan Security Council/ORGANIZATION', 'Labour Party/ORGANIZATION', 'United Kingdom/COUNTRY']);
    // coordinated with a name of its own, the alias stays the UN's organ
    expect(entities('Officials from Norway and Security Council diplomats met.')).toEqual(['Norway/COUNTRY', 'UN Security Council/ORGANIZATION']);
  });

  it('keeps an "of" phrase inside a complement of a body\'s name', () => {
    expect(entities('The Patriotic Forces for the Defence of Freedom took control of the radio station.'))
      .toEqual(['Patriotic Forces for the Defence of Freedom/ORGANIZATION']);
    // a title inside the complement is part of the body's name
    expect(entities('Staff of the Office of the Special Commissioner for Water Rights visited Lusaka.'))
      .toEqual(['Lusaka/LOCATION', 'Office of the Special Commissioner for Water Rights/ORGANIZATION']);
  });

  it('keeps a one-letter part hyphenated to a name inside it', () => {
    expect(entities('The council named General Bacar Nhaga-A interim leader in Dakar.')).toEqual(['Bacar Nhaga-A/PERSON', 'Dakar/LOCATION']);
    // a lower-case particle hyphenated to the surname: "al-", "el-"
    expect(entities('On Monday, Yusuf al-Qadi met Samir el-Masri in Cairo.')).toEqual(['Cairo/LOCATION', 'Samir el-Masri/PERSON', 'Yusuf al-Qadi/PERSON']);
  });

  it("reads a region's name before a body's head as the body's name, not a place", () => {
    expect(entities('Ministers of the Sahel Community and the Mediterranean Development Bank met in Tunis.'))
      .toEqual(['Mediterranean Development Bank/ORGANIZATION', 'Sahel Community/ORGANIZATION', 'Tunis/LOCATION']);
    expect(entities('Members of the Caspian Economic Cooperation met in Baku.')).toEqual(['Baku/LOCATION', 'Caspian Economic Cooperation/ORGANIZATION']);
  });

  it('types a venue as a place: an institution after "at", a convention centre anywhere', () => {
    expect(entities('The ministers met at the Museum of Islamic Art before a dinner at the Harbour Exhibition Center.'))
      .toEqual(['Harbour Exhibition Center/LOCATION', 'Museum of Islamic Art/LOCATION']);
    // as an actor the institution is a body
    expect(entities('The Museum of Islamic Art said the loan was approved.')).toEqual(['Museum of Islamic Art/ORGANIZATION']);
    expect(entities('The envoy toured the Museum of Islamic Art.')).toEqual(['Museum of Islamic Art/LOCATION']);
    expect(entities('Talks resumed at the Corniche Palm Hotel.')).toEqual(['Corniche Palm Hotel/LOCATION']);
    // a hospital is a building where one is taken, a body where it speaks
    expect(entities('The senator was flown to the Varnell Medical University Hospital in Ostrava.'))
      .toEqual(['Ostrava/LOCATION', 'Varnell Medical University Hospital/LOCATION']);
    expect(entities('The Varnell Hospital said the senator was stable.')).toEqual(['Varnell Hospital/ORGANIZATION']);
  });

  it('reads a hyphenated compound ending in a demonym as an adjective, not a name', () => {
    expect(entities('Critics in Lagos attacked the "Anti-Western agenda" of the Franco-Italian plan and the Afro-Colombian caucus.'))
      .toEqual(['Colombia/COUNTRY', 'Italy/COUNTRY', 'Lagos/LOCATION']); // only the demonyms' countries
  });

  it('reads every author of a byline, though it is written in capitals like a headline', () => {
    expect(entities('By Helena Duarte and Kwame Boateng\n\nThe talks ended in Accra.'))
      .toEqual(['Accra/LOCATION', 'Helena Duarte/PERSON', 'Kwame Boateng/PERSON']);
  });

  it('reads a name before a lower-case platform or app noun as a company\'s service, no person', () => {
    expect(entities('The minister posted on his Harbor Voice platform and the Quick Chat app.'))
      .toEqual(['Harbor Voice/ORGANIZATION', 'Quick Chat/ORGANIZATION']);
  });

  it('reads a name before a lower-case "party" as the party, no person; a common word there opens the sentence', () => {
    expect(entities("Teresa Olvido's Fondar party and the centre-right Accion Verde party won seats."))
      .toEqual(['Accion Verde/ORGANIZATION', 'Fondar/ORGANIZATION', 'Teresa Olvido/PERSON']);
    expect(entities('Another party veteran lost his seat in Toronto.')).toEqual(['Toronto/LOCATION']);
  });

  it("reads a name before a place's possessive and comma as no place: the possessive opens a description", () => {
    expect(entities("The deal was signed by Ruwani Pereka, Kandy's governor, and Obiora Nwake, Lagos's trade commissioner."))
      .toEqual(['Kandy/LOCATION', 'Lagos/LOCATION', 'Obiora Nwake/PERSON', 'Ruwani Pereka/PERSON']);
  });

  it('reads a square or an airport named after a person as the place', () => {
    expect(entities('Crowds filled Plaza Tomas Ferrel and he landed at Aeroparque Anika Brandt.'))
      .toEqual(['Aeroparque Anika Brandt/LOCATION', 'Plaza Tomas Ferrel/LOCATION']);
  });

  it('reads a body from "led by" or a kind of body in apposition to its name, no person', () => {
    expect(entities('Sol Verde, the Corvan-run television channel, reported it. Nueva Fuerza, led by Ana Ruiz, agreed.'))
      .toEqual(['Ana Ruiz/PERSON', 'Nueva Fuerza/ORGANIZATION', 'Sol Verde/ORGANIZATION']);
    // the head of "a party official" is the official
    expect(entities('Sara Lind, a party official, said Union Civica, the ruling party, had won.'))
      .toEqual(['Sara Lind/PERSON', 'Union Civica/ORGANIZATION']);
  });

  it("reads a generated division's name as the division only where it stands alone", () => {
    expect(entities('Floods hit Hokkaido and Aomori, and the Kano State governor flew to New South Wales.'))
      .toEqual(['Aomori/LOCATION', 'Hokkaido/LOCATION', 'Kano State/LOCATION', 'New South Wales/LOCATION']);
    // inside a longer capitalised name it is a word of that name
    expect(entities('Minister Ararat Nuyan met Sheikh Fahad Al-Sabah and members of Banda de Aragua.').filter((e) => e.endsWith('LOCATION')))
      .toEqual([]);
  });

  it('reads the "of" place after a person\'s age in commas as where they live', () => {
    expect(entities('"It was fast," said Tevan Orrick, 8, of Pellsburg, whose snail won. Marta Quell, 41, of Durnow pleaded guilty.'))
      .toEqual(['Durnow/LOCATION', 'Marta Quell/PERSON', 'Pellsburg/LOCATION', 'Tevan Orrick/PERSON']);
  });

  it('reads a one-word name after "in" and a word of position as a place', () => {
    expect(entities('Police fired tear gas in nearby Dravica, and the mayor lives in suburban Pellworth.'))
      .toEqual(['Dravica/LOCATION', 'Pellworth/LOCATION']);
  });

  it('reads no place in "of" after a capitalised abstract noun', () => {
    expect(entities('They back the Promotion of Virtue campaign in Kabul.')).toEqual(['Kabul/LOCATION']);
  });

  it("drops a body's head word written alone, but keeps it after a possessive name it closes", () => {
    expect(entities('The European Commission fined the bank. The Commission said the fine was final.')).toEqual(['European Commission/ORGANIZATION']);
    expect(entities("Ghana joined the West African Prosecutor's Office last year.")).toEqual(["Ghana/COUNTRY", "West African Prosecutor's Office/ORGANIZATION"]);
  });

  it("knows the African Union's Peace and Security Council and the Caribbean Community", () => {
    const r = resolve("The African Union's Peace and Security Council and the Caribbean Community (CARICOM) condemned the vote.");
    expect(r.entities.map((e) => `${e.label}/${e.type}/${e.gazetteerId}`).sort())
      .toEqual(['African Union/ORGANIZATION/org:au', 'Caribbean Community/ORGANIZATION/org:caricom', 'Peace and Security Council/ORGANIZATION/org:au-psc']);
    // a form's leading "the" ("the Caribbean") yields to the longer name after it
    expect(entities('The Caribbean Community (CARICOM), which met in Georgetown, named an envoy.')).toEqual(['Caribbean Community/ORGANIZATION', 'Georgetown/LOCATION']);
  });

  it('reads "Minister of Foreign Affairs" as a title and "Ministry of State for …" as one body', () => {
    const r = resolve('Minister of Foreign Affairs Amina Diallo met the press in Dakar.');
    expect(r.entities.map((e) => `${e.label}/${e.type}`).sort()).toEqual(['Amina Diallo/PERSON', 'Dakar/LOCATION']);
    expect(r.mentions.find((m) => m.type === 'PERSON')!.title).toMatchObject({ text: 'Minister of Foreign Affairs', role: 'foreign minister' });
    expect(entities('The Ministry of State for Foreign Affairs issued a statement in Doha.'))
      .toEqual(['Doha/LOCATION', 'Ministry of State for Foreign Affairs/ORGANIZATION']);
  });

  it("reads a post's portfolio after \"<title> for\" or ending in \"Affairs\" as no name of its own", () => {
    expect(entities('Lena Moss, Minister for International Development and the Pacific, flew to Nairobi.')).toContain('Lena Moss/PERSON');
    expect(entities('Lena Moss, Minister for International Development and the Pacific, flew to Nairobi.')).not.toContain('International Development/ORGANIZATION');
    expect(entities('She met Omar Tal, Minister for Foreign and Diaspora Affairs of Kenya, and Rui Dias, Director-General for Political Affairs.'))
      .toEqual(['Kenya/COUNTRY', 'Omar Tal/PERSON', 'Rui Dias/PERSON']);
    // a title that opens a span ends there; "Cabinet Secretary" is a title of its own
    expect(entities('She was received by Prime Cabinet Secretary and Foreign Affairs Cabinet Secretary Omar Tal.')).toEqual(['Omar Tal/PERSON']);
    // a chamber's presiding officer is a title, no person of its own
    expect(entities('The jet carrying Ana Lobo, Speaker of the Senate of Velmar, landed in Quito. House Speaker Rui Dias stayed.'))
      .toEqual(['Ana Lobo/PERSON', 'Quito/LOCATION', 'Rui Dias/PERSON', 'Senate of Velmar/ORGANIZATION']);
    // a body keeps its portfolio after its head word, and "of" after a title names a place
    expect(entities('The Ministry of Foreign Affairs thanked the Mayor of Velbrook.')).toEqual(['Ministry of Foreign Affairs/ORGANIZATION', 'Velbrook/LOCATION']);
  });
});

describe('portfolios and honorifics before a holder\'s name', () => {
  it('runs a minister\'s title over its portfolio, so no word of it is a name', () => {
    expect(entities('In Lusaka the Minister of Foreign Affairs and International Cooperation of Malawi, Grace Mwale, met Kenya\'s Minister of Infrastructure Peter Kiprono.'))
      .toEqual(['Grace Mwale/PERSON', 'Kenya/COUNTRY', 'Lusaka/LOCATION', 'Malawi/COUNTRY', 'Peter Kiprono/PERSON']);
    expect(entities('The Secretary of Foreign Relations, Pedro Luis de la Vega, met the Minister of Foreign Affairs and Immigration, Karim Nassar.'))
      .toEqual(['Karim Nassar/PERSON', 'Pedro Luis de la Vega/PERSON']);
  });

  it('reads a navy\'s rank before a name as a title', () => {
    expect(entities('The military spokesman, Rear Admiral Yossi Lev, met Vice Admiral Anna Holt in Velbrook.')).toEqual(['Anna Holt/PERSON', 'Velbrook/LOCATION', 'Yossi Lev/PERSON']);
  });

  it('keeps the honoured name among the person\'s aliases', () => {
    const r = resolve("Norland's Foreign Minister, Sayyid Hamad Qasimi, met the Prime Minister of India Shri Arun Mehta in Oslo.");
    expect(r.entities.find((e) => e.label === 'Hamad Qasimi')?.aliases).toContain('Sayyid Hamad Qasimi');
    expect(r.entities.find((e) => e.label === 'Arun Mehta')?.aliases).toContain('Shri Arun Mehta');
  });

  it('reads a short name after ", or" as the acronym of the body before it', () => {
    const r = resolve('Students in the north formed the National Salvation Council, or CNS, in 2019. The CNS later split.');
    expect(r.entities.map((e) => `${e.label}/${e.type}`)).toEqual(['National Salvation Council/ORGANIZATION']);
    expect(entities('Officials in Russia, or NATO, disagree.')).toEqual(['NATO/ORGANIZATION', 'Russia/COUNTRY']);
  });

  it('ends a portfolio at a second title, and leaves a body\'s name whole', () => {
    expect(entities('The Prime Minister and Foreign Minister Tomas Horak arrived in Prague.')).toEqual(['Prague/LOCATION', 'Tomas Horak/PERSON']);
    // a ministry is a body: its portfolio is its name
    expect(entities('The Ministry of Foreign Affairs and International Cooperation said the talks went well.'))
      .toEqual(['Ministry of Foreign Affairs and International Cooperation/ORGANIZATION']);
  });

  it('strips an honorific from a name and keeps the title before it', () => {
    const r = resolve('Prime Minister Shri Narendra Modi met National Security Adviser Shri Ajit Doval in Delhi, and later Smt. Nirmala Sitharaman.');
    expect(r.entities.map((e) => `${e.label}/${e.type}`).sort()).toEqual(['Ajit Doval/PERSON', 'Delhi/LOCATION', 'Narendra Modi/PERSON', 'Nirmala Sitharaman/PERSON']);
    // an honorific's word inside a place's name is the name
    expect(entities('Officials in Sri Lanka welcomed the vote.')).toEqual(['Sri Lanka/COUNTRY']);
  });

  it('strips a run of styles ("the Rt. Hon.", "Hon.", "Datuk Seri", "Dato\' Seri") and one after a title\'s "of" complement', () => {
    expect(entities('The Rt. Hon. Tavita Loa met Hon. Mele Fifita and Trade Minister Datuk Seri Dr Kamal Harun in Suva.'))
      .toEqual(['Kamal Harun/PERSON', 'Mele Fifita/PERSON', 'Suva/LOCATION', 'Tavita Loa/PERSON']);
    // written bare, a Malaysian style stays in the name, as news-wire annotation (CoNLL04) reads it
    expect(entities('The minister came with his deputy, Datuk Kamal Harun, to Suva.')).toEqual(['Datuk Kamal Harun/PERSON', 'Suva/LOCATION']);
    expect(entities("Prime Minister of Malaysia Dato' Seri Kamal Harun and Prime Minister of India Shri Ravi Menon spoke in Suva."))
      .toEqual(['India/COUNTRY', 'Kamal Harun/PERSON', 'Malaysia/COUNTRY', 'Ravi Menon/PERSON', 'Suva/LOCATION']);
    // a style's word that only continues a run is a name's word at its start ("the Seri Mutiara Hall")
    expect(entities('The ministers met at the Seri Mutiara Hall in Suva.').filter((e) => e.startsWith('Seri'))).toHaveLength(1);
  });
});

describe('phrases that end in an abstract noun', () => {
  it('reads no person in a theme or a cut-off policy name', () => {
    expect(entities('Delegates in Oslo debated Maritime Neutrality and discussed Coastal Prosperity with Mara Lindqvist.'))
      .toEqual(['Mara Lindqvist/PERSON', 'Oslo/LOCATION']);
  });

  it('keeps names whose last word only looks like such an ending, and titled names', () => {
    expect(entities('Talks in Oslo were led by Clement Hood and Sir Hamish Ness.')).toEqual(['Clement Hood/PERSON', 'Hamish Ness/PERSON', 'Oslo/LOCATION']);
  });
});

describe('a sea or region word used as an adjective', () => {
  it('names no place before the lower-case noun it describes', () => {
    expect(entities('Fiji hosted an Atlantic delegation and a Pacific partner from Samoa.')).toEqual(['Fiji/COUNTRY', 'Samoa/COUNTRY']);
  });

  it('keeps the sea or region named alone', () => {
    expect(entities('Fiji patrols the Pacific, and Samoa does too.')).toEqual(['Fiji/COUNTRY', 'Pacific/LOCATION', 'Samoa/COUNTRY']);
  });
});

describe('a name joined by hyphens round a lower-case particle', () => {
  it('reads one name, not two cut at the hyphen after the particle', () => {
    const labels = resolve('Supporters of Tehreek-e-Insaf rallied in Dhaka.').entities.map((e) => e.label).sort();
    expect(labels).toEqual(['Dhaka', 'Tehreek-e-Insaf']);
  });
});
