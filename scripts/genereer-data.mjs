// Genereert src/data/gegenereerd.ts uit de CSV-bestanden in data/ (kopieën van shared/data,
// met herkomst in data/README.md). `node scripts/genereer-data.mjs --uit ../shared/data`
// ververst eerst die kopieën. Een test (test/data/gegenereerd.test.ts) faalt als het
// gegenereerde bestand niet meer klopt met de CSV's.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const wortel = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CSV_BESTANDEN = ['cbs-gemeenten-2021.csv', 'cbs-gemeenten-2023.csv', 'herindelingen.csv', 'regios.csv'];
export const DOEL = join(wortel, 'src', 'data', 'gegenereerd.ts');

/** Leest een CSV met komma's en aanhalingstekens (RFC 4180) tot een lijst objecten. */
export function leesCsv(tekst) {
  const regels = [];
  let veld = '';
  let rij = [];
  let tussenAanhalingstekens = false;
  for (let i = 0; i < tekst.length; i++) {
    const teken = tekst[i];
    if (tussenAanhalingstekens) {
      if (teken === '"' && tekst[i + 1] === '"') { veld += '"'; i++; }
      else if (teken === '"') tussenAanhalingstekens = false;
      else veld += teken;
    } else if (teken === '"') tussenAanhalingstekens = true;
    else if (teken === ',') { rij.push(veld); veld = ''; }
    else if (teken === '\n' || teken === '\r') {
      if (teken === '\r' && tekst[i + 1] === '\n') i++;
      rij.push(veld); veld = '';
      if (rij.some((cel) => cel !== '')) regels.push(rij);
      rij = [];
    } else veld += teken;
  }
  if (veld !== '' || rij.length > 0) { rij.push(veld); regels.push(rij); }
  const [kop, ...rijen] = regels;
  return rijen.map((cellen) => Object.fromEntries(kop.map((naam, index) => [naam, cellen[index] ?? ''])));
}

/** Maakt de tekst van src/data/gegenereerd.ts uit de inhoud van de vier CSV-bestanden. */
export function genereerDataModule(csv) {
  const gemeenten2021 = leesCsv(csv['cbs-gemeenten-2021.csv']);
  const gemeenten2023 = leesCsv(csv['cbs-gemeenten-2023.csv']);
  const herindelingen = leesCsv(csv['herindelingen.csv']);
  const regios = leesCsv(csv['regios.csv']);
  const codes2021 = new Set(gemeenten2021.map((rij) => rij.GemeentecodeGM));
  const codes2023 = new Set(gemeenten2023.map((rij) => rij.GemeentecodeGM));
  const rijGemeente = (rij) => [rij.GemeentecodeGM, rij.Gemeentenaam, rij.Provincienaam];
  const regels = [
    '// Gegenereerd door scripts/genereer-data.mjs uit data/*.csv (CBS; zie data/README.md).',
    '// Niet met de hand wijzigen: pas de CSV aan en draai `npm run data`.',
    '',
    '/** [code, naam, provincie] van de 342 gemeenten op 1 januari 2023 (CBS, Gemeenten alfabetisch 2023). @internal */',
    `export const GEMEENTEN_2023: readonly (readonly [string, string, string])[] = ${JSON.stringify(gemeenten2023.map(rijGemeente))};`,
    '',
    '/** [code, naam, provincie] van gemeenten uit de CBS-lijst 2021 die in 2023 niet meer bestaan. @internal */',
    `export const OPGEHEVEN_SINDS_2021: readonly (readonly [string, string, string])[] = ${JSON.stringify(gemeenten2021.filter((rij) => !codes2023.has(rij.GemeentecodeGM)).map(rijGemeente))};`,
    '',
    '/** Codes van gemeenten uit de lijst 2023 die in de lijst 2021 nog niet voorkwamen (ontstaan door herindeling). @internal */',
    `export const ONTSTAAN_SINDS_2021: readonly string[] = ${JSON.stringify(gemeenten2023.filter((rij) => !codes2021.has(rij.GemeentecodeGM)).map((rij) => rij.GemeentecodeGM))};`,
    '',
    '/** [datum, voormalige code, voormalige naam, opvolger code, opvolger naam] (herindelingen 2022-2023). @internal */',
    `export const HERINDELINGEN: readonly (readonly [string, string, string, string, string])[] = ${JSON.stringify(herindelingen.map((rij) => [rij.datum, rij.voormalige_code, rij.voormalige_gemeente, rij.opvolger_code, rij.opvolger]))};`,
    '',
    '/** [regio, centrumgemeente-code, gemeentecode, gemeentenaam, geldig vanaf, status, bron] uit regios.csv. @internal */',
    `export const REGIOLEDEN: readonly (readonly [string, string, string, string, string, string, string])[] = ${JSON.stringify(regios.map((rij) => [rij.regio, rij.centrumgemeente, rij.gemeentecode, rij.gemeentenaam, rij.geldig_vanaf, rij.status, rij.bron]))};`,
    '',
  ];
  return regels.join('\n');
}

export function leesCsvBestanden(map = join(wortel, 'data')) {
  return Object.fromEntries(CSV_BESTANDEN.map((naam) => [naam, readFileSync(join(map, naam), 'utf8')]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { uit: { type: 'string' } } });
  if (values.uit) for (const naam of CSV_BESTANDEN) copyFileSync(join(values.uit, naam), join(wortel, 'data', naam));
  writeFileSync(DOEL, genereerDataModule(leesCsvBestanden()));
  console.log(`geschreven: ${DOEL}`);
}
