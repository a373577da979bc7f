import { besluit, maakBeoordeling, type Criteriumuitslag } from '../../kern/besluit.js';
import type { Beleid } from '../../beleid/beleid.js';
import { criteriumuitslag, samenBronnen, toetsFeit } from '../../kern/feiten.js';
import type { Regelopties } from '../../kern/opties.js';
import { beleidVoorRegel } from '../../kern/regelbeleid.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling } from '../../types/beoordeling.js';
import { maakVeilig } from '../../types/uitslag.js';
import { COMPLEXE_GEVALLEN_BRONNEN, complexeGevallenNoemen, complexeGevallenTekst } from '../regisseur/complexe-gevallen.js';
import { SCHULDEN_BRONNEN } from '../schuldhulp/beschrijving.js';
import { ALTERNATIEVE_BEWINDVOERING, BEWINDVOERING_KEUZES } from './beschrijving.js';
import { AlternatieveBewindvoeringInvoerSchema, type AlternatieveBewindvoeringInvoer, type GevalideerdeAlternatieveBewindvoeringInvoer } from './invoer.js';
import { zonderVervuiling } from '../../kern/schoon-prototype.js';

/**
 * Opties van {@link toetsAlternatieveBewindvoering}: `beleid` (standaard `'almelo'`: de regel komt uit de ketenaanpak
 * van de centrumregio Almelo) en `uitgeslotenStatussen`. Een eigen beleid moet een grondslag voor de
 * regel geven (`regels.alternatieve-bewindvoering.grondslag`); de gronden rusten dan op dat beleid.
 */
export type AlternatieveBewindvoeringOpties = Regelopties;

/** De uitkomsten van {@link toetsAlternatieveBewindvoering}. */
export type AlternatieveBewindvoeringUitkomst = 'mogelijk' | 'niet-mogelijk' | 'niet-voorzien' | 'aanvullen';

/** Het resultaat van {@link toetsAlternatieveBewindvoering}. */
export type AlternatieveBewindvoeringBeoordeling = Beoordeling<AlternatieveBewindvoeringUitkomst>;

/** Kan deze handeling in deze fase volgens het plan? Starten na uitstroom regelt het plan niet. */
function fase({ fase, handeling }: GevalideerdeAlternatieveBewindvoeringInvoer): Criteriumuitslag {
  const regel = 'alternatieve-bewindvoering.fase';
  if (handeling === 'voortzetten') {
    return fase === 'na-uitstroom'
      ? criteriumuitslag(
          regel,
          'voldaan',
          { nl: 'Alternatieve bewindvoering gaat door nadat iemand uit de opvang is uitgestroomd, als de cliënt dat nodig heeft.', en: 'Alternative budget management continues after someone has left shelter care, if the client needs it.' },
          [SCHULDEN_BRONNEN.startEnDoor],
        )
      : criteriumuitslag(
          regel,
          'voldaan',
          {
            nl: `Lopende alternatieve bewindvoering gaat door ${fase === 'opvang' ? 'in de opvang' : 'zolang dak- of thuisloosheid dreigt'}. De hulp is op maat: zwaar in het begin en licht aan het eind.`,
            en: `Ongoing alternative budget management continues ${fase === 'opvang' ? 'in shelter care' : 'while homelessness threatens'}. The support is tailored: heavy at the start and light at the end.`,
          },
          [SCHULDEN_BRONNEN.startEnDoor, SCHULDEN_BRONNEN.opMaat],
        );
  }
  if (fase === 'dreigend') {
    return criteriumuitslag(
      regel,
      'voldaan',
      { nl: 'Alternatieve bewindvoering kan starten bij een verhoogd risico op dak- en thuisloosheid. Dat risico is er nu.', en: 'Alternative budget management can start at a raised risk of homelessness. That risk exists now.' },
      [SCHULDEN_BRONNEN.startEnDoor],
    );
  }
  if (fase === 'opvang') {
    return criteriumuitslag(
      regel,
      'voldaan',
      {
        nl: 'De cliënt is in de opvang. Alternatieve bewindvoering kan dan starten.',
        en: 'The client is in shelter care. Alternative budget management can then start.',
      },
      [SCHULDEN_BRONNEN.startEnDoor, SCHULDEN_BRONNEN.iedereen],
      [],
      { keuzes: [BEWINDVOERING_KEUZES.startenInOpvang] },
    );
  }
  return criteriumuitslag(
    regel,
    'onbekend',
    {
      nl: 'De bron laat alternatieve bewindvoering starten bij een verhoogd risico op dak- en thuisloosheid, en na uitstroom doorgaan. Ze zegt niet of ze na uitstroom nog kan starten. Daarom beslist een mens. Dreigt er opnieuw dak- of thuisloosheid, dan kan ze wel starten.',
      en: 'The source lets alternative budget management start at a raised risk of homelessness, and continue after leaving shelter. It does not say whether it can still start after leaving shelter. So a person decides. If homelessness threatens again, it can start.',
    },
    [SCHULDEN_BRONNEN.startEnDoor],
    [],
    { keuzes: [BEWINDVOERING_KEUZES.startenNaUitstroom] },
  );
}

const FASE = ALTERNATIEVE_BEWINDVOERING.criteria.find((criterium) => criterium.id === 'alternatieve-bewindvoering.fase')!;

/** Beslist een mens, dan noemt de grond van de fase waar het plan complexe gevallen legt, als hij dat plan mag citeren. */
function metComplexeGevallen(uitslag: Criteriumuitslag, beleid: Beleid): Criteriumuitslag {
  if (!complexeGevallenNoemen(FASE, beleid, 'alternatieve-bewindvoering')) return uitslag;
  const tekst = complexeGevallenTekst({ nl: 'deze vraag', en: 'this question' });
  const { grond } = uitslag;
  return {
    ...uitslag,
    grond: { ...grond, toelichting: `${grond.toelichting}${tekst.nl}`, toelichtingEn: `${grond.toelichtingEn}${tekst.en}`, bronnen: samenBronnen(grond.bronnen, COMPLEXE_GEVALLEN_BRONNEN) },
  };
}

function toestemming(invoer: GevalideerdeAlternatieveBewindvoeringInvoer): Criteriumuitslag {
  return toetsFeit(invoer.toestemming, {
    regel: 'alternatieve-bewindvoering.toestemming',
    pad: 'toestemming',
    bronnen: [SCHULDEN_BRONNEN.vrijwillig],
    waar: { nl: 'De cliënt stemt in. Deelname is vrijwillig, maar niet vrijblijvend.', en: 'The client consents. Participation is voluntary, though not without obligation.' },
    onwaar: {
      nl: 'De cliënt stemt niet in. Deelname is vrijwillig, dus alternatieve bewindvoering kan niet zonder instemming van de cliënt.',
      en: 'The client does not consent. Participation is voluntary, so alternative budget management cannot go ahead without the client’s consent.',
    },
    onbekend: { nl: 'Het is niet bekend of de cliënt instemt. Deelname is vrijwillig.', en: 'It is not known whether the client consents. Participation is voluntary.' },
  });
}

function behoefte(invoer: GevalideerdeAlternatieveBewindvoeringInvoer): Criteriumuitslag {
  const regel = 'alternatieve-bewindvoering.behoefte';
  const bronnen = [SCHULDEN_BRONNEN.startEnDoor, SCHULDEN_BRONNEN.opMaat];
  // De lezing van "(naar behoefte)" gaat over doorgaan: bij voortzetten in elke fase gebruikt.
  const keuzes = invoer.handeling === 'voortzetten' ? [BEWINDVOERING_KEUZES.doorgaanNaarBehoefte] : [];
  if (invoer.handeling !== 'voortzetten' || invoer.fase !== 'na-uitstroom') {
    return criteriumuitslag(
      regel,
      'niet-van-toepassing',
      invoer.handeling === 'voortzetten'
        ? {
            nl: 'De cliënt is nog niet uitgestroomd. De behoefte bepaalt dan niet of de hulp doorgaat, alleen hoe zwaar die is.',
            en: 'The client has not yet left shelter. The need then does not decide whether the support continues, only how heavy it is.',
          }
        : {
            nl: 'De behoefte telt alleen bij doorgaan na uitstroom, niet bij starten.',
            en: 'Need counts only when continuing after leaving shelter, not when starting.',
          },
      invoer.handeling === 'voortzetten' ? bronnen : [SCHULDEN_BRONNEN.startEnDoor],
      [],
      { keuzes },
    );
  }
  const uitslag = toetsFeit(invoer.behoefte, {
    regel,
    pad: 'behoefte',
    bronnen: [SCHULDEN_BRONNEN.startEnDoor],
    waar: { nl: 'De cliënt heeft na uitstroom nog behoefte aan alternatieve bewindvoering.', en: 'After leaving shelter the client still needs alternative budget management.' },
    onwaar: {
      nl: 'De cliënt heeft na uitstroom geen behoefte meer aan alternatieve bewindvoering. Na uitstroom gaat ze alleen door als de cliënt dat nodig heeft.',
      en: 'After leaving shelter the client no longer needs alternative budget management. After leaving shelter it continues only if the client needs it.',
    },
    onbekend: { nl: 'Het is niet bekend of de cliënt na uitstroom nog behoefte heeft aan alternatieve bewindvoering.', en: 'It is not known whether the client still needs alternative budget management after leaving shelter.' },
  });
  return { grond: uitslag.grond, ontbrekend: uitslag.ontbrekend, keuzes };
}

/**
 * Zegt of alternatieve bewindvoering (Integrale ketenaanpak MO, oplossing 4) in een fase kan
 * starten of doorgaan. Criteria: `alternatieve-bewindvoering.fase`, `.toestemming` en
 * `.behoefte`. Onder het ingebouwde beleid rust elk op een voornemen (oplossing 4 is een plan voor een
 * pilot).
 *
 * - starten kan bij dreigende dak- of thuisloosheid en in de opvang (onze lezing
 *   `alternatieve-bewindvoering.starten-in-opvang`); voortzetten in elke fase, na uitstroom alleen
 *   naar behoefte (onze lezing `alternatieve-bewindvoering.doorgaan-naar-behoefte`);
 * - deelname is vrijwillig: zonder instemming `niet-mogelijk`;
 * - starten ná uitstroom staat niet in de bron: `niet-voorzien` (onze keuze
 *   `alternatieve-bewindvoering.starten-na-uitstroom`: een mens beslist; bij een nieuw verhoogd
 *   risico op dakloosheid geldt de fase `'dreigend'`). Onder een beleid dat het plan van Almelo
 *   mag citeren, noemt de grond dan waar het plan complexe gevallen legt: de casuïstiektafel (een
 *   voornemen) en de Doorbraakmethode van de gemeente Almelo (de werkwijze die het plan
 *   beschrijft); het plan zegt niet of deze vraag zo'n geval is;
 * - een `niet-voldaan` beslist `niet-mogelijk`; anders geeft een onbekend feit `aanvullen`.
 *
 * Hangt niet van een datum af (`peildatum` is `null`). De regel beslist onder een beleid
 * (standaard het ingebouwde `'almelo'`, dat `beleid` noemt): de grondslag, de regeltekst en de
 * lezingen die het beleid overnam, komen uit dat beleid (SPEC §2.9).
 *
 * @param invoer - zie {@link AlternatieveBewindvoeringInvoer}
 * @param opties - `{ beleid, uitgeslotenStatussen }`, zie {@link AlternatieveBewindvoeringOpties}
 * @throws {OngeldigeInvoerFout} bij onjuiste invoer; `fouten[].pad` noemt het veld; op `opties.beleid`
 *   als het beleid geen `regels.alternatieve-bewindvoering.grondslag` geeft (ook `'ijssel-vecht'`)
 * @throws {BeleidNietInWerkingFout} als de grondslag een uitgesloten status heeft (`uitgeslotenStatussen`)
 * @example
 * toetsAlternatieveBewindvoering({ fase: 'dreigend', handeling: 'starten', toestemming: true }).uitkomst
 * //=> 'mogelijk'
 * toetsAlternatieveBewindvoering({ fase: 'opvang', handeling: 'starten', toestemming: false }).uitkomst
 * //=> 'niet-mogelijk'
 * toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'voortzetten', toestemming: true }).ontbrekendeGegevens
 * //=> ['behoefte']
 * toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'starten', toestemming: true }).uitkomst
 * //=> 'niet-voorzien'
 * // Zonder opties beslist de regel onder het ingebouwde beleid van Almelo, en noemt het.
 * toetsAlternatieveBewindvoering({ fase: 'dreigend', handeling: 'starten', toestemming: true }).beleid?.id
 * //=> 'almelo'
 */
export function toetsAlternatieveBewindvoering(invoer: AlternatieveBewindvoeringInvoer, opties?: AlternatieveBewindvoeringOpties): AlternatieveBewindvoeringBeoordeling {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => toetsAlternatieveBewindvoeringOpSchoonPrototype(invoer, opties));
}

function toetsAlternatieveBewindvoeringOpSchoonPrototype(invoer: AlternatieveBewindvoeringInvoer, opties?: AlternatieveBewindvoeringOpties): AlternatieveBewindvoeringBeoordeling {
  const gevalideerd = valideer(AlternatieveBewindvoeringInvoerSchema, invoer);
  const beleid = beleidVoorRegel(opties, 'alternatieve-bewindvoering', 'almelo');
  const criteria = [fase(gevalideerd), toestemming(gevalideerd), behoefte(gevalideerd)];
  const context = { peildatum: null, beleid };
  // Een niet-voldaan criterium beslist altijd; anders kan een fase die het plan niet regelt niet
  // met meer gegevens worden aangevuld: dan beslist een mens.
  const nietVoorzien = criteria[0]!.grond.status === 'onbekend' && !criteria.some((uitslag) => uitslag.grond.status === 'niet-voldaan');
  if (nietVoorzien) return maakBeoordeling(ALTERNATIEVE_BEWINDVOERING, context, [metComplexeGevallen(criteria[0]!, beleid), ...criteria.slice(1)], 'niet-voorzien');
  return besluit(ALTERNATIEVE_BEWINDVOERING, context, criteria, {
    positief: 'mogelijk',
    negatief: 'niet-mogelijk',
    aanvullen: 'aanvullen',
  });
}

/**
 * De niet-gooiende vorm van {@link toetsAlternatieveBewindvoering}: `{ succes: true, beoordeling }`,
 * of een {@link Mislukking}: `{ succes: false, soort: 'ongeldige-invoer', fouten }` bij onjuiste
 * invoer, of `{ succes: false, soort: 'geen-beleid', fouten, nietInWerking }` als het beleid dat de
 * regel nodig heeft op de peildatum niet in werking is (zie {@link GeenBeleidMislukking}).
 * Gooit alleen bij een programmeerfout.
 *
 * @example
 * const uitslag = toetsAlternatieveBewindvoeringVeilig({ fase: 'nazorg', handeling: 'starten', toestemming: true } as never);
 * uitslag.succes ? uitslag.beoordeling.uitkomst : [uitslag.soort, uitslag.fouten.map((fout) => fout.pad)]
 * //=> ['ongeldige-invoer', ['fase']]
 */
export const toetsAlternatieveBewindvoeringVeilig = /* @__PURE__ */ maakVeilig(toetsAlternatieveBewindvoering);
