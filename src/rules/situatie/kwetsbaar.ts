import type { Criteriumuitslag } from '../../kern/besluit.js';
import { criteriumuitslag } from '../../kern/feiten.js';
import { opsomming } from '../../kern/teksten.js';
import type { Tweetalig } from '../../types/tweetalig.js';
import { SITUATIE_BRONNEN, SITUATIE_KEUZES } from './beschrijving.js';
import type { Doelgroep, GevalideerdeSituatieInvoer } from './invoer.js';

// Het signaal over kwetsbare groepen (visie MO IJssel-Vecht §3.3, ontwikkellijn 4, en §7.2): apart
// van de indeling, want het verandert die nooit.

const B = SITUATIE_BRONNEN;
const K = SITUATIE_KEUZES;

/**
 * Een kwetsbare groep waarvoor de visie MO aandacht vraagt (§3.3, ontwikkellijn 4, en §7.2):
 * kinderen, jongeren, vrouwen ("niet altijd veilig … in de opvang") en LHBTIQ+'ers.
 */
export type KwetsbareGroep = 'kinderen' | 'jongeren' | 'vrouwen' | 'lhbtiq';

const KWETSBARE_GROEPEN: readonly KwetsbareGroep[] = ['kinderen', 'jongeren', 'vrouwen', 'lhbtiq'];
const KWETSBARE_GROEPNAMEN: Readonly<Record<KwetsbareGroep, Tweetalig>> = {
  kinderen: { nl: 'kinderen', en: 'children' },
  jongeren: { nl: 'jongeren', en: 'young people' },
  vrouwen: { nl: 'vrouwen', en: 'women' },
  lhbtiq: { nl: "LHBTIQ+'ers", en: 'LGBTIQ+ people' },
};
/** Welke doelgroepen bij welke kwetsbare groep horen; `met-kinderen` en `jongere-niet-meer-thuis` zijn een keuze. */
const KWETSBAAR_UIT: Readonly<Record<KwetsbareGroep, readonly Doelgroep[]>> = {
  kinderen: ['met-kinderen'],
  jongeren: ['jongere', 'jongere-niet-meer-thuis'],
  vrouwen: ['vrouw'],
  lhbtiq: ['lhbtiq'],
};

/**
 * De kwetsbare groepen (visie §3.3, ontwikkellijn 4, en §7.2), alleen als signaal. Elke groep krijgt
 * wat de visie over haar zegt, en alleen dat: vrouwen noemt ontwikkellijn 4 niet; over hen zegt de
 * visie alleen dat de opvang voor hen niet altijd veilig is. @internal
 */
export function bepaalKwetsbareGroepen(invoer: GevalideerdeSituatieInvoer): { groepen: KwetsbareGroep[]; uitslag: Criteriumuitslag } {
  const regel = 'situatie.kwetsbare-groep';
  const opgegeven = new Set<Doelgroep>(invoer.doelgroepen);
  const groepen = KWETSBARE_GROEPEN.filter((groep) => KWETSBAAR_UIT[groep].some((doelgroep) => opgegeven.has(doelgroep)));
  if (groepen.length === 0) {
    return {
      groepen,
      uitslag: criteriumuitslag(
        regel,
        'niet-van-toepassing',
        {
          nl: "De invoer wijst niet op kinderen, jongeren, vrouwen of LHBTIQ+'ers. Dat zijn de kwetsbare groepen waarvoor het beleid aandacht vraagt.",
          en: 'The input does not show children, young people, women or LGBTIQ+ people. Those are the vulnerable groups the policy asks attention for.',
        },
        [B.kwetsbareGroepen, B.nietVeilig],
      ),
    };
  }
  const heeft = (groep: KwetsbareGroep) => groepen.includes(groep);
  const metAandacht = groepen.filter((groep) => groep !== 'vrouwen');
  const zinnen: Tweetalig[] = [];
  if (metAandacht.length > 0) {
    const namen = (taal: 'nl' | 'en') => opsomming(metAandacht.map((groep) => KWETSBARE_GROEPNAMEN[groep][taal]), taal === 'nl' ? 'en' : 'and');
    zinnen.push({
      nl: `Het beleid noemt ${namen('nl')} als ${metAandacht.length > 1 ? 'groepen' : 'groep'} om aandacht voor te houden${heeft('kinderen') ? ' (bij kinderen: die van de cliënt)' : ''}.`,
      en: `The policy names ${namen('en')} as ${metAandacht.length > 1 ? 'groups' : 'a group'} to pay attention to${heeft('kinderen') ? " (for children: the client's children)" : ''}.`,
    });
  }
  const onveilig = groepen.filter((groep) => groep !== 'kinderen');
  if (onveilig.length > 0) {
    const namen = (taal: 'nl' | 'en') => opsomming(onveilig.map((groep) => KWETSBARE_GROEPNAMEN[groep][taal]), taal === 'nl' ? 'en' : 'and');
    zinnen.push({
      // §7.2 beschrijft wat de regio ziet ("zien we dat"): een waarneming, geen regel.
      nl: `De visie beschrijft dat de opvang niet altijd veilig is voor ${namen('nl')}.`,
      en: `The visie describes that shelter is not always safe for ${namen('en')}.`,
    });
  }
  zinnen.push({ nl: 'Dit is een aandachtspunt; het verandert de indeling niet.', en: 'This is a point of attention; it does not change the classification.' });
  const bronnen = [
    ...(metAandacht.length > 0 ? [B.kwetsbareGroepen] : []),
    ...(heeft('kinderen') ? [B.kinderen] : []),
    ...(heeft('jongeren') || heeft('lhbtiq') ? [B.jongerenLhbtiq, B.actieplan] : []),
    ...(onveilig.length > 0 ? [B.nietVeilig] : []),
  ];
  const afgeleid = opgegeven.has('met-kinderen') || (opgegeven.has('jongere-niet-meer-thuis') && !opgegeven.has('jongere'));
  return {
    groepen,
    uitslag: criteriumuitslag(
      regel,
      'voldaan',
      { nl: zinnen.map((zin) => zin.nl).join(' '), en: zinnen.map((zin) => zin.en).join(' ') },
      bronnen,
      [],
      { keuzes: afgeleid ? [K.kwetsbareGroep] : [] },
    ),
  };
}
