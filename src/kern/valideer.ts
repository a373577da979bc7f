import * as z from 'zod/mini';
import { BUITEN_JAARTALLEN, amsterdamseDatum, isBinnenJaartallen, isKalenderdatum, leesTijdstip, type GelezenTijdstip } from '../calculators/datum.js';
import type { Feit } from '../types/feit.js';
import { OngeldigeInvoerFout, type Veldfout } from '../types/fouten.js';
import { beschreven } from './beschrijving.js';
import { gecompileerd } from './compilatie.js';
import { eigenKopie, type INVOERGRENZEN } from './eigen-kopie.js';
import { schrijfPad } from './pad.js';
import { zonderVervuiling } from './schoon-prototype.js';

/**
 * Valideert invoer met een zod-schema en geeft de geparste waarde terug. Elke afwijking wordt
 * een {@link Veldfout} met een Nederlandse melding; samen gegooid als één
 * {@link OngeldigeInvoerFout}. Gevalideerd wordt een kopie met alleen de eigen velden van de
 * invoer, binnen de {@link INVOERGRENZEN} (SPEC §2.8). De meldingen herhalen nooit vrije tekst
 * uit de invoer: geen onbekende veldnamen, geen waarden.
 */
export function valideer<S extends z.ZodMiniType>(schema: S, invoer: unknown): z.output<S> {
  // Met een schoon prototype: zod leest zijn eigen gegevens via Object.prototype (SPEC §2.8).
  return zonderVervuiling(() => gevalideerd(schema, invoer));
}

function gevalideerd<S extends z.ZodMiniType>(schema: S, invoer: unknown): z.output<S> {
  const gelezen = eigenKopie(invoer);
  if (gelezen.fouten) throw new OngeldigeInvoerFout(gelezen.fouten);
  const snel = snelleVorm(schema);
  // Gecompileerd: de snelle vorm gebruikt geen foutfunctie, en als zij weigert, parseert zod
  // zelf opnieuw met de gewone parse, die dan meteen de Nederlandse meldingen maakt (gooit zod
  // daarbij, dan parseert valideer nog één keer). Niet
  // gecompileerd (browser, andere zod): eerst zonder foutfunctie, want die maakt een parse ~30 %
  // trager (`npm run bench`) en goede invoer heeft geen meldingen nodig; alleen bij een fout
  // opnieuw, met. Gooide de snelle vorm onverhoopt waar zod zelf dat niet doet, dan beslist ook
  // de gewone parse: die is de maat.
  const eerste = snel === schema ? veiligGeparst(schema, gelezen.kopie) : veiligGeparst(snel, gelezen.kopie, metMeldingen());
  if (eerste.success) return zonderPrototype(eerste.data);
  const oordeel = snel !== schema && eerste !== ONLEESBAAR ? eerste : veiligGeparst(schema, gelezen.kopie, metMeldingen());
  if (oordeel.success) return zonderPrototype(oordeel.data);
  throw new OngeldigeInvoerFout(samengevoegd(oordeel.error.issues.map(naarVeldfout)));
}

/** Per schema zijn snelle vorm ({@link gecompileerd}), gemaakt bij de eerste aanroep; de sleutel is het schema zelf. */
const SNELLE_VORM = new WeakMap<z.ZodMiniType, z.ZodMiniType>();

function snelleVorm<S extends z.ZodMiniType>(schema: S): S {
  let snel = SNELLE_VORM.get(schema);
  if (snel === undefined) {
    snel = gecompileerd(schema);
    SNELLE_VORM.set(schema, snel);
  }
  return snel as S;
}

type Parse<T> = { success: true; data: T; error?: undefined } | { success: false; data?: undefined; error: { issues: z.core.$ZodIssue[] } };

/**
 * De parse-opties die de Nederlandse meldingen maken ({@link nederlandseMelding}), per parse nieuw:
 * sommige versies van zod schrijven in het opties-object (`Object.assign(ctx, { async: false })`),
 * en een gedeeld object mag niets van een vorige parse meedragen.
 */
function metMeldingen(): z.core.ParseContext<z.core.$ZodIssue> {
  return { error: nederlandseMelding };
}

/** Een mislukte parse als zod zelf een fout gooit; dat doet het alleen bij ongeldige invoer. */
const ONLEESBAAR: Parse<never> = { success: false, error: { issues: [{ code: 'custom', path: [], message: 'heeft geen geldige vorm', input: undefined } as z.core.$ZodIssue] } };

/**
 * `safeParse`, maar zonder dat zod kan gooien: een controle van zod (bv. een minimumlengte) op een
 * waarde zonder prototype met een veld `length` dat een object is, gooit een `TypeError` in
 * plaats van een probleem te melden. Geldige invoer komt daar nooit; zulke invoer is ongeldig
 * als geheel (pad `''`).
 */
function veiligGeparst<S extends z.ZodMiniType>(schema: S, invoer: unknown, opties?: z.core.ParseContext<z.core.$ZodIssue>): Parse<z.output<S>> {
  try {
    return schema.safeParse(invoer, opties) as Parse<z.output<S>>;
  } catch {
    return ONLEESBAAR;
  }
}

/**
 * De uitvoer van zod met objecten zonder prototype: een weggelaten optioneel veld leest zo nooit
 * een geërfde waarde van een vervuild `Object.prototype`. Ter plekke, want dat is goedkoper dan
 * een tweede kopie: zod maakt elk object van zijn uitvoer nieuw, en `Object.setPrototypeOf` op een
 * bestaand object houdt het in de snelle vorm van V8.
 * Standaardwaarden kopieert zod alleen ondiep; daarom zijn die in elk schema een vaste waarde of
 * een lege lijst (bewaakt door test/kern/compilatie.test.ts), en een object dat niet uit te
 * breiden is (bv. bevroren) wordt gekopieerd in plaats van veranderd. Lijsten blijven lijsten;
 * objecten die al geen prototype hebben (de kopie van de invoer achter `z.unknown()`), blijven
 * wie ze zijn.
 */
function zonderPrototype<T>(waarde: T): T {
  if (Array.isArray(waarde)) {
    if (!Object.isExtensible(waarde)) return waarde.map((element: unknown) => zonderPrototype(element)) as T;
    for (let index = 0; index < waarde.length; index++) {
      const element: unknown = waarde[index];
      const nieuw = zonderPrototype(element);
      if (nieuw !== element) waarde[index] = nieuw;
    }
    return waarde;
  }
  if (waarde === null || typeof waarde !== 'object' || Object.getPrototypeOf(waarde) !== Object.prototype) return waarde;
  if (!Object.isExtensible(waarde)) {
    const kopie: Record<string, unknown> = Object.setPrototypeOf({}, null);
    for (const sleutel of Object.keys(waarde)) kopie[sleutel] = zonderPrototype((waarde as Record<string, unknown>)[sleutel]);
    return kopie as T;
  }
  Object.setPrototypeOf(waarde, null);
  const velden = waarde as Record<string, unknown>;
  for (const sleutel of Object.keys(velden)) {
    const nieuw = zonderPrototype(velden[sleutel]);
    if (nieuw !== velden[sleutel]) velden[sleutel] = nieuw;
  }
  return waarde;
}

/**
 * Onbekende velden worden gemeld op het object waarin ze staan, met hun aantal: nooit met hun
 * naam. Een ongeldige sleutel van een record (bv. een regio-id met hoofdletters) ook: het pad
 * eindigt vóór de sleutel, want die is vrije tekst.
 */
function naarVeldfout(issue: z.core.$ZodIssue): Veldfout {
  if (issue.code === 'unrecognized_keys') {
    return { pad: schrijfPad(issue.path), melding: issue.keys.length === 1 ? 'bevat een onbekend veld' : `bevat ${issue.keys.length} onbekende velden` };
  }
  if (issue.code === 'invalid_key') {
    const melding = issue.issues[0]?.message;
    return { pad: schrijfPad(issue.path.slice(0, -1)), melding: `heeft een ongeldige sleutel: een sleutel ${melding && !melding.startsWith('Invalid') ? melding : 'heeft niet de juiste vorm'}` };
  }
  return { pad: schrijfPad(issue.path), melding: issue.message };
}

/** Dezelfde fout op hetzelfde pad één keer (zod kan een veld via twee takken melden). */
function samengevoegd(fouten: readonly Veldfout[]): Veldfout[] {
  const gezien = new Set<string>();
  return fouten.filter((fout) => {
    const sleutel = `${fout.pad}\u0000${fout.melding}`;
    if (gezien.has(sleutel)) return false;
    gezien.add(sleutel);
    return true;
  });
}

function nederlandseMelding(issue: z.core.$ZodRawIssue): string {
  // Een ontbrekend verplicht veld, welk schema het ook heeft (tekst, keuzelijst, ...).
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return 'ontbreekt';
  switch (issue.code) {
    case 'invalid_type':
      return `moet ${TYPE_NAMEN[issue.expected] ?? `van type ${issue.expected}`} zijn`;
    case 'invalid_value':
      return `moet een van ${issue.values.map((waarde) => `'${String(waarde)}'`).join(', ')} zijn`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `moet ten minste ${Number(issue.minimum)} ${issue.origin === 'array' ? 'element(en)' : 'teken(s)'} bevatten`
        : `moet ${issue.inclusive ? 'ten minste' : 'groter dan'} ${Number(issue.minimum)} zijn`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `mag ten hoogste ${Number(issue.maximum)} ${issue.origin === 'array' ? 'element(en)' : 'teken(s)'} bevatten`
        : `moet ${issue.inclusive ? 'ten hoogste' : 'kleiner dan'} ${Number(issue.maximum)} zijn`;
    case 'invalid_format':
      return `heeft niet de vorm ${issue.format}`;
    case 'unrecognized_keys':
      return 'bevat een onbekend veld';
    case 'invalid_union':
      return 'heeft geen geldige vorm';
    default:
      return 'is ongeldig';
  }
}

const TYPE_NAMEN: Partial<Record<string, string>> = {
  string: 'een tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  object: 'een object',
  array: 'een lijst',
  date: 'een datum',
};

/**
 * Een kalenderdatum in de invoer: een tekst `JJJJ-MM-DD` die echt bestaat (dus niet
 * `2026-02-30`), of een `Date` (dan telt de Amsterdamse kalenderdatum van dat tijdstip).
 * Uitvoer: altijd de tekst `JJJJ-MM-DD`.
 */
export const kalenderdatumSchema = omzetting(
  (waarde, context): string => {
    if (waarde instanceof Date) {
      if (Number.isNaN(waarde.getTime())) return meldProbleem(context, waarde, 'is een ongeldige datum');
      if (!isBinnenJaartallen(waarde.getTime())) return meldProbleem(context, waarde, BUITEN_JAARTALLEN);
      return amsterdamseDatum(waarde);
    }
    if (typeof waarde === 'string' && isKalenderdatum(waarde)) return waarde;
    return meldProbleem(
      context,
      waarde,
      waarde === undefined
        ? 'ontbreekt'
        : typeof waarde === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(waarde)
        ? 'is geen bestaande datum'
        : 'moet een datum zijn in de vorm JJJJ-MM-DD',
    );
  },
  { type: 'string', format: 'date', description: 'Kalenderdatum JJJJ-MM-DD (of een Date).' },
);

/**
 * Een tijdstip in de invoer: ISO 8601 met tijdzone (`2026-04-05T14:30:00+02:00`) of een
 * `Date`. Uitvoer: milliseconden sinds 1970 (UTC).
 */
export const tijdstipSchema = omzetting(
  (waarde, context): number => {
    if (waarde instanceof Date) {
      if (Number.isNaN(waarde.getTime())) return meldProbleem(context, waarde, 'is een ongeldig tijdstip');
      if (!isBinnenJaartallen(waarde.getTime())) return meldProbleem(context, waarde, BUITEN_JAARTALLEN);
      return waarde.getTime();
    }
    if (typeof waarde === 'string') {
      const gelezen = leesTijdstip(waarde);
      if (Object.hasOwn(gelezen, 'ms')) return (gelezen as GelezenTijdstip).ms;
      return meldProbleem(context, waarde, (gelezen as { reden: string }).reden);
    }
    return meldProbleem(
      context,
      waarde,
      waarde === undefined ? 'ontbreekt' : 'moet een tijdstip zijn in de vorm JJJJ-MM-DDTUU:MM:SS+01:00 (ISO 8601 met tijdzone)',
    );
  },
  { type: 'string', format: 'date-time', description: 'Tijdstip in ISO 8601 met tijdzone, bv. 2026-04-05T14:30:00+02:00 (of een Date).' },
);

/**
 * Een schema voor een tekst of `Date` die `zet` zelf controleert en omzet: zod laat elke waarde
 * door naar `zet`, die bij een fout {@link meldProbleem} aanroept. `jsonSchema` beschrijft de
 * invoer in het JSON Schema (zod kan een omzetting zelf niet beschrijven).
 */
function omzetting<Uit>(zet: (waarde: unknown, context: z.core.ParsePayload) => Uit, jsonSchema: Record<string, unknown>): z.ZodMiniType<Uit, string | Date> {
  return beschreven(
    z.pipe(
      z.custom<string | Date>(() => true),
      z.transform<string | Date, Uit>((invoer, context) => zet(invoer, context)),
    ),
    jsonSchema,
  );
}

/**
 * Meldt een probleem vanuit een transformatie. zod/mini geeft een transformatie de ruwe
 * parse-toestand (zonder `addIssue`); het probleem komt in `issues` en de waarde wordt
 * `z.NEVER`, zodat de pipe stopt.
 */
function meldProbleem(context: z.core.ParsePayload, waarde: unknown, melding: string): never {
  context.issues.push({ code: 'custom', message: melding, input: waarde });
  return z.NEVER;
}

const FEIT_MELDING = "moet true, false of 'onbekend' zijn";

/** Een {@link Feit}: `true`, `false` of `'onbekend'`. */
export const feitSchema: z.ZodMiniType<Feit, Feit> = z.union([z.boolean(), z.literal('onbekend')], {
  error: (issue) => (issue.input === undefined ? 'ontbreekt' : FEIT_MELDING),
});

/** Een optioneel {@link Feit}; weggelaten telt als `'onbekend'`. */
export const optioneelFeitSchema: z.ZodMiniType<Feit, Feit | undefined> = z._default(feitSchema, 'onbekend');

/**
 * Een bedrag in eurocent: een geheel getal (binnen het veilige bereik van JavaScript) dat
 * groter is dan 0, of met `{ nulToegestaan: true }` ten minste 0. `melding` vervangt de
 * standaardmelding (bv. als ook `'onbekend'` mag).
 */
export function centenSchema(opties: { nulToegestaan: boolean; melding?: string }): z.ZodMiniType<number, number> {
  const melding =
    opties.melding ?? (opties.nulToegestaan ? 'moet een geheel getal van ten minste 0 zijn (eurocent)' : 'moet een positief geheel getal zijn (eurocent)');
  const fout = (issue: { input?: unknown }) => (issue.input === undefined ? 'ontbreekt' : melding);
  const geheel = z.int({ error: fout });
  return geheel.check(opties.nulToegestaan ? z.nonnegative({ error: fout }) : z.positive({ error: fout }));
}

