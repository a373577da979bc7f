/**
 * Splitst een stroom JSON-tekst in losse waarden zonder het geheel in het geheugen te houden.
 * Een lijst (`[ {...}, {...} ]`) levert haar elementen; anders levert elke waarde op het
 * hoogste niveau zichzelf (JSON Lines, of één object verspreid over meerdere regels).
 * De waarden worden hier niet geparst: een fout in één waarde raakt alleen dat geval.
 */

/** Eén waarde uit de stroom: de ongeparste tekst en de regel waarop ze begint. */
export interface Stroomwaarde {
  tekst: string;
  regel: number;
}

/** Een fout in de structuur van de stroom (niet in één waarde), met de regel. */
export class StroomFout extends Error {
  constructor(
    melding: string,
    readonly regel: number,
  ) {
    super(melding);
    this.name = 'StroomFout';
  }
}

/** `'lijst'`: de invoer is één JSON-lijst; `'reeks'`: losse waarden na elkaar. */
export type Stroomvorm = 'lijst' | 'reeks';

export async function* splitsJson(stukken: AsyncIterable<string>, bijVorm?: (vorm: Stroomvorm) => void): AsyncGenerator<Stroomwaarde> {
  let vorm: Stroomvorm | undefined;
  let lijstKlaar = false;
  let naElement = false; // in een lijst: na een element, dus ',' of ']' verwacht
  let naKomma = false;
  let bezig = false; // er is een waarde begonnen
  let scalair = false; // die waarde is geen object of lijst
  let diepte = 0;
  let inTekst = false;
  let ontsnapt = false;
  let regel = 1;
  let beginRegel = 1;
  let delen: string[] = [];

  for await (const stuk of stukken) {
    let begin = 0;
    for (let i = 0; i < stuk.length; i++) {
      const teken = stuk[i]!;
      if (teken === '\n') regel++;
      if (inTekst) {
        if (ontsnapt) ontsnapt = false;
        else if (teken === '\\') ontsnapt = true;
        else if (teken === '"') inTekst = false;
        continue;
      }
      const witruimte = teken === ' ' || teken === '\n' || teken === '\r' || teken === '\t';

      if (!bezig) {
        if (witruimte || teken === '\uFEFF') continue;
        if (vorm === undefined) {
          vorm = teken === '[' ? 'lijst' : 'reeks';
          bijVorm?.(vorm);
          if (vorm === 'lijst') continue;
        }
        if (lijstKlaar) throw new StroomFout('onverwachte tekst na het einde van de lijst', regel);
        if (vorm === 'lijst') {
          if (naElement) {
            if (teken === ',') {
              naElement = false;
              naKomma = true;
              continue;
            }
            if (teken === ']') {
              lijstKlaar = true;
              continue;
            }
            throw new StroomFout("verwacht ',' of ']' na een element van de lijst", regel);
          }
          if (teken === ']') {
            if (naKomma) throw new StroomFout("komma vlak voor ']'", regel);
            lijstKlaar = true;
            continue;
          }
          if (teken === ',') throw new StroomFout('lege plek in de lijst (komma zonder element)', regel);
        }
        bezig = true;
        naKomma = false;
        begin = i;
        beginRegel = regel;
        scalair = teken !== '{' && teken !== '[';
        diepte = 0;
      }

      if (teken === '"') {
        inTekst = true;
        continue;
      }
      if (scalair) {
        const einde = vorm === 'lijst' ? teken === ',' || teken === ']' : witruimte;
        if (!einde) continue;
        delen.push(stuk.slice(begin, i));
        yield { tekst: delen.join('').trim(), regel: beginRegel };
        delen = [];
        bezig = false;
        if (vorm === 'lijst') {
          if (teken === ',') naKomma = true;
          else lijstKlaar = true;
        }
        continue;
      }
      if (teken === '{' || teken === '[') diepte++;
      else if (teken === '}' || teken === ']') {
        diepte--;
        if (diepte === 0) {
          delen.push(stuk.slice(begin, i + 1));
          yield { tekst: delen.join(''), regel: beginRegel };
          delen = [];
          bezig = false;
          naElement = vorm === 'lijst';
        }
      }
    }
    if (bezig) delen.push(stuk.slice(begin));
  }

  if (inTekst || (bezig && !scalair)) throw new StroomFout('de JSON houdt midden in een waarde op (ontbreekt een }, ] of "?)', beginRegel);
  if (vorm === 'lijst' && !lijstKlaar) throw new StroomFout("de lijst is niet afgesloten met ']'", regel);
  if (bezig) yield { tekst: delen.join('').trim(), regel: beginRegel };
}
