import type { Bron } from '../../types/beoordeling.js';
import type { Regelbeschrijving } from '../beschrijving.js';

const OPLOSSING_1 = 'Oplossing 1: Regisseur maatschappelijke opvang';

/** De bronnen van de regisseursregel; de gronden citeren dezelfde. @internal */
export const REGISSEUR_BRONNEN = {
  rol: {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_1}, uitgangspunt 1`,
    citaat: 'De Regisseur MO is een rol en geen functie. De organisatie die het intensiefste contact heeft met een cliënt, levert de Regisseur MO',
  },
  bereikbaar: {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_1}, uitgangspunt 2`,
    citaat: 'Het moet voor iedereen te allen tijde duidelijk zijn wie de Regisseur MO is en hoe deze te bereiken',
  },
  elkeFase: {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_1}, uitgangspunt 3`,
    citaat: 'Er is een Regisseur MO, bij dreigende dak- en thuisloosheid, in de opvang en na uitstroom',
  },
  vertrouwen: { document: 'integrale-ketenaanpak-mo', onderdeel: `${OPLOSSING_1}, uitgangspunt 5`, citaat: 'De Regisseur MO heeft een vertrouwensrelatie met de cliënt.' },
  overdracht: { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 3: Goede overdracht/regionale uitstroom MO', citaat: 'Overdrachtsdocument tussen zorgaanbieders en woning-corporaties' },
} as const satisfies Record<string, Bron>;

/** De beschrijving van de regel regisseur (zie {@link wijsRegisseurToe}). */
export const REGISSEUR: Regelbeschrijving = {
  id: 'regisseur',
  functie: 'wijsRegisseurToe',
  titel: { nl: 'Regisseur MO', en: 'Shelter care coordinator (Regisseur MO)' },
  omschrijving: {
    nl: 'Wijst de rol van Regisseur MO toe aan de betrokken organisatie met het intensiefste contact (de meeste contacturen per maand). Bij een gelijke stand houdt de huidige regisseur de rol; anders beslist de enige met een vertrouwensrelatie; anders beslissen mensen (`beslissing-nodig`). De huidige regisseur houdt de rol tenzij een ander strikt meer contact heeft. De volgorde van de organisaties in de invoer doet niet ter zake. Gaat de rol over, dan is een warme overdracht nodig.',
    en: 'Assigns the role of Regisseur MO to the involved organisation with the most intensive contact (most contact hours per month). On a tie the current coordinator keeps the role; otherwise the only one with a trust relationship; otherwise people decide (`beslissing-nodig`). The current coordinator keeps the role unless another has strictly more contact. The order of the organisations in the input does not matter. When the role passes, a warm handover is needed.',
  },
  uitkomsten: {
    toegewezen: { nl: 'toegewezen', en: 'assigned' },
    gehandhaafd: { nl: 'gehandhaafd (de huidige regisseur blijft)', en: 'kept (the current coordinator stays)' },
    'beslissing-nodig': { nl: 'beslissing nodig (gelijke stand)', en: 'decision needed (tie)' },
    'geen-regisseur': { nl: 'geen regisseur (de keten moet er een regelen)', en: 'no coordinator (the chain must arrange one)' },
  },
  criteria: [
    {
      id: 'regisseur.intensiefste-contact',
      voldaanAls: {
        nl: 'Er is een organisatie met het intensiefste contact (meer dan 0 contacturen per maand), of de gelijke stand is beslist door de huidige regisseur of door de enige vertrouwensrelatie. Een onbesliste gelijke stand is `onbekend`; niemand met contact is `niet-voldaan`.',
        en: 'There is an organisation with the most intensive contact (more than 0 hours a month), or the tie was settled by the current coordinator or the only trust relationship. An unsettled tie is `onbekend`; nobody with contact is `niet-voldaan`.',
      },
      bronnen: [REGISSEUR_BRONNEN.rol, REGISSEUR_BRONNEN.overdracht],
    },
    {
      id: 'regisseur.elke-fase',
      voldaanAls: {
        nl: 'Er is in de fase van de cliënt (dreigend, opvang of na uitstroom) een Regisseur MO.',
        en: "There is a Regisseur MO in the client's phase (threatened, in shelter or after leaving shelter).",
      },
      bronnen: [REGISSEUR_BRONNEN.elkeFase],
    },
    {
      id: 'regisseur.vertrouwensrelatie',
      voldaanAls: {
        nl: 'De gekozen regisseur heeft een vertrouwensrelatie met de cliënt. Een signaal: `niet-voldaan` verandert de toewijzing niet (het intensiefste contact beslist), maar vraagt aandacht.',
        en: 'The chosen coordinator has a trust relationship with the client. A signal: `niet-voldaan` does not change the assignment (the most intensive contact decides) but asks for attention.',
      },
      bronnen: [REGISSEUR_BRONNEN.vertrouwen],
    },
    {
      id: 'regisseur.bereikbaar',
      voldaanAls: {
        nl: 'Het is vastgelegd hoe de gekozen regisseur te bereiken is. Een signaal: `niet-voldaan` of `onbekend` vraagt de contactgegevens vast te leggen, zonder de toewijzing te veranderen.',
        en: 'It is recorded how to reach the chosen coordinator. A signal: `niet-voldaan` or `onbekend` asks to record contact details, without changing the assignment.',
      },
      bronnen: [REGISSEUR_BRONNEN.bereikbaar],
    },
  ],
};
