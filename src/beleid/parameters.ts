import { bevrorenBehalve } from '../types/bevroren.js';
import * as z from 'zod/mini';
import type { Tweetalig } from '../types/tweetalig.js';
import { DUUREENHEDEN, MAXIMAAL_AANTAL, type Duur } from '../calculators/termijn.js';
import type { RegioKeuze } from '../data/regio-ids.js';
import { beleidstekstFout, type Tekstsoort } from '../kern/beleidstekst.js';
import { regioIdSchema } from '../kern/regio-schema.js';
import { HERKOMSTGROEPEN, OPVANGVORM_NAMEN, OPVANGVORMEN, type Herkomstgroep, type Opvangvorm } from '../types/opvangvorm.js';

/** De beleidsparameters van het versnelfonds, met het type van hun waarde. */
export interface VersnelfondsParameterwaarden {
  /** Maximumbedrag dat het versnelfonds per aanvraag verstrekt, in eurocent (positief geheel getal). */
  'versnelfonds.maximumInCenten': number;
  /** Binnen hoeveel uur (verstreken tijd) een versnelfondsaanvraag beoordeeld wordt (positief geheel getal). */
  'versnelfonds.beoordelingstermijnInUren': number;
  /** De regio waaruit cliënten van het versnelfonds moeten komen (criterium 2, herkomst): ingebouwd of een eigen regio van hetzelfde beleid. */
  'versnelfonds.regio': RegioKeuze;
  /** De verwachte besparing moet ten minste deze factor maal het toekenbare bedrag zijn (criterium 3). */
  'versnelfonds.kostenBatenFactor': number;
}

/**
 * De naam van een parameter met een maximale verblijfsduur: `verblijfsduur.<opvangvorm>` geldt
 * voor iedereen, `verblijfsduur.<opvangvorm>.binnen-regio` en `.buiten-regio` alleen voor
 * cliënten uit of van buiten de regio, en gaan voor de waarde voor iedereen.
 */
export type Verblijfsduurparameter = `verblijfsduur.${Opvangvorm}` | `verblijfsduur.${Opvangvorm}.${Herkomstgroep}`;

/**
 * De beleidsparameters van de verblijfstermijnen, met het type van hun waarde: de regio
 * waarvoor de termijnen gelden, en per opvangvorm (en eventueel herkomstgroep) een {@link Duur}.
 * Een duur met `aanbieder` geldt alleen voor een verblijf bij die aanbieder (zoals de 9 maanden
 * van Humanitas Onder Dak in Almelo); zonder `aanbieder` geldt zij bij elke aanbieder.
 */
export type VerblijfsduurParameterwaarden = VerblijfsduurRegio & {
  [P in Verblijfsduurparameter]: Duur & {
    /** De aanbieder bij wie de duur alleen geldt, bv. `'Humanitas Onder Dak'`; weggelaten = bij elke aanbieder. */
    aanbieder?: string;
  };
};

/** De regio waarvoor de verblijfstermijnen van een beleid gelden. */
export interface VerblijfsduurRegio {
  /** De regio waarvoor de verblijfstermijnen gelden (ingebouwd of een eigen regio van hetzelfde beleid); verplicht zodra een beleid een verblijfsduur vastlegt. */
  'verblijfsduur.regio': RegioKeuze;
}

/**
 * De beleidsparameters van het woningaanbod na beschermd wonen, met het type van hun waarde: de
 * regio waarvoor de termijn geldt, en de termijn zelf.
 */
export interface WoningaanbodParameterwaarden {
  /** De regio waarvoor de termijn voor een woningaanbod geldt (ingebouwd of een eigen regio van hetzelfde beleid); verplicht naast de termijn. */
  'woningaanbod.regio': RegioKeuze;
  /** Binnen welke termijn na de aanmelding bij de centrale toegang een uitstromer uit het beschermd wonen een woning aangeboden krijgt. */
  'woningaanbod.uitstroom-beschermd-wonen': Duur;
}

/** Per beleidsparameter het type van de waarde. */
export type Parameterwaarden = VersnelfondsParameterwaarden & VerblijfsduurParameterwaarden & WoningaanbodParameterwaarden;

/** De naam van een beleidsparameter, bv. `'versnelfonds.maximumInCenten'`. */
export type Parameternaam = keyof Parameterwaarden;

/** Het type van de waarde van parameter `P`. */
export type Parameterwaarde<P extends Parameternaam> = Parameterwaarden[P];

/** Wat een beleidsparameter is: een naam, een omschrijving en het schema waaraan elke waarde moet voldoen. */
export interface Parameterdefinitie<T> {
  /** Hoe een brief de waarde noemt, bv. "het maximumbedrag van het versnelfonds". */
  naam: Tweetalig;
  /** Wat de parameter betekent, in één zin. */
  omschrijving: string;
  /** Het zod-schema van een waarde. */
  schema: z.ZodMiniType<T>;
}

/** Een regio-id als waarde; of het een ingebouwde of eigen regio is, controleert {@link defineBeleid} met het hele beleid. */
const regioSchema: z.ZodMiniType<RegioKeuze> = regioIdSchema;

/**
 * Het hoogste maximumbedrag van het versnelfonds in een beleid, in eurocent (€ 100 miljoen): ruim
 * boven elk fonds voor één aanvraag, en klein genoeg dat bedrag maal kosten-batenfactor (hooguit
 * 1000) een exact geheel getal blijft. @internal
 */
export const MAXIMAAL_FONDSBEDRAG_IN_CENTEN = 10_000_000_000;

/**
 * De langste beoordelingstermijn van het versnelfonds in een beleid, in uren: een schrikkeljaar
 * (366 × 24). Het fonds beslist binnen 24 uur; een langere termijn dan een jaar is geen fonds voor
 * het laatste redmiddel meer. Zo blijft `beoordelenUiterlijk` een tijdstip, nooit een getal buiten
 * het bereik van een datum. @internal
 */
export const MAXIMALE_BEOORDELINGSTERMIJN_IN_UREN = 8_784;

const VERSNELFONDSPARAMETERS: { [P in keyof VersnelfondsParameterwaarden]: Parameterdefinitie<VersnelfondsParameterwaarden[P]> } = {
  'versnelfonds.maximumInCenten': {
    naam: { nl: 'het maximumbedrag van het versnelfonds', en: 'the maximum amount of the fund' },
    omschrijving: `Maximumbedrag dat het versnelfonds per aanvraag verstrekt, in eurocent; hooguit ${MAXIMAAL_FONDSBEDRAG_IN_CENTEN} (€ 100 miljoen), zodat elk bedrag en elke vereiste besparing exact te rekenen is.`,
    schema: z.int().check(z.positive(), z.lte(MAXIMAAL_FONDSBEDRAG_IN_CENTEN)),
  },
  'versnelfonds.beoordelingstermijnInUren': {
    naam: { nl: 'de termijn waarbinnen een aanvraag beoordeeld wordt', en: 'the period within which a request is decided' },
    omschrijving: `Binnen hoeveel uur (verstreken tijd) een aanvraag beoordeeld wordt; hooguit ${MAXIMALE_BEOORDELINGSTERMIJN_IN_UREN} (een schrikkeljaar): een fonds voor het laatste redmiddel beslist binnen dagen.`,
    schema: z.int().check(z.positive(), z.lte(MAXIMALE_BEOORDELINGSTERMIJN_IN_UREN)),
  },
  'versnelfonds.regio': {
    naam: { nl: 'de regio van het fonds', en: "the fund's region" },
    omschrijving: 'De regio waaruit cliënten moeten komen (criterium 2, herkomst): een ingebouwde regio of een eigen regio uit `regios` van hetzelfde beleid.',
    schema: regioSchema,
  },
  'versnelfonds.kostenBatenFactor': {
    naam: { nl: 'de verhouding tussen besparing en bedrag', en: 'the ratio between saving and amount' },
    omschrijving: 'De verwachte besparing moet ten minste deze factor maal het toekenbare bedrag zijn (criterium 3, kosten-baten); ten minste 0, hooguit twee decimalen.',
    // Hooguit twee decimalen, zodat de regel exact in hele centen kan rekenen (zie kostenBaten).
    schema: z
      .number()
      .check(
        z.nonnegative(),
        z.lte(1000),
        z.refine((factor) => Number.isInteger(Math.round(factor * 100)) && Math.abs(factor * 100 - Math.round(factor * 100)) < 1e-9, 'mag hooguit twee decimalen hebben'),
      ),
  },
};

/** Hoeveel tekens de naam van een aanbieder mag hebben (in het beleid en in de invoer). @internal */
export const MAXIMALE_AANBIEDERNAAM = 200;

/**
 * De ene tekstregel van een beleid ({@link beleidstekstFout}), als controle van zod: vóór het
 * trimmen, zodat een regeleinde aan de rand net zo geweigerd is als in het JSON Schema. Voor
 * defineBeleid en voor de aanbieder in de invoer van de verblijfstermijn. @internal
 */
export function tekstregel(soort: Tekstsoort) {
  return z.superRefine<string>((tekst, context) => {
    // Een lege tekst (ook na trimmen) meldt minLength al.
    const melding = tekst.trim().length === 0 && soort !== 'url' ? undefined : beleidstekstFout(tekst, soort);
    if (melding !== undefined) context.addIssue({ code: 'custom', input: tekst, message: melding });
  });
}

/** De naam van een aanbieder van opvang: één regel tekst, volgens de tekstregel van een beleid ({@link beleidstekstFout}). @internal */
export const aanbiederSchema = z.string().check(
  tekstregel('naam'),
  z.trim(),
  z.minLength(1),
  z.maxLength(MAXIMALE_AANBIEDERNAAM),
);

/**
 * De langste verblijfsduur of termijn die een beleid kan vastleggen, per eenheid: honderd jaar.
 * Geen opvang of woningaanbod duurt zo lang; binnen deze grens valt elke einddatum vanaf een
 * startdatum vóór het jaar 9900 in de kalender (daarna is het een fout op de startdatum). @internal
 */
export const MAXIMALE_BELEIDSDUUR: Readonly<Record<Duur['eenheid'], number>> = { nachten: 36_525, dagen: 36_525, weken: 5_218, maanden: 1_200 };

const duurSchema = z
  .strictObject({
    aantal: z.int().check(z.positive(), z.lte(MAXIMAAL_AANTAL)),
    eenheid: z.enum(DUUREENHEDEN),
    // Een termijn die de bron alleen voor één aanbieder noemt (SPEC §4.5 (0.3)).
    aanbieder: z.optional(aanbiederSchema),
  })
  .check(
    z.superRefine((duur, context) => {
      if (duur.aantal > MAXIMALE_BELEIDSDUUR[duur.eenheid]) {
        context.addIssue({ code: 'custom', input: duur.aantal, path: ['aantal'], message: 'mag hooguit honderd jaar zijn (36525 nachten of dagen, 5218 weken of 1200 maanden)' });
      }
    }),
  );

const MAXIMALE_DUUR: Tweetalig = { nl: 'de maximale verblijfsduur', en: 'the maximum length of stay' };

const VOOR_GROEP: Record<Herkomstgroep, string> = { 'binnen-regio': 'cliënten uit de regio', 'buiten-regio': 'cliënten van buiten de regio' };

const VERBLIJFSDUURPARAMETERS: { [P in keyof VerblijfsduurParameterwaarden]: Parameterdefinitie<VerblijfsduurParameterwaarden[P]> } = {
  'verblijfsduur.regio': {
    naam: { nl: 'de regio van deze verblijfstermijnen', en: 'the region of these terms' },
    omschrijving: 'De regio waarvoor de verblijfstermijnen van dit beleid gelden (en waartegen de herkomst wordt getoetst): een ingebouwde regio of een eigen regio uit `regios` van hetzelfde beleid; verplicht zodra het beleid een verblijfsduur vastlegt.',
    schema: regioSchema,
  },
  ...(Object.fromEntries(
    OPVANGVORMEN.flatMap((vorm) => [
      [`verblijfsduur.${vorm}`, { naam: MAXIMALE_DUUR, omschrijving: `Maximale verblijfsduur in de ${OPVANGVORM_NAMEN[vorm].nl}, voor iedereen (tenzij een waarde per herkomstgroep geldt); met \`aanbieder\` alleen bij die aanbieder.`, schema: duurSchema }],
      ...HERKOMSTGROEPEN.map((groep) => [
        `verblijfsduur.${vorm}.${groep}`,
        { naam: MAXIMALE_DUUR, omschrijving: `Maximale verblijfsduur in de ${OPVANGVORM_NAMEN[vorm].nl} voor ${VOOR_GROEP[groep]}; gaat voor \`verblijfsduur.${vorm}\`; met \`aanbieder\` alleen bij die aanbieder.`, schema: duurSchema },
      ]),
    ]),
  ) as { [P in Verblijfsduurparameter]: Parameterdefinitie<Duur & { aanbieder?: string }> }),
};

const WONINGAANBODPARAMETERS: { [P in keyof WoningaanbodParameterwaarden]: Parameterdefinitie<WoningaanbodParameterwaarden[P]> } = {
  'woningaanbod.regio': {
    naam: { nl: 'de regio van deze termijn voor een woningaanbod', en: 'the region of this term for a housing offer' },
    omschrijving: 'De regio waarvoor de termijn voor een woningaanbod na beschermd wonen geldt: een ingebouwde regio of een eigen regio uit `regios` van hetzelfde beleid; verplicht naast die termijn.',
    schema: regioSchema,
  },
  'woningaanbod.uitstroom-beschermd-wonen': {
    naam: { nl: 'de termijn voor een woningaanbod', en: 'the term for a housing offer' },
    omschrijving: 'Binnen welke termijn na de aanmelding bij de centrale toegang een uitstromer uit het beschermd wonen een woning aangeboden krijgt.',
    schema: duurSchema,
  },
};

/**
 * De beleidsparameters die een {@link Beleid} kan vastleggen: per naam een omschrijving en
 * het schema van de waarde. Een beleid met een andere parameternaam of een waarde van een
 * ander type wordt door {@link defineBeleid} geweigerd.
 *
 * De regels die deze parameters gebruiken, leveren ook de ingebouwde waarden; een parameter
 * zonder waarde in werking is een {@link BeleidNietInWerkingFout}, nooit een stille standaard.
 */
export const BELEIDSPARAMETERS: { readonly [P in Parameternaam]: Parameterdefinitie<Parameterwaarden[P]> } = /* @__PURE__ */ bevrorenBehalve({
  ...VERSNELFONDSPARAMETERS,
  ...VERBLIJFSDUURPARAMETERS,
  ...WONINGAANBODPARAMETERS,
}, ['schema']);


/**
 * Of een parameter een maximale verblijfsduur is (`verblijfsduur.<opvangvorm>`, eventueel per
 * herkomstgroep), en dus niet `verblijfsduur.regio`. @internal
 */
export function isTermijnparameter(naam: string): naam is Verblijfsduurparameter {
  return naam.startsWith('verblijfsduur.') && naam !== 'verblijfsduur.regio';
}
