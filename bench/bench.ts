// `npm run bench:regels` (en `npm run bench`): beslissingen per seconde van elke regel op gegenereerde invoer, en het
// versnelfonds naast (b) json-rules-engine, (c) een kale zod-parse, (c2) dezelfde parse via
// z.compile (zoals de regels geldige invoer controleren) en (d) een handgeschreven boolean; en per
// regel de validatie alleen, gewoon en met z.compile. Meet de gebouwde `dist` (zoals een gebruiker
// hem krijgt), in één proces, in 5 rondes; elk getal is de mediaan over de rondes. Doelen uit issue 18: (a) ≥ 5× (b) in dezelfde run, elke
// andere regel ≥ 100.000 per s, verblijfstermijn ≥ 50.000 per s.
// Een benchmark is geen test: dit script faalt nooit op een tijd, het rapporteert.
//
//   npm run bench:regels          (bouwt eerst; `npm run bench` draait ook de batch en size-limit)
//   npm run bench:regels -- --rondes 9   (meer rondes)
import { parseArgs } from 'node:util';
import os from 'node:os';
import fc from 'fast-check';
import { Bench } from 'tinybench';
import * as z from 'zod/mini';
import { REGELS, VersnelfondsAanvraagSchema, beoordeelVersnelfonds, type RegelId, type VersnelfondsAanvraag } from '../dist/index.js';
import { GELDIGE_INVOER } from '../test/eigenschappen/invoer.js';
import { handgeschreven, maakRegelmachine } from './versnelfonds-peers.js';

const { values: argumenten } = parseArgs({ options: { rondes: { type: 'string', default: '5' }, tijd: { type: 'string', default: '400' } } });
const RONDES = Number(argumenten.rondes);
const TIJD_PER_TAAK_MS = Number(argumenten.tijd);
const AANTAL_INVOER = 1000;
const PER_AANROEP = 100; // beslissingen per gemeten aanroep, zodat één meting ruim boven de klokresolutie ligt
const SEED = 2026;

const invoer = Object.fromEntries(
  (Object.keys(REGELS) as RegelId[]).map((id) => [id, fc.sample(GELDIGE_INVOER[id], { seed: SEED, numRuns: AANTAL_INVOER })]),
) as Record<RegelId, Record<string, unknown>[]>;
const aanvragen = invoer.versnelfonds as unknown as VersnelfondsAanvraag[];
const regelmachine = maakRegelmachine();
/**
 * Per regel het schema zoals de regels geldige invoer controleren: gecompileerd door `z.compile`
 * (src/kern/compilatie.ts). Eerst de controle dat het op elke invoer hetzelfde zegt als de gewone parse.
 */
const GECOMPILEERD = Object.fromEntries(
  (Object.keys(REGELS) as RegelId[]).map((id) => {
    const schema = REGELS[id].invoerSchema;
    const gecompileerd = z.compile(schema);
    for (const waarde of invoer[id]) {
      if (JSON.stringify(gecompileerd.safeParse(waarde)) !== JSON.stringify(schema.safeParse(waarde))) throw new Error(`z.compile geeft voor ${id} iets anders dan de gewone parse: ${JSON.stringify(waarde)}`);
    }
    return [id, gecompileerd];
  }),
) as Record<RegelId, z.ZodMiniType>;

// Eerst: geven de vier varianten dezelfde uitkomst? Anders meten we appels en peren.
const verdeling: Record<string, number> = {};
for (const aanvraag of aanvragen) {
  const uitkomst = beoordeelVersnelfonds(aanvraag).uitkomst;
  verdeling[uitkomst] = (verdeling[uitkomst] ?? 0) + 1;
  const peers = { 'json-rules-engine': await regelmachine(aanvraag), handgeschreven: handgeschreven(aanvraag) };
  for (const [naam, anders] of Object.entries(peers)) {
    if (anders !== uitkomst) throw new Error(`${naam} geeft ${anders} waar beoordeelVersnelfonds ${uitkomst} geeft: ${JSON.stringify(aanvraag)}`);
  }
  VersnelfondsAanvraagSchema.parse(aanvraag);
}

/** Een taak die bij elke aanroep de volgende PER_AANROEP invoeren verwerkt. */
function rondgang<T>(lijst: readonly T[], verwerk: (waarde: T) => unknown): () => void {
  let positie = 0;
  return () => {
    for (let index = 0; index < PER_AANROEP; index += 1) {
      verwerk(lijst[positie]!);
      positie = (positie + 1) % lijst.length;
    }
  };
}
function asyncRondgang<T>(lijst: readonly T[], verwerk: (waarde: T) => Promise<unknown>): () => Promise<void> {
  let positie = 0;
  return async () => {
    for (let index = 0; index < PER_AANROEP; index += 1) {
      await verwerk(lijst[positie]!);
      positie = (positie + 1) % lijst.length;
    }
  };
}

/** Per regel de validatie alleen: de gewone parse van zod en de gecompileerde (z.compile), zoals `valideer` ze gebruikt. */
const VALIDATIE: Record<string, () => unknown> = Object.fromEntries(
  (Object.keys(REGELS) as RegelId[]).flatMap((id) => {
    const schema = REGELS[id].invoerSchema;
    const gecompileerd = GECOMPILEERD[id];
    return [
      [`validatie ${id}: gewone parse`, rondgang(invoer[id], (waarde) => schema.safeParse(waarde))],
      [`validatie ${id}: z.compile`, rondgang(invoer[id], (waarde) => gecompileerd.safeParse(waarde))],
    ];
  }),
);

const TAKEN: Record<string, () => unknown> = {
  ...Object.fromEntries((Object.keys(REGELS) as RegelId[]).map((id) => [`regel ${id}`, rondgang(invoer[id], (waarde) => REGELS[id].beoordeel(waarde))])),
  '(a) beoordeelVersnelfonds': rondgang(aanvragen, (aanvraag) => beoordeelVersnelfonds(aanvraag)),
  '(b) json-rules-engine': asyncRondgang(aanvragen, regelmachine),
  '(c) zod parse (VersnelfondsAanvraagSchema)': rondgang(aanvragen, (aanvraag) => VersnelfondsAanvraagSchema.parse(aanvraag)),
  '(c2) z.compile-parse (zoals de regels geldige invoer controleren)': rondgang(aanvragen, (aanvraag) => GECOMPILEERD.versnelfonds.parse(aanvraag)),
  '(d) handgeschreven boolean': rondgang(aanvragen, handgeschreven),
  ...VALIDATIE,
};

const perRonde: Record<string, number[]> = Object.fromEntries(Object.keys(TAKEN).map((naam) => [naam, []]));
for (let ronde = 1; ronde <= RONDES; ronde += 1) {
  const bench = new Bench({ time: TIJD_PER_TAAK_MS, warmupTime: 100 });
  for (const [naam, taak] of Object.entries(TAKEN)) bench.add(naam, taak);
  await bench.run();
  for (const taak of bench.tasks) {
    const resultaat = taak.result;
    if (!('latency' in resultaat)) throw new Error(`taak ${taak.name} gaf geen meting: ${resultaat.state}`);
    perRonde[taak.name]!.push((PER_AANROEP * 1000) / resultaat.latency.p50);
  }
  process.stderr.write(`ronde ${ronde}/${RONDES} klaar\n`);
}

const mediaan = (getallen: readonly number[]) => {
  const gesorteerd = [...getallen].sort((a, b) => a - b);
  const midden = Math.floor(gesorteerd.length / 2);
  return gesorteerd.length % 2 === 1 ? gesorteerd[midden]! : (gesorteerd[midden - 1]! + gesorteerd[midden]!) / 2;
};
const getal = (waarde: number) => Math.round(waarde).toLocaleString('en-US');
const doorvoer = Object.fromEntries(Object.entries(perRonde).map(([naam, waarden]) => [naam, mediaan(waarden)]));

console.log(`opvangregels bench: Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'onbekend'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
console.log(`${AANTAL_INVOER} gegenereerde invoeren per regel (fast-check, seed ${SEED}); ${RONDES} rondes van ${TIJD_PER_TAAK_MS} ms per taak; mediaan van de rondes`);
console.log(`versnelfonds-uitkomsten: ${Object.entries(verdeling).map(([uitkomst, aantal]) => `${uitkomst} ${aantal}`).join(', ')}; (b) en (d) gaven op alle ${AANTAL_INVOER} dezelfde uitkomst als (a)\n`);
console.log('| taak | beslissingen/s (mediaan) | laagste–hoogste ronde |');
console.log('| --- | ---: | ---: |');
for (const [naam, waarden] of Object.entries(perRonde)) {
  if (naam.startsWith('validatie ')) continue; // in de eigen tabel hieronder
  console.log(`| ${naam} | ${getal(doorvoer[naam]!)} | ${getal(Math.min(...waarden))}–${getal(Math.max(...waarden))} |`);
}
const a = doorvoer['(a) beoordeelVersnelfonds']!;
const b = doorvoer['(b) json-rules-engine']!;
const c = doorvoer['(c) zod parse (VersnelfondsAanvraagSchema)']!;
const c2 = doorvoer['(c2) z.compile-parse (zoals de regels geldige invoer controleren)']!;
const d = doorvoer['(d) handgeschreven boolean']!;
console.log('');
const gehaald = (ja: boolean) => (ja ? 'gehaald' : 'NIET gehaald');
console.log(`(a) / (b): ${(a / b).toFixed(1)}× zo snel als json-rules-engine (doel ≥ 5×) ${gehaald(a / b >= 5)}`);
for (const id of Object.keys(REGELS) as RegelId[]) {
  const doel = id === 'verblijfstermijn' ? 50_000 : id === 'versnelfonds' ? undefined : 100_000;
  if (doel !== undefined) console.log(`regel ${id}: ${getal(doorvoer[`regel ${id}`]!)} per s (doel ≥ ${getal(doel)}) ${gehaald(doorvoer[`regel ${id}`]! >= doel)}`);
}
console.log(`(a) kost ${(c / a).toFixed(2)}× een gewone zod-parse en ${(c2 / a).toFixed(2)}× de z.compile-parse (geen doel; (c2) is de bovengrens van een implementatie die met dit schema valideert)`);
console.log(`(a) kost ${(d / a).toFixed(0)}× de handgeschreven boolean (geen doel; die valideert en verklaart niets)`);
console.log('\nvalidatie: safeParse op dezelfde 1000 invoeren per regel');
console.log('| regel | gewone parse/s | z.compile/s | factor |');
console.log('| --- | ---: | ---: | ---: |');
for (const id of Object.keys(REGELS) as RegelId[]) {
  const gewoon = doorvoer[`validatie ${id}: gewone parse`]!;
  const snel = doorvoer[`validatie ${id}: z.compile`]!;
  console.log(`| ${id} | ${getal(gewoon)} | ${getal(snel)} | ${(snel / gewoon).toFixed(1)}× |`);
}
