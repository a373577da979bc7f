import { maakBeoordeling, metVelden, type Criteriumuitslag } from '../../kern/besluit.js';
import { criteriumuitslag, samenBronnen, toetsFeit } from '../../kern/feiten.js';
import { opsomming } from '../../kern/teksten.js';
import type { Regelopties } from '../../kern/opties.js';
import { beleidVoorRegel } from '../../kern/regelbeleid.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling, Bron } from '../../types/beoordeling.js';
import type { Fase } from '../../types/fase.js';
import { maakVeilig } from '../../types/uitslag.js';
import type { Tweetalig } from '../../types/tweetalig.js';
import { REGISSEUR, REGISSEUR_BRONNEN, REGISSEUR_KEUZES } from './beschrijving.js';
import { COMPLEXE_GEVALLEN_BRONNEN, complexeGevallenNoemen, complexeGevallenTekst } from './complexe-gevallen.js';
import { RegisseurInvoerSchema, naamsleutel, type GevalideerdeOrganisatie, type RegisseurInvoer } from './invoer.js';
import { zonderVervuiling } from '../../kern/schoon-prototype.js';

/**
 * Opties van {@link wijsRegisseurToe}: `beleid` (standaard `'almelo'`: de regel komt uit de
 * ketenaanpak van de centrumregio Almelo) en `uitgeslotenStatussen`. Een eigen beleid moet een
 * grondslag voor de regel geven (`regels.regisseur.grondslag`); de gronden rusten dan op dat beleid.
 */
export type RegisseurOpties = Regelopties;

/** De uitkomsten van {@link wijsRegisseurToe}. */
export type RegisseurUitkomst = 'toegewezen' | 'gehandhaafd' | 'beslissing-nodig' | 'geen-regisseur';

/** Van wie naar wie de rol van Regisseur MO overgaat; een warme overdracht is nodig (onze interpretatie, zie `regisseur.warme-overdracht`). */
export interface WarmeOverdracht {
  /** De huidige regisseur, die de rol overdraagt. */
  van: string;
  /** De nieuwe regisseur, of `null` als mensen nog moeten beslissen wie (gelijke stand). */
  naar: string | null;
}

/** Het resultaat van {@link wijsRegisseurToe}. */
export interface RegisseurBeoordeling extends Beoordeling<RegisseurUitkomst> {
  /** De organisatie die de Regisseur MO levert, of `null` (gelijke stand of niemand met contact). */
  regisseur: string | null;
  /** `true` als de rol overgaat van de huidige regisseur naar een ander: een overdracht is nodig. */
  wissel: boolean;
  /** De organisaties met het intensiefste contact (gesorteerd); bij `beslissing-nodig` de gelijk geëindigden. */
  kandidaten: string[];
  /** Bij een wissel: van wie naar wie de rol gaat; anders `null`. */
  warmeOverdracht: WarmeOverdracht | null;
}

const INTENSIEFSTE_CONTACT = REGISSEUR.criteria.find((criterium) => criterium.id === 'regisseur.intensiefste-contact')!;

const FASEN_TEKST: Record<Fase, Tweetalig> = {
  dreigend: { nl: 'bij dreigende dak- en thuisloosheid', en: 'while homelessness threatens' },
  opvang: { nl: 'in de opvang', en: 'in shelter care' },
  'na-uitstroom': { nl: 'na uitstroom', en: 'after leaving shelter' },
};

function uren(getal: number, taal: 'nl' | 'en'): string {
  return taal === 'nl' ? String(getal).replace('.', ',') : String(getal);
}

const opNaam = (a: GevalideerdeOrganisatie, b: GevalideerdeOrganisatie) => a.naam.localeCompare(b.naam, 'nl') || (a.naam < b.naam ? -1 : a.naam > b.naam ? 1 : 0);

/** De keuze: wie, waarom (nl/en), en welke interpretaties en bronnen daarbij horen. */
interface Keuze {
  uitkomst: RegisseurUitkomst;
  regisseur: GevalideerdeOrganisatie | null;
  kandidaten: GevalideerdeOrganisatie[];
  reden: Tweetalig;
  /** De ids van de keuzes uit de beschrijving die deze beslissing gebruikte. */
  keuzes: string[];
  /** De bronnen naast uitgangspunt 1 die deze beslissing toepaste. */
  bronnen: Bron[];
}

const voegwoord = (taal: 'nl' | 'en') => (taal === 'nl' ? 'en' : 'and');

function kies(organisaties: readonly GevalideerdeOrganisatie[], huidige: GevalideerdeOrganisatie | undefined): Keuze {
  const maat = organisaties.length > 0 ? [REGISSEUR_KEUZES.maat.id] : [];
  const metContact = organisaties.filter((organisatie) => organisatie.contacturenPerMaand > 0).sort(opNaam);
  if (metContact.length === 0) {
    return {
      uitkomst: 'geen-regisseur',
      regisseur: null,
      kandidaten: [],
      reden: {
        nl: 'Geen betrokken organisatie heeft contact met de cliënt. Daarom levert niemand de Regisseur MO.',
        en: 'No involved organisation has contact with the client. So nobody provides the Regisseur MO.',
      },
      keuzes: maat,
      bronnen: [],
    };
  }
  const hoogste = metContact.reduce((meeste, organisatie) => Math.max(meeste, organisatie.contacturenPerMaand), 0);
  const top = metContact.filter((organisatie) => organisatie.contacturenPerMaand === hoogste);
  const rest = metContact.filter((organisatie) => organisatie.contacturenPerMaand < hoogste);
  const vergeleken = (taal: 'nl' | 'en') =>
    rest.length === 0 ? '' : `, ${taal === 'nl' ? 'meer dan' : 'more than'} ${opsomming(rest.map((organisatie) => `${organisatie.naam} (${uren(organisatie.contacturenPerMaand, taal)})`), voegwoord(taal))}`;
  const urenTekst = { nl: `${uren(hoogste, 'nl')} contacturen per maand${vergeleken('nl')}`, en: `${uren(hoogste, 'en')} contact hours a month${vergeleken('en')}` };
  // De huidige regisseur heeft nog contact, maar een ander heeft meer: de rol gaat over.
  const ingehaald = huidige !== undefined && !top.includes(huidige) ? [REGISSEUR_KEUZES.wissel.id] : [];

  if (top.length === 1) {
    const [enige] = top as [GevalideerdeOrganisatie];
    const blijft = enige === huidige;
    return {
      uitkomst: blijft ? 'gehandhaafd' : 'toegewezen',
      regisseur: enige,
      kandidaten: top,
      reden: {
        nl: `${enige.naam} heeft ${urenTekst.nl}.${blijft ? ` ${enige.naam} blijft de Regisseur MO.` : ''}`,
        en: `${enige.naam} has ${urenTekst.en}.${blijft ? ` ${enige.naam} remains the Regisseur MO.` : ''}`,
      },
      keuzes: [...maat, ...ingehaald],
      bronnen: [],
    };
  }
  const namen = (taal: 'nl' | 'en') => opsomming(top.map((organisatie) => organisatie.naam), voegwoord(taal));
  const gelijk = { nl: `${namen('nl')} hebben elk ${urenTekst.nl}.`, en: `${namen('en')} each have ${urenTekst.en}.` };
  if (huidige && top.includes(huidige)) {
    return {
      uitkomst: 'gehandhaafd',
      regisseur: huidige,
      kandidaten: top,
      reden: {
        nl: `${gelijk.nl} Bij een gelijke stand blijft de huidige regisseur: ${huidige.naam}.`,
        en: `${gelijk.en} On a tie the current coordinator stays: ${huidige.naam}.`,
      },
      keuzes: [...maat, REGISSEUR_KEUZES.gelijkHuidige.id],
      bronnen: [],
    };
  }
  const vertrouwd = top.filter((organisatie) => organisatie.vertrouwensrelatie === true);
  if (vertrouwd.length === 1) {
    const [enige] = vertrouwd as [GevalideerdeOrganisatie];
    return {
      uitkomst: 'toegewezen',
      regisseur: enige,
      kandidaten: top,
      reden: {
        nl: `${gelijk.nl} Alleen ${enige.naam} heeft een vertrouwensrelatie met de cliënt. Daarom levert ${enige.naam} de Regisseur MO.`,
        en: `${gelijk.en} Only ${enige.naam} has a trust relationship with the client. So ${enige.naam} provides the Regisseur MO.`,
      },
      keuzes: [...maat, ...ingehaald, REGISSEUR_KEUZES.gelijkVertrouwen.id],
      bronnen: [REGISSEUR_BRONNEN.vertrouwen],
    };
  }
  const onbekendVertrouwen = top.filter((organisatie) => organisatie.vertrouwensrelatie === 'onbekend').map((organisatie) => organisatie.naam);
  const vertrouwen: Tweetalig =
    vertrouwd.length > 1
      ? { nl: 'Meer dan één van hen heeft een vertrouwensrelatie met de cliënt.', en: 'More than one of them has a trust relationship with the client.' }
      : onbekendVertrouwen.length === 0
        ? { nl: 'Geen van hen heeft een vertrouwensrelatie met de cliënt.', en: 'None of them has a trust relationship with the client.' }
        : {
            // Een onbekende vertrouwensrelatie kan de gelijke stand nog beslissen.
            nl: `Van ${opsomming(onbekendVertrouwen, 'en')} is niet bekend of er een vertrouwensrelatie met de cliënt is. Als dat bekend wordt, kan dat de gelijke stand nog beslissen.`,
            en: `For ${opsomming(onbekendVertrouwen, 'and')} it is not known whether there is a trust relationship with the client. Once known, that may still settle the tie.`,
          };
  return {
    uitkomst: 'beslissing-nodig',
    regisseur: null,
    kandidaten: top,
    reden: {
      nl: `${gelijk.nl} ${vertrouwen.nl} Daarom is nu niemand gekozen. Wie de Regisseur MO levert, moet nog gekozen worden.`,
      en: `${gelijk.en} ${vertrouwen.en} So nobody has been chosen for now. Who provides the Regisseur MO still has to be chosen.`,
    },
    keuzes: [...maat, ...ingehaald, REGISSEUR_KEUZES.gelijkOnbeslist.id],
    bronnen: [],
  };
}

/** Een signaal over de gekozen regisseur dat een feit toetst; met de interpretatie als het niet voldaan is. */
function signaal(uitslag: Criteriumuitslag, keuze?: string): Criteriumuitslag {
  // Een signaal blokkeert niets: het ontbrekende feit komt niet in ontbrekendeGegevens.
  return keuze !== undefined && uitslag.grond.status !== 'voldaan' ? { grond: uitslag.grond, ontbrekend: [], keuzes: [keuze] } : { grond: uitslag.grond, ontbrekend: [] };
}

/**
 * Wijst de rol van Regisseur MO toe (Integrale ketenaanpak MO, oplossing 1): de organisatie met
 * het intensiefste contact (meeste contacturen per maand, meer dan 0) levert haar.
 *
 * - gelijke stand: de huidige regisseur blijft als die bij de gelijken is; anders de enige met
 *   `vertrouwensrelatie: true`; anders `beslissing-nodig` met de gelijken in `kandidaten` (de
 *   regel kiest nooit stilzwijgend; de bronnen zeggen niet wie dan beslist). Onder een beleid dat
 *   het plan van Almelo mag citeren, noemt de grond dan waar het plan complexe gevallen legt: de
 *   casuïstiektafel (een voornemen) en de Doorbraakmethode van de gemeente Almelo (de werkwijze
 *   die het plan beschrijft); het plan zegt niet of een gelijke stand zo'n geval is;
 * - de huidige regisseur blijft tenzij een ander strikt meer contact heeft (`gehandhaafd`);
 * - niemand met contact → `geen-regisseur`;
 * - gaat de rol over (`wissel`), dan noemt `warmeOverdracht` van wie naar wie;
 * - `regisseur.bereikbaar` en `regisseur.vertrouwensrelatie` zijn signalen (`soort: 'signaal'`)
 *   over de gekozen regisseur: ze veranderen de toewijzing niet.
 *
 * Onder het ingebouwde beleid rust elk criterium op een voornemen (het plan voor een pilot in
 * 2020); de maat (contacturen),
 * de regels voor een gelijke stand, de wissel bij meer uren en de warme overdracht zijn onze
 * interpretaties, in `interpretaties` van de grond die ze gebruikte.
 *
 * De volgorde van de organisaties verandert de uitkomst nooit. Geen datum: `peildatum` is `null`.
 * De regel beslist onder een beleid (standaard het ingebouwde `'almelo'`, dat `beleid` noemt):
 * de grondslag, de regeltekst en de lezingen die het beleid overnam, komen uit dat beleid (SPEC
 * §2.9). Elke aanroep bouwt een nieuw resultaat.
 *
 * @param invoer - zie {@link RegisseurInvoer}
 * @param opties - `{ beleid, uitgeslotenStatussen }`, zie {@link RegisseurOpties}
 * @throws {OngeldigeInvoerFout} bij onjuiste invoer (dubbele namen, negatieve of niet-numerieke uren),
 *   en op `opties.beleid` als het beleid geen `regels.regisseur.grondslag` geeft (ook `'ijssel-vecht'`)
 * @throws {BeleidNietInWerkingFout} als de grondslag een uitgesloten status heeft (`uitgeslotenStatussen`)
 * @example
 * const beoordeling = wijsRegisseurToe({
 *   fase: 'opvang',
 *   betrokkenOrganisaties: [
 *     { naam: 'Wijkteam', contacturenPerMaand: 8 },
 *     { naam: 'Leger des Heils', contacturenPerMaand: 9, bereikbaar: true },
 *   ],
 *   huidigeRegisseur: 'Wijkteam',
 * });
 * beoordeling.uitkomst //=> 'toegewezen'
 * beoordeling.warmeOverdracht //=> { van: 'Wijkteam', naar: 'Leger des Heils' }
 * beoordeling.gronden[0].toelichting.startsWith('Leger des Heils heeft 9 contacturen per maand, meer dan Wijkteam (8).') //=> true
 * beoordeling.gronden[0].interpretaties.map((keuze) => keuze.id)
 * //=> ['regisseur.maat-contacturen', 'regisseur.wissel-bij-meer-uren', 'regisseur.warme-overdracht']
 * beoordeling.beleid?.id //=> 'almelo'
 * wijsRegisseurToeVeilig({ fase: 'opvang', betrokkenOrganisaties: [] }, { beleid: 'ijssel-vecht' }).succes //=> false
 */
export function wijsRegisseurToe(invoer: RegisseurInvoer, opties?: RegisseurOpties): RegisseurBeoordeling {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => wijsRegisseurToeOpSchoonPrototype(invoer, opties));
}

function wijsRegisseurToeOpSchoonPrototype(invoer: RegisseurInvoer, opties?: RegisseurOpties): RegisseurBeoordeling {
  const { fase, betrokkenOrganisaties, huidigeRegisseur } = valideer(RegisseurInvoerSchema, invoer);
  const beleid = beleidVoorRegel(opties, 'regisseur', 'almelo');
  const huidigeSleutel = huidigeRegisseur === null ? null : naamsleutel(huidigeRegisseur);
  const huidige = betrokkenOrganisaties.find((organisatie) => naamsleutel(organisatie.naam) === huidigeSleutel && organisatie.contacturenPerMaand > 0);
  const keuze = kies(betrokkenOrganisaties, huidige);
  const gekozen = keuze.regisseur;

  // Een wissel: er is een huidige regisseur en de rol gaat (of moet) naar een ander.
  const wissel = huidigeRegisseur !== null && keuze.uitkomst !== 'geen-regisseur' && keuze.uitkomst !== 'gehandhaafd';
  const vorige = huidige?.naam ?? huidigeRegisseur;
  const nietMeerBetrokken =
    huidigeRegisseur !== null && !huidige
      ? { nl: ` De huidige regisseur ${huidigeRegisseur} heeft geen contact meer met de cliënt.`, en: ` The current coordinator ${huidigeRegisseur} no longer has contact with the client.` }
      : { nl: '', en: '' };
  const overdracht = wissel
    ? gekozen
      ? {
          nl: ` De rol gaat over van ${vorige} naar ${gekozen.naam}. Een warme overdracht is nodig. Iedereen moet weten dat ${gekozen.naam} nu de Regisseur MO levert. De cliënt moet een vertrouwensrelatie met de nieuwe regisseur kunnen opbouwen.`,
          en: ` The role passes from ${vorige} to ${gekozen.naam}. A warm handover is needed. Everyone must know that ${gekozen.naam} now provides the Regisseur MO. The client must be able to build a trust relationship with the new coordinator.`,
        }
      : {
          nl: ` De rol gaat over van ${vorige} naar een van de gelijken. Als gekozen is, is een warme overdracht nodig. Dan moet iedereen weten wie nu de Regisseur MO levert. De cliënt moet een vertrouwensrelatie met de nieuwe regisseur kunnen opbouwen.`,
          en: ` The role passes from ${vorige} to one of those tied. Once chosen, a warm handover is needed. Then everyone must know who now provides the Regisseur MO. The client must be able to build a trust relationship with the new coordinator.`,
        }
    : { nl: '', en: '' };
  const contactStatus = keuze.uitkomst === 'geen-regisseur' ? 'niet-voldaan' : keuze.uitkomst === 'beslissing-nodig' ? 'onbekend' : 'voldaan';
  // Beslissen mensen, dan noemt de grond waar het plan complexe gevallen legt, als hij dat plan mag citeren.
  const complex = keuze.uitkomst === 'beslissing-nodig' && complexeGevallenNoemen(INTENSIEFSTE_CONTACT, beleid, 'regisseur');
  const complexTekst = complex ? complexeGevallenTekst({ nl: 'een gelijke stand', en: 'a tie' }) : { nl: '', en: '' };
  const contactBronnen = samenBronnen([REGISSEUR_BRONNEN.rol], keuze.bronnen, wissel ? [REGISSEUR_BRONNEN.duidelijkWie, REGISSEUR_BRONNEN.vertrouwen] : [], complex ? COMPLEXE_GEVALLEN_BRONNEN : []);
  const criteria: Criteriumuitslag[] = [
    criteriumuitslag(
      'regisseur.intensiefste-contact',
      contactStatus,
      { nl: `${keuze.reden.nl}${nietMeerBetrokken.nl}${overdracht.nl}${complexTekst.nl}`, en: `${keuze.reden.en}${nietMeerBetrokken.en}${overdracht.en}${complexTekst.en}` },
      contactBronnen,
      [],
      { keuzes: [...keuze.keuzes, ...(wissel ? [REGISSEUR_KEUZES.overdracht.id] : [])] },
    ),
    criteriumuitslag(
      'regisseur.elke-fase',
      contactStatus,
      gekozen
        ? { nl: `Er is ${FASEN_TEKST[fase].nl} een Regisseur MO: ${gekozen.naam}.`, en: `There is a Regisseur MO ${FASEN_TEKST[fase].en}: ${gekozen.naam}.` }
        : keuze.uitkomst === 'geen-regisseur'
          ? { nl: `Er moet ${FASEN_TEKST[fase].nl} een Regisseur MO zijn. De keten moet er een regelen.`, en: `There must be a Regisseur MO ${FASEN_TEKST[fase].en}. The chain must arrange one.` }
          : { nl: `Er moet ${FASEN_TEKST[fase].nl} een Regisseur MO zijn. Wie dat wordt, moet nog gekozen worden.`, en: `There must be a Regisseur MO ${FASEN_TEKST[fase].en}. Who that will be still has to be chosen.` },
      [REGISSEUR_BRONNEN.elkeFase],
    ),
    gekozen
      ? signaal(
          toetsFeit(gekozen.vertrouwensrelatie, {
            regel: 'regisseur.vertrouwensrelatie',
            pad: 'vertrouwensrelatie',
            bronnen: [REGISSEUR_BRONNEN.vertrouwen],
            waar: { nl: `${gekozen.naam} heeft een vertrouwensrelatie met de cliënt.`, en: `${gekozen.naam} has a trust relationship with the client.` },
            onwaar: { nl: `${gekozen.naam} heeft nog geen vertrouwensrelatie met de cliënt. Aan die relatie moet nog gewerkt worden.`, en: `${gekozen.naam} has no trust relationship with the client yet. That relationship still needs work.` },
            onbekend: { nl: `Het is niet bekend of ${gekozen.naam} een vertrouwensrelatie met de cliënt heeft.`, en: `It is not known whether ${gekozen.naam} has a trust relationship with the client.` },
          }),
          REGISSEUR_KEUZES.vertrouwenSignaal.id,
        )
      : criteriumuitslag('regisseur.vertrouwensrelatie', 'niet-van-toepassing', { nl: 'Er is nog geen regisseur gekozen.', en: 'No coordinator has been chosen yet.' }, [REGISSEUR_BRONNEN.vertrouwen]),
    gekozen
      ? signaal(
          toetsFeit(gekozen.bereikbaar, {
            regel: 'regisseur.bereikbaar',
            pad: 'bereikbaar',
            bronnen: [REGISSEUR_BRONNEN.bereikbaar],
            waar: { nl: `Het is vastgelegd hoe de Regisseur MO van ${gekozen.naam} te bereiken is.`, en: `It is recorded how to reach the coordinator of ${gekozen.naam}.` },
            onwaar: { nl: `Het is niet vastgelegd hoe de Regisseur MO van ${gekozen.naam} te bereiken is. De contactgegevens moeten nog worden vastgelegd.`, en: `It is not recorded how to reach the coordinator of ${gekozen.naam}. The contact details still need to be recorded.` },
            onbekend: { nl: `Het is niet bekend hoe de Regisseur MO van ${gekozen.naam} te bereiken is. De contactgegevens moeten nog worden vastgelegd.`, en: `It is not known how to reach the coordinator of ${gekozen.naam}. The contact details still need to be recorded.` },
          }),
        )
      : criteriumuitslag('regisseur.bereikbaar', 'niet-van-toepassing', { nl: 'Er is nog geen regisseur gekozen.', en: 'No coordinator has been chosen yet.' }, [REGISSEUR_BRONNEN.bereikbaar]),
  ];
  // Een eigen combinatie (geen besluit): de uitkomst volgt uit de keuze, de signalen blokkeren niets.
  return metVelden(maakBeoordeling(REGISSEUR, { peildatum: null, beleid }, criteria, keuze.uitkomst), {
    regisseur: gekozen?.naam ?? null,
    wissel,
    kandidaten: keuze.kandidaten.map((organisatie) => organisatie.naam),
    warmeOverdracht: wissel && vorige !== null ? { van: vorige, naar: gekozen?.naam ?? null } : null,
  });
}

/**
 * De niet-gooiende vorm van {@link wijsRegisseurToe}: `{ succes: true, beoordeling }`,
 * of een {@link Mislukking}: `{ succes: false, soort: 'ongeldige-invoer', fouten }` bij onjuiste
 * invoer, of `{ succes: false, soort: 'geen-beleid', fouten, nietInWerking }` als het beleid dat de
 * regel nodig heeft op de peildatum niet in werking is (zie {@link GeenBeleidMislukking}).
 * Gooit alleen bij een programmeerfout.
 *
 * @example
 * const uitslag = wijsRegisseurToeVeilig({
 *   fase: 'opvang',
 *   betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: -1 }],
 * });
 * uitslag.succes ? [] : uitslag.fouten
 * //=> [{ pad: 'betrokkenOrganisaties.0.contacturenPerMaand', melding: 'mag niet negatief zijn' }]
 * uitslag.succes ? null : uitslag.soort
 * //=> 'ongeldige-invoer'
 */
export const wijsRegisseurToeVeilig = /* @__PURE__ */ maakVeilig(wijsRegisseurToe);
