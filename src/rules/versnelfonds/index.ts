import { kiesBeleid } from '../../beleid/opzoeken.js';
import { kiesRegio } from '../../beleid/regio.js';
import { amsterdamseDatum, amsterdamsTijdstip, isBinnenJaartallen } from '../../calculators/datum.js';
import { OngeldigeInvoerFout } from '../../types/fouten.js';
import { datumInBeideTalen } from '../../kern/teksten.js';
import { besluit, eigenLijst, metVelden, type GebruikteWaarde } from '../../kern/besluit.js';
import { vereisteWaarden } from '../../kern/beleidswaarden.js';
import { vereisteGrondslag } from '../../kern/regelbeleid.js';
import { leesOpties, type Regelopties } from '../../kern/opties.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling, Gemeenteverwijzing } from '../../types/beoordeling.js';
import { maakVeilig } from '../../types/uitslag.js';
import { landelijkeToegankelijkheid, toetsHerkomst, type Regioverwijzing } from '../herkomst/criterium.js';
import { VERSNELFONDS, VERSNELFONDS_BRONNEN } from './beschrijving.js';
import { bevoegdheid, kostenBaten, laatsteOptie, maximum, schulden, voorkomen } from './criteria.js';
import { VersnelfondsAanvraagSchema, type VersnelfondsAanvraag, type Versnelfondsvorm } from './invoer.js';
import { zonderVervuiling } from '../../kern/schoon-prototype.js';

/** De uitkomsten van {@link beoordeelVersnelfonds}. */
export type VersnelfondsUitkomst = 'toekennen' | 'afwijzen' | 'aanvullen';

/**
 * Opties van {@link beoordeelVersnelfonds}: `beleid` met het maximum, de beoordelingstermijn, de
 * regio en de kosten-batenfactor (een ingebouwd id of een eigen beleid uit {@link defineBeleid};
 * standaard `'almelo'`), en `uitgeslotenStatussen` (standaard `['ambitie', 'planningsaanname']`):
 * een waarde met zo'n status wordt niet toegepast, en zonder toe te passen waarde kan het fonds
 * niet beslissen ({@link BeleidNietInWerkingFout}).
 */
export type VersnelfondsOpties = Regelopties;

/** Het resultaat van {@link beoordeelVersnelfonds}. */
export interface VersnelfondsBeoordeling extends Beoordeling<VersnelfondsUitkomst> {
  /** De vorm van de aanvraag, zoals in de invoer: `'gift'`, `'lening'` of `'voorschot'` (de brief noemt haar). */
  vorm: Versnelfondsvorm;
  /** Het gevraagde bedrag in eurocent, zoals in de aanvraag. */
  gevraagdBedragInCenten: number;
  /** Wat toegekend wordt, in eurocent: het gevraagde bedrag begrensd tot het maximum als de uitkomst `toekennen` is, anders 0. */
  toekenbaarBedragInCenten: number;
  /** Het maximum dat op de peildatum geldt, in eurocent. */
  maximumInCenten: number;
  /**
   * Uiterlijk wanneer de aanvraag beoordeeld moet zijn: `ingediendOp` plus de
   * beoordelingstermijn in verstreken uren, als ISO 8601 in Amsterdamse tijd
   * (`2026-04-06T14:30:00+02:00`).
   */
  beoordelenUiterlijk: string;
  /** De gemeente van herkomst op de peildatum, of `null` als die geen gemeente is (onbekend, buitenland, bijzondere gemeente). */
  gemeente: Gemeenteverwijzing | null;
  /** De regio van het fonds waartegen de herkomst is getoetst. */
  regio: Regioverwijzing;
}

const MS_PER_UUR = 3_600_000;

/**
 * Beoordeelt een aanvraag bij het versnelfonds (Integrale ketenaanpak MO, oplossing 5): een
 * gift, lening of voorschot als laatste optie, tot een maximum. Zes criteria:
 * `versnelfonds.laatste-optie`, `.voorkomen`, `.herkomst`, `.kosten-baten`, `.schulden` en
 * `.maximum`. Eén `niet-voldaan` → `afwijzen` (ook als andere feiten onbekend zijn); anders
 * één `onbekend` → `aanvullen` met precies de ontbrekende velden; anders `toekennen`: het fonds
 * *kan* dan het bedrag geven. Bij `toekennen` staat het signaal `versnelfonds.bevoegdheid`, met de
 * lezing dat geven een bevoegdheid is van wie over het fonds beslist (de onze, of die van het beleid).
 *
 * De peildatum is de Amsterdamse kalenderdatum van `ingediendOp`; daarop gelden het maximum,
 * de termijn, de regio en de factor uit het beleid (standaard `'almelo'`). De grondslag van de
 * criteria komt uit `regels.versnelfonds` van dat beleid (SPEC §2.9).
 *
 * @param aanvraag - zie {@link VersnelfondsAanvraag}
 * @param opties - `{ beleid, uitgeslotenStatussen }`: een ingebouwd id of een eigen beleid (zie {@link defineBeleid})
 * @returns de beoordeling met de bedragen en `beoordelenUiterlijk`
 * @throws {OngeldigeInvoerFout} bij onjuiste invoer; `fouten[].pad` noemt het veld; op
 *   `opties.beleid` als het beleid geen `regels.versnelfonds.grondslag` geeft; op `ingediendOp` als
 *   de beoordelingstermijn na het jaar 9999 zou eindigen
 * @throws {BeleidNietInWerkingFout} als op de peildatum een beleidswaarde ontbreekt (pad `ingediendOp`),
 *   of de grondslag een uitgesloten status heeft (pad `opties.uitgeslotenStatussen`)
 * @example
 * const aanvraag = {
 *   ingediendOp: '2025-04-05T14:30:00+02:00',
 *   vorm: 'gift',
 *   bedragInCenten: 120_000,
 *   gemeenteVanHerkomst: 'Wierden',
 *   voorliggendeVoorzieningenBenut: true,
 *   voorkomtOfVerkortOpvang: true,
 *   verwachteBesparingInCenten: 450_000,
 *   schulden: false,
 * } as const;
 * const beoordeling = beoordeelVersnelfonds(aanvraag);
 * beoordeling.uitkomst //=> 'toekennen'
 * beoordeling.toekenbaarBedragInCenten //=> 100000
 * beoordeling.beoordelenUiterlijk //=> '2025-04-06T14:30:00+02:00'
 * beoordeelVersnelfonds({ ...aanvraag, schulden: true, schuldhulpverlenerBetrokken: false }).uitkomst
 * //=> 'afwijzen'
 * beoordeelVersnelfonds({ ...aanvraag, verwachteBesparingInCenten: 'onbekend' }).ontbrekendeGegevens
 * //=> ['verwachteBesparingInCenten']
 * beoordeling.gronden.at(-1)?.regel //=> 'versnelfonds.bevoegdheid'
 */
export function beoordeelVersnelfonds(aanvraag: VersnelfondsAanvraag, opties?: VersnelfondsOpties): VersnelfondsBeoordeling {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => beoordeelVersnelfondsOpSchoonPrototype(aanvraag, opties));
}

function beoordeelVersnelfondsOpSchoonPrototype(aanvraag: VersnelfondsAanvraag, opties?: VersnelfondsOpties): VersnelfondsBeoordeling {
  const gevalideerd = valideer(VersnelfondsAanvraagSchema, aanvraag);
  const gelezen = leesOpties(opties);
  const beleid = kiesBeleid(gelezen.beleid ?? 'almelo');
  const peildatum = amsterdamseDatum(new Date(gevalideerd.ingediendOp));
  // Alle vier tegelijk: ontbreken er meer, dan noemt de fout ze allemaal (ontbrekendeParameters).
  const [maximumWaarde, termijn, regio, factor] = vereisteWaarden(
    beleid,
    ['versnelfonds.maximumInCenten', 'versnelfonds.beoordelingstermijnInUren', 'versnelfonds.regio', 'versnelfonds.kostenBatenFactor'],
    peildatum,
    gelezen.uitgesloten,
    'ingediendOp',
  );
  // Het fonds beslist alleen onder een beleid dat zegt waarop de criteria rusten (SPEC §2.9); na de
  // waarden, zodat een beleid dat op de peildatum niet in werking is eerst dat hoort (zoals in 0.2).
  vereisteGrondslag(beleid, 'versnelfonds', gelezen.uitgesloten, peildatum, 'almelo');
  // De termijn is begrensd (MAXIMALE_BEOORDELINGSTERMIJN_IN_UREN), maar een aanvraag vlak voor het
  // einde van 9999 zou een uiterste tijdstip in het jaar 10000 krijgen: een fout op de aanvraag,
  // nooit een tijdstip dat geen datum is of een termijn die stil wegvalt.
  const uiterlijk = gevalideerd.ingediendOp + termijn.waarde.waarde * MS_PER_UUR;
  if (!isBinnenJaartallen(uiterlijk)) throw new OngeldigeInvoerFout([{ pad: 'ingediendOp', melding: 'de beoordelingstermijn zou na het jaar 9999 eindigen' }]);

  // defineBeleid controleerde dat de regio ingebouwd is of een eigen regio van dit beleid.
  const gekozenRegio = kiesRegio(regio.waarde.waarde, beleid, 'opties.beleid');
  const datum = datumInBeideTalen(peildatum);
  const herkomst = toetsHerkomst(
    { gemeenteVanHerkomst: gevalideerd.gemeenteVanHerkomst, regio: gekozenRegio, peildatum, uitgesloten: gelezen.uitgesloten, datum },
    'versnelfonds.herkomst',
    'gemeenteVanHerkomst',
    'ingediendOp',
    VERSNELFONDS_BRONNEN.herkomst,
  );
  const herkomstUitslag = { grond: herkomst.uitslag.grond, ontbrekend: herkomst.uitslag.ontbrekend, waarden: [regio, ...eigenLijst<GebruikteWaarde>(herkomst.uitslag, 'waarden')], keuzes: ['versnelfonds.werkgebied'] };
  const begrensd = Math.min(gevalideerd.bedragInCenten, maximumWaarde.waarde.waarde);

  const criteria = [
    laatsteOptie(gevalideerd),
    voorkomen(gevalideerd),
    herkomstUitslag,
    kostenBaten(gevalideerd, begrensd, factor),
    schulden(gevalideerd),
    maximum(gevalideerd, maximumWaarde, datum),
  ];
  const signalen = herkomst.uitslag.grond.status === 'niet-voldaan' ? [landelijkeToegankelijkheid(herkomst.herkomstsoort, 'versnelfonds')] : [];
  // "Kan": bij toekennen zegt een signaal dat geven een bevoegdheid is (besluit voegt het alleen dan toe).
  const beoordeling = besluit(VERSNELFONDS, { peildatum, beleid, waarden: [termijn] }, [...criteria, ...signalen], {
    positief: 'toekennen',
    negatief: 'afwijzen',
    aanvullen: 'aanvullen',
    bijPositief: () => [bevoegdheid(begrensd)],
  });
  return metVelden(beoordeling, {
    vorm: gevalideerd.vorm,
    gevraagdBedragInCenten: gevalideerd.bedragInCenten,
    toekenbaarBedragInCenten: beoordeling.uitkomst === 'toekennen' ? begrensd : 0,
    maximumInCenten: maximumWaarde.waarde.waarde,
    beoordelenUiterlijk: amsterdamsTijdstip(uiterlijk),
    gemeente: herkomst.gemeente,
    regio: herkomst.regio,
  });
}

/**
 * De niet-gooiende vorm van {@link beoordeelVersnelfonds}: `{ succes: true, beoordeling }`,
 * of een {@link Mislukking}: `{ succes: false, soort: 'ongeldige-invoer', fouten }` bij onjuiste
 * invoer, of `{ succes: false, soort: 'geen-beleid', fouten, nietInWerking }` als het beleid dat de
 * regel nodig heeft op de peildatum niet in werking is (zie {@link GeenBeleidMislukking}).
 * Gooit alleen bij een programmeerfout.
 * `'geen-beleid'` geeft zij als op de dag van de aanvraag een van de vier fondswaarden ontbreekt:
 * met het ingebouwde beleid `almelo` vóór 2020 en vanaf 1 januari 2026, waar de bron eindigt
 * (`nietInWerking.ontbrekendeParameters` noemt ze alle vier).
 *
 * @example
 * const uitslag = beoordeelVersnelfondsVeilig({
 *   ingediendOp: '2025-04-05T14:30:00+02:00', vorm: 'schenking', bedragInCenten: 0,
 *   gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true,
 *   verwachteBesparingInCenten: 450_000, schulden: false,
 * } as never);
 * uitslag.succes ? [] : [uitslag.soort, ...uitslag.fouten.map((fout) => fout.pad)]
 * //=> ['ongeldige-invoer', 'vorm', 'bedragInCenten']
 * const in2026 = beoordeelVersnelfondsVeilig({
 *   ingediendOp: '2026-12-01T10:00:00+01:00', vorm: 'gift', bedragInCenten: 50_000,
 *   gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true,
 *   verwachteBesparingInCenten: 450_000, schulden: false,
 * });
 * in2026.succes || in2026.soort !== 'geen-beleid' ? null : [in2026.fouten[0]?.pad, in2026.nietInWerking.ontbrekendeParameters.length, in2026.nietInWerking.vastgelegdTot]
 * //=> ['ingediendOp', 4, '2026-01-01']
 */
export const beoordeelVersnelfondsVeilig = /* @__PURE__ */ maakVeilig(beoordeelVersnelfonds);
