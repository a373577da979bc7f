// Bouwt de website voor beleidsmakers: de regels in gewone taal, "wat geldt waar en wanneer",
// "probeer een geval", de bronnen en de woordenlijst. Uit dezelfde regelbeschrijvingen, hetzelfde
// beleid en dezelfde voorbeelden als docs/regels.md. Gewone HTML en CSS, met één klein script
// (esbuild) dat de bibliotheek zelf in de browser draait; het leesdeel werkt zonder JavaScript,
// en alles opent vanaf schijf (geen server).
//
//   npm run site            # schrijft site/dist/
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BRONDOCUMENTEN,
  INGEBOUWD_BELEID,
  REGELS,
  invoerJsonSchema,
  motivering,
  type Beleid,
  type Criteriumbeschrijving,
  type GedateerdeWaarde,
  type Parameternaam,
  type RegelId,
} from '../src/index.js';
import { naarAdres } from '../site/bedragen.js';
import { bronHtml, datum, html, ledennamen, regelsHtml, regiokeuzes, statusNaam, tijdlijn } from '../site/overzicht.js';
import { feitpaden, type Schema } from '../site/schema.js';
import { bronAnker, bronrij, grondslagVanCriterium, parameterNaam, schrijfParameterwaarde, voldaanAlsTekst } from './teksten.js';
import { voorbeeldgevallen } from './voorbeelden.js';

const wortel = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Waar `npm run site` de site schrijft. */
export const SITE_MAP = join(wortel, 'site', 'dist');

/** Eén pagina: bestandsnaam, titel en inhoud (HTML). */
export interface Pagina {
  bestand: string;
  titel: string;
  inhoud: string;
}

const MENU: ReadonlyArray<[string, string]> = [
  ['index.html', 'De regels'],
  ['waar-en-wanneer.html', 'Wat geldt waar en wanneer'],
  ['probeer.html', 'Probeer een geval'],
  ['wat-als.html', 'Wat als?'],
  ['bronnen.html', 'Bronnen'],
  ['woordenlijst.html', 'Woordenlijst'],
];

function omhulsel(pagina: Pagina, script: boolean): string {
  const menu = MENU.map(([bestand, naam]) => `<li><a href="${bestand}"${bestand === pagina.bestand ? ' aria-current="page"' : ''}>${html(naam)}</a></li>`).join('');
  return `<!doctype html>
<html lang="nl" class="utrecht-html">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(pagina.titel)} · opvangregels</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="nlds-tokens.css">
<link rel="stylesheet" href="nlds-html.css">
<link rel="stylesheet" href="stijl.css">
</head>
<body>
<a class="overslaan" href="#inhoud">Naar de inhoud</a>
<header><p class="merk">opvangregels</p><nav aria-label="Hoofdmenu"><ul>${menu}</ul></nav></header>
<main id="inhoud">
<h1>${html(pagina.titel)}</h1>
${pagina.inhoud}
</main>
<footer><p>Gemaakt uit de regelbeschrijvingen, het beleid en de voorbeelden van opvangregels; dezelfde bron als de regelcatalogus.</p></footer>
${script ? '<script src="app.js"></script>\n' : ''}</body>
</html>
`;
}

function technisch(id: string): string {
  return `<p class="technisch">Technische naam: <code>${html(id)}</code></p>`;
}

function grondslag(regel: RegelId, criterium: Criteriumbeschrijving): string {
  const { tekst, ingebouwd } = grondslagVanCriterium(regel, criterium);
  const perBeleid = ingebouwd.map((grondslag) => `<li>Onder het ingebouwde beleid ${html(grondslag.beleid)}: ${html(grondslag.status)}.${grondslag.toelichting ? ` ${html(grondslag.toelichting)}` : ''}</li>`).join('');
  return `<p><strong>Grondslag:</strong> ${html(tekst.replaceAll('`', ''))}</p>${perBeleid ? `<ul>${perBeleid}</ul>` : ''}`;
}

function criteriumHtml(regel: RegelId, criterium: Criteriumbeschrijving): string {
  const bronnen = criterium.bronnen.length > 0 ? `<p><strong>Bron:</strong></p><ul>${criterium.bronnen.map((bron) => `<li>${bronHtml(bron, null)}</li>`).join('')}</ul>` : '';
  const keuzes = criterium.keuzes.length > 0 ? `<p><strong>Waar de bronnen zwijgen (interpretatie):</strong></p><ul>${criterium.keuzes.map((keuze) => `<li>${html(keuze.tekst.nl)}</li>`).join('')}</ul>` : '';
  return `<section class="criterium">
<h3>${html(criterium.titel.nl)}${criterium.soort === 'signaal' ? ' <span class="label">aandachtspunt</span>' : ''}</h3>
<p>${html(voldaanAlsTekst(criterium))}</p>
${grondslag(regel, criterium)}
${bronnen}
${keuzes}
${technisch(criterium.id)}
</section>`;
}

/** De beleidswaarden die een regel gebruikt (versnelfonds, verblijfstermijn), per ingebouwd beleid. */
function waardenVan(regel: RegelId): string {
  const voorvoegsel = regel === 'versnelfonds' ? 'versnelfonds.' : regel === 'verblijfstermijn' ? 'verblijfsduur.' : regel === 'woningaanbod' ? 'woningaanbod.' : undefined;
  if (!voorvoegsel) return '';
  const delen = Object.values(INGEBOUWD_BELEID).flatMap((beleid: Beleid) => {
    const rijen = (Object.keys(beleid.parameters) as Parameternaam[])
      .filter((parameter) => parameter.startsWith(voorvoegsel))
      .flatMap((parameter) =>
        (beleid.parameters[parameter] as readonly GedateerdeWaarde<unknown>[]).map(
          (periode) =>
            `<tr><td>${html(parameterNaam(parameter))}</td><td>${html(schrijfParameterwaarde(parameter, periode.waarde, beleid))}</td><td>${html(periodeTekst(periode))}</td><td>${html(statusNaam(periode.status))}${periode.toelichting ? `<br><small>${html(periode.toelichting)}</small>` : ''}${periode.datumkeuze ? `<br><small>Gekozen datum (interpretatie): ${html(periode.datumkeuze)}${(Object.hasOwn(periode, 'datumbronnen') ? periode.datumbronnen ?? [] : []).map((bron) => `<br>Bron van de gekozen datum: ${bronHtml(bron, beleid)}`).join('')}</small>` : ''}</td><td><ul>${periode.bronnen.map((bron) => `<li>${bronHtml(bron, beleid)}</li>`).join('')}</ul></td></tr>`,
        ),
      );
    return rijen.length === 0 ? [] : [`<h3>${html(beleid.naam)}</h3><table><thead><tr><th scope="col">Wat</th><th scope="col">Waarde</th><th scope="col">Wanneer</th><th scope="col">Hoe vast</th><th scope="col">Bron</th></tr></thead><tbody>${rijen.join('')}</tbody></table>`];
  });
  return `<h2>De waarden in het ingebouwde beleid</h2><p>Een waarde met status ambitie of aanname om mee te plannen past de regel standaard niet toe.</p>${delen.join('')}`;
}

function periodeTekst(periode: GedateerdeWaarde<unknown>): string {
  return periode.tot ? `van ${datum(periode.vanaf)} tot ${datum(periode.tot)}` : `vanaf ${datum(periode.vanaf)}`;
}

/** De voorbeelden uit examples/ voor deze regel, door de bibliotheek beslist, met de brief. */
function voorbeelden(regel: RegelId): string {
  const gevallen = voorbeeldgevallen(regel).map(({ invoer, beoordeling }) => {
    const uitkomst = REGELS[regel].beschrijving.uitkomsten[beoordeling.uitkomst]?.nl ?? beoordeling.uitkomst;
    // Zoals de pagina zelf een geval in het adres zet: bedragen in euro's.
    const link = `probeer.html#${new URLSearchParams({ regel, invoer: JSON.stringify(naarAdres(invoer as Record<string, unknown>)) }).toString()}`;
    return `<section class="voorbeeld"><h3>Voorbeeld: ${html(uitkomst)}</h3><pre class="brief">${html(motivering(beoordeling))}</pre><p><a href="${html(link)}">Probeer dit geval zelf</a></p></section>`;
  });
  return gevallen.length === 0 ? '' : `<h2>Voorbeelden, beslist door de regels zelf</h2>${gevallen.join('')}`;
}

function regelpagina(regel: RegelId): Pagina {
  const { beschrijving } = REGELS[regel];
  const uitkomsten = Object.values(beschrijving.uitkomsten).map((naam) => `<li>${html(naam.nl)}</li>`).join('');
  const criteria = beschrijving.criteria.filter((criterium) => criterium.soort === 'criterium');
  const signalen = beschrijving.criteria.filter((criterium) => criterium.soort === 'signaal');
  return {
    bestand: `regel-${regel}.html`,
    titel: beschrijving.titel.nl,
    inhoud: `<p class="inleiding">${html(beschrijving.omschrijving.nl)}</p>
${technisch(beschrijving.id)}
<h2>Mogelijke uitkomsten</h2><ul>${uitkomsten}</ul>
<h2>Waar de regel op let</h2>
${criteria.map((criterium) => criteriumHtml(regel, criterium)).join('\n')}
${signalen.length > 0 ? `<h2>Aandachtspunten</h2><p>Een aandachtspunt informeert; het verandert de uitkomst nooit.</p>${signalen.map((criterium) => criteriumHtml(regel, criterium)).join('\n')}` : ''}
${waardenVan(regel)}
${voorbeelden(regel)}`,
  };
}

function indexpagina(): Pagina {
  const regels = (Object.keys(REGELS) as RegelId[]).map((regel) => `<li><a href="regel-${regel}.html">${html(REGELS[regel].beschrijving.titel.nl)}</a>: ${html(REGELS[regel].beschrijving.omschrijving.nl)}</li>`);
  return {
    bestand: 'index.html',
    titel: 'De regels van de maatschappelijke opvang',
    inhoud: `<p class="inleiding">Hier leest u wat elke regel beslist, waar hij op let en op welke bron dat rust. Zo kunt u nagaan of de regels zeggen wat uw beleid zegt.</p>
<ul class="regels">${regels.join('')}</ul>
<p>Wilt u weten wat in een regio op een dag geldt? Kijk bij <a href="waar-en-wanneer.html">wat geldt waar en wanneer</a>. Wilt u een eigen geval beslissen? Gebruik <a href="probeer.html">probeer een geval</a>.</p>`,
  };
}

function waarEnWanneer(): Pagina {
  const regios = regiokeuzes([]);
  const beleidssets = Object.values(INGEBOUWD_BELEID);
  const perRegio = regios.map((regio) => {
    const veranderingen = tijdlijn(regio, beleidssets).map((verandering) => `<li><time datetime="${verandering.datum}">${html(datum(verandering.datum))}</time>: ${html(verandering.tekst)}</li>`);
    const leden = regio.leden.map((periode) => `<li>${html(periodeTekst(periode))}: ${html(ledennamen(periode))}</li>`);
    // Het ingebouwde beleid van deze regio (almelo, ijssel-vecht) zegt waarop de regels hier rusten.
    const eigenBeleid = beleidssets.find((beleid) => beleid.id === regio.id);
    const regels = eigenBeleid ? regelsHtml(eigenBeleid) : '';
    return `<section class="regio"><h3>${html(regio.naam)}</h3><p>Gemeenten:</p><ul>${leden.join('')}</ul><p>Wanneer er iets verandert:</p><ol class="tijdlijn">${veranderingen.join('')}</ol>${regels}</section>`;
  });
  return {
    bestand: 'waar-en-wanneer.html',
    titel: 'Wat geldt waar en wanneer',
    inhoud: `<p class="inleiding">Kies een regio en een datum. U ziet dan welke gemeenten erbij horen en welke waarden gelden, met hoe vast ze staan en hun bron. Een eigen beleidsbestand kunt u ook laden.</p>
<form id="waar-formulier" class="alleen-met-script" hidden>
<p><label for="waar-regio">Regio</label><select id="waar-regio" name="regio"></select></p>
<p><label for="waar-datum">Datum</label><input id="waar-datum" name="datum" type="date" required></p>
<p><label for="waar-beleid">Eigen beleid (JSON-bestand, mag leeg)</label><input id="waar-beleid" name="beleid" type="file" accept=".json,application/json"></p>
<p><button type="submit">Toon wat geldt</button></p>
</form>
<p id="waar-melding" role="status" aria-live="polite"></p>
<section id="waar-uitkomst"></section>
<h2>Alle regio's en hun tijdlijn</h2>
${perRegio.join('\n')}`,
  };
}

/**
 * De JSON Schema's van de invoer van elke regel, voor het formulier; veilig binnen een
 * script-element. Elk veld dat het formulier als ja / nee / onbekend vraagt, moet een vraag in de
 * regelbeschrijving hebben (`vragen`, ja = `true`): zonder vraag bouwt de site niet, want de naam
 * van het ontbrekende gegeven als vraag kan het omgekeerde vragen.
 */
function invoerschemas(): string {
  const schemas = Object.fromEntries((Object.keys(REGELS) as RegelId[]).map((regel) => [regel, invoerJsonSchema(regel)]));
  const zonderVraag = (Object.keys(REGELS) as RegelId[]).flatMap((regel) =>
    feitpaden(schemas[regel] as Schema).filter((pad) => !Object.hasOwn(REGELS[regel].beschrijving.vragen, pad)).map((pad) => `${regel}: ${pad}`),
  );
  if (zonderVraag.length > 0) throw new Error(`Een ja/nee-veld zonder vraag in de regelbeschrijving (vragen): ${zonderVraag.join(', ')}`);
  return JSON.stringify(schemas).replace(/</g, '\\u003c');
}

function probeerpagina(): Pagina {
  return {
    bestand: 'probeer.html',
    titel: 'Probeer een geval',
    inhoud: `<p class="inleiding">Kies een regel en vul het geval in. De regels van opvangregels beslissen het hier in uw browser; er gaat niets over het netwerk. Het geval staat in het adres van de pagina, zodat u het kunt delen.</p>
<noscript><p class="let-op">Voor deze pagina is JavaScript nodig. De regels zelf leest u ook zonder, op de andere pagina's.</p></noscript>
<form id="probeer-formulier" class="alleen-met-script" hidden>
<p><label for="probeer-regel">Regel</label><select id="probeer-regel" name="regel"></select></p>
<p><label for="probeer-beleid">Eigen beleid (JSON-bestand, mag leeg)</label><input id="probeer-beleid" name="beleid" type="file" accept=".json,application/json"></p>
<fieldset id="probeer-velden"><legend>Het geval</legend></fieldset>
<fieldset id="probeer-briefgegevens"><legend>De brief aan de cliënt (versnelfonds en verblijfstermijn)</legend>
<p><label for="probeer-gemeentenaam">Naam van de gemeente die de brief stuurt (mag leeg)</label><input id="probeer-gemeentenaam" name="gemeentenaam" type="text" autocomplete="organization"></p>
<p><label for="probeer-bezwaaradres">Adres voor bezwaar (mag leeg)</label><input id="probeer-bezwaaradres" name="bezwaaradres" type="text"></p>
</fieldset>
<p><button type="submit">Beslis</button></p>
</form>
<p id="probeer-melding" role="status" aria-live="polite"></p>
<section id="probeer-uitkomst"></section>
<script type="application/json" id="invoerschemas">${invoerschemas()}</script>`,
  };
}

function watAlsPagina(): Pagina {
  const keuzes = (Object.keys(REGELS) as RegelId[]).map((regel) => `<option value="${regel}"${regel === 'versnelfonds' ? ' selected' : ''}>${html(REGELS[regel].beschrijving.titel.nl)}</option>`).join('');
  return {
    bestand: 'wat-als.html',
    titel: 'Wat als? Een beleidswijziging doorrekenen',
    inhoud: `<p class="inleiding">Welke gevallen van vorig jaar waren anders uitgekomen met een ander beleid, en wat kost dat? Laad een bestand met gevallen en één of twee beleidsbestanden. Elk geval wordt hier in uw browser beslist onder beleid A en onder beleid B; er gaat niets over het netwerk.</p>
<noscript><p class="let-op">Voor deze pagina is JavaScript nodig.</p></noscript>
<form id="watals-formulier" class="alleen-met-script" hidden>
<p><label for="watals-regel">Regel</label><select id="watals-regel" name="regel">${keuzes}</select></p>
<p><label for="watals-gevallen">Gevallen (CSV met een kopregel, JSON of JSON Lines)</label><input id="watals-gevallen" name="gevallen" type="file" accept=".csv,.json,.jsonl,text/csv,application/json" required aria-describedby="watals-uitleg"></p>
<p id="watals-uitleg" class="klein">In een CSV-bestand is elke kolom een veld van de invoer (zoals in het schema van de regel), en elke rij een geval. Een ja/nee-vraag beantwoordt u met ja, nee of onbekend; een bedrag in eurocent.</p>
<p><label for="watals-beleid-a">Beleid A (JSON-bestand; leeg: het ingebouwde beleid)</label><input id="watals-beleid-a" name="beleid-a" type="file" accept=".json,application/json"></p>
<p><label for="watals-beleid-b">Beleid B (JSON-bestand; leeg: het ingebouwde beleid)</label><input id="watals-beleid-b" name="beleid-b" type="file" accept=".json,application/json"></p>
<p><button type="submit">Reken door</button></p>
</form>
<p id="watals-melding" role="status" aria-live="polite"></p>
<section id="watals-uitkomst"></section>
<script type="application/json" id="invoerschemas">${invoerschemas()}</script>`,
  };
}

function bronnenpagina(): Pagina {
  const rijen = BRONDOCUMENTEN.map((document) => {
    // Dezelfde rij als in de tabel "Bronnen" van de regelcatalogus (een aantekening over de eigen kopieën van het project valt weg).
    const rij = bronrij(document);
    const url = rij.url ? `<br><a href="${html(rij.url)}">${html(rij.url)}</a>` : '';
    return `<tr id="${html(bronAnker(document.id))}"><td>${html(rij.titel)}</td><td>${html(rij.uitgever)}</td><td>${rij.jaar}</td><td class="vindplaats">${rij.vindplaats ? html(rij.vindplaats) : ''}${url}</td></tr>`;
  });
  return {
    bestand: 'bronnen.html',
    titel: 'Bronnen',
    inhoud: `<p class="inleiding">De documenten waar de regels, de indelingen en de waarden op rusten. Elke verwijzing op deze site wijst naar een rij in deze tabel.</p>
<table><thead><tr><th scope="col">Titel</th><th scope="col">Uitgever</th><th scope="col">Jaar</th><th scope="col">Waar te vinden</th></tr></thead><tbody>${rijen.join('')}</tbody></table>`,
  };
}

/** De woordenlijst uit docs/woordenlijst.md: Nederlands en Engels (de kolom met technische namen niet). */
function woordenlijst(): Pagina {
  const regels = readFileSync(join(wortel, 'docs', 'woordenlijst.md'), 'utf8').split('\n').filter((regel) => regel.startsWith('| ') && !regel.startsWith('| Nederlands') && !regel.startsWith('|---'));
  const rijen = regels.map((regel) => {
    const [nl, en] = regel.split('|').slice(1, 3).map((cel) => cel.trim());
    // De Engelse uitleg zonder de opmaak van Markdown (backticks).
    return `<tr><td>${html(nl ?? '')}</td><td lang="en">${html((en ?? '').replace(/`/g, ''))}</td></tr>`;
  });
  return {
    bestand: 'woordenlijst.html',
    titel: 'Woordenlijst',
    inhoud: `<p class="inleiding">De woorden van de regels, met hun betekenis in het Engels.</p><table><thead><tr><th scope="col">Nederlands</th><th scope="col" lang="en">English</th></tr></thead><tbody>${rijen.join('')}</tbody></table>`,
  };
}

/** Alle pagina's van de site, met de pagina's die het script nodig hebben. */
export function paginas(): Array<Pagina & { script: boolean }> {
  return [
    { ...indexpagina(), script: false },
    ...(Object.keys(REGELS) as RegelId[]).map((regel) => ({ ...regelpagina(regel), script: false })),
    { ...waarEnWanneer(), script: true },
    { ...probeerpagina(), script: true },
    { ...watAlsPagina(), script: true },
    { ...bronnenpagina(), script: false },
    { ...woordenlijst(), script: false },
  ];
}

/** Bouwt de site in `doel`: de pagina's, de stijl en het script. */
export async function bouwSite(doel = SITE_MAP): Promise<string[]> {
  rmSync(doel, { recursive: true, force: true });
  mkdirSync(doel, { recursive: true });
  const geschreven: string[] = [];
  for (const pagina of paginas()) {
    writeFileSync(join(doel, pagina.bestand), omhulsel(pagina, pagina.script));
    geschreven.push(pagina.bestand);
  }
  copyFileSync(join(wortel, 'site', 'stijl.css'), join(doel, 'stijl.css'));
  // NL Design System: de design tokens van de Rijkshuisstijl-community (kleuren, letters, ruimte als
  // CSS-variabelen) en de HTML-stijl van de Utrecht-componenten, die gewone HTML (koppen, tabellen,
  // formulieren, knoppen) in de huisstijl zet onder de klasse `utrecht-html`. Zo hoeft geen element een
  // eigen klasse; stijl.css doet alleen nog de indeling.
  const vereis = createRequire(import.meta.url);
  copyFileSync(vereis.resolve('@rijkshuisstijl-community/design-tokens/dist/root.css'), join(doel, 'nlds-tokens.css'));
  copyFileSync(vereis.resolve('@utrecht/component-library-css/dist/html.css'), join(doel, 'nlds-html.css'));
  // Een klassiek script (iife), geen module: een module mag vanaf schijf (file://) niet laden.
  // Zoals het `browser`-veld van package.json voor dist/ doet: de versie van de validatie zonder de
  // compiler van zod (z.compile), die anders heel zod met al zijn talen in het script trok.
  const zonderCompiler = {
    name: 'zonder-z-compile',
    setup(bouwer: { onResolve: (filter: { filter: RegExp }, terug: (argumenten: { path: string; resolveDir: string }) => { path: string }) => void }) {
      bouwer.onResolve({ filter: /\/kern\/compilatie\.js$/ }, ({ resolveDir }) => ({ path: join(resolveDir, 'compilatie-browser.ts') }));
      bouwer.onResolve({ filter: /^\.\/compilatie\.js$/ }, ({ resolveDir }) => ({ path: join(resolveDir, 'compilatie-browser.ts') }));
    },
  };
  await build({ entryPoints: [join(wortel, 'site', 'app.ts')], bundle: true, minify: true, format: 'iife', target: 'es2022', platform: 'browser', outfile: join(doel, 'app.js'), logLevel: 'silent', plugins: [zonderCompiler] });
  return [...geschreven, 'stijl.css', 'nlds-tokens.css', 'nlds-html.css', 'app.js'];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bestanden = await bouwSite();
  console.log(`site gebouwd in ${SITE_MAP}: ${bestanden.length} bestanden; open ${join(SITE_MAP, 'index.html')}`);
}
