import { kiesEigenBeleid } from '../../beleid/opzoeken.js';
import { kiesRegio } from '../../beleid/regio.js';
import { besluit, metVelden } from '../../kern/besluit.js';
import { leesOpties, type Regelopties } from '../../kern/opties.js';
import { valideer } from '../../kern/valideer.js';
import type { Herindeling } from '../../data/gemeenten.js';
import type { Beoordeling, Gemeenteverwijzing } from '../../types/beoordeling.js';
import { maakVeilig } from '../../types/uitslag.js';
import { HERKOMST } from './beschrijving.js';
import { landelijkeToegankelijkheid, toetsHerkomst, type BijzondereGemeente, type Herkomstsoort, type Regioverwijzing } from './criterium.js';
import { HerkomstInvoerSchema, type HerkomstInvoer } from './invoer.js';
import { zonderVervuiling } from '../../kern/schoon-prototype.js';

/** De uitkomsten van {@link bepaalHerkomst}. */
export type HerkomstUitkomst = 'binnen-regio' | 'buiten-regio' | 'aanvullen';

/**
 * Opties van {@link bepaalHerkomst}: `beleid` met eigen regio's (een beleid uit
 * {@link defineBeleid}; de ingebouwde beleidssets hebben geen eigen regio's), en
 * `uitgeslotenStatussen` (standaard `['ambitie', 'planningsaanname']`): een indeling met zo'n
 * status telt niet, en dan is er geen indeling in werking ({@link BeleidNietInWerkingFout}).
 */
export type HerkomstOpties = Regelopties;

/** Het resultaat van {@link bepaalHerkomst}. */
export interface HerkomstBeoordeling extends Beoordeling<HerkomstUitkomst> {
  /** Wat voor herkomst de invoer noemde. */
  herkomstsoort: Herkomstsoort;
  /** De gemeente op de peildatum (na een eventuele herindeling), of `null` als de herkomst geen gemeente is. */
  gemeente: Gemeenteverwijzing | null;
  /** De bijzondere gemeente als de herkomst Bonaire, Sint Eustatius of Saba is; anders `null`. */
  bijzondereGemeente: BijzondereGemeente | null;
  /** De herindeling als de genoemde gemeente op de peildatum in een andere is opgegaan; anders `null`. */
  herindeling: Herindeling | null;
  /** De regio waartegen getoetst is. */
  regio: Regioverwijzing;
}


/**
 * Bepaalt of een cliënt op de peildatum uit het werkgebied van een regio (centrumgemeente)
 * komt. Criterium: `herkomst.regio`.
 *
 * - een gemeente (naam of CBS-code) → `binnen-regio` of `buiten-regio`, volgens de indeling van
 *   de regio op de peildatum; een opgeheven gemeente telt als haar opvolger;
 * - `'buitenland'` en de bijzondere gemeenten Bonaire, Sint Eustatius en Saba → `buiten-regio`;
 * - `'onbekend'` → `aanvullen` met `ontbrekendeGegevens: ['gemeenteVanHerkomst']`.
 *
 * `regio` is een ingebouwde regio of een eigen regio van het beleid in `opties.beleid`. Bij een
 * eigen regio citeert de grond de bronnen van haar indeling (ook eigen documenten, die de
 * beoordeling meedraagt in `eigenDocumenten`), en noemt `beleid` dat beleid; bij een ingebouwde
 * regio is `beleid` `null`, ook als een beleid is meegegeven (het is dan niet gebruikt).
 *
 * @param invoer - zie {@link HerkomstInvoer}
 * @param opties - zie {@link HerkomstOpties}
 * @returns de beoordeling met de gevonden gemeente en regio
 * @throws {OngeldigeInvoerFout} bij onjuiste invoer (bv. een onbekende gemeente, met suggestie);
 *   `fouten[].pad` noemt het veld
 * @throws {BeleidNietInWerkingFout} als de regio op de peildatum geen vastgelegde indeling heeft
 * @example
 * bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }).uitkomst
 * //=> 'binnen-regio'
 * bepaalHerkomst({ gemeenteVanHerkomst: 'Bonaire', regio: 'almelo', peildatum: '2024-05-01' }).uitkomst
 * //=> 'buiten-regio'
 * bepaalHerkomst({ gemeenteVanHerkomst: 'onbekend', regio: 'almelo', peildatum: '2024-05-01' }).ontbrekendeGegevens
 * //=> ['gemeenteVanHerkomst']
 * const beleid = defineBeleid({
 *   id: 'regio-deventer-voorbeeld', versie: '1', naam: 'Voorbeeld', parameters: {},
 *   documenten: [{ id: 'voorbeeld-convenant', titel: 'Voorbeeld: convenant regio Deventer (fictief)', uitgever: 'Voorbeeld', jaar: 2024 }],
 *   regios: { 'regio-deventer': { naam: 'regio Deventer', centrumgemeenten: ['GM0150'], leden: [
 *     { vanaf: '2024-01-01', waarde: ['GM0150', 'GM0175', 'GM0177'], status: 'interpretatie', toelichting: 'Voorbeeldwaarde.',
 *       bronnen: [{ document: 'voorbeeld-convenant', onderdeel: 'Artikel 1 (fictief)' }] }] } },
 * });
 * bepaalHerkomst({ gemeenteVanHerkomst: 'Raalte', regio: 'regio-deventer', peildatum: '2025-01-01' }, { beleid }).uitkomst
 * //=> 'binnen-regio'
 */
export function bepaalHerkomst(invoer: HerkomstInvoer, opties?: HerkomstOpties): HerkomstBeoordeling {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => bepaalHerkomstOpSchoonPrototype(invoer, opties));
}

function bepaalHerkomstOpSchoonPrototype(invoer: HerkomstInvoer, opties?: HerkomstOpties): HerkomstBeoordeling {
  const gevalideerd = valideer(HerkomstInvoerSchema, invoer);
  const gelezen = leesOpties(opties);
  const gekozen = kiesRegio(gevalideerd.regio, gelezen.beleid === undefined ? null : kiesEigenBeleid(gelezen.beleid), 'regio');
  const vaststelling = toetsHerkomst({ gemeenteVanHerkomst: gevalideerd.gemeenteVanHerkomst, peildatum: gevalideerd.peildatum, regio: gekozen, uitgesloten: gelezen.uitgesloten }, 'herkomst.regio');
  const buiten = vaststelling.uitslag.grond.status === 'niet-voldaan';
  const context = { peildatum: gevalideerd.peildatum, beleid: gekozen.beleid };
  const beoordeling = besluit(HERKOMST, context, buiten ? [vaststelling.uitslag, landelijkeToegankelijkheid(vaststelling.herkomstsoort)] : [vaststelling.uitslag], {
    positief: 'binnen-regio',
    negatief: 'buiten-regio',
    aanvullen: 'aanvullen',
  });
  return metVelden(beoordeling, {
    herkomstsoort: vaststelling.herkomstsoort,
    gemeente: vaststelling.gemeente,
    bijzondereGemeente: vaststelling.bijzondereGemeente,
    herindeling: vaststelling.herindeling,
    regio: vaststelling.regio,
  });
}

/**
 * De niet-gooiende vorm van {@link bepaalHerkomst}: `{ succes: true, beoordeling }`,
 * of een {@link Mislukking}: `{ succes: false, soort: 'ongeldige-invoer', fouten }` bij onjuiste
 * invoer, of `{ succes: false, soort: 'geen-beleid', fouten, nietInWerking }` als het beleid dat de
 * regel nodig heeft op de peildatum niet in werking is (zie {@link GeenBeleidMislukking}).
 * Gooit alleen bij een programmeerfout.
 * `'geen-beleid'` geeft zij als de regio op de peildatum geen indeling heeft (de ingebouwde regio
 * `almelo` bijvoorbeeld vanaf 1 januari 2027).
 *
 * @example
 * bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }).succes
 * //=> true
 * const uitslag = bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Almeloo', regio: 'almelo', peildatum: '2024-05-01' });
 * uitslag.succes ? uitslag.beoordeling.uitkomst : [uitslag.soort, uitslag.fouten[0]?.pad]
 * //=> ['ongeldige-invoer', 'gemeenteVanHerkomst']
 * const later = bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2027-01-01' });
 * later.succes ? later.beoordeling.uitkomst : [later.soort, later.fouten[0]?.pad]
 * //=> ['geen-beleid', 'peildatum']
 */
export const bepaalHerkomstVeilig = /* @__PURE__ */ maakVeilig(bepaalHerkomst);
