import { parseArgs } from 'node:util';
import { OngeldigeInvoerFout, REGELS, invoerJsonSchema, motivering, zoekRegel, type Beoordeling, type Regel, type Veldfout } from '../index.js';
import { splitsJson, StroomFout, type Stroomwaarde } from './json-stroom.js';

/** Wat de CLI van de buitenwereld nodig heeft; in tests vervangen door geheugen. */
export interface Omgeving {
  /** Schrijft naar stdout en wacht als de afnemer achterloopt (tegendruk). */
  schrijf(tekst: string): Promise<void> | void;
  /** Schrijft naar stderr. */
  meld(tekst: string): void;
  /** Leest een bestand of (`-`) stdin als stroom tekst; gooit een fout met `code` als het niet kan. */
  lees(bron: string): AsyncIterable<string>;
  /** De versie van het pakket. */
  versie: string;
}

/** Exitcodes: 0 gelukt, 2 ongeldige invoer (met de veldfouten), 1 al het andere. */
export const EXIT = { gelukt: 0, fout: 1, ongeldigeInvoer: 2 } as const;

const HULP = `opvangregels: regels van de maatschappelijke opvang

Gebruik:
  opvangregels beoordeel <regel> <bestand.json|->  [--json] [--taal nl|en]
  opvangregels schema <regel>
  opvangregels regels

beoordeel  beoordeelt de invoer en print de motivering (--json: de Beoordeling als JSON).
           Eén object = één geval. Een lijst of JSON Lines = een batch: één regel per
           geval op stdout, een samenvatting op stderr. '-' leest stdin.
schema     print het JSON Schema van de invoer van een regel.
regels     print de regels met hun criteria.

Exitcodes: 0 gelukt, 2 ongeldige invoer (met pad en melding per veld), 1 anders.`;

/**
 * Voert de CLI uit met de gegeven argumenten (zonder `node` en scriptnaam).
 *
 * @returns de exitcode
 */
export async function voerUit(argumenten: string[], omgeving: Omgeving): Promise<number> {
  let geparst;
  try {
    geparst = parseArgs({
      args: argumenten,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        taal: { type: 'string', default: 'nl' },
        help: { type: 'boolean', short: 'h', default: false },
        versie: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (fout) {
    return gebruiksfout(omgeving, (fout as Error).message);
  }
  const { values: opties, positionals } = geparst;
  if (opties.versie) {
    await omgeving.schrijf(`${omgeving.versie}\n`);
    return EXIT.gelukt;
  }
  const [opdracht, ...rest] = positionals;
  if (opties.help || opdracht === undefined || opdracht === 'help') {
    await omgeving.schrijf(`${HULP}\n`);
    return opdracht === undefined && !opties.help ? EXIT.fout : EXIT.gelukt;
  }
  if (opties.taal !== 'nl' && opties.taal !== 'en') return gebruiksfout(omgeving, `onbekende taal '${opties.taal}': kies nl of en`);
  const taal = opties.taal;

  switch (opdracht) {
    case 'regels':
      if (rest.length > 0) return gebruiksfout(omgeving, "'regels' neemt geen argumenten");
      await omgeving.schrijf(beschrijfRegels(taal));
      return EXIT.gelukt;
    case 'schema': {
      if (rest.length !== 1) return gebruiksfout(omgeving, "gebruik: opvangregels schema <regel>");
      const regel = controleerRegel(rest[0]!, omgeving);
      if (!regel) return EXIT.fout;
      await omgeving.schrijf(`${JSON.stringify(invoerJsonSchema(regel.beschrijving.id), null, 2)}\n`);
      return EXIT.gelukt;
    }
    case 'beoordeel': {
      if (rest.length !== 2) return gebruiksfout(omgeving, 'gebruik: opvangregels beoordeel <regel> <bestand.json|->');
      const regel = controleerRegel(rest[0]!, omgeving);
      if (!regel) return EXIT.fout;
      return beoordeelBestand(regel, rest[1]!, { json: opties.json, taal }, omgeving);
    }
    default:
      return gebruiksfout(omgeving, `onbekende opdracht '${opdracht}'`);
  }
}

function gebruiksfout(omgeving: Omgeving, melding: string): number {
  omgeving.meld(`opvangregels: ${melding}\nZie 'opvangregels --help'.\n`);
  return EXIT.fout;
}

function controleerRegel(id: string, omgeving: Omgeving): Regel | undefined {
  try {
    return zoekRegel(id);
  } catch (fout) {
    omgeving.meld(`opvangregels: ${(fout as OngeldigeInvoerFout).fouten[0]!.melding} (gegeven: '${id}')\n`);
    return undefined;
  }
}

function beschrijfRegels(taal: 'nl' | 'en'): string {
  return Object.values(REGELS)
    .map(({ beschrijving }) => {
      const criteria = beschrijving.criteria.map((criterium) => `    ${criterium.id}: ${criterium.voldaanAls[taal]}`).join('\n');
      return `${beschrijving.id} (${beschrijving.functie}): ${beschrijving.omschrijving[taal]}\n  ${taal === 'nl' ? 'uitkomsten' : 'outcomes'}: ${Object.keys(beschrijving.uitkomsten).join(', ')}\n${criteria}\n`;
    })
    .join('\n');
}

type Gevalresultaat = { nr: number; regel: number; succes: true; beoordeling: Beoordeling<string> } | { nr: number; regel: number; succes: false; fouten: Veldfout[] };

function beoordeelWaarde(regel: Regel, waarde: Stroomwaarde, nr: number): Gevalresultaat {
  let invoer: unknown;
  try {
    invoer = JSON.parse(waarde.tekst);
  } catch (fout) {
    return { nr, regel: waarde.regel, succes: false, fouten: [{ pad: '', melding: `geen geldige JSON (${(fout as Error).message})` }] };
  }
  try {
    return { nr, regel: waarde.regel, succes: true, beoordeling: regel.beoordeel(invoer) };
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) return { nr, regel: waarde.regel, succes: false, fouten: fout.fouten };
    throw fout;
  }
}

function veldfoutTekst(fout: Veldfout): string {
  return `${fout.pad || '(invoer)'}: ${fout.melding}`;
}

async function beoordeelBestand(regel: Regel, bron: string, opties: { json: boolean; taal: 'nl' | 'en' }, omgeving: Omgeving): Promise<number> {
  let eerste: Gevalresultaat | undefined;
  let batch = false;
  let aantal = 0;
  let ongeldig = 0;
  const perUitkomst = new Map<string, number>();

  const schrijfBatchregel = async (resultaat: Gevalresultaat): Promise<void> => {
    if (opties.json) {
      await omgeving.schrijf(`${JSON.stringify(resultaat)}\n`);
    } else if (resultaat.succes) {
      const toelichting = resultaat.beoordeling.gronden.map((grond) => (opties.taal === 'en' ? grond.toelichtingEn : grond.toelichting)).join(' ');
      await omgeving.schrijf(`${resultaat.nr}\t${resultaat.beoordeling.uitkomst}\t${toelichting}\n`);
    } else {
      await omgeving.schrijf(`${resultaat.nr}\tongeldig\t${resultaat.fouten.map(veldfoutTekst).join('; ')}\n`);
    }
  };

  try {
    const waarden = splitsJson(omgeving.lees(bron), (vorm) => {
      batch = vorm === 'lijst';
    });
    for await (const waarde of waarden) {
      aantal++;
      const resultaat = beoordeelWaarde(regel, waarde, aantal);
      if (resultaat.succes) perUitkomst.set(resultaat.beoordeling.uitkomst, (perUitkomst.get(resultaat.beoordeling.uitkomst) ?? 0) + 1);
      else ongeldig++;
      if (!batch && aantal === 1) {
        eerste = resultaat; // nog niet te zeggen of er meer volgen
        continue;
      }
      if (eerste) {
        batch = true;
        await schrijfBatchregel(eerste);
        eerste = undefined;
      }
      await schrijfBatchregel(resultaat);
    }
  } catch (fout) {
    const code = (fout as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return gebruiksfout(omgeving, `bestand niet gevonden: ${bron}`);
    if (code === 'EISDIR') return gebruiksfout(omgeving, `dit is een map, geen bestand: ${bron}`);
    if (fout instanceof StroomFout) {
      omgeving.meld(`Ongeldige invoer: regel ${fout.regel}: ${fout.message}\n`);
      return EXIT.ongeldigeInvoer;
    }
    throw fout;
  }

  if (aantal === 0) {
    omgeving.meld(batch ? 'Ongeldige invoer: de lijst is leeg; er is geen geval om te beoordelen.\n' : 'Ongeldige invoer: de invoer is leeg; er is geen geval om te beoordelen.\n');
    return EXIT.ongeldigeInvoer;
  }
  if (eerste) return schrijfEnkelGeval(eerste, opties, omgeving);

  const uitkomsten = [...perUitkomst].map(([uitkomst, keer]) => `${keer} ${uitkomst}`).join(', ');
  omgeving.meld(`${aantal} ${aantal === 1 ? 'geval' : 'gevallen'} beoordeeld${uitkomsten ? `: ${uitkomsten}` : ''}; ${ongeldig} ongeldig.\n`);
  return ongeldig > 0 ? EXIT.ongeldigeInvoer : EXIT.gelukt;
}

async function schrijfEnkelGeval(resultaat: Gevalresultaat, opties: { json: boolean; taal: 'nl' | 'en' }, omgeving: Omgeving): Promise<number> {
  if (resultaat.succes) {
    await omgeving.schrijf(opties.json ? `${JSON.stringify(resultaat.beoordeling, null, 2)}\n` : `${motivering(resultaat.beoordeling, { taal: opties.taal })}\n`);
    return EXIT.gelukt;
  }
  if (opties.json) await omgeving.schrijf(`${JSON.stringify({ succes: false, fouten: resultaat.fouten }, null, 2)}\n`);
  omgeving.meld(`Ongeldige invoer:\n${resultaat.fouten.map((fout) => `  - ${veldfoutTekst(fout)}`).join('\n')}\n`);
  return EXIT.ongeldigeInvoer;
}
