// "Wat geldt waar en wanneer": welke indeling en welke beleidswaarden gelden voor een regio op een
// datum, en wanneer er iets verandert. Gedeeld door de generator (de tijdlijn op de pagina, ook
// zonder JavaScript) en de pagina zelf (een gekozen regio en datum). Leest alleen de openbare
// gegevens van de bibliotheek; beslist niets.
import {
  REGIOS,
  STANDAARD_UITGESLOTEN_STATUSSEN,
  schrijfDatum,
  zoekBrondocument,
  zoekGemeente,
  type Beleid,
  type Bron,
  type GedateerdeWaarde,
  type Parameternaam,
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
  /** Uit welk beleid. */
  beleid: string;
  /** Standaard toegepast? (Een ambitie of planningsaanname niet.) */
  toegepast: boolean;
}

/** Parameters per groep: de regio van de groep bepaalt voor welke regio de andere gelden. */
const GROEPEN = [
  { regio: 'versnelfonds.regio', voorvoegsel: 'versnelfonds.' },
  { regio: 'verblijfsduur.regio', voorvoegsel: 'verblijfsduur.' },
] as const;

function opDatum<T>(perioden: readonly GedateerdeWaarde<T>[] | undefined, datum: string): GedateerdeWaarde<T> | undefined {
  return perioden?.find((periode) => periode.vanaf <= datum && (periode.tot === undefined || datum < periode.tot));
}


/** De beleidswaarden die voor deze regio gelden op de datum, uit elk beleid dat de regio noemt. */
export function waardenOp(regio: Regiokeuze, beleidssets: readonly Beleid[], datum: string): Getoonde[] {
  const uitgesloten: readonly string[] = STANDAARD_UITGESLOTEN_STATUSSEN;
  const getoond: Getoonde[] = [];
  for (const beleid of beleidssets) {
    for (const groep of GROEPEN) {
      const regiowaarde = opDatum(beleid.parameters[groep.regio], datum);
      if (!regiowaarde || regiowaarde.waarde !== regio.id) continue;
      for (const parameter of Object.keys(beleid.parameters) as Parameternaam[]) {
        if (!parameter.startsWith(groep.voorvoegsel)) continue;
        const periode = opDatum(beleid.parameters[parameter] as readonly GedateerdeWaarde<unknown>[], datum);
        if (!periode) continue;
        getoond.push({ wat: parameterNaam(parameter), waarde: schrijfParameterwaarde(parameter, periode.waarde, beleid), periode, beleid: beleid.naam, toegepast: !uitgesloten.includes(periode.status) });
      }
    }
  }
  return getoond;
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
      veranderingen.push({ datum: periode.vanaf, tekst: `${wat}: ${schrijf(periode.waarde)} (${statusNaam(periode.status)})` });
      if (periode.tot !== undefined && !perioden.some((volgende) => volgende.vanaf === periode.tot)) veranderingen.push({ datum: periode.tot, tekst: `${wat}: geen waarde meer` });
    }
  };
  periodes(`de indeling van de ${regio.naam}`, regio.leden, (leden) => `${(leden as string[]).length} gemeenten`);
  for (const beleid of beleidssets) {
    for (const groep of GROEPEN) {
      const noemtRegio = (beleid.parameters[groep.regio] ?? []).some((periode) => periode.waarde === regio.id);
      if (!noemtRegio) continue;
      for (const parameter of Object.keys(beleid.parameters) as Parameternaam[]) {
        if (!parameter.startsWith(groep.voorvoegsel) || parameter === groep.regio) continue;
        periodes(`${parameterNaam(parameter)} (${beleid.naam})`, beleid.parameters[parameter] as readonly GedateerdeWaarde<unknown>[], (waarde) => schrijfParameterwaarde(parameter, waarde, beleid));
      }
    }
  }
  return veranderingen.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
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
