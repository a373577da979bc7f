// Herkent technische namen in tekst voor een brief (SPEC §2.4, 0.2): camelCase, een regel-id met
// punten, true/false, "SPEC", "seed", een bestandsnaam of code tussen backticks.

const PATRONEN: ReadonlyArray<[string, RegExp]> = [
  ['camelCase-naam', /\b[a-z]+[A-Z][A-Za-z]*\b/g],
  // Twee letters of meer aan elke kant, zodat afkortingen als e.g. en o.a. geen id zijn.
  ['regel-id met punten', /\b[a-z]{2,}(?:-[a-z]+)*\.[a-z]{2,}(?:-[a-z]+)*(?:\.[a-z-]+)*\b/g],
  ['true of false', /\b(?:true|false)\b/g],
  ['SPEC', /\bSPEC\b/g],
  ['seed', /\bseeds?\b/gi],
  ['bestandsnaam', /\b[\w-]+\.(?:ts|js|mjs|json|jsonl|txt|md|csv)\b/g],
  ['code tussen backticks', /`[^`]*`/g],
];

/** Alle technische namen in `tekst`, elk met de soort; leeg als de tekst schoon is. */
export function technischeNamen(tekst: string): string[] {
  return PATRONEN.flatMap(([soort, patroon]) => [...tekst.matchAll(patroon)].map((vondst) => `${soort}: ${vondst[0]}`));
}

/** De brief zonder de letterlijke citaten uit de bronnen: die zijn de woorden van de bron, niet de onze. */
export function zonderCitaten(brief: string): string {
  return brief
    .split('\n')
    .map((regel) => (/^ {2}(Bron|Source): /.test(regel) ? regel.replace(/: ".*"$/, '') : regel))
    .join('\n');
}
