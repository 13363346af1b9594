// Offices as classes, so that a source's position ("Prime Minister of Albania", "Minister of External
// Relations") and a gazetteer role ("prime minister", "foreign minister") can be compared: a person joins only
// when both name an office of one class, held in the same country or body.
export const OFFICE_CLASSES: readonly { office: string; pattern: RegExp; not?: RegExp }[] = [
  // a collective head of state's chair counts ("Chairman of the Transitional Sovereignty Council", Sudan's); the head
  // of a president's office is an aide, not the president
  { office: 'head of state', pattern: /\b(president|king|queen|emir|sultan|emperor|monarch|supreme leader|head of state)\b|\bchair(man|person)? of the (transitional )?sovereignty council\b/i, not: /\bvice\b|\bdeputy\b|\bgeneral assembly\b|\bcourt\b|\bcommission\b|\bbank\b|\bcouncil\b(?<!sovereignty council)|\bassembly\b|\bparliament\b|\boffice of the president\b/i },
  { office: 'vice president', pattern: /\bvice[- ]president\b/i },
  { office: 'head of government', pattern: /\b(prime minister|premier|taoiseach|state counsellor|chief adviser)\b|^(federal )?chancellor\b/i, not: /\bdeputy\b|\bvice\b|\bexchequer\b/i },
  // "Secretary of State" alone or for foreign affairs (US, UK), never for another portfolio ("... for Health")
  { office: 'foreign minister', pattern: /\bforeign (minister|secretary)\b|\bsecretary of state( for foreign\b|$)|\bexternal (affairs|relations)\b|\bforeign affairs\b/i, not: /\bdeputy\b|\bvice\b|\bspokes|\bhigh representative\b|\bpermanent\b/i },
  { office: 'defence minister', pattern: /\bdefen[cs]e (minister|secretary)\b|\bminist(er|ry) (of|for) (national )?defen[cs]e\b|\bsecretary of defen[cs]e\b/i, not: /\bdeputy\b|\bvice\b|\bspokes/i },
  { office: 'secretary-general', pattern: /\bsecretary[- ]general\b/i, not: /\bdeputy\b|\bunder\b|\bassistant\b/i },
  { office: 'director-general', pattern: /\bdirector[- ]general\b/i, not: /\bdeputy\b|\bassistant\b/i },
  // the EU's foreign minister in all but name, a class of its own: its holder is never a state's foreign minister
  { office: 'high representative', pattern: /\bhigh representative\b/i, not: /\bdeputy\b/i },
  // posts below the cabinet that news names often: a source's holders of them join only where the place agrees too
  { office: 'national security adviser', pattern: /\bnational security advis[eo]r\b/i, not: /\bdeputy\b|\bassistant\b/i },
  { office: 'ambassador to the United Nations', pattern: /\b(ambassador|permanent representative) to the united nations\b/i, not: /\bdeputy\b/i },
  { office: 'spokesperson', pattern: /\bspokes?(person|man|woman)\b|\bpress secretary\b/i, not: /\bdeputy\b/i },
  { office: 'chief of the general staff', pattern: /\bchief of (the )?general staff\b/i, not: /\bdeputy\b/i },
  { office: 'commander-in-chief', pattern: /\bcommander[- ]in[- ]chief\b/i, not: /\bdeputy\b/i },
];

/** The classes an office's name falls in (none for an office not listed here). */
export function officeClasses(name: string): string[] {
  return OFFICE_CLASSES.filter((c) => c.pattern.test(name) && !c.not?.test(name)).map((c) => c.office);
}

/** "Secretary-General of the United Nations" → "United Nations": the body an international post is held in. */
export const bodyOfPost = (position: string): string | undefined => /\bof (the )?(.+)$/i.exec(position)?.[2];
