// "Wat geldt waar en wanneer": welke indeling en welke beleidswaarden gelden voor een regio op een
// datum, en wanneer er iets verandert. Gedeeld door de generator (de tijdlijn op de pagina, ook
// zonder JavaScript) en de pagina zelf (een gekozen regio en datum). Leest alleen de openbare
// gegevens van de bibliotheek; beslist niets.
import { dagErvoor } from '../src/beleid/aflopend.js';
import { geldigOp } from '../src/beleid/gedateerd.js';
import {
  INGEBOUWD_BELEID,
  REGELS,
  REGIOS,
  STANDAARD_UITGESLOTEN_STATUSSEN,
  schrijfDatum,
  zoekBrondocument,
  zoekGemeente,
  type Beleid,
  type Bron,
  type GedateerdeWaarde,
  type Parameternaam,
  type RegelId,
  type Waardestatus,
} from '../src/index.js';
import { bronAnker, korteTitel, parameterNaam, schrijfParameterwaarde, statusNaam } from '../scripts/teksten.js';

export { statusNaam };

/** Maakt tekst veilig voor HTML. */
export function html(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Een regio om uit te kiezen: ingebouwd, of een eigen regio van een geladen beleid. */
export interface Regiokeuze {
  id: string;
  naam: string;
  leden: readonly GedateerdeWaarde<readonly string[]>[];
  /** Het beleid waar de regio in staat, of `null` (ingebouwd). */
  beleid: Beleid | null;
}

/** De ingebouwde regio's, en die van elk geladen beleid. */
export function regiokeuzes(eigen: readonly Beleid[]): Regiokeuze[] {
  return [
    ...Object.values(REGIOS).map((regio) => ({ id: regio.id, naam: regio.naam, leden: regio.leden, beleid: null })),
    ...eigen.flatMap((beleid) => Object.keys(beleid.regios).map((id) => ({ id, naam: beleid.regios[id]!.naam, leden: beleid.regios[id]!.leden, beleid }))),
  ];
}

/** Een beleidswaarde zoals de pagina haar toont. */
export interface Getoonde {
  /** Wat de waarde is, in gewone woorden: "het maximumbedrag van het versnelfonds". */
  wat: string;
  /** De waarde in gewone woorden: "€ 1.000,00", "2 nachten". */
  waarde: string;
  periode: GedateerdeWaarde<unknown>;
  /** Het beleid van de waarde. */
  beleid: Beleid;
  /** Waarom een regel de waarde standaard niet toepast, of `null` als hij dat wel doet. */
  nietToegepast: string | null;
}

/** Parameters per groep: de regio van de groep bepaalt voor welke regio de andere gelden. */
const GROEPEN = [
  { regio: 'versnelfonds.regio', voorvoegsel: 'versnelfonds.' },
  { regio: 'verblijfsduur.regio', voorvoegsel: 'verblijfsduur.' },
  { regio: 'woningaanbod.regio', voorvoegsel: 'woningaanbod.' },
] as const;

/** Zegt het een regel standaard toe te passen? Zo niet: waarom (met de status in woorden). */
function uitgeslotenOmdat(status: Waardestatus, wat: string): string | null {
  return (STANDAARD_UITGESLOTEN_STATUSSEN as readonly string[]).includes(status) ? `${wat} heeft status ${statusNaam(status)}; een regel past die standaard niet toe` : null;
}

/** De indeling van de regio op de datum, en of een regel haar standaard toepast. */
export function indelingOp(regio: Regiokeuze, datum: string): { periode: GedateerdeWaarde<readonly string[]>; nietToegepast: string | null } | null {
  const periode = geldigOp(regio.leden, datum);
  return periode ? { periode, nietToegepast: uitgeslotenOmdat(periode.status, 'de indeling') } : null;
}

/**
 * De beleidswaarden die voor deze regio gelden op de datum, uit elk van de beleidssets die de
 * regels gebruiken (het ingebouwde beleid, of alleen een geladen eigen beleid). Zoals de regels:
 * een waarde met een uitgesloten status telt niet, en de waarden van een groep (het fonds, de
 * termijnen) tellen alleen als de regio van die groep zelf geldt en de indeling van de regio ook.
 */
export function waardenOp(regio: Regiokeuze, beleidssets: readonly Beleid[], datum: string): Getoonde[] {
  const indeling = indelingOp(regio, datum);
  const getoond: Getoonde[] = [];
  for (const beleid of beleidssets) {
    for (const groep of GROEPEN) {
      const regiowaarde = geldigOp(beleid.parameters[groep.regio], datum);
      if (!regiowaarde || regiowaarde.waarde !== regio.id) continue;
      const groepNiet = uitgeslotenOmdat(regiowaarde.status, 'de regio van deze waarden') ?? (indeling === null ? 'er is op deze dag geen indeling van de regio' : indeling.nietToegepast);
      for (const parameter of Object.keys(beleid.parameters) as Parameternaam[]) {
        if (!parameter.startsWith(groep.voorvoegsel)) continue;
        const periode = geldigOp(beleid.parameters[parameter] as readonly GedateerdeWaarde<unknown>[], datum);
        if (!periode) continue;
        const eigen = uitgeslotenOmdat(periode.status, 'de waarde');
        getoond.push({ wat: parameterNaam(parameter), waarde: schrijfParameterwaarde(parameter, periode.waarde, beleid), periode, beleid, nietToegepast: parameter === groep.regio ? eigen : (eigen ?? groepNiet) });
      }
    }
  }
  return getoond;
}

/**
 * De beleidssets die de regels gebruiken: zonder eigen beleid het ingebouwde; met een geladen
 * eigen beleid alleen dat (een regel met `opties.beleid` leest geen ingebouwde waarden).
 */
export function gebruikteBeleidssets(eigen: readonly Beleid[]): readonly Beleid[] {
  return eigen.length > 0 ? eigen : Object.values(INGEBOUWD_BELEID);
}

/** Een verandering op een datum: een waarde begint of eindigt. */
export interface Verandering {
  datum: string;
  tekst: string;
}

/** Wanneer er voor deze regio iets verandert: de indeling en elke waarde van elk beleid dat de regio noemt. */
export function tijdlijn(regio: Regiokeuze, beleidssets: readonly Beleid[]): Verandering[] {
  const veranderingen: Verandering[] = [];
  const periodes = (wat: string, perioden: readonly GedateerdeWaarde<unknown>[], schrijf: (waarde: unknown) => string) => {
    for (const periode of perioden) {
      // "; status: …" en geen haakjes: de statusnaam heeft er zelf al ("praktijk (een beschreven werkwijze)").
      veranderingen.push({ datum: periode.vanaf, tekst: `${wat}: ${schrijf(periode.waarde)}; status: ${statusNaam(periode.status)}` });
      // Zonder opvolger loopt de waarde af: de tijdlijn noemt haar laatste dag (SPEC §2.11).
      if (periode.tot !== undefined && !perioden.some((volgende) => volgende.vanaf === periode.tot)) {
        const laatste = dagErvoor(periode.tot);
        veranderingen.push({ datum: laatste, tekst: `${wat}: loopt af op ${datum(laatste)}; daarna geen waarde` });
      }
    }
  };
  periodes(`de indeling van de ${regio.naam}`, regio.leden, (leden) => `${(leden as string[]).length} gemeenten`);
  for (const beleid of beleidssets) {
    for (const groep of GROEPEN) {
      const noemtRegio = (beleid.parameters[groep.regio] ?? []).some((periode) => periode.waarde === regio.id);
      if (!noemtRegio) continue;
      for (const parameter of Object.keys(beleid.parameters) as Parameternaam[]) {
        if (!parameter.startsWith(groep.voorvoegsel)) continue;
        // De regio van de groep zelf staat er ook, maar alleen de perioden waarin zij deze regio is.
        const perioden = (beleid.parameters[parameter] as readonly GedateerdeWaarde<unknown>[]).filter((periode) => parameter !== groep.regio || periode.waarde === regio.id);
        periodes(`${parameterNaam(parameter)} in ${beleid.naam}`, perioden, (waarde) => schrijfParameterwaarde(parameter, waarde, beleid));
      }
    }
  }
  return veranderingen.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
}

/**
 * Waarop de regels rusten onder dit beleid (`regels`, SPEC §2.9): per regel de grondslag met haar
 * status, toelichting en bronnen, en welke lezingen het beleid overnam of in eigen woorden zegt.
 * Leeg als het beleid geen regels vastlegt.
 */
export function regelsHtml(beleid: Beleid): string {
  const ids = Object.keys(beleid.regels) as RegelId[];
  if (ids.length === 0) return '';
  const items = ids.map((id) => {
    const { grondslag, criteria, keuzes } = beleid.regels[id]!;
    const lezingen = Object.values(keuzes ?? {});
    const overgenomen = lezingen.filter((keuze) => !('tekst' in keuze)).length;
    const eigenWoorden = lezingen.length - overgenomen;
    const eigenTekst = Object.keys(criteria ?? {}).length;
    const extra = [
      eigenTekst > 0 ? `${eigenTekst} ${eigenTekst === 1 ? 'criterium' : 'criteria'} met een eigen regeltekst` : '',
      overgenomen > 0 ? `${overgenomen} ${overgenomen === 1 ? 'lezing' : 'lezingen'} overgenomen` : '',
      eigenWoorden > 0 ? `${eigenWoorden} in eigen woorden` : '',
    ].filter(Boolean);
    const toelichting = Object.hasOwn(grondslag, 'toelichting') && grondslag.toelichting ? ` ${html(grondslag.toelichting)}` : '';
    return `<li><strong>${html(REGELS[id].beschrijving.titel.nl)}</strong>: grondslag ${html(statusNaam(grondslag.status))}.${toelichting}${extra.length > 0 ? ` (${html(extra.join(', '))}.)` : ''}<ul>${grondslag.bronnen.map((bron) => `<li>${bronHtml(bron, beleid)}</li>`).join('')}</ul></li>`;
  });
  return `<h3>Waarop de regels rusten onder ${html(beleid.naam)}</h3><ul class="regels-van-beleid">${items.join('')}</ul>`;
}

/** De leden van een indeling als namen, op een dag waarop elke code een gemeente was. */
export function ledennamen(periode: GedateerdeWaarde<readonly string[]>): string {
  return periode.waarde.map((code) => zoekGemeente(code, periode.vanaf).naam).join(', ');
}

/** Een korte verwijzing naar een bron, met een link naar de bronnenpagina (of de url van een eigen document). */
export function bronHtml(bron: Bron, beleid: Beleid | null, bronnenpagina = 'bronnen.html'): string {
  const ingebouwd = zoekBrondocument(bron.document);
  const eigen = ingebouwd ? undefined : beleid?.documenten.find((document) => document.id === bron.document);
  const titel = korteTitel(bron.document, beleid?.documenten ?? []);
  const link = ingebouwd ? `${bronnenpagina}#${bronAnker(ingebouwd.id)}` : eigen?.url;
  const naam = link ? `<a href="${html(link)}">${html(titel)}</a>` : html(titel);
  return `${naam}, ${html(bron.onderdeel)}${bron.citaat ? `: <q>${html(bron.citaat)}</q>` : ''}`;
}

/** Een datum voluit: "1 juni 2026". */
export function datum(tekst: string): string {
  return schrijfDatum(tekst, 'nl');
}
