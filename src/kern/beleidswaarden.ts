import type { Beleid } from '../beleid/beleid.js';
import type { GedateerdeWaarde } from '../beleid/gedateerd.js';
import { beschrijfPerioden } from '../beleid/gedateerd.js';
import { zoekBeleidswaarde } from '../beleid/opzoeken.js';
import { isIngebouwdBeleidId } from '../beleid/ids.js';
import { BELEIDSPARAMETERS, type Parameternaam, type Parameterwaarde } from '../beleid/parameters.js';
import { BeleidNietInWerkingFout } from '../types/fouten.js';
import type { Waardestatus } from '../types/waardestatus.js';
import type { Beleidsverwijzing } from '../types/beoordeling.js';
import type { GebruikteWaarde } from './besluit.js';

/** Een gebruikte waarde van parameter `P`, met het type van haar waarde. @internal */
export interface Beleidswaarde<P extends Parameternaam> extends GebruikteWaarde {
  parameter: P;
  waarde: GedateerdeWaarde<Parameterwaarde<P>>;
}

/** Wat op de peildatum geldt: de toe te passen waarde, of die met een uitgesloten status. @internal */
export interface Waardekeuze<P extends Parameternaam> {
  toegepast: Beleidswaarde<P> | null;
  uitgesloten: Beleidswaarde<P> | null;
}

/**
 * De waarde van een parameter op de peildatum, gesplitst naar toepassen of niet: een waarde
 * met een uitgesloten status wordt niet toegepast, maar wel teruggegeven zodat de regel haar in
 * een signaal kan noemen. Eén plek, voor elke regel die beleid leest.
 *
 * @internal
 */
export function kiesWaarde<P extends Parameternaam>(beleid: Beleid, parameter: P, peildatum: string, uitgesloten: ReadonlySet<Waardestatus>): Waardekeuze<P> {
  const waarde = zoekBeleidswaarde(beleid, parameter, peildatum);
  if (!waarde) return { toegepast: null, uitgesloten: null };
  const gebruikt: Beleidswaarde<P> = { parameter, beleid: beleid.id, naam: BELEIDSPARAMETERS[parameter].naam, waarde };
  return uitgesloten.has(waarde.status) ? { toegepast: null, uitgesloten: gebruikt } : { toegepast: gebruikt, uitgesloten: null };
}

/**
 * Als {@link kiesWaarde}, maar de regel kan niet zonder: geen waarde in werking, of alleen een
 * met een uitgesloten status, is een {@link BeleidNietInWerkingFout} die dat zegt; nooit een
 * stille standaard.
 *
 * @param pad - het datumveld in de invoer dat de peildatum gaf
 * @internal
 */
export function vereisteWaarde<P extends Parameternaam>(beleid: Beleid, parameter: P, peildatum: string, uitgesloten: ReadonlySet<Waardestatus>, pad: string): Beleidswaarde<P> {
  return vereisteWaarden(beleid, [parameter] as const, peildatum, uitgesloten, pad)[0];
}

/**
 * Als {@link vereisteWaarde} voor meer parameters tegelijk: ontbreekt er een, dan noemt de
 * {@link BeleidNietInWerkingFout} de eerste in haar melding en ze allemaal in
 * `ontbrekendeParameters`.
 *
 * @param pad - het datumveld in de invoer dat de peildatum gaf
 * @internal
 */
export function vereisteWaarden<const P extends readonly Parameternaam[]>(
  beleid: Beleid,
  parameters: P,
  peildatum: string,
  uitgesloten: ReadonlySet<Waardestatus>,
  pad: string,
): { [K in keyof P]: Beleidswaarde<P[K]> } {
  const keuzes = parameters.map((parameter) => kiesWaarde(beleid, parameter, peildatum, uitgesloten));
  const eerste = keuzes.findIndex((keuze) => !keuze.toegepast);
  if (eerste < 0) return keuzes.map((keuze) => keuze.toegepast) as { [K in keyof P]: Beleidswaarde<P[K]> };
  const parameter = parameters[eerste]!;
  const nietToegepast = keuzes[eerste]!.uitgesloten;
  throw new BeleidNietInWerkingFout({
    parameter,
    peildatum,
    beleid: beleid.id,
    pad,
    aanvulling: nietToegepast
      ? `de waarde die dan geldt heeft status '${nietToegepast.waarde.status}', en die status is uitgesloten`
      : beschrijfPerioden(beleid.parameters[parameter]),
    ontbrekendeParameters: parameters.filter((_, index) => !keuzes[index]!.toegepast),
    ingebouwd: isIngebouwdBeleidId(beleid.id),
    perioden: beleid.parameters[parameter] ?? [],
    uitgeslotenStatus: nietToegepast?.waarde.status ?? null,
  });
}

/** Het beleid zoals een beoordeling het noemt: id, versie en naam. @internal */
export function verwijzingNaarBeleid(beleid: Beleid): Beleidsverwijzing {
  return { id: beleid.id, versie: beleid.versie, naam: beleid.naam };
}
