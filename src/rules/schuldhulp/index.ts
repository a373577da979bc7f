import { besluit, type Criteriumuitslag } from '../../kern/besluit.js';
import { criteriumuitslag } from '../../kern/feiten.js';
import type { Tweetalig } from '../beschrijving.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling } from '../../types/beoordeling.js';
import type { Fase } from '../../types/fase.js';
import { maakVeilig } from '../../types/uitslag.js';
import { SCHULDEN_BRONNEN } from './beschrijving.js';
import { SchuldhulpInvoerSchema, type SchuldhulpInvoer, type Schuldhulpvorm } from './invoer.js';

/** De uitkomsten van {@link toetsSchuldhulp}. */
export type SchuldhulpUitkomst = 'voldaan' | 'actie-nodig' | 'niet-van-toepassing' | 'aanvullen';

/** Het resultaat van {@link toetsSchuldhulp}. */
export type SchuldhulpBeoordeling = Beoordeling<SchuldhulpUitkomst>;

const REGEL = 'schuldhulp.vorm';
const BRONNEN = [SCHULDEN_BRONNEN.iedereen, SCHULDEN_BRONNEN.componenten];

const FASENAMEN: Record<Fase, Tweetalig> = {
  dreigend: { nl: 'dak- of thuisloosheid dreigt', en: 'homelessness threatens' },
  opvang: { nl: 'de cliënt is in de opvang', en: 'the client is in shelter care' },
  'na-uitstroom': { nl: 'de cliënt is uit de opvang uitgestroomd', en: 'the client has left shelter care' },
};

const VORMNAMEN: Record<Exclude<Schuldhulpvorm, 'geen' | 'onbekend'>, Tweetalig> = {
  regulier: { nl: 'reguliere schuldhulpverlening', en: 'regular debt support' },
  'alternatieve-bewindvoering': { nl: 'alternatieve bewindvoering', en: 'alternative budget management' },
  budgetbeheer: { nl: 'budgetbeheer', en: 'budget management' },
};

function uitslag(status: Criteriumuitslag['grond']['status'], tekst: Tweetalig, ontbrekend: string[] = []): Criteriumuitslag {
  return criteriumuitslag(REGEL, status, tekst, BRONNEN, ontbrekend);
}

/** Buiten de opvang: de eis geldt niet, maar de toelichting wijst op alternatieve bewindvoering. */
function buitenDeOpvang(invoer: SchuldhulpInvoer): Criteriumuitslag {
  const fase = FASENAMEN[invoer.fase];
  const zonderHulp = invoer.schulden !== false && invoer.schuldhulpverlening === 'geen';
  const wijzer: Tweetalig =
    invoer.fase === 'dreigend'
      ? { nl: ' Alternatieve bewindvoering kan al starten bij een verhoogd risico op dak- en thuisloosheid (zie toetsAlternatieveBewindvoering).', en: ' Alternative budget management can already start at a raised risk of homelessness (see toetsAlternatieveBewindvoering).' }
      : { nl: ' Alternatieve bewindvoering gaat na uitstroom door naar behoefte (zie toetsAlternatieveBewindvoering).', en: ' Alternative budget management continues after leaving shelter as needed (see toetsAlternatieveBewindvoering).' };
  return uitslag('niet-van-toepassing', {
    nl: `De eis dat iedereen in de MO met schulden een vorm van schuldhulpverlening heeft, geldt in de opvang; hier ${fase.nl}.${zonderHulp ? wijzer.nl : ''}`,
    en: `The requirement that everyone in shelter care with debts has some form of debt support applies in shelter care; here ${fase.en}.${zonderHulp ? wijzer.en : ''}`,
  });
}

function inDeOpvang({ schulden, schuldhulpverlening }: SchuldhulpInvoer): Criteriumuitslag {
  if (schulden === false) {
    return uitslag('niet-van-toepassing', { nl: 'De cliënt in de opvang heeft geen schulden; de eis is niet van toepassing.', en: 'The client in shelter care has no debts; the requirement does not apply.' });
  }
  if (schuldhulpverlening !== 'geen' && schuldhulpverlening !== 'onbekend') {
    const vorm = VORMNAMEN[schuldhulpverlening];
    return uitslag(
      'voldaan',
      schulden === true
        ? { nl: `De cliënt in de opvang heeft schulden en een vorm van schuldhulpverlening: ${vorm.nl}.`, en: `The client in shelter care has debts and a form of debt support: ${vorm.en}.` }
        : {
            nl: `Het is niet bekend of de cliënt in de opvang schulden heeft, maar er is een vorm van schuldhulpverlening (${vorm.nl}); aan de eis is in elk geval voldaan.`,
            en: `It is not known whether the client in shelter care has debts, but there is a form of debt support (${vorm.en}); the requirement is met either way.`,
          },
    );
  }
  if (schuldhulpverlening === 'geen') {
    return schulden === true
      ? uitslag('niet-voldaan', {
          nl: 'De cliënt in de opvang heeft schulden maar geen enkele vorm van schuldhulpverlening; regel die (bijvoorbeeld alternatieve bewindvoering).',
          en: 'The client in shelter care has debts but no form of debt support; arrange one (for example alternative budget management).',
        })
      : uitslag(
          'onbekend',
          {
            nl: 'De cliënt in de opvang heeft geen schuldhulpverlening; het is niet bekend of er schulden zijn.',
            en: 'The client in shelter care has no debt support; it is not known whether there are debts.',
          },
          ['schulden'],
        );
  }
  return schulden === true
    ? uitslag(
        'onbekend',
        { nl: 'De cliënt in de opvang heeft schulden; het is niet bekend of er een vorm van schuldhulpverlening is.', en: 'The client in shelter care has debts; it is not known whether there is a form of debt support.' },
        ['schuldhulpverlening'],
      )
    : uitslag(
        'onbekend',
        {
          nl: 'Het is niet bekend of de cliënt in de opvang schulden heeft, en ook niet of er een vorm van schuldhulpverlening is.',
          en: 'It is not known whether the client in shelter care has debts, nor whether there is a form of debt support.',
        },
        ['schulden', 'schuldhulpverlening'],
      );
}

/**
 * Toetst de eis "Iedereen in de MO met schulden heeft een vorm van schuldhulpverlening"
 * (Integrale ketenaanpak MO, oplossing 4). Criterium: `schuldhulp.vorm`.
 *
 * - in de fase `'opvang'` met schulden: een vorm van schuldhulpverlening → `voldaan`; `'geen'` →
 *   `actie-nodig`; onbekend → `aanvullen`;
 * - zonder schulden, of in de fase `'dreigend'` of `'na-uitstroom'` → `niet-van-toepassing` (de eis
 *   geldt in de opvang; de toelichting wijst dan op alternatieve bewindvoering als er schulden
 *   zijn zonder hulp);
 * - onbekende schulden met een vorm van schuldhulpverlening → `voldaan` (in elk geval).
 *
 * Hangt niet van een datum of beleid af: `peildatum` en `beleid` zijn `null`.
 *
 * @param invoer - zie {@link SchuldhulpInvoer}
 * @throws {OngeldigeInvoerFout} bij onjuiste invoer; `fouten[].pad` noemt het veld
 * @example
 * toetsSchuldhulp({ fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' }).uitkomst
 * //=> 'actie-nodig'
 * toetsSchuldhulp({ fase: 'opvang', schulden: true, schuldhulpverlening: 'budgetbeheer' }).uitkomst
 * //=> 'voldaan'
 * toetsSchuldhulp({ fase: 'opvang', schulden: 'onbekend', schuldhulpverlening: 'geen' }).ontbrekendeGegevens
 * //=> ['schulden']
 * toetsSchuldhulp({ fase: 'dreigend', schulden: true, schuldhulpverlening: 'geen' }).uitkomst
 * //=> 'niet-van-toepassing'
 */
export function toetsSchuldhulp(invoer: SchuldhulpInvoer): SchuldhulpBeoordeling {
  const gevalideerd = valideer(SchuldhulpInvoerSchema, invoer);
  const criterium = gevalideerd.fase === 'opvang' ? inDeOpvang(gevalideerd) : buitenDeOpvang(gevalideerd);
  return besluit({ regel: 'schuldhulp', peildatum: null, beleid: null }, [criterium], {
    positief: 'voldaan',
    negatief: 'actie-nodig',
    aanvullen: 'aanvullen',
    nietVanToepassing: 'niet-van-toepassing',
  });
}

/**
 * De niet-gooiende vorm van {@link toetsSchuldhulp}: `{ succes: true, beoordeling }` of
 * `{ succes: false, fouten }`.
 *
 * @example
 * const uitslag = toetsSchuldhulpVeilig({ fase: 'opvang', schulden: 'ja', schuldhulpverlening: 'geen' } as never);
 * uitslag.succes ? uitslag.beoordeling.uitkomst : uitslag.fouten
 * //=> [{ pad: 'schulden', melding: "moet true, false of 'onbekend' zijn" }]
 */
export const toetsSchuldhulpVeilig = /* @__PURE__ */ maakVeilig(toetsSchuldhulp);
