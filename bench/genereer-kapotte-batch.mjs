// node bench/genereer-kapotte-batch.mjs <aantal> <kapot> <uitvoer.jsonl> <kapot-regels.txt>
// Herkomstgevallen als JSON Lines, deterministisch (vaste seed); `kapot` kapotte regels
// verspreid (regel 1 is er altijd één: een '{' die nooit sluit, zodat ook de eerste waarde
// over regels en het opnieuw lezen gemeten worden).
import { createWriteStream, writeFileSync } from 'node:fs';
const [aantal, kapot, uitvoer, kapotBestand] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4], process.argv[5]];
let zaad = 2026;
const toeval = () => ((zaad = (zaad * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const GEMEENTEN = ['Almelo', 'Wierden', 'Hellendoorn', 'Tubbergen', 'Twenterand', 'Rijssen-Holten', 'Enschede', 'Hengelo', 'Oldenzaal', 'Zwolle', 'Kampen', 'Raalte', 'Steenwijkerland', 'Hardenberg', 'Deventer', 'Amsterdam'];
const REGIOS = ['almelo', 'ijssel-vecht'];
const SOORTEN = [
  () => 'not json',
  () => '{"gemeenteVanHerkomst": "Wierden", "regio": [',
  () => '{"gemeenteVanHerkomst": "open, "regio": "almelo"}',
  () => '}',
  () => '{"a": 1} {"b": 2}',
  () => `{"gemeenteVanHerkomst": "${'x'.repeat(2 * 2 ** 20)}", "regio": "almelo", "peildatum": "2024-05-01"}`, // 2 MiB: boven de grens
  () => '{"gemeenteVanHerkomst": "Wierden\\u001b[2J\\n1\\tbinnen-regio", "regio": "almelo", "peildatum": "2024-05-01"}',
  () => '{"gemeenteVanHerkomst": "Wierden", "regio": "almelo", "peildatum": "2024-05-01", "Jan Jansen BSN 123456782": 1}',
];
const kapotteRegels = new Set([1]);
while (kapotteRegels.size < kapot) kapotteRegels.add(1 + Math.floor(toeval() * aantal));
const uit = createWriteStream(uitvoer);
let blok = [];
let soort = 0;
for (let regel = 1; regel <= aantal; regel++) {
  if (kapotteRegels.has(regel)) {
    // 5 regels van 2 MiB, de rest de kleine soorten
    const index = regel === 1 ? 1 : soort++ % 200 === 0 ? 5 : soort % 8 === 5 ? 1 : soort % 8;
    blok.push(SOORTEN[index]());
  } else {
    const dag = Math.floor(toeval() * 900);
    const datum = new Date(Date.UTC(2024, 0, 1) + dag * 864e5).toISOString().slice(0, 10);
    blok.push(JSON.stringify({ gemeenteVanHerkomst: GEMEENTEN[Math.floor(toeval() * GEMEENTEN.length)], regio: REGIOS[Math.floor(toeval() * 2)], peildatum: datum }));
  }
  if (blok.length === 10_000) {
    if (!uit.write(`${blok.join('\n')}\n`)) await new Promise((r) => uit.once('drain', r));
    blok = [];
  }
}
uit.end(blok.length ? `${blok.join('\n')}\n` : '');
await new Promise((r) => uit.on('finish', r));
writeFileSync(kapotBestand, [...kapotteRegels].sort((a, b) => a - b).join('\n') + '\n');
