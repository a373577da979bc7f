// Bedragen op de site. De regels rekenen in eurocent (gehele getallen, SPEC §2.6); wie het
// formulier invult, denkt in euro's. Elk veld waarvan de naam op `InCenten` eindigt, vraagt en
// toont daarom euro's met centen ("4500", "4.500,00", "4500,50"), en ook het adres van een gedeeld
// geval draagt euro's. Gewone tekstbewerking, zonder DOM en zonder de bibliotheek: het script
// van de site en de generator (de links "Probeer dit geval zelf") delen dit.
//
// Een bedrag wordt als decimale tekst gelezen en nooit met een kommagetal vermenigvuldigd:
// 0,29 * 100 is in JavaScript 28,999999999999996, "0,29" hier precies 29 cent.

const CENTEN = 'InCenten';
const EURO = 'InEuro';

/** Is dit een veld met een bedrag in eurocent (`bedragInCenten`, `verwachteBesparingInCenten`)? */
export function isBedragveld(naam: string): boolean {
  return naam.length > CENTEN.length && naam.endsWith(CENTEN);
}

/** Een gelezen bedrag: het aantal eurocent, of wat er aan de tekst schort (een Nederlandse zin). */
export type Bedraglezing = { centen: number } | { fout: string };

const VOORBEELD = 'zoals 4500 of 4.500,50';

/**
 * Leest een bedrag in euro's zoals een Nederlander het schrijft: een komma voor de centen
 * (hoogstens twee cijfers), een punt alleen tussen duizendtallen, eventueel met "€" ervoor of
 * ",-" erachter. Precies, als tekst: "0,29" is 29 cent.
 *
 * @example
 * leesEuro('4500') //=> { centen: 450000 }
 * leesEuro('4.500,5') //=> { centen: 450050 }
 * leesEuro('0,29') //=> { centen: 29 }
 * leesEuro('12,345') //=> { fout: 'Een bedrag heeft hoogstens twee cijfers achter de komma (de centen), zoals 4500,50.' }
 */
export function leesEuro(invoer: string): Bedraglezing {
  const tekst = invoer.trim().replace(/^€\s*/, '');
  if (tekst === '') return { fout: `Vul een bedrag in euro's in, ${VOORBEELD}.` };
  if (/^[-−]/.test(tekst)) return { fout: 'Een bedrag kan niet negatief zijn.' };
  // Euro's: cijfers, of duizendtallen met punten (1.500, 12.345.678); dan eventueel de centen.
  const vorm = /^(\d+|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+|-{1,2}))?$/.exec(tekst);
  if (!vorm) {
    if (/^\d+\.\d{1,2}$/.test(tekst)) return { fout: `Gebruik een komma voor de centen: ${tekst.replace('.', ',')}. Een punt staat alleen tussen duizendtallen, zoals in 4.500.` };
    return { fout: `Vul een bedrag in euro's in, ${VOORBEELD}.` };
  }
  const euros = vorm[1]!.replace(/\./g, '');
  const centen = vorm[2] === undefined || vorm[2].startsWith('-') ? '00' : vorm[2];
  if (centen.length > 2) return { fout: 'Een bedrag heeft hoogstens twee cijfers achter de komma (de centen), zoals 4500,50.' };
  const totaal = BigInt(euros) * 100n + BigInt(centen.padEnd(2, '0'));
  if (totaal > BigInt(Number.MAX_SAFE_INTEGER)) return { fout: 'Dit bedrag is te groot.' };
  return { centen: Number(totaal) };
}

/**
 * Een aantal eurocent als euro's voor een invoerveld en het adres: "4500,50" (komma, twee
 * centen, geen punten, zodat het zo weer te bewerken is). Een waarde die geen geheel aantal
 * centen is (uit een oud of bewerkt adres), komt er ook als euro's uit, en het formulier zegt dan
 * wat eraan schort.
 *
 * @example
 * schrijfEuro(450050) //=> '4500,50'
 * schrijfEuro(29) //=> '0,29'
 */
export function schrijfEuro(centen: number): string {
  if (!Number.isSafeInteger(centen)) return String(centen / 100).replace('.', ',');
  const absoluut = Math.abs(centen);
  const rest = absoluut % 100;
  return `${centen < 0 ? '-' : ''}${(absoluut - rest) / 100},${String(rest).padStart(2, '0')}`;
}

/** Past `veld` toe op elk eigen veld van een geval, ook diep in objecten en lijsten. */
function omzetten(waarde: unknown, veld: (naam: string, waarde: unknown) => [string, unknown]): unknown {
  if (Array.isArray(waarde)) return waarde.map((deel) => omzetten(deel, veld));
  if (waarde === null || typeof waarde !== 'object') return waarde;
  // Object.fromEntries maakt eigen velden, ook voor een veld "__proto__" uit een adres.
  return Object.fromEntries(Object.entries(waarde).map(([naam, deel]) => veld(naam, omzetten(deel, veld))));
}

/**
 * Een geval zoals het in het adres van de pagina komt: elk bedrag in euro's, als tekst onder
 * de naam met `InEuro` (`bedragInCenten: 120050` wordt `bedragInEuro: "1200,50"`); `'onbekend'`
 * blijft `'onbekend'`. Al het andere blijft zoals het is.
 */
export function naarAdres(invoer: Record<string, unknown>): Record<string, unknown> {
  return omzetten(invoer, (naam, waarde) =>
    isBedragveld(naam) ? [`${naam.slice(0, -CENTEN.length)}${EURO}`, typeof waarde === 'number' ? schrijfEuro(waarde) : waarde] : [naam, waarde],
  ) as Record<string, unknown>;
}

/**
 * Het geval uit het adres, met de bedragen weer in eurocent onder hun eigen naam:
 * - `bedragInEuro: "1200,50"` (het formaat dat de site schrijft) wordt `bedragInCenten: 120050`;
 *   een getal daar telt ook als euro's (`1200.5`);
 * - `bedragInCenten: 120050` (een adres van vóór de euro's, en wat de regels zelf nemen) blijft
 *   eurocent; staan beide er, dan telt het bedrag in euro's;
 * - een bedrag dat niet te lezen is (een met de hand bewerkt adres), blijft tekst: het formulier
 *   toont het zo en zegt bij Beslis wat eraan schort; `'onbekend'` blijft `'onbekend'`.
 */
export function uitAdres(geval: Record<string, unknown>): Record<string, unknown> {
  const uitEuro = (waarde: unknown): unknown => {
    const tekst = typeof waarde === 'number' ? String(waarde).replace('.', ',') : waarde;
    if (typeof tekst !== 'string' || tekst.trim().toLowerCase() === 'onbekend') return tekst;
    const lezing = leesEuro(tekst);
    return 'centen' in lezing ? lezing.centen : tekst;
  };
  const metEuro = (object: Record<string, unknown>) => new Set(Object.keys(object).filter((naam) => naam.endsWith(EURO)).map((naam) => `${naam.slice(0, -EURO.length)}${CENTEN}`));
  const omgezet = (waarde: unknown): unknown => {
    if (Array.isArray(waarde)) return waarde.map(omgezet);
    if (waarde === null || typeof waarde !== 'object') return waarde;
    const object = waarde as Record<string, unknown>;
    const euros = metEuro(object);
    return Object.fromEntries(
      Object.entries(object).flatMap(([naam, deel]): Array<[string, unknown]> => {
        if (naam.length > EURO.length && naam.endsWith(EURO)) return [[`${naam.slice(0, -EURO.length)}${CENTEN}`, uitEuro(deel)]];
        if (euros.has(naam)) return [];
        return [[naam, omgezet(deel)]];
      }),
    );
  };
  return omgezet(geval) as Record<string, unknown>;
}
