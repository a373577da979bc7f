import type { Tweetalig } from '../types/tweetalig.js';
import type { Bron } from '../types/beoordeling.js';
import type { Feit, Status } from '../types/feit.js';
import type { Criteriumuitslag, GebruikteWaarde } from './besluit.js';

/**
 * Een criterium dat één feit toetst: `true` is voldaan, `false` niet voldaan, `'onbekend'`
 * onbekend (met het veld in `ontbrekend`).
 */
export function toetsFeit(
  feit: Feit,
  criterium: { regel: string; pad: string; bronnen: readonly Bron[]; waar: Tweetalig; onwaar: Tweetalig; onbekend: Tweetalig },
): Criteriumuitslag {
  const [status, tekst]: [Status, Tweetalig] =
    feit === 'onbekend' ? ['onbekend', criterium.onbekend] : feit ? ['voldaan', criterium.waar] : ['niet-voldaan', criterium.onwaar];
  return {
    // De bronnen zelf, niet gekopieerd: maakBeoordeling maakt er nieuwe objecten van, en een
    // bevroren lijst is zo één stap in de cache van de samengevoegde bronnen.
    grond: { regel: criterium.regel, status, toelichting: tekst.nl, toelichtingEn: tekst.en, bronnen: criterium.bronnen },
    ontbrekend: feit === 'onbekend' ? [criterium.pad] : [],
  };
}

/**
 * De sterke driewaardige "en" (Kleene): onwaar als één feit onwaar is, anders onbekend als één
 * feit onbekend is, anders waar. Zo beslist een bekend `false` ook als andere feiten ontbreken.
 */
export function enVanFeiten(feiten: readonly Feit[]): Feit {
  if (feiten.includes(false)) return false;
  if (feiten.includes('onbekend')) return 'onbekend';
  return true;
}

/**
 * Een criteriumuitslag uit een status en een tweetalige toelichting, met de bronnen van de
 * regeltekst; `extra` noemt de toegepaste waarden en de keuzes waar de bronnen zwijgen.
 */
export function criteriumuitslag(
  regel: string,
  status: Status,
  tekst: Tweetalig,
  bronnen: readonly Bron[],
  ontbrekend: readonly string[] = [],
  extra: { waarden?: readonly GebruikteWaarde[]; uitgesloten?: readonly GebruikteWaarde[]; keuzes?: readonly string[] } = {},
): Criteriumuitslag {
  return { grond: { regel, status, toelichting: tekst.nl, toelichtingEn: tekst.en, bronnen }, ontbrekend, ...extra };
}

/**
 * De bronnen van een criterium en van de gebruikte beleidswaarden achter elkaar, zonder een
 * bron twee keer te noemen (het ingebouwde beleid citeert vaak hetzelfde zinsdeel). Een citaat
 * dat in een langer citaat uit hetzelfde document al staat (de regeltekst "…van de
 * centrumgemeente" naast de waarde "…van de centrumgemeente Almelo"), valt weg.
 */
export function samenBronnen(...lijsten: ReadonlyArray<readonly Bron[]>): Bron[] {
  const samen: Bron[] = [];
  for (const lijst of lijsten) {
    for (const bron of lijst) {
      if (!samen.some((eerder) => eerder === bron || (eerder.document === bron.document && eerder.onderdeel === bron.onderdeel && eerder.citaat === bron.citaat))) samen.push(bron);
    }
  }
  return samen.filter(
    (bron) => bron.citaat === undefined || !samen.some((ander) => ander !== bron && ander.document === bron.document && ander.citaat !== undefined && ander.citaat.length > bron.citaat!.length && ander.citaat.includes(bron.citaat!)),
  );
}
