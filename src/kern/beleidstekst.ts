// De ene tekstregel voor een beleid (issue 30, klassen 4 en 5): wat defineBeleid, het JSON Schema
// van een beleid, aanbieders in de invoer en de lezer van een opgeslagen beoordeling (motivering,
// brief) van een tekst uit een beleid vragen. Wat defineBeleid aanneemt, kan elke uitvoer tonen:
// de regel staat hier één keer, en de anderen gebruiken haar. De verboden tekens staan in
// patronen.ts: de lezer van motivering heeft alleen die nodig, niet het vouwen.

import { VERBODEN_KLASSE, VERBODEN_MELDING, VERBODEN_TEKEN_PATROON } from './patronen.js';

/** Ten minste één letter of cijfer: een tekst van alleen spaties, leestekens of combinerende tekens is niet te lezen. */
const ZICHTBAAR_PATROON = /[\p{L}\p{N}]/u;

/** Een combinerend teken (een accent) aan het begin zet zich op wat ervoor in de brief staat. */
const BEGINT_MET_ACCENT = /^\p{M}/u;

/** De woorden waarmee motivering en brief een bron inleiden ("Bron: …", "Source: …"). */
const BRONLABEL_WOORDEN = ['bron', 'bronnen', 'source', 'sources'] as const;

/** Een dubbele punt of een teken dat er zo uitziet (na NFKC blijft alleen dit over). */
const DUBBELE_PUNT = '[:\\u2a74\\u02d0\\u02f8\\u0589\\u05c3\\u2236\\ua789\\ufe13\\ufe30\\ufe55\\uff1a]';

/** Of een tekst een dubbele punt (of iets dat er na NFKC een wordt) bevat: zonder is er geen label en hoeft hij niet gevouwen. */
const HEEFT_DUBBELE_PUNT = /* @__PURE__ */ new RegExp(DUBBELE_PUNT, 'u');

/** Een bronlabel in een gevouwen tekst ({@link vouwNaam}): het woord, eventueel spaties, een dubbele punt. */
const BRONLABEL_PATROON = /* @__PURE__ */ new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${BRONLABEL_WOORDEN.join('|')})\\s*${DUBBELE_PUNT}`, 'u');

/** Aanhalingstekens die een citaat (dat de brief tussen "…" zet) zouden sluiten. */
const DUBBELE_AANHALINGSTEKENS = /["\u201c\u201d\u201e\u201f\u2033\u2036\u301d\u301e\uff02]/u;

/**
 * De puntkomma scheidt in het verslag de bronnen van één grondslag ("bron: A; B") en in de brief de
 * onderdelen van één document: een titel, uitgever of onderdeel met een puntkomma zou een bron
 * erbij kunnen nabootsen.
 */
const SCHEIDINGSTEKEN = /[;\u037e\ufe14\ufe54\uff1b]/u;

/**
 * Een letter die in het Cyrillisch of Grieks hetzelfde oogt als een Latijnse, met die Latijnse
 * letter: het kleine overzicht van de verwarrende tekens van Unicode (UTS #39, confusables.txt)
 * voor deze twee schriften, in kleine letters (vouwNaam maakt eerst alles klein).
 */
const LIJKT_OP: Readonly<Record<string, string>> = {
  // Cyrillisch
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', и: 'u', к: 'k', м: 'm', н: 'h', о: 'o', п: 'n', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ь: 'b',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ѵ: 'v', ӏ: 'l', һ: 'h', ɡ: 'g',
  // Grieks
  α: 'a', β: 'b', γ: 'y', ε: 'e', ζ: 'z', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', ϲ: 'c', ϳ: 'j',
};
// Alle tekens uit LIJKT_OP liggen in het basisvlak: zonder de vlag u is de regex sneller.
const LIJKT_OP_PATROON = /* @__PURE__ */ new RegExp(`[${Object.keys(LIJKT_OP).join('')}]`, 'g');
/**
 * De hoofdletters die op een Latijnse hoofdletter lijken, met die Latijnse letter (klein). Vóór het
 * kleinmaken toegepast: klein worden ze een andere letter (de Griekse Ν wordt ν, dat op een v lijkt,
 * terwijl Ν er als N uitziet).
 */
const HOOFDLETTER_LIJKT_OP: Readonly<Record<string, string>> = {
  // Cyrillisch
  А: 'a', В: 'b', Е: 'e', Ё: 'e', З: '3', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', У: 'y', Х: 'x', Ѕ: 's', І: 'i', Ї: 'i', Ј: 'j', Ԛ: 'q', Ԝ: 'w', Ӏ: 'l', Һ: 'h',
  // Grieks
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x', Ϲ: 'c', Ϳ: 'j',
};
const HOOFDLETTER_LIJKT_OP_PATROON = /* @__PURE__ */ new RegExp(`[${Object.keys(HOOFDLETTER_LIJKT_OP).join('')}]`, 'g');
/** Een teken buiten ASCII: alleen dan kan er een accent of een Cyrillische letter in staan. */
const NIET_ASCII = /[^\u0000-\u007f]/;
/** Elk combinerend teken (accent). */
const ACCENT_ALLE = /\p{M}/gu;
/** Witruimte die geen enkele gewone spatie is (JavaScript's \s zonder vlag u: dezelfde tekens, sneller). */
const WITRUIMTE = /\s{2,}|[^\S ]/g;
/** Alleen zichtbare ASCII en spaties: daarvoor is vouwen alleen kleine letters en witruimte. */
const GEWONE_ASCII = /^[\x20-\x7e]*$/;
/** Elk verboden teken, om ze uit een naam te halen. */
const VERBODEN_ALLE = /* @__PURE__ */ new RegExp(`[${VERBODEN_KLASSE}]`, 'gu');

/**
 * Vouwt een naam tot de vorm waarin twee namen die er voor een lezer hetzelfde uitzien gelijk
 * zijn, om dubbele namen te vinden en namen te vergelijken: NFKC (een volbreedte- of ligatuurvorm
 * wordt de gewone letter), zonder onzichtbare tekens, in kleine letters, zonder accenten
 * (`Wijktéam` en `Wijkte\u0301am` worden `wijkteam`: twee organisaties die alleen in een accent
 * verschillen, zijn voor een lezer dezelfde), Cyrillische en Griekse letters die op een Latijnse
 * lijken als die Latijnse letter, en elke reeks witruimte als één spatie, zonder witruimte aan de
 * randen. Alleen om te vergelijken: een naam wordt altijd getoond zoals hij gegeven is.
 *
 * @internal
 */
export function vouwNaam(naam: string): string {
  // Gewone ASCII (de meeste namen): NFKC en NFKD veranderen niets, er is geen verboden teken,
  // accent of lijkend teken; alleen kleine letters en witruimte. Een regel met veel namen (de
  // Regisseur MO) was zonder deze weg ~25 % trager (npm run bench).
  if (GEWONE_ASCII.test(naam)) return naam.toLowerCase().replace(WITRUIMTE, ' ').trim();
  // Elke stap alleen als er iets te doen is: een beleid op zijn grenzen heeft ~15 MB tekst, en elke
  // regex met de vlag u over alles kostte samen ~0,7 s extra (gemeten; nu ~0,2-0,5 s).
  let tekst = naam.normalize('NFKC');
  if (VERBODEN_TEKEN_PATROON.test(tekst)) tekst = tekst.replace(VERBODEN_ALLE, '');
  if (NIET_ASCII.test(tekst)) tekst = tekst.replace(HOOFDLETTER_LIJKT_OP_PATROON, (teken) => HOOFDLETTER_LIJKT_OP[teken]!);
  tekst = tekst.toLowerCase().normalize('NFKD');
  // ß is klein al klein, maar hoofdletters maken er SS van: Straße en STRASSE zijn dezelfde naam.
  if (NIET_ASCII.test(tekst)) tekst = tekst.replace(ACCENT_ALLE, '').replace(LIJKT_OP_PATROON, (teken) => LIJKT_OP[teken]!).replace(/ß/g, 'ss');
  return tekst.replace(WITRUIMTE, ' ').trim();
}

/**
 * Of een tekst ten minste één letter of cijfer laat zien: zonder de verboden (onzichtbare) tekens,
 * want een Hangul-vuller telt in Unicode als letter. Voor een naam in de invoer die geen tekst van
 * een beleid is (een organisatie bij de Regisseur MO): daar weigert de regel alleen een naam die
 * niets laat zien; de rest van de tekstregel geldt er niet. @internal
 */
export function heeftZichtbaarTeken(tekst: string): boolean {
  return ZICHTBAAR_PATROON.test(tekst.replace(VERBODEN_ALLE, ''));
}

/**
 * Een woord dat Latijnse letters mengt met Cyrillische of Griekse (`Wijkteаm` met een Cyrillische
 * а): zo'n woord is bijna altijd een nabootsing van een Latijnse naam.
 */
function mengtSchriften(tekst: string): boolean {
  return tekst.split(/[^\p{L}\p{M}]+/u).some((woord) => /\p{Script=Latin}/u.test(woord) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(woord));
}

/**
 * Het soort tekst: `naam` (een naam, titel, versie of onderdeel), `tekst` (een toelichting, keuze
 * of datumkeuze), `citaat` (tussen aanhalingstekens in verslag en brief), `bronnaam` (titel,
 * uitgever of onderdeel van een bron: zonder puntkomma) of `url` (een webadres). @internal
 */
export type Tekstsoort = 'naam' | 'bronnaam' | 'tekst' | 'citaat' | 'url';

/** De meldingen van {@link beleidstekstFout}. @internal */
export const BELEIDSTEKST_MELDINGEN = {
  verboden: VERBODEN_MELDING,
  onzichtbaar: 'moet ten minste één letter of cijfer bevatten',
  accent: 'mag niet met een los accent (een combinerend teken) beginnen',
  schriften: 'mag in één woord geen Latijnse letters mengen met Cyrillische of Griekse',
  bronlabel: "mag geen eigen bronregel bevatten ('Bron:' of 'Source:'); noem een bron in bronnen",
  aanhalingsteken: "mag geen dubbele aanhalingstekens bevatten (het citaat staat er al tussen); gebruik enkele (‘…’)",
  scheidingsteken: 'mag geen puntkomma bevatten (die scheidt bronnen in de brief)',
} as const;

/**
 * De ene regel voor een tekst uit een beleid: de melding als hij niet mag, anders `undefined`.
 * Voor elke soort: geen tekens uit {@link VERBODEN_TEKEN_PATROON} (ook niet in de witruimte eromheen)
 * en geen bronlabel ("Bron:", ook niet in volbreedte- of Cyrillische letters). Voor een naam, tekst
 * of citaat ook: ten minste één letter of cijfer, geen los accent vooraan; voor een naam geen woord met gemengde schriften; voor een
 * bronnaam ook geen puntkomma; voor een citaat geen dubbele aanhalingstekens. Een webadres toetst
 * het aanroepende schema daarnaast op zijn vorm.
 *
 * @internal
 */
export function beleidstekstFout(tekst: string, soort: Tekstsoort): string | undefined {
  // Ook in de witruimte eromheen: een regeleinde dat trimmen zou weghalen, weigert het JSON Schema ook.
  if (VERBODEN_TEKEN_PATROON.test(tekst)) return BELEIDSTEKST_MELDINGEN.verboden;
  const heeftLabel = HEEFT_DUBBELE_PUNT.test(tekst) && BRONLABEL_PATROON.test(vouwNaam(tekst));
  if (soort === 'url') return heeftLabel ? BELEIDSTEKST_MELDINGEN.bronlabel : undefined;
  if (!ZICHTBAAR_PATROON.test(tekst)) return BELEIDSTEKST_MELDINGEN.onzichtbaar;
  if (BEGINT_MET_ACCENT.test(tekst.trim())) return BELEIDSTEKST_MELDINGEN.accent;
  if ((soort === 'naam' || soort === 'bronnaam') && mengtSchriften(tekst)) return BELEIDSTEKST_MELDINGEN.schriften;
  if (heeftLabel) return BELEIDSTEKST_MELDINGEN.bronlabel;
  if (soort === 'citaat' && DUBBELE_AANHALINGSTEKENS.test(tekst.normalize('NFKC'))) return BELEIDSTEKST_MELDINGEN.aanhalingsteken;
  if (soort === 'bronnaam' && SCHEIDINGSTEKEN.test(tekst.normalize('NFKC'))) return BELEIDSTEKST_MELDINGEN.scheidingsteken;
  return undefined;
}

/**
 * De regel van {@link beleidstekstFout} als patroon voor het JSON Schema (ECMAScript met de vlag
 * `u`, zoals Ajv en de JSON-taaldienst van een editor het lezen). Het patroon ziet alles behalve
 * nagebootste letters: een bronlabel in Cyrillische of wiskundige letters (alleen gewone en
 * volbreedteletters ziet het patroon) en een woord met gemengde schriften weigert alleen `defineBeleid`.
 *
 * @internal
 */
export function beleidstekstPatroon(soort: Tekstsoort): string {
  const tekens = `[^${VERBODEN_KLASSE}]*`;
  // Elke letter klein of hoofdletter, ook in volbreedte (Ｂｒｏｎ：), met eventueel accenten erop:
  // vouwNaam laat accenten weg, dus "B́ron:" is ook een label. Een accent hoort bij het teken ervoor:
  // na een letter of cijfer ("1́Bron:") is het geen begin van een woord, na een leesteken wel ("“̈Bron:").
  const letter = (teken: string) => `[${[teken, teken.toUpperCase()].map((vorm) => `${vorm}${String.fromCharCode(vorm.charCodeAt(0) + 0xfee0)}`).join('')}]\\p{M}*`;
  const label = `(?![\\s\\S]*(?:^|[^\\p{L}\\p{N}\\p{M}])\\p{M}*(?:${BRONLABEL_WOORDEN.map((woord) => [...woord].map(letter).join('')).join('|')})\\s*${DUBBELE_PUNT})`;
  if (soort === 'url') return `^${label}${tekens}$`;
  const extra = soort === 'citaat' ? `(?![\\s\\S]*${DUBBELE_AANHALINGSTEKENS.source})` : soort === 'bronnaam' ? `(?![\\s\\S]*${SCHEIDINGSTEKEN.source})` : '';
  return `^(?!\\s*\\p{M})(?=[\\s\\S]*[\\p{L}\\p{N}])${label}${extra}${tekens}$`;
}
