import { schrijfBedrag } from '../../calculators/geld.js';
import type { Criteriumuitslag } from '../../kern/besluit.js';
import type { Beleidswaarde } from '../../kern/beleidswaarden.js';
import { enVanFeiten, toetsFeit } from '../../kern/feiten.js';
import type { Tweetalig } from '../../types/tweetalig.js';
import { opsomming } from '../../kern/teksten.js';
import type { Feit } from '../../types/feit.js';
import { VERSNELFONDS_BRONNEN } from './beschrijving.js';
import type { GevalideerdeVersnelfondsAanvraag, Versnelfondsvorm } from './invoer.js';

// De criteria van het versnelfonds, elk als functie van de gevalideerde aanvraag en de
// beleidswaarden die op de peildatum gelden. De herkomst staat in ../herkomst/criterium.ts.

/** Criterium "laatste optie". @internal */
export function laatsteOptie(aanvraag: GevalideerdeVersnelfondsAanvraag): Criteriumuitslag {
  const uitslag = toetsFeit(aanvraag.voorliggendeVoorzieningenBenut, {
    regel: 'versnelfonds.laatste-optie',
    pad: 'voorliggendeVoorzieningenBenut',
    bronnen: VERSNELFONDS_BRONNEN.laatsteOptie,
    waar: {
      nl: 'Voorliggende voorzieningen zijn geen optie (meer); het versnelfonds is de laatste optie.',
      en: 'Provisions that come first are no (longer an) option; the fund is the last resort.',
    },
    onwaar: {
      nl: 'Er is nog een voorliggende voorziening die een optie is; het versnelfonds is alleen bedoeld als laatste optie.',
      en: 'A provision that comes first is still an option; the fund is meant only as the last resort.',
    },
    onbekend: {
      nl: 'Het is niet bekend of voorliggende voorzieningen nog een optie zijn.',
      en: 'It is not known whether provisions that come first are still an option.',
    },
  });
  return { grond: uitslag.grond, ontbrekend: uitslag.ontbrekend, keuzes: ['versnelfonds.laatste-optie-als-eis'] };
}

/** Criterium 1, "voorkomen". @internal */
export function voorkomen(aanvraag: GevalideerdeVersnelfondsAanvraag): Criteriumuitslag {
  return toetsFeit(aanvraag.voorkomtOfVerkortOpvang, {
    regel: 'versnelfonds.voorkomen',
    pad: 'voorkomtOfVerkortOpvang',
    bronnen: VERSNELFONDS_BRONNEN.voorkomen,
    waar: {
      nl: 'De aanvraag voorkomt een beroep op de maatschappelijke opvang of maakt het korter.',
      en: 'The request prevents or shortens a stay in shelter care.',
    },
    onwaar: {
      nl: 'De aanvraag voorkomt geen beroep op de maatschappelijke opvang en maakt het ook niet korter.',
      en: 'The request neither prevents nor shortens a stay in shelter care.',
    },
    onbekend: {
      nl: 'Het is niet bekend of de aanvraag een beroep op de maatschappelijke opvang voorkomt of korter maakt.',
      en: 'It is not known whether the request prevents or shortens a stay in shelter care.',
    },
  });
}

/**
 * De verwachte besparing die minstens nodig is: factor × toekenbaar bedrag, naar boven afgerond
 * op hele centen. Exact gerekend: de factor heeft hooguit twee decimalen (zie
 * BELEIDSPARAMETERS), dus factor × 100 is een geheel getal; BigInt voorkomt afrondingsfouten
 * en overloop bij grote bedragen.
 *
 * @internal
 */
export function vereisteBesparingInCenten(factor: number, toekenbaarInCenten: number): number {
  const honderdsten = BigInt(Math.round(factor * 100));
  return Number((honderdsten * BigInt(toekenbaarInCenten) + 99n) / 100n);
}

function schrijfFactor(factor: number, taal: 'nl' | 'en'): string {
  return taal === 'nl' ? String(factor).replace('.', ',') : String(factor);
}

/** Criterium 3, "kosten-baten". @internal */
export function kostenBaten(aanvraag: GevalideerdeVersnelfondsAanvraag, toekenbaarInCenten: number, factorWaarde: Beleidswaarde<'versnelfonds.kostenBatenFactor'>): Criteriumuitslag {
  const regel = 'versnelfonds.kosten-baten';
  const bronnen = VERSNELFONDS_BRONNEN.kostenBaten;
  const factor = factorWaarde.waarde;
  const toekenbaar = { nl: schrijfBedrag(toekenbaarInCenten, 'nl'), en: schrijfBedrag(toekenbaarInCenten, 'en') };
  const besparing = aanvraag.verwachteBesparingInCenten;
  if (besparing === 'onbekend') {
    return {
      grond: {
        regel,
        status: 'onbekend',
        toelichting: `De verwachte besparing is niet bekend. Daardoor is niet te toetsen of het bedrag van ${toekenbaar.nl} dat het fonds kan geven, in verhouding staat tot de besparing.`,
        toelichtingEn: `The expected saving is not known, so it cannot be tested whether the amount of ${toekenbaar.en} the fund can give is in proportion to the saving.`,
        bronnen,
      },
      ontbrekend: ['verwachteBesparingInCenten'],
      waarden: [factorWaarde],
    };
  }
  const vereist = vereisteBesparingInCenten(factor.waarde, toekenbaarInCenten);
  const voldaan = besparing >= vereist;
  const vergelijking =
    factor.waarde === 1
      ? { nl: 'evenveel als het bedrag dat het fonds kan geven', en: 'as much as the amount the fund can give' }
      : { nl: `${schrijfFactor(factor.waarde, 'nl')} keer het bedrag van ${toekenbaar.nl} dat het fonds kan geven`, en: `${factor.waarde} times the amount of ${toekenbaar.en} the fund can give` };
  const nl = `De verwachte besparing van ${schrijfBedrag(besparing, 'nl')} is ${voldaan ? 'ten minste' : 'minder dan'} de vereiste ${schrijfBedrag(vereist, 'nl')}: ${vergelijking.nl}.`;
  const en = `The expected saving of ${schrijfBedrag(besparing, 'en')} is ${voldaan ? 'at least' : 'less than'} the required ${schrijfBedrag(vereist, 'en')}: ${vergelijking.en}.`;
  return {
    grond: { regel, status: voldaan ? 'voldaan' : 'niet-voldaan', toelichting: nl, toelichtingEn: en, bronnen },
    ontbrekend: [],
    waarden: [factorWaarde],
    keuzes: ['versnelfonds.besparing-tegen-toekenbaar-bedrag'],
  };
}

const SCHULDFEITEN: ReadonlyArray<{ veld: 'schuldhulpverlenerBetrokken' | 'schuldenTotMinimumTeruggebracht'; tekst: Record<'waar' | 'onwaar' | 'onbekend', Tweetalig> }> = [
  {
    veld: 'schuldhulpverlenerBetrokken',
    tekst: {
      waar: { nl: 'er is een schuldhulpverlener betrokken', en: 'a debt counsellor is involved' },
      onwaar: { nl: 'er is geen schuldhulpverlener betrokken', en: 'no debt counsellor is involved' },
      onbekend: { nl: 'het is niet bekend of er een schuldhulpverlener betrokken is', en: 'it is not known whether a debt counsellor is involved' },
    },
  },
  {
    veld: 'schuldenTotMinimumTeruggebracht',
    tekst: {
      waar: { nl: 'de schulden zijn tot een minimum teruggebracht', en: 'the debts have been brought to a minimum' },
      onwaar: { nl: 'de schulden zijn niet tot een minimum teruggebracht', en: 'the debts have not been brought to a minimum' },
      onbekend: { nl: 'het is niet bekend of de schulden tot een minimum zijn teruggebracht', en: 'it is not known whether the debts have been brought to a minimum' },
    },
  },
];

function soort(feit: Feit): 'waar' | 'onwaar' | 'onbekend' {
  return feit === 'onbekend' ? 'onbekend' : feit ? 'waar' : 'onwaar';
}

/**
 * Criterium 4, "schulden": geen schulden óf (schuldhulpverlener betrokken én schulden tot een
 * minimum teruggebracht), in driewaardige logica. Zo beslist een bekend `false` ook als
 * andere feiten ontbreken, en vraagt `onbekend` alleen om de velden die de uitslag nog kunnen
 * veranderen.
 *
 * @internal
 */
export function schulden(aanvraag: GevalideerdeVersnelfondsAanvraag): Criteriumuitslag {
  const regel = 'versnelfonds.schulden';
  const bronnen = VERSNELFONDS_BRONNEN.schulden;
  if (aanvraag.schulden === false) {
    return {
      grond: {
        regel,
        status: 'niet-van-toepassing',
        toelichting: 'De cliënt heeft geen schulden. De voorwaarde over schulden is dan niet van toepassing.',
        toelichtingEn: 'The client has no debts; the debt condition does not apply.',
        bronnen,
      },
      ontbrekend: [],
    };
  }
  const hulp = enVanFeiten(SCHULDFEITEN.map(({ veld }) => aanvraag[veld]));
  // Bij een bekend `false` noemen we alleen wat ontbreekt; bij onbekend alle feiten.
  const genoemd = SCHULDFEITEN.filter(({ veld }) => hulp !== false || aanvraag[veld] === false);
  const onbekendeVelden = SCHULDFEITEN.filter(({ veld }) => aanvraag[veld] === 'onbekend').map(({ veld }) => veld);
  const feiten = (taal: 'nl' | 'en') => opsomming(genoemd.map(({ veld, tekst }) => tekst[soort(aanvraag[veld])][taal]), taal === 'nl' ? 'en' : 'and');

  if (aanvraag.schulden === true) {
    const status = hulp === 'onbekend' ? 'onbekend' : hulp ? 'voldaan' : 'niet-voldaan';
    return {
      grond: {
        regel,
        status,
        toelichting: `De cliënt heeft schulden; ${feiten('nl')}.`,
        toelichtingEn: `The client has debts; ${feiten('en')}.`,
        bronnen,
      },
      ontbrekend: hulp === 'onbekend' ? onbekendeVelden : [],
      keuzes: MINIMUM_ALS_OORDEEL,
    };
  }
  // Schulden onbekend.
  if (hulp === true) {
    return {
      grond: {
        regel,
        status: 'voldaan',
        toelichting: `Het is niet bekend of de cliënt schulden heeft, maar ${feiten('nl')}. Daarmee is aan de voorwaarde over schulden in elk geval voldaan.`,
        toelichtingEn: `It is not known whether the client has debts, but ${feiten('en')}; so the debt condition is met either way.`,
        bronnen,
      },
      ontbrekend: [],
      keuzes: MINIMUM_ALS_OORDEEL,
    };
  }
  return {
    grond: {
      regel,
      status: 'onbekend',
      toelichting:
        hulp === false
          ? `Het is niet bekend of de cliënt schulden heeft. Maar ${feiten('nl')}; als er schulden zijn, is dus niet aan de voorwaarde over schulden voldaan.`
          : `Het is niet bekend of de cliënt schulden heeft; ${feiten('nl')}.`,
      toelichtingEn:
        hulp === false
          ? `It is not known whether the client has debts; ${feiten('en')}, so if there are debts the debt condition is not met.`
          : `It is not known whether the client has debts; ${feiten('en')}.`,
      bronnen,
    },
    ontbrekend: ['schulden', ...(hulp === false ? [] : onbekendeVelden)],
    keuzes: MINIMUM_ALS_OORDEEL,
  };
}

const MINIMUM_ALS_OORDEEL = ['versnelfonds.minimum-als-oordeel'] as const;

const VORMEN: Record<Versnelfondsvorm, Tweetalig> = {
  gift: { nl: 'gift', en: 'gift' },
  lening: { nl: 'lening', en: 'loan' },
  voorschot: { nl: 'voorschot', en: 'advance' },
};

/** Criterium "maximum": altijd voldaan; zegt of het bedrag is begrensd. @internal */
export function maximum(aanvraag: GevalideerdeVersnelfondsAanvraag, maximumWaarde: Beleidswaarde<'versnelfonds.maximumInCenten'>, datum: Tweetalig): Criteriumuitslag {
  const gevraagd = aanvraag.bedragInCenten;
  const grens = maximumWaarde.waarde.waarde;
  const begrensd = gevraagd > grens;
  const vorm = VORMEN[aanvraag.vorm];
  // Elk bedrag één keer uitgeschreven per taal.
  const gevraagdNl = schrijfBedrag(gevraagd, 'nl');
  const gevraagdEn = schrijfBedrag(gevraagd, 'en');
  const grensNl = schrijfBedrag(grens, 'nl');
  const grensEn = schrijfBedrag(grens, 'en');
  const nl = begrensd
    ? `Het gevraagde bedrag van ${gevraagdNl} (${vorm.nl}) is hoger dan het maximum van ${grensNl} dat op ${datum.nl} geldt. Het fonds kan daarom ${grensNl} geven.`
    : `Het gevraagde bedrag van ${gevraagdNl} (${vorm.nl}) blijft binnen het maximum van ${grensNl} dat op ${datum.nl} geldt.`;
  const en = begrensd
    ? `The requested amount of ${gevraagdEn} (${vorm.en}) exceeds the maximum of ${grensEn} in force on ${datum.en}, so the fund can give ${grensEn}.`
    : `The requested amount of ${gevraagdEn} (${vorm.en}) is within the maximum of ${grensEn} in force on ${datum.en}.`;
  return {
    grond: { regel: 'versnelfonds.maximum', status: 'voldaan', toelichting: nl, toelichtingEn: en, bronnen: VERSNELFONDS_BRONNEN.maximum },
    ontbrekend: [],
    waarden: [maximumWaarde],
    keuzes: begrensd ? ['versnelfonds.begrenzen', 'versnelfonds.per-aanvraag'] : ['versnelfonds.per-aanvraag'],
  };
}

/**
 * Signaal "bevoegdheid", als aan alle criteria is voldaan: het fonds kán geven (SPEC §4.2, 0.3).
 * Onze lezing `versnelfonds.kan-is-bevoegdheid`, tenzij het beleid haar overneemt.
 *
 * @internal
 */
export function bevoegdheid(toekenbaarInCenten: number): Criteriumuitslag {
  const nl = schrijfBedrag(toekenbaarInCenten, 'nl');
  const en = schrijfBedrag(toekenbaarInCenten, 'en');
  return {
    grond: {
      regel: 'versnelfonds.bevoegdheid',
      status: 'voldaan',
      // Neutraal: of geven een bevoegdheid is, zegt de lezing eronder (de onze, of die van het beleid).
      toelichting: `Aan alle criteria is voldaan: het fonds kan ${nl} geven.`,
      toelichtingEn: `All criteria are met: the fund can give ${en}.`,
      bronnen: VERSNELFONDS_BRONNEN.bevoegdheid,
    },
    ontbrekend: [],
    keuzes: ['versnelfonds.kan-is-bevoegdheid'],
  };
}
