// node bench/controleer-batch-json.mjs uitvoer.jsonl kapot.txt: elke uitvoerregel is JSON, regelnummer = 1, 2, 3, …,
// en de ongeldige zijn precies de kapotte regels.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
const kapot = readFileSync(process.argv[3], 'utf8').trim().split('\n').map(Number);
let n = 0, verkeerd = 0, geslaagd = 0;
const ongeldig = [];
for await (const regel of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  n++;
  const r = JSON.parse(regel);
  if (r.regelnummer !== n || Object.keys(r).join() !== (r.succes ? 'regelnummer,succes,beoordeling' : 'regelnummer,succes,fouten')) verkeerd++;
  if (r.succes) geslaagd++; else ongeldig.push(r.regelnummer);
}
console.log({ regels: n, geslaagd, ongeldig: ongeldig.length, verkeerd, ongeldigIsKapot: JSON.stringify(ongeldig) === JSON.stringify(kapot) });
