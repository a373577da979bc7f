import type { Beleid } from '../../beleid/beleid.js';
import type { GedateerdeWaarde } from '../../beleid/gedateerd.js';
import type { Waardestatus } from '../../types/waardestatus.js';
import type { Verblijfsduurparameter } from '../../beleid/parameters.js';
import type { Duur } from '../../calculators/termijn.js';
import { kiesWaarde, type Beleidswaarde } from '../../kern/beleidswaarden.js';
import type { Herkomstgroep, Opvangvorm } from '../../types/opvangvorm.js';

/**
 * Voor wie een termijn geldt: cliënten uit de regio, van buiten de regio (uit een Nederlandse
 * gemeente), of de aandachtsgroep: wie uit het buitenland of een bijzondere gemeente komt. Voor
 * de aandachtsgroep geldt geen waarde voor `buiten-regio` (SPEC §4.5 (0.2), visie MO §9.2).
 *
 * @internal
 */
export type Termijngroep = Herkomstgroep | 'aandachtsgroep';

/** @internal */
export const TERMIJNGROEPEN = ['binnen-regio', 'buiten-regio', 'aandachtsgroep'] as const satisfies readonly Termijngroep[];

/** Een maximale verblijfsduur uit het beleid, zoals de regel haar gebruikt. @internal */
export type Termijnwaarde = Beleidswaarde<Verblijfsduurparameter>;

/** Wat voor één groep op de startdatum geldt. @internal */
export interface Groepskeuze {
  /** De toe te passen duur, of `null`. */
  toegepast: Termijnwaarde | null;
  /** De waarden die zouden gelden maar een uitgesloten status hebben, in de volgorde van zoeken. */
  uitgesloten: readonly Termijnwaarde[];
}

/** Welke duur op de startdatum geldt voor elke groep. @internal */
export interface Termijnkeuze {
  perGroep: Readonly<Record<Termijngroep, Groepskeuze>>;
  /** Of de herkomst verschil maakt: niet elke groep krijgt dezelfde waarde. */
  herkomstBeslist: boolean;
}

/** Geen beleid, dus voor niemand een termijn. @internal */
export const GEEN_TERMIJNEN: Termijnkeuze = {
  perGroep: { 'binnen-regio': { toegepast: null, uitgesloten: [] }, 'buiten-regio': { toegepast: null, uitgesloten: [] }, aandachtsgroep: { toegepast: null, uitgesloten: [] } },
  herkomstBeslist: false,
};

/** De parameters die voor een groep gelden, de meest specifieke eerst. @internal */
export function parametersVoor(opvangvorm: Opvangvorm, groep: Termijngroep): Verblijfsduurparameter[] {
  const voorIedereen = `verblijfsduur.${opvangvorm}` as const;
  return groep === 'aandachtsgroep' ? [voorIedereen] : [`verblijfsduur.${opvangvorm}.${groep}`, voorIedereen];
}

/**
 * Kiest per groep de duur die op de startdatum geldt: de waarde voor die groep
 * (`verblijfsduur.<vorm>.<groep>`) gaat voor de waarde voor iedereen (`verblijfsduur.<vorm>`);
 * de aandachtsgroep krijgt alleen de waarde voor iedereen. Een waarde met een uitgesloten status
 * telt als afwezig, maar wordt onthouden voor een signaal. Alleen deze opvangvorm in dit beleid:
 * er wordt nooit een duur van een andere vorm of een ander beleid geleend.
 *
 * @internal
 */
export function kiesTermijnen(beleid: Beleid, opvangvorm: Opvangvorm, startdatum: string, uitgeslotenStatussen: ReadonlySet<Waardestatus>): Termijnkeuze {
  const voorGroep = (groep: Termijngroep): Groepskeuze => {
    const uitgesloten: Termijnwaarde[] = [];
    for (const parameter of parametersVoor(opvangvorm, groep)) {
      const keuze = kiesWaarde(beleid, parameter, startdatum, uitgeslotenStatussen);
      if (keuze.toegepast) return { toegepast: keuze.toegepast, uitgesloten };
      if (keuze.uitgesloten) uitgesloten.push(keuze.uitgesloten);
    }
    return { toegepast: null, uitgesloten };
  };
  const perGroep = { 'binnen-regio': voorGroep('binnen-regio'), 'buiten-regio': voorGroep('buiten-regio'), aandachtsgroep: voorGroep('aandachtsgroep') };
  const sleutels = new Set(TERMIJNGROEPEN.map((groep) => perGroep[groep].toegepast?.parameter ?? null));
  return { perGroep, herkomstBeslist: sleutels.size > 1 };
}

/**
 * De eerste waarde voor deze groep die pas na de startdatum ingaat (en geen uitgesloten status
 * heeft): om te zeggen vanaf wanneer er een termijn geldt. @internal
 */
export function latereTermijn(
  beleid: Beleid,
  opvangvorm: Opvangvorm,
  startdatum: string,
  groep: Termijngroep,
  uitgeslotenStatussen: ReadonlySet<Waardestatus>,
): GedateerdeWaarde<Duur> | null {
  let eerste: GedateerdeWaarde<Duur> | null = null;
  for (const parameter of parametersVoor(opvangvorm, groep)) {
    for (const periode of (beleid.parameters[parameter] ?? []) as readonly GedateerdeWaarde<Duur>[]) {
      if (periode.vanaf <= startdatum || uitgeslotenStatussen.has(periode.status)) continue;
      if (!eerste || periode.vanaf < eerste.vanaf) eerste = periode;
    }
  }
  return eerste;
}
