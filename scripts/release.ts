// Brengt een versie uit: leest de openstaande changesets in .changeset/, draait
// `changeset version` (die de versie in package.json ophoogt en de changesets verwijdert) en
// schrijft de nieuwe versie bovenaan CHANGELOG.md, per regel gegroepeerd, elk item met
// "Van toepassing vanaf". Daarna volgen src/versie.ts (PAKKETVERSIE) en package-lock.json.
//
//   npm run release -- [--versie 0.2.0] [--datum 2026-12-01] [--droog]
//
// --versie  de nieuwe versie, als die hoger moet zijn dan wat changesets zelf kiest (van 0.0.0
//           met een minor-changeset maakt changesets 0.1.0); nooit lager dan dat.
// --datum   de datum in de kop (`## 0.2.0 (2026-12-01)`); zonder --datum geen datum: het script
//           leest geen klok.
// --droog   toont de nieuwe versie en haar CHANGELOG-sectie en verandert niets.
//
// De afspraak voor een changeset (zie .changeset/README.md): de eerste regel van de tekst is
// `Regels: <id>[, <id>…]`, `Regels: alle` of `Regels: geen`, en de tekst bevat de zin
// "Van toepassing vanaf: …". Het script weigert (exit 1, met de naam van het bestand) een
// changeset zonder die twee, vóór het iets verandert. Zonder openstaande changesets zegt het dat
// en stopt het met exit 0, zonder iets te veranderen.
//
// De changelog van changesets zelf staat uit (`"changelog": false` in .changeset/config.json):
// die groepeert per soort ophoging (Major/Minor/Patch Changes), niet per regel. Dit script
// schrijft de sectie; zou changesets toch iets in CHANGELOG.md zetten, dan wordt dat
// overschreven met het bestand van vóór `changeset version` plus de nieuwe sectie.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { REGELS, type RegelId } from '../src/rules/register.js';

/** Een soort ophoging in de frontmatter van een changeset. */
export type Ophoging = 'major' | 'minor' | 'patch';

/** Welke regels een changeset raakt: een of meer regel-ids, alle regels, of geen regel. */
export type Regelkeuze = { soort: 'regels'; ids: readonly RegelId[] } | { soort: 'alle' } | { soort: 'geen' };

/** Een changeset zoals het bestand hem geeft: bestandsnaam (bv. `herkomst-0-2.md`) en inhoud. */
export interface Changesetbestand {
  naam: string;
  inhoud: string;
}

/** Een gelezen en gecontroleerde changeset. */
export interface Changeset {
  /** De bestandsnaam, bv. `herkomst-0-2.md`. */
  naam: string;
  ophoging: Ophoging;
  regels: Regelkeuze;
  /** Elke "Van toepassing vanaf"-zin, zonder de woorden zelf, zonder slotpunt, zonder dubbele. */
  vanaf: readonly string[];
  /** De tekst zonder de `Regels:`-regel en zonder alinea's die alleen een "Van toepassing vanaf"-zin zijn. */
  tekst: string;
}

/** Een changeset die niet aan de afspraak voldoet; `fouten` noemt per bestand wat er mist. */
export class ChangesetFout extends Error {
  constructor(readonly fouten: readonly { bestand: string; melding: string }[]) {
    super(fouten.map((fout) => `.changeset/${fout.bestand}: ${fout.melding}`).join('\n'));
    this.name = 'ChangesetFout';
  }
}

/** Een regel als kop in de changelog: id en Nederlandse titel, in de volgorde van het register. */
export interface Changelogregel {
  id: string;
  titel: string;
}

/** De regels van het register (`REGELS`), in registervolgorde, met de titel uit hun beschrijving. */
export const REGISTERREGELS: readonly Changelogregel[] = Object.entries(REGELS).map(([id, regel]) => ({ id, titel: regel.beschrijving.titel.nl }));

/** De kop van de groep voor changesets met `Regels: alle`. */
export const KOP_ALLE = 'Alle regels';
/** De kop van de groep voor changesets met `Regels: geen` (pakket, CLI, documentatie, site). */
export const KOP_GEEN = 'Algemeen';

const MARKEERWOORDEN = 'Van toepassing vanaf';

const samengevoegd = (tekst: string) => tekst.replace(/\s+/g, ' ').trim();

/**
 * Elke "Van toepassing vanaf"-zin in een tekst: `zin` is de hele zin (witruimte samengevoegd),
 * `frase` wat erna komt, zonder dubbele punt en slotpunt. Een zin eindigt bij een punt voor
 * witruimte of het einde, bij een lege regel of bij een nieuw opsommingsteken.
 */
export function vanToepassingVanaf(tekst: string): { zin: string; frase: string }[] {
  const zinnen: { zin: string; frase: string }[] = [];
  let vanaf = tekst.indexOf(MARKEERWOORDEN);
  while (vanaf !== -1) {
    const rest = tekst.slice(vanaf + MARKEERWOORDEN.length);
    const einden = [/\.(?=\s|$)/.exec(rest), /\n[ \t]*\n/.exec(rest), /\n[ \t]*(?:[-*+]|\d+\.)[ \t]/.exec(rest)]
      .filter((treffer) => treffer !== null)
      .map((treffer) => (treffer[0] === '.' ? treffer.index + 1 : treffer.index));
    const ruw = rest.slice(0, Math.min(rest.length, ...einden));
    zinnen.push({
      zin: samengevoegd(MARKEERWOORDEN + ruw),
      frase: samengevoegd(ruw.replace(/^[\s:*_]+/, '')).replace(/\.$/, ''),
    });
    vanaf = tekst.indexOf(MARKEERWOORDEN, vanaf + MARKEERWOORDEN.length);
  }
  return zinnen;
}

function leesRegels(regel: string, ids: ReadonlySet<string>): Regelkeuze | string {
  const treffer = /^Regels:(.*)$/.exec(regel.trim());
  if (!treffer) return 'de eerste regel van de tekst moet "Regels: <regel-id>[, <regel-id>…]", "Regels: alle" of "Regels: geen" zijn';
  const namen = treffer[1]!.split(',').map((naam) => naam.trim());
  if (namen.some((naam) => naam === '')) return `"Regels:" noemt een lege regel; gebruik "Regels: geen" voor een changeset zonder regel, of regel-ids gescheiden door komma's (${[...ids].join(', ')})`;
  if (namen.includes('alle') || namen.includes('geen')) {
    if (namen.length > 1) return '"alle" en "geen" staan alleen achter "Regels:"';
    return { soort: namen[0] as 'alle' | 'geen' };
  }
  const onbekend = namen.filter((naam) => !ids.has(naam));
  if (onbekend.length > 0) return `onbekende regel ${onbekend.map((naam) => `"${naam}"`).join(', ')} achter "Regels:"; bekend zijn ${[...ids].join(', ')}, alle en geen`;
  if (new Set(namen).size !== namen.length) return '"Regels:" noemt een regel twee keer';
  return { soort: 'regels', ids: namen as RegelId[] };
}

/**
 * Leest en controleert één changeset: frontmatter met alleen `pakket` (major, minor of patch),
 * als eerste regel van de tekst `Regels: …` met bekende regel-ids (of `alle` of `geen`), en ten
 * minste één "Van toepassing vanaf"-zin met inhoud.
 *
 * @throws {ChangesetFout} met de bestandsnaam en wat er mist
 */
export function leesChangeset(bestand: Changesetbestand, opties: { regels?: readonly Changelogregel[]; pakket?: string } = {}): Changeset {
  const regels = opties.regels ?? REGISTERREGELS;
  const pakket = opties.pakket ?? 'opvangregels';
  const weiger = (melding: string): never => {
    throw new ChangesetFout([{ bestand: bestand.naam, melding }]);
  };
  const inhoud = bestand.inhoud.replace(/\r\n?/g, '\n');
  const kop = /^---\n([^]*?)\n?---[ \t]*(?:\n|$)/.exec(inhoud) ?? weiger('geen frontmatter (--- … ---)');
  const ophogingen = kop[1]!.split('\n').filter((regel) => regel.trim() !== '');
  if (ophogingen.length !== 1) weiger(`de frontmatter moet precies één regel hebben: '${pakket}': major, minor of patch`);
  const ophoging = /^\s*(['"]?)([^'":]+)\1\s*:\s*(major|minor|patch)\s*$/.exec(ophogingen[0]!);
  if (!ophoging || ophoging[2] !== pakket) weiger(`de frontmatter moet precies één regel hebben: '${pakket}': major, minor of patch`);
  const tekst = inhoud.slice(kop[0].length).replace(/^[ \t]+$/gm, '').replace(/^\n+/, '').trimEnd();
  const [eersteRegel = '', ...overige] = tekst.split('\n');
  const keuze = leesRegels(eersteRegel, new Set(regels.map((regel) => regel.id)));
  if (typeof keuze === 'string') weiger(keuze);
  const rest = overige.join('\n').replace(/^\n+/, '');
  const zinnen = vanToepassingVanaf(rest);
  if (zinnen.length === 0) weiger(`de tekst noemt niet "${MARKEERWOORDEN}: …" (een datum, "deze versie", of "niet van toepassing (geen regelwijziging)")`);
  if (zinnen.some((zin) => zin.frase === '')) weiger(`"${MARKEERWOORDEN}" zonder datum of toelichting erachter`);
  // Een alinea die alleen "Van toepassing vanaf"-zinnen is, verhuist naar de kopregel van het item.
  const alineas = rest.split(/\n{2,}/).filter((alinea) => {
    const inAlinea = vanToepassingVanaf(alinea);
    return !(inAlinea.length > 0 && samengevoegd(alinea) === inAlinea.map((zin) => zin.zin).join(' '));
  });
  return {
    naam: bestand.naam,
    ophoging: ophoging![3] as Ophoging,
    regels: keuze as Regelkeuze,
    vanaf: [...new Set(zinnen.map((zin) => zin.frase))],
    tekst: alineas.join('\n\n'),
  };
}

/** Leest en controleert alle changesets; elke fout van elk bestand in één {@link ChangesetFout}. */
export function leesChangesets(bestanden: readonly Changesetbestand[], opties: { regels?: readonly Changelogregel[]; pakket?: string } = {}): Changeset[] {
  const fouten: { bestand: string; melding: string }[] = [];
  const gelezen: Changeset[] = [];
  for (const bestand of [...bestanden].sort((a, b) => vergelijk(a.naam, b.naam))) {
    try {
      gelezen.push(leesChangeset(bestand, opties));
    } catch (fout) {
      if (!(fout instanceof ChangesetFout)) throw fout;
      fouten.push(...fout.fouten);
    }
  }
  if (fouten.length > 0) throw new ChangesetFout(fouten);
  return gelezen;
}

/** Vergelijkt op code-eenheden, niet op taal: dezelfde volgorde op elke machine. */
const vergelijk = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function opsomming(woorden: readonly string[]): string {
  return woorden.length <= 1 ? woorden.join('') : `${woorden.slice(0, -1).join(', ')} en ${woorden.at(-1)}`;
}

function item(changeset: Changeset, ookOnder: readonly string[]): string {
  const vanaf = `- **${MARKEERWOORDEN}:** ${changeset.vanaf.join('; ')}.`;
  const herkomst = `_Changeset \`${changeset.naam}\` (${changeset.ophoging})${ookOnder.length > 0 ? `; ook onder ${opsomming(ookOnder)}` : ''}._`;
  const delen = changeset.tekst === '' ? [herkomst] : [changeset.tekst, herkomst];
  const ingesprongen = delen.join('\n\n').split('\n').map((regel) => (regel === '' ? '' : `  ${regel}`));
  return [vanaf, '', ...ingesprongen].join('\n');
}

/**
 * De CHANGELOG-sectie van een versie: `## <versie>` (met `(<datum>)` als die gegeven is), dan een
 * `### <titel>` per regel in registervolgorde, dan `### Alle regels` en `### Algemeen` (voor
 * `Regels: geen`); lege groepen vallen weg. Een changeset met meer regels staat volledig onder
 * elk van die regels, met "ook onder …". Binnen een groep op bestandsnaam. Elk item begint met
 * `**Van toepassing vanaf:** …` en bevat de tekst van de changeset (markdown, ingesprongen als
 * lijstitem), zonder de `Regels:`-regel.
 *
 * @throws {ChangesetFout} als een changeset niet aan de afspraak voldoet (alle bestanden tegelijk)
 * @throws {Error} zonder changesets, bij een ongeldige versie of datum
 */
export function changelogSectie(
  versie: string,
  changesets: readonly (Changeset | Changesetbestand)[],
  opties: { datum?: string; regels?: readonly Changelogregel[]; pakket?: string } = {},
): string {
  const regels = opties.regels ?? REGISTERREGELS;
  if (!leesVersie(versie)) throw new Error(`ongeldige versie "${versie}" (verwacht: x.y.z)`);
  if (opties.datum !== undefined && !isDatum(opties.datum)) throw new Error(`ongeldige datum "${opties.datum}" (verwacht: JJJJ-MM-DD)`);
  const gelezen = [
    ...changesets.filter((changeset): changeset is Changeset => 'vanaf' in changeset),
    ...leesChangesets(
      changesets.filter((changeset): changeset is Changesetbestand => !('vanaf' in changeset)),
      opties,
    ),
  ].sort((a, b) => vergelijk(a.naam, b.naam));
  if (gelezen.length === 0) throw new Error('geen changesets: een versie zonder wijzigingen heeft geen sectie');
  const titel = new Map(regels.map((regel) => [regel.id, regel.titel]));
  const groepen: { kop: string; items: string[] }[] = [
    ...regels.map((regel) => ({
      kop: regel.titel,
      items: gelezen
        .filter((changeset) => changeset.regels.soort === 'regels' && changeset.regels.ids.includes(regel.id as RegelId))
        .map((changeset) =>
          item(
            changeset,
            regels.filter((ander) => ander.id !== regel.id && changeset.regels.soort === 'regels' && changeset.regels.ids.includes(ander.id as RegelId)).map((ander) => titel.get(ander.id)!),
          ),
        ),
    })),
    { kop: KOP_ALLE, items: gelezen.filter((changeset) => changeset.regels.soort === 'alle').map((changeset) => item(changeset, [])) },
    { kop: KOP_GEEN, items: gelezen.filter((changeset) => changeset.regels.soort === 'geen').map((changeset) => item(changeset, [])) },
  ];
  const kop = `## ${versie}${opties.datum === undefined ? '' : ` (${opties.datum})`}`;
  const delen = [kop, ...groepen.filter((groep) => groep.items.length > 0).flatMap((groep) => [`### ${groep.kop}`, ...groep.items])];
  return `${delen.join('\n\n')}\n`;
}

/** De secties (`## …`) van een changelog, elk met haar kopregel en tekst. */
export function changelogSecties(changelog: string): { kop: string; tekst: string }[] {
  return changelog
    .replace(/\r\n?/g, '\n')
    .split(/^(?=## )/m)
    .filter((deel) => deel.startsWith('## '))
    .map((deel) => ({ kop: deel.slice(0, deel.indexOf('\n') === -1 ? undefined : deel.indexOf('\n')).trim(), tekst: deel }));
}

/**
 * Wat er mis is met een changelog: een sectie zonder "Van toepassing vanaf", een item (een
 * regel die met `- ` begint) dat er niet mee begint, of een versie die twee keer voorkomt.
 */
export function controleerChangelog(changelog: string): string[] {
  const problemen: string[] = [];
  const gezien = new Set<string>();
  for (const { kop, tekst } of changelogSecties(changelog)) {
    const versie = kop.slice(3).split(' ')[0]!;
    if (gezien.has(versie)) problemen.push(`${kop}: versie ${versie} staat er twee keer`);
    gezien.add(versie);
    if (!tekst.includes(MARKEERWOORDEN)) problemen.push(`${kop}: geen "${MARKEERWOORDEN}"`);
    for (const regel of tekst.split('\n').filter((regel) => regel.startsWith('- '))) {
      if (!regel.startsWith(`- **${MARKEERWOORDEN}:** `)) problemen.push(`${kop}: item zonder "${MARKEERWOORDEN}" vooraan: ${regel.slice(0, 60)}`);
    }
  }
  return problemen;
}

/**
 * Zet een sectie bovenaan een changelog: onder de kop (alles vóór de eerste `## `), boven de
 * oudere versies.
 *
 * @throws {Error} als de versie van de sectie al in de changelog staat
 */
export function voegSectieToe(changelog: string, sectie: string): string {
  const tekst = changelog.replace(/\r\n?/g, '\n');
  const versie = sectie.slice(3).split(/[\s(]/)[0]!;
  if (changelogSecties(tekst).some((bestaand) => bestaand.kop.slice(3).split(' ')[0] === versie)) throw new Error(`CHANGELOG.md heeft al een sectie voor ${versie}`);
  const begin = /^## /m.exec(tekst)?.index ?? tekst.length;
  const kop = tekst.slice(0, begin).trimEnd();
  const ouder = tekst.slice(begin).trimEnd();
  return `${kop === '' ? '' : `${kop}\n\n`}${sectie.trimEnd()}\n${ouder === '' ? '' : `\n${ouder}\n`}`;
}

/** `x.y.z` als getallen, of `null` (geen voorloopnullen, geen voorversie). */
export function leesVersie(versie: string): [number, number, number] | null {
  const treffer = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(versie);
  return treffer ? [Number(treffer[1]), Number(treffer[2]), Number(treffer[3])] : null;
}

/** Negatief als a vóór b komt, 0 als gelijk, positief als a na b komt. */
export function vergelijkVersies(a: string, b: string): number {
  const [x, y] = [leesVersie(a), leesVersie(b)];
  if (!x || !y) throw new Error(`ongeldige versie "${x ? b : a}"`);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** De versie die changesets kiest: de hoogste ophoging op de huidige versie (0.0.0 + minor = 0.1.0). */
export function volgendeVersie(huidig: string, ophogingen: readonly Ophoging[]): string {
  const versie = leesVersie(huidig);
  if (!versie) throw new Error(`ongeldige versie "${huidig}" in package.json`);
  const [groot, klein, herstel] = versie;
  if (ophogingen.includes('major')) return `${groot + 1}.0.0`;
  if (ophogingen.includes('minor')) return `${groot}.${klein + 1}.0`;
  if (ophogingen.includes('patch')) return `${groot}.${klein}.${herstel + 1}`;
  return huidig;
}

function isDatum(datum: string): boolean {
  const treffer = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  if (!treffer) return false;
  const dag = new Date(Date.UTC(Number(treffer[1]), Number(treffer[2]) - 1, Number(treffer[3])));
  return dag.toISOString().slice(0, 10) === datum;
}

/** De openstaande changesets in `<wortel>/.changeset/` (elk `.md` behalve README.md), op naam. */
export function openstaandeChangesets(wortel: string): Changesetbestand[] {
  const map = join(wortel, '.changeset');
  if (!existsSync(map)) return [];
  return readdirSync(map)
    .filter((naam) => naam.endsWith('.md') && naam.toLowerCase() !== 'readme.md')
    .sort(vergelijk)
    .map((naam) => ({ naam, inhoud: readFileSync(join(map, naam), 'utf8') }));
}

/** Zet de versie in src/versie.ts (`export const PAKKETVERSIE = '…'`). */
export function metPakketversie(bron: string, versie: string): string {
  const patroon = /(export const PAKKETVERSIE = )(['"])[^'"]*\2;/;
  if (!patroon.test(bron)) throw new Error("src/versie.ts heeft geen regel export const PAKKETVERSIE = '…';");
  return bron.replace(patroon, `$1'${versie}';`);
}

interface Uitvoer {
  uit(tekst: string): void;
  fout(tekst: string): void;
}

const STANDAARDUITVOER: Uitvoer = { uit: (tekst) => process.stdout.write(tekst), fout: (tekst) => process.stderr.write(tekst) };

const HULP = `Gebruik: npm run release -- [--versie x.y.z] [--datum JJJJ-MM-DD] [--droog]

Leest de changesets in .changeset/, draait changeset version en zet de nieuwe versie bovenaan
CHANGELOG.md, per regel, met "Van toepassing vanaf"; werkt src/versie.ts en package-lock.json bij.
  --versie  een hogere versie dan changesets kiest (nooit lager)
  --datum   datum in de kop van de sectie (zonder: geen datum)
  --droog   toon versie en sectie, verander niets
`;

/**
 * Het hele uitbrengen in de map `wortel` (met package.json, .changeset/, CHANGELOG.md,
 * src/versie.ts). Geeft de exitcode: 0 gelukt of niets te doen, 1 geweigerd of mislukt.
 * `changeset` is het commando (met eventuele eerste argumenten) waaraan `version` wordt
 * meegegeven; standaard `node_modules/.bin/changeset`.
 */
export function voerReleaseUit(
  argumenten: readonly string[],
  wortel: string,
  uitvoer: Uitvoer = STANDAARDUITVOER,
  changeset: readonly [string, ...string[]] = [join(wortel, 'node_modules', '.bin', 'changeset')],
): number {
  const meld = (melding: string) => {
    uitvoer.fout(`release: ${melding}\n`);
    return 1;
  };
  let opties: { versie?: string | undefined; datum?: string | undefined; droog?: boolean | undefined; help?: boolean | undefined };
  try {
    opties = parseArgs({
      args: [...argumenten],
      options: { versie: { type: 'string' }, datum: { type: 'string' }, droog: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values as typeof opties;
    if ((opties as Record<string, unknown>)['dry-run']) opties.droog = true;
  } catch (fout) {
    return meld(`${(fout as Error).message}\n\n${HULP}`);
  }
  if (opties.help) {
    uitvoer.uit(HULP);
    return 0;
  }
  if (opties.datum !== undefined && !isDatum(opties.datum)) return meld(`ongeldige datum "${opties.datum}" (verwacht: JJJJ-MM-DD)`);
  if (opties.versie !== undefined && !leesVersie(opties.versie)) return meld(`ongeldige versie "${opties.versie}" (verwacht: x.y.z)`);

  const bestanden = openstaandeChangesets(wortel);
  if (bestanden.length === 0) {
    uitvoer.uit('release: geen openstaande changesets in .changeset/; er is niets uit te brengen, niets veranderd.\n');
    return 0;
  }

  const pakketpad = join(wortel, 'package.json');
  const pakket = JSON.parse(readFileSync(pakketpad, 'utf8')) as { name: string; version: string };
  let changesets: Changeset[];
  try {
    changesets = leesChangesets(bestanden, { pakket: pakket.name });
  } catch (fout) {
    if (!(fout instanceof ChangesetFout)) throw fout;
    return meld(`deze changesets volgen de afspraak in .changeset/README.md niet; er is niets veranderd:\n${fout.message}`);
  }
  const voorspeld = volgendeVersie(pakket.version, changesets.map((changeset) => changeset.ophoging));
  if (opties.versie !== undefined && vergelijkVersies(opties.versie, voorspeld) < 0) {
    return meld(`--versie ${opties.versie} is lager dan ${voorspeld}, de versie die changesets kiest (${pakket.version} met de ophogingen ${[...new Set(changesets.map((changeset) => changeset.ophoging))].join(', ')})`);
  }
  const versie = opties.versie ?? voorspeld;
  const changelogpad = join(wortel, 'CHANGELOG.md');
  const changelog = existsSync(changelogpad) ? readFileSync(changelogpad, 'utf8') : `# ${pakket.name}\n`;
  const datum = opties.datum === undefined ? {} : { datum: opties.datum };
  try {
    voegSectieToe(changelog, changelogSectie(versie, changesets, datum));
  } catch (fout) {
    return meld((fout as Error).message);
  }
  const versiepad = join(wortel, 'src', 'versie.ts');
  const versiebron = readFileSync(versiepad, 'utf8');
  try {
    metPakketversie(versiebron, versie);
  } catch (fout) {
    return meld((fout as Error).message);
  }

  if (opties.droog) {
    uitvoer.uit(`release (droog): ${pakket.version} -> ${versie}, ${changesets.length} changesets; er is niets veranderd.\n\n${changelogSectie(versie, changesets, datum)}`);
    return 0;
  }

  const [commando, ...voorArgumenten] = changeset;
  if (!existsSync(commando)) return meld(`${commando} bestaat niet (npm ci?)`);
  const run = spawnSync(commando, [...voorArgumenten, 'version'], { cwd: wortel, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.error || run.status !== 0) return meld(`changeset version is mislukt (${run.error?.message ?? `exitcode ${run.status}`})`);
  const over = openstaandeChangesets(wortel).filter((bestand) => changesets.some((changeset) => changeset.naam === bestand.naam));
  if (over.length > 0) return meld(`changeset version liet ${over.map((bestand) => bestand.naam).join(', ')} staan; controleer git status`);

  // changesets heeft package.json opgehoogd; --versie gaat daar zo nodig overheen.
  const opgehoogd = JSON.parse(readFileSync(pakketpad, 'utf8')) as Record<string, unknown> & { version: string };
  // Altijd de versie die hierboven gecontroleerd is (en die --droog liet zien), ook als changesets
  // een andere koos: zo kan het schrijven hieronder niet meer mislukken.
  if (opgehoogd.version !== voorspeld) uitvoer.fout(`release: let op, changesets koos ${opgehoogd.version}, verwacht was ${voorspeld}; de release wordt ${versie}\n`);
  const nieuw = versie;
  const nieuweChangelog = voegSectieToe(changelog, changelogSectie(nieuw, changesets, datum));
  const nieuweVersiebron = metPakketversie(versiebron, nieuw);
  if (opgehoogd.version !== nieuw) writeFileSync(pakketpad, `${JSON.stringify({ ...opgehoogd, version: nieuw }, null, 2)}\n`);
  const gewijzigd = ['package.json', '.changeset/*.md (verwijderd)'];
  const slotpad = join(wortel, 'package-lock.json');
  if (existsSync(slotpad)) {
    const slot = JSON.parse(readFileSync(slotpad, 'utf8')) as { version?: string; packages?: Record<string, { version?: string }> };
    slot.version = nieuw;
    if (slot.packages?.['']) slot.packages[''].version = nieuw;
    writeFileSync(slotpad, `${JSON.stringify(slot, null, 2)}\n`);
    gewijzigd.push('package-lock.json');
  }
  writeFileSync(changelogpad, nieuweChangelog);
  writeFileSync(versiepad, nieuweVersiebron);
  gewijzigd.push('CHANGELOG.md', 'src/versie.ts');
  uitvoer.uit(
    `release: ${pakket.version} -> ${nieuw} met ${changesets.length} changesets. Gewijzigd: ${gewijzigd.join(', ')}.\n` +
      `Controleer de sectie in CHANGELOG.md, draai npm test en commit, bv.:\n` +
      `  git add -A .changeset CHANGELOG.md package.json package-lock.json src/versie.ts && git commit -m "Versie ${nieuw}"\n`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = voerReleaseUit(process.argv.slice(2), join(dirname(fileURLToPath(import.meta.url)), '..'));
}
