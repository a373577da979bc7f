import type { Criteriumuitslag } from '../../kern/besluit.js';
import { criteriumuitslag, toetsFeit } from '../../kern/feiten.js';
import { opsomming } from '../../kern/teksten.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling } from '../../types/beoordeling.js';
import type { Fase } from '../../types/fase.js';
import { maakVeilig } from '../../types/uitslag.js';
import type { Tweetalig } from '../beschrijving.js';
import { REGISSEUR_BRONNEN } from './beschrijving.js';
import { RegisseurInvoerSchema, naamsleutel, type GevalideerdeOrganisatie, type RegisseurInvoer } from './invoer.js';

/** De uitkomsten van {@link wijsRegisseurToe}. */
export type RegisseurUitkomst = 'toegewezen' | 'gehandhaafd' | 'beslissing-nodig' | 'geen-regisseur';

/** Van wie naar wie de rol van Regisseur MO overgaat; een warme overdracht (met overdrachtsdocument) is nodig. */
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

const FASEN_TEKST: Record<Fase, Tweetalig> = {
  dreigend: { nl: 'bij dreigende dak- en thuisloosheid', en: 'while homelessness threatens' },
  opvang: { nl: 'in de opvang', en: 'in shelter care' },
  'na-uitstroom': { nl: 'na uitstroom', en: 'after leaving shelter' },
};

function uren(getal: number, taal: 'nl' | 'en'): string {
  return taal === 'nl' ? String(getal).replace('.', ',') : String(getal);
}


const opNaam = (a: GevalideerdeOrganisatie, b: GevalideerdeOrganisatie) => a.naam.localeCompare(b.naam, 'nl') || (a.naam < b.naam ? -1 : a.naam > b.naam ? 1 : 0);

/** De keuze: wie, waarom (nl/en), en of de huidige regisseur blijft. */
interface Keuze {
  uitkomst: RegisseurUitkomst;
  regisseur: GevalideerdeOrganisatie | null;
  kandidaten: GevalideerdeOrganisatie[];
  reden: Tweetalig;
}

function kies(organisaties: readonly GevalideerdeOrganisatie[], huidige: GevalideerdeOrganisatie | undefined): Keuze {
  const metContact = organisaties.filter((organisatie) => organisatie.contacturenPerMaand > 0).sort(opNaam);
  if (metContact.length === 0) {
    return {
      uitkomst: 'geen-regisseur',
      regisseur: null,
      kandidaten: [],
      reden: {
        nl: 'Geen enkele betrokken organisatie heeft contact met de cliënt (meer dan 0 contacturen per maand), dus niemand levert de Regisseur MO.',
        en: 'No involved organisation has contact with the client (more than 0 contact hours a month), so nobody provides the Regisseur MO.',
      },
    };
  }
  const hoogste = Math.max(...metContact.map((organisatie) => organisatie.contacturenPerMaand));
  const top = metContact.filter((organisatie) => organisatie.contacturenPerMaand === hoogste);
  const rest = metContact.filter((organisatie) => organisatie.contacturenPerMaand < hoogste);
  const vergeleken = (taal: 'nl' | 'en') =>
    rest.length === 0 ? '' : `, ${taal === 'nl' ? 'meer dan' : 'more than'} ${opsomming(rest.map((organisatie) => `${organisatie.naam} (${uren(organisatie.contacturenPerMaand, taal)})`), taal === 'nl' ? 'en' : 'and')}`;
  const urenTekst = { nl: `${uren(hoogste, 'nl')} contacturen per maand${vergeleken('nl')}`, en: `${uren(hoogste, 'en')} contact hours a month${vergeleken('en')}` };

  if (top.length === 1) {
    const [enige] = top as [GevalideerdeOrganisatie];
    return {
      uitkomst: enige === huidige ? 'gehandhaafd' : 'toegewezen',
      regisseur: enige,
      kandidaten: top,
      reden: { nl: `${enige.naam} heeft ${urenTekst.nl}.`, en: `${enige.naam} has ${urenTekst.en}.` },
    };
  }
  const namen = (taal: 'nl' | 'en') => opsomming(top.map((organisatie) => organisatie.naam), taal === 'nl' ? 'en' : 'and');
  const gelijk = { nl: `${namen('nl')} hebben elk ${urenTekst.nl}`, en: `${namen('en')} each have ${urenTekst.en}` };
  if (huidige && top.includes(huidige)) {
    return {
      uitkomst: 'gehandhaafd',
      regisseur: huidige,
      kandidaten: top,
      reden: { nl: `${gelijk.nl}; bij gelijke stand blijft de huidige regisseur ${huidige.naam} (continuïteit en vertrouwensrelatie).`, en: `${gelijk.en}; on a tie the current coordinator ${huidige.naam} stays (continuity and trust).` },
    };
  }
  const vertrouwd = top.filter((organisatie) => organisatie.vertrouwensrelatie === true);
  if (vertrouwd.length === 1) {
    const [enige] = vertrouwd as [GevalideerdeOrganisatie];
    return {
      uitkomst: 'toegewezen',
      regisseur: enige,
      kandidaten: top,
      reden: { nl: `${gelijk.nl}; alleen ${enige.naam} heeft een vertrouwensrelatie met de cliënt en levert daarom de regisseur.`, en: `${gelijk.en}; only ${enige.naam} has a trust relationship with the client and therefore provides the coordinator.` },
    };
  }
  const onbekendVertrouwen = top.filter((organisatie) => organisatie.vertrouwensrelatie === 'onbekend').map((organisatie) => organisatie.naam);
  const hint =
    onbekendVertrouwen.length > 0
      ? {
          nl: ` Van ${opsomming(onbekendVertrouwen, 'en')} is niet bekend of er een vertrouwensrelatie is; dat kan de gelijke stand beslissen.`,
          en: ` For ${opsomming(onbekendVertrouwen, 'and')} it is not known whether there is a trust relationship; that may settle the tie.`,
        }
      : { nl: '', en: '' };
  return {
    uitkomst: 'beslissing-nodig',
    regisseur: null,
    kandidaten: top,
    reden: {
      nl: `${gelijk.nl}, en ${vertrouwd.length === 0 ? 'geen van hen heeft een vastgestelde vertrouwensrelatie' : 'meer dan één heeft een vertrouwensrelatie'}; de betrokkenen beslissen samen wie de Regisseur MO levert.${hint.nl}`,
      en: `${gelijk.en}, and ${vertrouwd.length === 0 ? 'none of them has an established trust relationship' : 'more than one has a trust relationship'}; those involved decide together who provides the Regisseur MO.${hint.en}`,
    },
  };
}

/**
 * Wijst de rol van Regisseur MO toe (Integrale ketenaanpak MO, oplossing 1): de organisatie met
 * het intensiefste contact (meeste contacturen per maand, meer dan 0) levert haar.
 *
 * - gelijke stand: de huidige regisseur blijft als die bij de gelijken is; anders de enige met
 *   `vertrouwensrelatie: true`; anders `beslissing-nodig` met de gelijken in `kandidaten` (de
 *   regel kiest nooit stilzwijgend);
 * - de huidige regisseur blijft tenzij een ander strikt meer contact heeft (`gehandhaafd`);
 * - niemand met contact → `geen-regisseur`;
 * - gaat de rol over (`wissel`), dan noemt `warmeOverdracht` van wie naar wie;
 * - `regisseur.bereikbaar` en `regisseur.vertrouwensrelatie` zijn signalen over de gekozen
 *   regisseur: ze veranderen de toewijzing niet.
 *
 * De volgorde van de organisaties verandert de uitkomst nooit. Geen datum of beleid: `peildatum`
 * en `beleid` zijn `null`.
 *
 * @param invoer - zie {@link RegisseurInvoer}
 * @throws {OngeldigeInvoerFout} bij onjuiste invoer (dubbele namen, negatieve of niet-numerieke uren)
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
 */
export function wijsRegisseurToe(invoer: RegisseurInvoer): RegisseurBeoordeling {
  const { fase, betrokkenOrganisaties, huidigeRegisseur } = valideer(RegisseurInvoerSchema, invoer);
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
    ? {
        nl: ` De rol gaat over van ${vorige}${gekozen ? ` naar ${gekozen.naam}` : ''}; een warme overdracht met een overdrachtsdocument is nodig.`,
        en: ` The role passes from ${vorige}${gekozen ? ` to ${gekozen.naam}` : ''}; a warm handover with a handover document is needed.`,
      }
    : { nl: '', en: '' };
  const contactStatus = keuze.uitkomst === 'geen-regisseur' ? 'niet-voldaan' : keuze.uitkomst === 'beslissing-nodig' ? 'onbekend' : 'voldaan';
  const criteria: Criteriumuitslag[] = [
    criteriumuitslag(
      'regisseur.intensiefste-contact',
      contactStatus,
      { nl: `${keuze.reden.nl}${nietMeerBetrokken.nl}${overdracht.nl}`, en: `${keuze.reden.en}${nietMeerBetrokken.en}${overdracht.en}` },
      wissel ? [REGISSEUR_BRONNEN.rol, REGISSEUR_BRONNEN.overdracht] : [REGISSEUR_BRONNEN.rol],
    ),
    criteriumuitslag(
      'regisseur.elke-fase',
      contactStatus,
      gekozen
        ? { nl: `Er is ${FASEN_TEKST[fase].nl} een Regisseur MO: ${gekozen.naam}.`, en: `There is a Regisseur MO ${FASEN_TEKST[fase].en}: ${gekozen.naam}.` }
        : keuze.uitkomst === 'geen-regisseur'
          ? { nl: `Er moet ${FASEN_TEKST[fase].nl} een Regisseur MO zijn; de keten moet er een regelen.`, en: `There must be a Regisseur MO ${FASEN_TEKST[fase].en}; the chain must arrange one.` }
          : { nl: `Er moet ${FASEN_TEKST[fase].nl} een Regisseur MO zijn; wie, beslissen de betrokkenen.`, en: `There must be a Regisseur MO ${FASEN_TEKST[fase].en}; those involved decide who.` },
      [REGISSEUR_BRONNEN.elkeFase],
    ),
    gekozen
      ? toetsFeit(gekozen.vertrouwensrelatie, {
          regel: 'regisseur.vertrouwensrelatie',
          pad: 'vertrouwensrelatie',
          bronnen: [REGISSEUR_BRONNEN.vertrouwen],
          waar: { nl: `${gekozen.naam} heeft een vertrouwensrelatie met de cliënt.`, en: `${gekozen.naam} has a trust relationship with the client.` },
          onwaar: { nl: `${gekozen.naam} heeft (nog) geen vertrouwensrelatie met de cliënt; werk daaraan.`, en: `${gekozen.naam} has no trust relationship with the client (yet); work on it.` },
          onbekend: { nl: `Het is niet bekend of ${gekozen.naam} een vertrouwensrelatie met de cliënt heeft.`, en: `It is not known whether ${gekozen.naam} has a trust relationship with the client.` },
        })
      : criteriumuitslag('regisseur.vertrouwensrelatie', 'niet-van-toepassing', { nl: 'Er is (nog) geen regisseur gekozen.', en: 'No coordinator has been chosen (yet).' }, [REGISSEUR_BRONNEN.vertrouwen]),
    gekozen
      ? toetsFeit(gekozen.bereikbaar, {
          regel: 'regisseur.bereikbaar',
          pad: 'bereikbaar',
          bronnen: [REGISSEUR_BRONNEN.bereikbaar],
          waar: { nl: `Het is vastgelegd hoe de Regisseur MO van ${gekozen.naam} te bereiken is.`, en: `It is recorded how to reach the coordinator of ${gekozen.naam}.` },
          onwaar: { nl: `Het is niet vastgelegd hoe de Regisseur MO van ${gekozen.naam} te bereiken is; leg de contactgegevens vast.`, en: `It is not recorded how to reach the coordinator of ${gekozen.naam}; record the contact details.` },
          onbekend: { nl: `Het is niet bekend of vastligt hoe de Regisseur MO van ${gekozen.naam} te bereiken is; leg de contactgegevens vast.`, en: `It is not known whether it is recorded how to reach the coordinator of ${gekozen.naam}; record the contact details.` },
        })
      : criteriumuitslag('regisseur.bereikbaar', 'niet-van-toepassing', { nl: 'Er is (nog) geen regisseur gekozen.', en: 'No coordinator has been chosen (yet).' }, [REGISSEUR_BRONNEN.bereikbaar]),
  ];
  return {
    regel: 'regisseur',
    uitkomst: keuze.uitkomst,
    // De signalen bereikbaar en vertrouwensrelatie blokkeren niets: geen ontbrekende gegevens.
    gronden: criteria.map((uitslag) => uitslag.grond),
    ontbrekendeGegevens: [],
    peildatum: null,
    beleid: null,
    regisseur: gekozen?.naam ?? null,
    wissel,
    kandidaten: keuze.kandidaten.map((organisatie) => organisatie.naam),
    warmeOverdracht: wissel && vorige !== null ? { van: vorige, naar: gekozen?.naam ?? null } : null,
  };
}

/**
 * De niet-gooiende vorm van {@link wijsRegisseurToe}: `{ succes: true, beoordeling }` of
 * `{ succes: false, fouten }`.
 *
 * @example
 * const uitslag = wijsRegisseurToeVeilig({
 *   fase: 'opvang',
 *   betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: -1 }],
 * });
 * uitslag.succes ? [] : uitslag.fouten
 * //=> [{ pad: 'betrokkenOrganisaties.0.contacturenPerMaand', melding: 'mag niet negatief zijn' }]
 */
export const wijsRegisseurToeVeilig = /* @__PURE__ */ maakVeilig(wijsRegisseurToe);
