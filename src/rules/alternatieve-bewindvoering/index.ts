import { besluit, type Criteriumuitslag } from '../../kern/besluit.js';
import { criteriumuitslag, toetsFeit } from '../../kern/feiten.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling } from '../../types/beoordeling.js';
import { maakVeilig } from '../../types/uitslag.js';
import { SCHULDEN_BRONNEN } from '../schuldhulp/beschrijving.js';
import { AlternatieveBewindvoeringInvoerSchema, type AlternatieveBewindvoeringInvoer, type GevalideerdeAlternatieveBewindvoeringInvoer } from './invoer.js';

/** De uitkomsten van {@link toetsAlternatieveBewindvoering}. */
export type AlternatieveBewindvoeringUitkomst = 'mogelijk' | 'niet-mogelijk' | 'niet-voorzien' | 'aanvullen';

/** Het resultaat van {@link toetsAlternatieveBewindvoering}. */
export type AlternatieveBewindvoeringBeoordeling = Beoordeling<AlternatieveBewindvoeringUitkomst>;


/** Kan deze handeling in deze fase volgens de bron? Starten na uitstroom regelt de bron niet. */
function fase({ fase, handeling }: GevalideerdeAlternatieveBewindvoeringInvoer): Criteriumuitslag {
  const regel = 'alternatieve-bewindvoering.fase';
  if (handeling === 'voortzetten') {
    return fase === 'na-uitstroom'
      ? criteriumuitslag(
          regel,
          'voldaan',
          { nl: 'Alternatieve bewindvoering gaat (naar behoefte) door nadat iemand uit de MO is uitgestroomd.', en: 'Alternative budget management continues (as needed) after someone has left shelter care.' },
          [SCHULDEN_BRONNEN.startEnDoor],
        )
      : criteriumuitslag(
          regel,
          'voldaan',
          {
            nl: `Lopende alternatieve bewindvoering gaat door ${fase === 'opvang' ? 'in de opvang' : 'bij dreigende dak- of thuisloosheid'}; ze is op maat: zwaar in het begin en licht aan het eind.`,
            en: `Ongoing alternative budget management continues ${fase === 'opvang' ? 'in shelter care' : 'while homelessness threatens'}; it is tailored: heavy at the start and light at the end.`,
          },
          [SCHULDEN_BRONNEN.startEnDoor, SCHULDEN_BRONNEN.opMaat],
        );
  }
  if (fase === 'dreigend') {
    return criteriumuitslag(
      regel,
      'voldaan',
      { nl: 'Alternatieve bewindvoering kan starten bij een verhoogd risico op dak- en thuisloosheid; dat risico is er in deze fase.', en: 'Alternative budget management can start at a raised risk of homelessness; that risk exists in this phase.' },
      [SCHULDEN_BRONNEN.startEnDoor],
    );
  }
  if (fase === 'opvang') {
    return criteriumuitslag(
      regel,
      'voldaan',
      {
        nl: 'De cliënt is in de opvang: alternatieve bewindvoering kan al starten bij een verhoogd risico op dak- en thuisloosheid, dus ook in de opvang, en iedereen in de MO met schulden heeft een vorm van schuldhulpverlening.',
        en: 'The client is in shelter care: alternative budget management can already start at a raised risk of homelessness, so also in shelter care, and everyone in shelter care with debts has some form of debt support.',
      },
      [SCHULDEN_BRONNEN.startEnDoor, SCHULDEN_BRONNEN.iedereen],
    );
  }
  return criteriumuitslag(
    regel,
    'onbekend',
    {
      nl: "De bron laat alternatieve bewindvoering starten bij een verhoogd risico op dak- en thuisloosheid en na uitstroom doorgaan, maar zegt niet of ze na uitstroom nog kan starten; dat beslist deze regel niet. Is er opnieuw een verhoogd risico op dak- en thuisloosheid, toets dan met fase 'dreigend'.",
      en: "The source lets alternative budget management start at a raised risk of homelessness and continue after leaving shelter, but does not say whether it can still start after leaving shelter; this rule does not decide that. If there is again a raised risk of homelessness, test with phase 'dreigend'.",
    },
    [SCHULDEN_BRONNEN.startEnDoor],
  );
}

function toestemming(invoer: GevalideerdeAlternatieveBewindvoeringInvoer): Criteriumuitslag {
  return toetsFeit(invoer.toestemming, {
    regel: 'alternatieve-bewindvoering.toestemming',
    pad: 'toestemming',
    bronnen: [SCHULDEN_BRONNEN.vrijwillig],
    waar: { nl: 'De cliënt stemt in; deelname is vrijwillig, maar niet vrijblijvend.', en: 'The client consents; participation is voluntary, though not without obligation.' },
    onwaar: {
      nl: 'De cliënt stemt niet in; deelname is vrijwillig, dus alternatieve bewindvoering kan niet zonder instemming van de cliënt.',
      en: 'The client does not consent; participation is voluntary, so alternative budget management cannot go ahead without the client’s consent.',
    },
    onbekend: { nl: 'Het is niet bekend of de cliënt instemt; deelname is vrijwillig.', en: 'It is not known whether the client consents; participation is voluntary.' },
  });
}

function behoefte(invoer: GevalideerdeAlternatieveBewindvoeringInvoer): Criteriumuitslag {
  const regel = 'alternatieve-bewindvoering.behoefte';
  const bronnen = [SCHULDEN_BRONNEN.startEnDoor, SCHULDEN_BRONNEN.opMaat];
  if (invoer.handeling !== 'voortzetten' || invoer.fase !== 'na-uitstroom') {
    return criteriumuitslag(
      regel,
      'niet-van-toepassing',
      {
        nl: 'De behoefte beslist alleen over voortzetten na uitstroom; in de andere gevallen schaalt alternatieve bewindvoering op maat op of af.',
        en: 'Need decides only about continuing after leaving shelter; otherwise alternative budget management scales up or down as needed.',
      },
      bronnen,
    );
  }
  return toetsFeit(invoer.behoefte, {
    regel,
    pad: 'behoefte',
    bronnen,
    waar: { nl: 'De cliënt heeft na uitstroom nog behoefte aan alternatieve bewindvoering.', en: 'After leaving shelter the client still needs alternative budget management.' },
    onwaar: {
      nl: 'De cliënt heeft na uitstroom geen behoefte meer aan alternatieve bewindvoering; na uitstroom gaat ze alleen door naar behoefte.',
      en: 'After leaving shelter the client no longer needs alternative budget management; after leaving shelter it continues only as needed.',
    },
    onbekend: { nl: 'Het is niet bekend of de cliënt na uitstroom nog behoefte heeft aan alternatieve bewindvoering.', en: 'It is not known whether the client still needs alternative budget management after leaving shelter.' },
  });
}

/**
 * Zegt of alternatieve bewindvoering (Integrale ketenaanpak MO, oplossing 4) in een fase kan
 * starten of doorgaan. Criteria: `alternatieve-bewindvoering.fase`, `.toestemming` en
 * `.behoefte`.
 *
 * - starten kan bij dreigende dak- of thuisloosheid en in de opvang; voortzetten in elke fase,
 *   na uitstroom alleen naar behoefte;
 * - deelname is vrijwillig: zonder instemming `niet-mogelijk`;
 * - starten ná uitstroom staat niet in de bron: `niet-voorzien` (een mens beslist; bij een nieuw
 *   verhoogd risico op dakloosheid geldt de fase `'dreigend'`);
 * - een `niet-voldaan` beslist `niet-mogelijk`; anders geeft een onbekend feit `aanvullen`.
 *
 * Hangt niet van een datum of beleid af: `peildatum` en `beleid` zijn `null`.
 *
 * @param invoer - zie {@link AlternatieveBewindvoeringInvoer}
 * @throws {OngeldigeInvoerFout} bij onjuiste invoer; `fouten[].pad` noemt het veld
 * @example
 * toetsAlternatieveBewindvoering({ fase: 'dreigend', handeling: 'starten', toestemming: true }).uitkomst
 * //=> 'mogelijk'
 * toetsAlternatieveBewindvoering({ fase: 'opvang', handeling: 'starten', toestemming: false }).uitkomst
 * //=> 'niet-mogelijk'
 * toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'voortzetten', toestemming: true }).ontbrekendeGegevens
 * //=> ['behoefte']
 * toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'starten', toestemming: true }).uitkomst
 * //=> 'niet-voorzien'
 */
export function toetsAlternatieveBewindvoering(invoer: AlternatieveBewindvoeringInvoer): AlternatieveBewindvoeringBeoordeling {
  const gevalideerd = valideer(AlternatieveBewindvoeringInvoerSchema, invoer);
  const criteria = [fase(gevalideerd), toestemming(gevalideerd), behoefte(gevalideerd)];
  const beoordeling = besluit({ regel: 'alternatieve-bewindvoering', peildatum: null, beleid: null }, criteria, {
    positief: 'mogelijk',
    negatief: 'niet-mogelijk',
    aanvullen: 'aanvullen',
  });
  // Een fase die de bron niet regelt, kan niet met meer gegevens worden aangevuld: een mens beslist.
  const nietVoorzien = criteria[0]!.grond.status === 'onbekend';
  if (nietVoorzien && beoordeling.uitkomst !== 'niet-mogelijk') return { ...beoordeling, uitkomst: 'niet-voorzien', ontbrekendeGegevens: [] };
  return beoordeling;
}

/**
 * De niet-gooiende vorm van {@link toetsAlternatieveBewindvoering}: `{ succes: true, beoordeling }`
 * of `{ succes: false, fouten }`.
 *
 * @example
 * const uitslag = toetsAlternatieveBewindvoeringVeilig({ fase: 'nazorg', handeling: 'starten', toestemming: true } as never);
 * uitslag.succes ? uitslag.beoordeling.uitkomst : uitslag.fouten.map((fout) => fout.pad)
 * //=> ['fase']
 */
export const toetsAlternatieveBewindvoeringVeilig = /* @__PURE__ */ maakVeilig(toetsAlternatieveBewindvoering);
