import type { Beleid } from '../../beleid/beleid.js';
import type { GedateerdeWaarde } from '../../beleid/gedateerd.js';
import type { Waardestatus } from '../../types/waardestatus.js';
import type { Verblijfsduurparameter } from '../../beleid/parameters.js';
import type { Duur } from '../../calculators/termijn.js';
import { kiesWaarde, type Beleidswaarde, type Waardekeuze } from '../../kern/beleidswaarden.js';
import type { Herkomstgroep, Opvangvorm } from '../../types/opvangvorm.js';

/**
 * Voor wie een termijn geldt: cliënten uit de regio, of van buiten de regio. Wie uit het
 * buitenland of een bijzondere gemeente komt, komt van buiten de regio en valt in die groep: de
 * visie maakt voor hen geen uitzondering (§9.1; audit rij 8, een afwijking van SPEC §4.5 (0.2)).
 *
 * @internal
 */
export type Termijngroep = Herkomstgroep;

/** @internal */
export const TERMIJNGROEPEN = ['binnen-regio', 'buiten-regio'] as const satisfies readonly Termijngroep[];

/** Een maximale verblijfsduur zoals een beleid haar vastlegt: een duur, eventueel alleen bij één aanbieder. @internal */
export type Verblijfsduur = Duur & { aanbieder?: string };

/** De aanbieder waarvoor een duur alleen geldt (een eigen veld), of `null`: dan geldt zij bij elke aanbieder. @internal */
export function aanbiederVan(duur: Verblijfsduur): string | null {
  return Object.hasOwn(duur, 'aanbieder') && typeof duur.aanbieder === 'string' ? duur.aanbieder : null;
}

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
  perGroep: { 'binnen-regio': { toegepast: null, uitgesloten: [] }, 'buiten-regio': { toegepast: null, uitgesloten: [] } },
  herkomstBeslist: false,
};

/** De parameters die voor een groep gelden, de meest specifieke eerst. @internal */
export function parametersVoor(opvangvorm: Opvangvorm, groep: Termijngroep): Verblijfsduurparameter[] {
  return [`verblijfsduur.${opvangvorm}.${groep}`, `verblijfsduur.${opvangvorm}`];
}

/**
 * Kiest per groep de duur die op de startdatum geldt: de waarde voor die groep
 * (`verblijfsduur.<vorm>.<groep>`) gaat voor de waarde voor iedereen (`verblijfsduur.<vorm>`).
 * Een waarde met een uitgesloten status
 * telt als afwezig, maar wordt onthouden voor een signaal. Alleen deze opvangvorm in dit beleid:
 * er wordt nooit een duur van een andere vorm of een ander beleid geleend.
 *
 * @internal
 */
export function kiesTermijnen(beleid: Beleid, opvangvorm: Opvangvorm, startdatum: string, uitgeslotenStatussen: ReadonlySet<Waardestatus>): Termijnkeuze {
  // De waarde voor iedereen één keer gezocht: zij is de terugval van elke groep.
  const voorIedereen = kiesWaarde(beleid, `verblijfsduur.${opvangvorm}`, startdatum, uitgeslotenStatussen);
  const voorGroep = (specifiek: Waardekeuze<Verblijfsduurparameter>): Groepskeuze => {
    const uitgesloten: Termijnwaarde[] = [];
    if (specifiek.toegepast) return { toegepast: specifiek.toegepast, uitgesloten };
    if (specifiek.uitgesloten) uitgesloten.push(specifiek.uitgesloten);
    if (voorIedereen.toegepast) return { toegepast: voorIedereen.toegepast, uitgesloten };
    if (voorIedereen.uitgesloten) uitgesloten.push(voorIedereen.uitgesloten);
    return { toegepast: null, uitgesloten };
  };
  const binnen = voorGroep(kiesWaarde(beleid, `verblijfsduur.${opvangvorm}.binnen-regio`, startdatum, uitgeslotenStatussen));
  const buiten = voorGroep(kiesWaarde(beleid, `verblijfsduur.${opvangvorm}.buiten-regio`, startdatum, uitgeslotenStatussen));
  const perGroep = { 'binnen-regio': binnen, 'buiten-regio': buiten };
  // Of de twee groepen niet dezelfde parameter toepassen.
  const parameter = (keuze: Groepskeuze) => keuze.toegepast?.parameter ?? null;
  return { perGroep, herkomstBeslist: parameter(buiten) !== parameter(binnen) };
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
): GedateerdeWaarde<Verblijfsduur> | null {
  let eerste: GedateerdeWaarde<Verblijfsduur> | null = null;
  for (const parameter of parametersVoor(opvangvorm, groep)) {
    for (const periode of (beleid.parameters[parameter] ?? []) as readonly GedateerdeWaarde<Verblijfsduur>[]) {
      if (periode.vanaf <= startdatum || uitgeslotenStatussen.has(periode.status)) continue;
      if (!eerste || periode.vanaf < eerste.vanaf) eerste = periode;
    }
  }
  return eerste;
}
