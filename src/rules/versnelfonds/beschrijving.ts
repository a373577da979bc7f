import type { Bron } from '../../types/beoordeling.js';
import { AANVULLEN, type Criteriumbeschrijving, type Regelbeschrijving } from '../beschrijving.js';

const OPLOSSING_5 = 'Oplossing 5: Versnelfonds';

/** De bronnen per criterium; de gronden van een beoordeling citeren dezelfde. @internal */
export const VERSNELFONDS_BRONNEN = {
  laatsteOptie: [
    {
      document: 'integrale-ketenaanpak-mo',
      onderdeel: OPLOSSING_5,
      citaat: 'Het versnelfonds kan worden ingezet als laatste optie, wanneer voorliggende voorzieningen geen optie (meer) zijn.',
    },
  ],
  voorkomen: [
    { document: 'integrale-ketenaanpak-mo', onderdeel: `${OPLOSSING_5}, criterium 1`, citaat: 'Voorkomen: geen of minder lang een beroep op de maatschappelijke opvang' },
  ],
  herkomst: [
    {
      document: 'integrale-ketenaanpak-mo',
      onderdeel: `${OPLOSSING_5}, criterium 2`,
      citaat: 'Herkomst: de cliënten moeten komen uit het werkgebied van de centrumgemeente Almelo',
    },
  ],
  kostenBaten: [
    {
      document: 'integrale-ketenaanpak-mo',
      onderdeel: `${OPLOSSING_5}, criterium 3`,
      citaat: 'Kosten-baten: de injectie moet in verhouding staan tot de verwachte besparing aan maatschappelijke kosten',
    },
  ],
  schulden: [
    {
      document: 'integrale-ketenaanpak-mo',
      onderdeel: `${OPLOSSING_5}, criterium 4`,
      citaat: 'Schulden: bij schulden moet een schuldhulpverlener betrokken zijn en schulden tot een minimum teruggedrongen zijn.',
    },
  ],
  maximum: [
    {
      document: 'integrale-ketenaanpak-mo',
      onderdeel: OPLOSSING_5,
      citaat: 'In dat geval kan het fonds een gift, lening of voorschot verstrekken tot een maximum van € 1.000,-.',
    },
  ],
} as const satisfies Record<string, readonly Bron[]>;

const criteria: Criteriumbeschrijving[] = [
  {
    id: 'versnelfonds.laatste-optie',
    voldaanAls: {
      nl: 'Voorliggende voorzieningen zijn geen optie (meer): `voorliggendeVoorzieningenBenut` is `true`.',
      en: 'Provisions that come first are no (longer an) option: `voorliggendeVoorzieningenBenut` is `true`.',
    },
    bronnen: VERSNELFONDS_BRONNEN.laatsteOptie,
  },
  {
    id: 'versnelfonds.voorkomen',
    voldaanAls: {
      nl: 'De aanvraag voorkomt een beroep op de maatschappelijke opvang of maakt het korter: `voorkomtOfVerkortOpvang` is `true`.',
      en: 'The request prevents or shortens a stay in shelter care: `voorkomtOfVerkortOpvang` is `true`.',
    },
    bronnen: VERSNELFONDS_BRONNEN.voorkomen,
  },
  {
    id: 'versnelfonds.herkomst',
    voldaanAls: {
      nl: 'De gemeente van herkomst hoort op de peildatum bij de regio van het fonds (beleidsparameter `versnelfonds.regio`; voor `almelo` de regio Almelo). Zelfde toets als de regel herkomst; `onbekend` maakt het criterium onbekend.',
      en: "The municipality of origin belongs to the fund's region on the reference date (policy parameter `versnelfonds.regio`; for `almelo` the Almelo region). Same test as the origin rule; `onbekend` leaves the criterion unknown.",
    },
    bronnen: VERSNELFONDS_BRONNEN.herkomst,
  },
  {
    id: 'versnelfonds.kosten-baten',
    voldaanAls: {
      nl: 'De verwachte besparing is ten minste de kosten-batenfactor (beleidsparameter `versnelfonds.kostenBatenFactor`) maal het toekenbare bedrag, naar boven afgerond op hele centen. Voor `almelo` is de factor 1: een interpretatie van "in verhouding" (zie Beleid).',
      en: 'The expected saving is at least the cost-benefit factor (policy parameter `versnelfonds.kostenBatenFactor`) times the grantable amount, rounded up to whole cents. For `almelo` the factor is 1: an interpretation of "in proportion" (see Beleid).',
    },
    bronnen: VERSNELFONDS_BRONNEN.kostenBaten,
  },
  {
    id: 'versnelfonds.schulden',
    voldaanAls: {
      nl: 'Zonder schulden is het criterium niet van toepassing. Met schulden is het voldaan als er een schuldhulpverlener betrokken is én de schulden tot een minimum zijn teruggebracht; één `false` daarvan is niet voldaan. Zijn de schulden onbekend maar beide andere feiten `true`, dan is het criterium in elk geval voldaan.',
      en: 'Without debts the criterion does not apply. With debts it is met when a debt counsellor is involved and the debts have been brought to a minimum; either one `false` means not met. If debts are unknown but both other facts are `true`, the criterion is met either way.',
    },
    bronnen: VERSNELFONDS_BRONNEN.schulden,
  },
  {
    id: 'versnelfonds.maximum',
    voldaanAls: {
      nl: 'Altijd voldaan: een hoger bedrag wordt niet afgewezen maar begrensd tot het maximum dat op de peildatum geldt (beleidsparameter `versnelfonds.maximumInCenten`; voor `almelo` € 1.000,00 vanaf 1 januari 2020). De toelichting zegt of het bedrag is begrensd.',
      en: 'Always met: a higher amount is not refused but capped at the maximum in force on the reference date (policy parameter `versnelfonds.maximumInCenten`; for `almelo` €1,000.00 from 1 January 2020). The explanation says whether the amount was capped.',
    },
    bronnen: VERSNELFONDS_BRONNEN.maximum,
  },
];

/** De beschrijving van de regel versnelfonds (zie {@link beoordeelVersnelfonds}). */
export const VERSNELFONDS: Regelbeschrijving = {
  id: 'versnelfonds',
  functie: 'beoordeelVersnelfonds',
  titel: { nl: 'Versnelfonds', en: 'Acceleration fund' },
  omschrijving: {
    nl: 'Beoordeelt een aanvraag bij het versnelfonds: een gift, lening of voorschot als laatste optie, tot een maximum, te beoordelen binnen 24 uur na indiening. De peildatum is de Amsterdamse kalenderdatum van `ingediendOp`; `beoordelenUiterlijk` is `ingediendOp` plus de beoordelingstermijn in verstreken uren (over een zomer- of wintertijdwissel verschuift de klok dus 23 of 25 uur).',
    en: 'Decides a request to the acceleration fund: a gift, loan or advance as a last resort, up to a maximum, to be decided within 24 hours of submission. The reference date is the Amsterdam calendar date of `ingediendOp`; `beoordelenUiterlijk` is `ingediendOp` plus the decision period in elapsed hours (so across a daylight-saving change the wall clock moves 23 or 25 hours).',
  },
  uitkomsten: {
    toekennen: { nl: 'toekennen', en: 'grant' },
    afwijzen: { nl: 'afwijzen', en: 'refuse' },
    aanvullen: AANVULLEN,
  },
  criteria,
};
