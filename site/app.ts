/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Het script van de site: "wat geldt waar en wanneer" en "probeer een geval". Draait de
// bibliotheek zelf in de browser; niets gaat over het netwerk. Het formulier van een regel komt
// uit het JSON Schema van haar invoer (keuzes als keuzelijst, datums als datumvelden, een bedrag
// in euro's), zodat het meegaat met de regels. Een feit is een vraag uit de regelbeschrijving
// (`vragen`) met ja / nee / onbekend: ja is altijd `true`. De schema's maakt de generator bij het
// bouwen (in de pagina als JSON), zodat de browser de schemagenerator van zod niet hoeft te laden.
import { BeleidNietInWerkingFout, OngeldigeInvoerFout, REGELS, amsterdamseDatum, brief, defineBeleid, motivering, schrijfBedrag, type Beleid, type Beoordeling, type Brief, type RegelId } from '../src/index.js';
import { hoofdletter } from '../src/kern/teksten.js';
import { keuzenaam, parameterNaam } from '../scripts/teksten.js';
import { isBedragveld, leesEuro, naarAdres, schrijfEuro } from './bedragen.js';
import { bronHtml, datum, gebruikteBeleidssets, html, indelingOp, ledennamen, regelsHtml, regiokeuzes, statusNaam, tijdlijn, waardenOp, type Regiokeuze } from './overzicht.js';
import { soortVan, type Schema } from './schema.js';
import { MAX_BELEID_IN_ADRES, MAX_BELEIDSBESTAND, MAX_UITGEPAKT, MAX_GEVALLENBESTAND, MAX_TABELRIJEN, UitpakFout, bestandTeGroot, gevalUitAdres, pakIn, pakUit } from './grenzen.js';
import { leesGevallen, vergelijkGevallen, type Invoerschema, type Vergelijking } from '../src/cli/vergelijk.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

/** "bedragInCenten" → "bedrag in centen": de veldnaam als gewone woorden. */
function woorden(veld: string): string {
  return veld.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * De naam van een invoerveld: zoals de brief het noemt (de beschrijving van de regel), anders de
 * veldnaam in woorden; bij een bedrag zonder "in centen", want het formulier vraagt euro's.
 */
function veldnaam(regel: RegelId | null, veld: string): string {
  const velden = regel ? REGELS[regel].beschrijving.velden : {};
  return hoofdletter(Object.hasOwn(velden, veld) ? velden[veld]!.nl : woorden(isBedragveld(veld) ? veld.slice(0, -'InCenten'.length) : veld));
}

/** De vraag bij een ja/nee-veld (pad met punten, zonder indexen), waarop ja `true` betekent; `null` als de regel er geen heeft. */
function vraag(regel: RegelId | null, pad: string): string | null {
  const vragen = regel ? REGELS[regel].beschrijving.vragen : {};
  return Object.hasOwn(vragen, pad) ? vragen[pad]!.nl : null;
}

/** De uitkomst van een regel in woorden. */
function uitkomstnaam(regel: RegelId, uitkomst: string): string {
  const uitkomsten = REGELS[regel].beschrijving.uitkomsten;
  return Object.hasOwn(uitkomsten, uitkomst) ? uitkomsten[uitkomst]!.nl : uitkomst;
}

/** Een gekozen bestand dat groter is dan zijn grens: de pagina leest het niet. */
class BestandTeGrootFout extends Error {}

/** Leest een gekozen beleidsbestand (ten hoogste {@link MAX_BELEIDSBESTAND} bytes); een fout gooit door. */
async function leesBeleid(invoer: HTMLInputElement): Promise<Beleid | null> {
  const tekst = await leesBestand(invoer, MAX_BELEIDSBESTAND);
  if (tekst === null) return null;
  const beleid = defineBeleid(JSON.parse(tekst));
  // Compact, voor het adres van een gedeeld geval.
  geladenBeleidsbron = JSON.stringify(JSON.parse(tekst));
  return beleid;
}

/** Een fout in woorden: per veld de naam uit het formulier en de melding; een beleidswaarde die op die dag niet geldt, uitgelegd. */
function foutTekst(fout: unknown, regel: RegelId | null): string {
  if (fout instanceof BeleidNietInWerkingFout) {
    const wat = fout.parameter === 'regio.leden' ? 'de indeling van de regio' : fout.parameter.includes('.') ? parameterNaam(fout.parameter as never) : fout.parameter;
    return `Op ${datum(fout.peildatum)} geldt geen waarde voor ${wat}. De regels lenen nooit een waarde van een andere datum. Kies een andere datum, of laad een eigen beleid dat voor deze dag een waarde vastlegt.`;
  }
  if (fout instanceof OngeldigeInvoerFout) {
    return fout.fouten.map((veldfout) => `${veldfout.pad === '' ? 'Het geval' : veldnaam(regel, veldfout.pad.split('.')[0]!)}${veldfout.pad.includes('.') ? ` (${veldfout.pad.split('.').slice(1).join(' ')})` : ''}: ${veldfout.melding}`).join('\n');
  }
  if (fout instanceof SyntaxError) return 'Het bestand is geen geldige JSON.';
  if (fout instanceof BestandTeGrootFout) return fout.message;
  return 'Er ging iets mis bij het lezen.';
}

/** Zet de keuzes van een regiolijst: de ingebouwde regio's en die van het geladen beleid. */
function vulRegiolijst(lijst: HTMLSelectElement, eigen: readonly Beleid[], leeg: boolean): void {
  const vorige = lijst.value;
  lijst.replaceChildren(...(leeg ? [new Option('(kies)', '')] : []), ...regiokeuzes(eigen).map((regio) => new Option(regio.beleid ? `${regio.naam} (eigen beleid)` : regio.naam, regio.id)));
  if ([...lijst.options].some((optie) => optie.value === vorige)) lijst.value = vorige;
}

/** Het geladen eigen beleid, gedeeld door beide pagina's van dit script. */
let geladenBeleid: Beleid | null = null;
/** De JSON van dat beleid (compact), om het in het adres van een gedeeld geval mee te geven. */
let geladenBeleidsbron: string | null = null;

/** Laat een beleidsbestand laden bij elke wijziging van `invoer`; meldt het resultaat en roept `daarna` aan. */
function laadBeleidBij(invoer: HTMLInputElement, melding: HTMLElement, daarna: () => void): void {
  invoer.addEventListener('change', async () => {
    try {
      geladenBeleid = await leesBeleid(invoer);
      melding.textContent = geladenBeleid ? `Eigen beleid geladen: ${geladenBeleid.naam} (versie ${geladenBeleid.versie}). De regels gebruiken nu alleen dit beleid, niet het ingebouwde.` : '';
    } catch (fout) {
      geladenBeleid = null;
      geladenBeleidsbron = null;
      melding.textContent = `Het beleidsbestand is niet geldig:\n${foutTekst(fout, null)}`;
    }
    daarna();
  });
}

/** Zet de uitkomst in de pagina, en de focus op haar kop (zo hoort een schermlezer waar het resultaat staat). */
function toonUitkomst(plek: HTMLElement, inhoud: string): void {
  plek.innerHTML = inhoud;
  const kop = plek.querySelector<HTMLElement>('h2');
  if (kop) {
    kop.tabIndex = -1;
    kop.focus();
  }
}

// ---------------------------------------------------------------------------------------------
// Wat geldt waar en wanneer
// ---------------------------------------------------------------------------------------------

function startWaarEnWanneer(): void {
  const formulier = $<HTMLFormElement>('waar-formulier');
  if (!formulier) return;
  formulier.hidden = false;
  const keuze = $<HTMLSelectElement>('waar-regio')!;
  const datumveld = $<HTMLInputElement>('waar-datum')!;
  const bestand = $<HTMLInputElement>('waar-beleid')!;
  const melding = $('waar-melding')!;
  const uitkomst = $('waar-uitkomst')!;
  const eigen = () => (geladenBeleid ? [geladenBeleid] : []);

  const toon = () => {
    const regio = regiokeuzes(eigen()).find((kandidaat) => kandidaat.id === keuze.value);
    if (!regio || !datumveld.value) return;
    toonUitkomst(uitkomst, overzichtHtml(regio, gebruikteBeleidssets(eigen()), datumveld.value));
    history.replaceState(null, '', `#${new URLSearchParams({ regio: regio.id, datum: datumveld.value }).toString()}`);
  };

  const adres = new URLSearchParams(location.hash.slice(1));
  vulRegiolijst(keuze, [], false);
  const gevraagd = adres.get('regio');
  if (gevraagd && [...keuze.options].some((optie) => optie.value === gevraagd)) keuze.value = gevraagd;
  datumveld.value = /^\d{4}-\d{2}-\d{2}$/.test(adres.get('datum') ?? '') ? adres.get('datum')! : '';
  laadBeleidBij(bestand, melding, () => {
    vulRegiolijst(keuze, eigen(), false);
    toon();
  });
  formulier.addEventListener('submit', (gebeurtenis) => {
    gebeurtenis.preventDefault();
    toon();
  });
  if (datumveld.value) toon();
}

function overzichtHtml(regio: Regiokeuze, beleidssets: readonly Beleid[], dag: string): string {
  const indeling = indelingOp(regio, dag);
  const leden = indeling
    ? `<p>Op ${html(datum(dag))} horen bij de ${html(regio.naam)}: ${html(ledennamen(indeling.periode))}.</p><p>Hoe vast: ${html(statusNaam(indeling.periode.status))}.${indeling.periode.toelichting ? ` ${html(indeling.periode.toelichting)}` : ''}${indeling.nietToegepast ? ` <strong>Niet toegepast</strong>: ${html(indeling.nietToegepast)}.` : ''}</p><ul>${indeling.periode.bronnen.map((bron) => `<li>${bronHtml(bron, regio.beleid)}</li>`).join('')}</ul>`
    : `<p>Op ${html(datum(dag))} is er geen indeling van de ${html(regio.naam)} vastgelegd. De regels lenen dan geen indeling.</p>`;
  const rijen = waardenOp(regio, beleidssets, dag).map(
    (waarde) =>
      `<tr class="${waarde.nietToegepast ? 'niet-toegepast' : 'toegepast'}"><td>${html(waarde.wat)}</td><td>${html(waarde.waarde)}</td><td>${html(statusNaam(waarde.periode.status))}${waarde.nietToegepast ? `<br><strong>niet toegepast</strong>: ${html(waarde.nietToegepast)}` : ''}</td><td>${html(waarde.beleid.naam)}</td><td><ul>${waarde.periode.bronnen.map((bron) => `<li>${bronHtml(bron, waarde.beleid)}</li>`).join('')}</ul></td></tr>`,
  );
  const tabel = rijen.length > 0
    ? `<table><caption>Waarden op ${html(datum(dag))}</caption><thead><tr><th scope="col">Wat</th><th scope="col">Waarde</th><th scope="col">Hoe vast</th><th scope="col">Beleid</th><th scope="col">Bron</th></tr></thead><tbody>${rijen.join('')}</tbody></table>`
    : `<p>Op ${html(datum(dag))} legt ${beleidssets.length === 1 && geladenBeleid ? 'het geladen beleid' : 'geen beleid'} waarden vast voor de ${html(regio.naam)}.</p>`;
  const veranderingen = tijdlijn(regio, beleidssets).map((verandering) => `<li${verandering.datum === dag ? ' class="vandaag"' : ''}><time datetime="${verandering.datum}">${html(datum(verandering.datum))}</time>: ${html(verandering.tekst)}</li>`);
  const bron = geladenBeleid ? `<p>Met het geladen beleid ${html(geladenBeleid.naam)}; de ingebouwde waarden gebruiken de regels dan niet.</p>` : '<p>Met het ingebouwde beleid.</p>';
  // Waarop de regels rusten: onder het geladen beleid, anders onder het ingebouwde beleid van deze regio.
  const beleid = geladenBeleid ?? beleidssets.find((kandidaat) => kandidaat.id === regio.id) ?? null;
  const regels = beleid ? regelsHtml(beleid) : '';
  return `<h2>${html(regio.naam)} op ${html(datum(dag))}</h2>${bron}${leden}${tabel}<h3>Wanneer er iets verandert</h3><ol class="tijdlijn">${veranderingen.join('')}</ol>${regels}`;
}

// ---------------------------------------------------------------------------------------------
// Probeer een geval
// ---------------------------------------------------------------------------------------------

let teller = 0;
const nieuwId = (basis: string) => `veld-${basis.replace(/[^a-zA-Z0-9]/g, '-')}-${++teller}`;

function label(tekst: string, id: string): HTMLLabelElement {
  const element = document.createElement('label');
  element.htmlFor = id;
  element.textContent = tekst;
  return element;
}

/** Eén veld: het element en hoe de waarde gelezen en gezet wordt. */
interface Veld {
  element: HTMLElement;
  lees(): unknown;
  zet(waarde: unknown): void;
}

function select(id: string, opties: Array<[string, string]>): HTMLSelectElement {
  const element = document.createElement('select');
  element.id = id;
  for (const [waarde, tekst] of opties) element.append(new Option(tekst, waarde));
  return element;
}

/** De keuzelijsten van regio's in het formulier: bij een geladen beleid komen zijn regio's erbij. */
const regiolijsten: HTMLSelectElement[] = [];

/** Een keuze die in de lijst staat, of leeg: een onbekende waarde (uit het adres) wordt niet stil een andere. */
function kiesIn(element: HTMLSelectElement, waarde: unknown): void {
  element.value = typeof waarde === 'string' && [...element.options].some((optie) => optie.value === waarde) ? waarde : '';
}

/**
 * Een plek voor een melding naast een veld (WCAG 3.3.1): leeg, hoe de pagina de invoer leest, of
 * wat eraan schort. De besturing verwijst ernaar met aria-describedby, ook na een fout van de regels.
 */
function meldingBij(rij: HTMLElement, besturing: HTMLElement): HTMLElement {
  const melding = Object.assign(document.createElement('span'), { id: `${besturing.id}-melding`, className: 'veldmelding' });
  besturing.dataset.melding = melding.id;
  besturing.setAttribute('aria-describedby', melding.id);
  rij.append(' ', melding);
  return melding;
}

/** Zet een fout in het formulier naast het veld en gooit haar door, met de naam van het veld, voor de samenvatting bij de uitkomst. */
function veldfout(besturing: HTMLElement, melding: HTMLElement, titel: string, tekst: string): never {
  melding.textContent = tekst;
  melding.classList.add('fout');
  besturing.setAttribute('aria-invalid', 'true');
  throw new Formulierfout([`${titel}: ${tekst}`]);
}

/**
 * Maakt het veld `naam` (op pad `pad`: met punten, zonder indexen, zoals de sleutels van `vragen`).
 * Een feit wordt de vraag uit de regelbeschrijving met ja (`true`), nee (`false`) en onbekend.
 */
function maakVeld(regel: RegelId | null, pad: string, naam: string, schema: Schema, verplicht: boolean): Veld {
  const { soort, schema: hoofd } = soortVan(naam, schema);
  const id = nieuwId(naam);
  const rij = document.createElement('p');
  const titel = veldnaam(regel, naam);
  const magLeeg = !verplicht || schema.default !== undefined;
  const metLeeg = (tekst: string) => (magLeeg ? `${tekst} (mag leeg)` : tekst);
  if (soort === 'feit') {
    // Nooit de naam van het ontbrekende gegeven als vraag ("of voorzieningen nog een optie zijn"):
    // die kan het omgekeerde vragen van wat true betekent. De generator weigert een feit zonder vraag.
    const element = select(id, [['onbekend', 'onbekend'], ['true', 'ja'], ['false', 'nee']]);
    rij.append(label(vraag(regel, pad) ?? titel, id), element);
    return { element: rij, lees: () => (element.value === 'true' ? true : element.value === 'false' ? false : 'onbekend'), zet: (waarde) => { element.value = waarde === true ? 'true' : waarde === false ? 'false' : 'onbekend'; } };
  }
  if (soort === 'keuze' || soort === 'regio') {
    // Altijd een lege keuze vooraan: het formulier kiest nooit zelf een waarde voor de gebruiker.
    const element = soort === 'regio' ? select(id, []) : select(id, [['', '(kies)'], ...(hoofd.enum as string[]).map((waarde): [string, string] => [waarde, keuzenaam(waarde)])]);
    if (soort === 'regio') {
      regiolijsten.push(element);
      vulRegiolijst(element, geladenBeleid ? [geladenBeleid] : [], true);
    }
    rij.append(label(metLeeg(titel), id), element);
    return { element: rij, lees: () => (element.value === '' ? undefined : element.value), zet: (waarde) => kiesIn(element, waarde) };
  }
  if (soort === 'lijst-keuzes') {
    const groep = document.createElement('fieldset');
    groep.append(Object.assign(document.createElement('legend'), { textContent: `${titel} (kies wat van toepassing is)` }));
    const vakjes = ((hoofd.items?.enum ?? []) as string[]).map((waarde) => {
      const vakId = nieuwId(`${naam}-${waarde}`);
      const vak = Object.assign(document.createElement('input'), { type: 'checkbox', id: vakId, value: waarde });
      const naamVak = label(keuzenaam(waarde), vakId);
      naamVak.className = 'vak';
      const regel = document.createElement('p');
      regel.append(vak, naamVak);
      groep.append(regel);
      return vak;
    });
    return { element: groep, lees: () => { const gekozen = vakjes.filter((vak) => vak.checked).map((vak) => vak.value); return gekozen.length > 0 ? gekozen : undefined; }, zet: (waarde) => { for (const vak of vakjes) vak.checked = Array.isArray(waarde) && waarde.includes(vak.value); } };
  }
  if (soort === 'lijst-objecten') return lijstVanObjecten(regel, pad, titel, hoofd, verplicht);
  if (soort === 'tijdstip') return tijdstipveld(id, titel, rij);
  if (soort === 'bedrag' || soort === 'bedrag-of-onbekend') return bedragveld(id, titel, hoofd, soort === 'bedrag-of-onbekend', rij, metLeeg);
  const element = document.createElement('input');
  element.id = id;
  if (soort === 'datum') element.type = 'date';
  else if (soort === 'getal') {
    element.type = 'number';
    element.step = hoofd.type === 'integer' ? '1' : 'any';
  } else element.type = 'text';
  const hint = soort === 'getal-of-onbekend' ? ' (een getal, of onbekend)' : '';
  rij.append(label(metLeeg(`${titel}${hint}`), id), element);
  return {
    element: rij,
    lees: () => {
      const tekst = element.value.trim();
      if (tekst === '') return undefined;
      if (soort === 'getal') return Number(tekst);
      if (soort === 'getal-of-onbekend') return tekst.toLowerCase() === 'onbekend' ? 'onbekend' : Number(tekst);
      return tekst;
    },
    zet: (waarde) => { element.value = waarde === undefined || waarde === null ? '' : String(waarde); },
  };
}

/**
 * Een bedrag in euro's met centen ("4500", "4.500,50"); de regels krijgen eurocent. Naast het
 * veld zegt de pagina hoe zij het bedrag leest ("Dat is € 4.500,50."), of wat eraan schort.
 */
function bedragveld(id: string, titel: string, schema: Schema, metOnbekend: boolean, rij: HTMLElement, metLeeg: (tekst: string) => string): Veld {
  const element = Object.assign(document.createElement('input'), { type: 'text', id, inputMode: 'decimal', autocomplete: 'off' });
  rij.append(label(metLeeg(`${titel} in euro's${metOnbekend ? ', of onbekend' : ''}`), id), element);
  const melding = meldingBij(rij, element);
  /** De waarde voor de regels, of wat er aan de tekst schort; `undefined` bij een leeg veld. */
  const lezing = (): { waarde: number | 'onbekend' | undefined } | { fout: string } => {
    const tekst = element.value.trim();
    if (tekst === '') return { waarde: undefined };
    if (metOnbekend && tekst.toLowerCase() === 'onbekend') return { waarde: 'onbekend' };
    const bedrag = leesEuro(tekst);
    if ('fout' in bedrag) return { fout: metOnbekend ? `${bedrag.fout} Weet u het niet, vul dan onbekend in.` : bedrag.fout };
    // De grenzen van het schema, in euro's gezegd: de melding van de regels zelf spreekt van eurocent.
    if (schema.exclusiveMinimum !== undefined && bedrag.centen <= schema.exclusiveMinimum) return { fout: `Vul een bedrag van meer dan ${schrijfBedrag(schema.exclusiveMinimum)} in.` };
    if (schema.minimum !== undefined && bedrag.centen < schema.minimum) return { fout: `Vul een bedrag van ten minste ${schrijfBedrag(schema.minimum)} in.` };
    if (schema.maximum !== undefined && bedrag.centen > schema.maximum) return { fout: 'Dit bedrag is te groot.' };
    return { waarde: bedrag.centen };
  };
  /** Onder het typen: hoe de pagina het bedrag leest, zonder al een fout te melden. */
  const toon = () => {
    const gelezen = lezing();
    melding.classList.remove('fout');
    element.removeAttribute('aria-invalid');
    melding.textContent = 'waarde' in gelezen && typeof gelezen.waarde === 'number' ? `Dat is ${schrijfBedrag(gelezen.waarde)}.` : '';
  };
  element.addEventListener('input', toon);
  return {
    element: rij,
    lees: () => {
      const gelezen = lezing();
      if ('fout' in gelezen) return veldfout(element, melding, titel, gelezen.fout);
      toon();
      return gelezen.waarde;
    },
    // Een getal is eurocent (zoals de regels het nemen); tekst komt zo in het veld (uit het adres, al in euro's).
    zet: (waarde) => {
      element.value = typeof waarde === 'number' ? schrijfEuro(waarde) : typeof waarde === 'string' ? waarde : '';
      toon();
    },
  };
}

/**
 * Een lijst van objecten (bv. de betrokken organisaties): een groep per item, met toevoegen en
 * verwijderen. Een lijst uit het adres (ten hoogste {@link MAX_BLOKKEN} blokken, zie site/grenzen.ts)
 * wordt buiten de pagina opgebouwd en in één keer geplaatst, elk blok meteen met zijn nummer: niet
 * per blok alle vorige opnieuw nummeren (dat maakte 1.000 blokken kwadratisch, ~20 ms per blok).
 */
function lijstVanObjecten(regel: RegelId | null, pad: string, titel: string, schema: Schema, verplicht: boolean): Veld {
  const groep = document.createElement('fieldset');
  const lijst = document.createElement('div');
  const knop = Object.assign(document.createElement('button'), { type: 'button', textContent: `Voeg toe: ${titel.toLowerCase()}` });
  const items: Array<{ element: HTMLFieldSetElement; legenda: HTMLLegendElement; weg: HTMLButtonElement; velden: Record<string, Veld> }> = [];
  const nummer = (item: (typeof items)[number], index: number) => {
    item.legenda.textContent = `${titel}: ${index + 1}`;
    item.weg.textContent = `Verwijder ${titel.toLowerCase()} ${index + 1}`;
  };
  /** Maakt een blok (met het volgende nummer) en hangt het in `ouder`: de lijst, of een fragment buiten de pagina. */
  const voegToe = (ouder: ParentNode, waarde?: unknown) => {
    const element = Object.assign(document.createElement('fieldset'), { className: 'blok' });
    const legenda = document.createElement('legend');
    element.append(legenda);
    const velden = maakVelden(regel, schema.items!, element, `${pad}.`);
    const weg = Object.assign(document.createElement('button'), { type: 'button', className: 'verwijder' });
    const item = { element, legenda, weg, velden };
    weg.addEventListener('click', () => {
      const index = items.indexOf(item);
      items.splice(index, 1);
      element.remove();
      // Alleen de blokken na het verwijderde krijgen een ander nummer.
      for (let volgend = index; volgend < items.length; volgend++) nummer(items[volgend]!, volgend);
      knop.focus();
    });
    element.append(weg);
    nummer(item, items.length);
    items.push(item);
    ouder.append(element);
    if (waarde !== null && typeof waarde === 'object') zetVelden(velden, waarde as Record<string, unknown>);
  };
  knop.addEventListener('click', () => voegToe(lijst));
  groep.append(Object.assign(document.createElement('legend'), { textContent: titel }), lijst, knop);
  return {
    element: groep,
    lees: () => (items.length === 0 && !verplicht ? undefined : items.map((item) => leesVelden(item.velden))),
    zet: (waarde) => {
      items.length = 0;
      const blokken = document.createDocumentFragment();
      if (Array.isArray(waarde)) for (const deel of waarde) voegToe(blokken, deel);
      lijst.replaceChildren(blokken);
    },
  };
}

/** Een tijdstip: een datum en een tijd in Nederlandse tijd; de tijdzone rekent de pagina uit. */
function tijdstipveld(id: string, titel: string, rij: HTMLElement): Veld {
  const dag = Object.assign(document.createElement('input'), { type: 'date', id });
  const tijdId = nieuwId(`${id}-tijd`);
  const tijd = Object.assign(document.createElement('input'), { type: 'time', id: tijdId, step: '1' });
  const tijdrij = document.createElement('span');
  tijdrij.append(label(`${titel}: tijd (Nederlandse tijd)`, tijdId), tijd);
  rij.append(label(`${titel}: datum`, id), dag, tijdrij);
  const melding = meldingBij(tijdrij, tijd);
  return {
    element: rij,
    lees: () => {
      melding.textContent = '';
      if (!dag.value || !tijd.value) return undefined;
      const klok = tijd.value.length === 5 ? `${tijd.value}:00` : tijd.value;
      const tijdstip = amsterdamsTijdstip(dag.value, klok);
      return typeof tijdstip === 'string' ? tijdstip : veldfout(tijd, melding, titel, tijdstip.fout);
    },
    zet: (waarde) => {
      if (typeof waarde !== 'string') return;
      const moment = new Date(waarde);
      if (Number.isNaN(moment.getTime())) return;
      const [datumdeel, tijddeel] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(moment).split(' ');
      dag.value = datumdeel!;
      tijd.value = tijddeel!;
    },
  };
}

/** Fouten in het formulier zelf (geen fouten van de regels): per veld wat eraan schort, met de naam van het veld. */
class Formulierfout extends Error {
  constructor(readonly meldingen: readonly string[]) {
    super(meldingen.join('\n'));
  }
}

/**
 * De klok van Amsterdam als tijdstip met offset. Een tijd die op die dag niet bestaat (bij de
 * overgang naar zomertijd) is een fout; een tijd die twee keer voorkomt (naar wintertijd) is een
 * fout die vraagt om de tijd in UTC-offset op te geven, want de pagina kiest niet voor u.
 */
function amsterdamsTijdstip(dag: string, klok: string): string | { fout: string } {
  const past = ['+01:00', '+02:00'].filter((offset) => {
    const moment = new Date(`${dag}T${klok}${offset}`);
    return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(moment) === `${dag} ${klok}`;
  });
  if (past.length === 0) return { fout: `${klok.slice(0, 5)} bestaat op ${datum(dag)} niet in Nederland: de klok ging die nacht een uur vooruit. Kies een andere tijd.` };
  if (past.length === 2) return { fout: `${klok.slice(0, 5)} kwam op ${datum(dag)} twee keer voor: de klok ging die nacht een uur terug. Welke van de twee bedoeld is, kan de pagina niet weten; kies een tijd buiten dat uur.` };
  return `${dag}T${klok}${past[0]}`;
}

function maakVelden(regel: RegelId | null, schema: Schema, ouder: HTMLElement, voor = ''): Record<string, Veld> {
  const velden: Record<string, Veld> = Object.create(null);
  for (const [naam, deel] of Object.entries(schema.properties ?? {})) {
    const veld = maakVeld(regel, `${voor}${naam}`, naam, deel, (schema.required ?? []).includes(naam));
    velden[naam] = veld;
    ouder.append(veld.element);
  }
  return velden;
}

/** Zet de waarden van een geval in de velden; alleen eigen velden van het geval die het formulier kent. */
function zetVelden(velden: Record<string, Veld>, invoer: Record<string, unknown>): void {
  for (const naam of Object.keys(invoer)) if (Object.hasOwn(velden, naam)) velden[naam]!.zet(invoer[naam]);
}

/** Leest elk veld; een fout in het formulier staat naast haar veld, en alle fouten samen gaan door als één {@link Formulierfout}. */
function leesVelden(velden: Record<string, Veld>): Record<string, unknown> {
  const invoer: Record<string, unknown> = {};
  const meldingen: string[] = [];
  for (const naam of Object.keys(velden)) {
    try {
      const waarde = velden[naam]!.lees();
      if (waarde !== undefined) invoer[naam] = waarde;
    } catch (fout) {
      if (!(fout instanceof Formulierfout)) throw fout;
      meldingen.push(...fout.meldingen);
    }
  }
  if (meldingen.length > 0) throw new Formulierfout(meldingen);
  return invoer;
}

/** De invoerschema's die de generator in de pagina zette. */
function schemas(): Record<string, Schema> {
  const element = document.getElementById('invoerschemas');
  return element?.textContent ? (JSON.parse(element.textContent) as Record<string, Schema>) : {};
}

// ---------------------------------------------------------------------------------------------
// Wat als? Twee beleidsvarianten over dezelfde gevallen (dezelfde code als `opvangregels vergelijk`)
// ---------------------------------------------------------------------------------------------

/**
 * Leest een bestand uit een bestandsveld als tekst, of `null` als er geen gekozen is. Een bestand
 * van meer dan `maximum` bytes wordt niet gelezen: een {@link BestandTeGrootFout} (de grootte staat
 * in het bestand zelf, dus eerst de maat, dan pas het lezen).
 */
async function leesBestand(invoer: HTMLInputElement, maximum: number): Promise<string | null> {
  const bestand = invoer.files?.[0];
  if (!bestand) return null;
  const teGroot = bestandTeGroot(bestand.size, maximum);
  if (teGroot) throw new BestandTeGrootFout(teGroot);
  return bestand.text();
}

function vergelijkingHtml(regel: RegelId, uitslag: Vergelijking): string {
  const uitkomst = (id: string) => (id === 'ongeldig' || id === 'geen-beleid' ? (id === 'ongeldig' ? 'ongeldig' : 'geen beleid in werking') : uitkomstnaam(regel, id));
  const criterium = (id: string) => REGELS[regel].beschrijving.criteria.find((kandidaat) => kandidaat.id === id)?.titel.nl ?? id;
  const waarde = (w: unknown) => (typeof w === 'number' && regel === 'versnelfonds' ? schrijfBedrag(w) : w === null || w === undefined ? '–' : String(w));
  const overgangen = Object.entries(uitslag.overgangen)
    .sort(([, x], [, y]) => y - x)
    .map(([overgang, aantal]) => {
      const [voor, na] = overgang.split(' → ') as [string, string];
      return `<tr><td>${html(uitkomst(voor))}</td><td>${html(uitkomst(na))}</td><td class="getal">${aantal}</td></tr>`;
    })
    .join('');
  // Ten hoogste MAX_TABELRIJEN rijen per tabel: de tellingen en totalen gaan over alle gevallen, de pagina bouwt geen tabel van honderdduizend rijen.
  const rijen = uitslag.gewijzigd
    .slice(0, MAX_TABELRIJEN)
    .map((verschil) => `<tr><td class="getal">${verschil.regelnummer}</td><td>${html(uitkomst(verschil.uitkomst[0]))}</td><td>${html(uitkomst(verschil.uitkomst[1]))}</td><td>${verschil.waarde ? `${html(waarde(verschil.waarde[0]))} → ${html(waarde(verschil.waarde[1]))}` : '–'}</td><td>${verschil.criteria.map((c) => `${html(criterium(c.regel))}: ${html(c.voor ? STATUSWOORDEN[c.voor] ?? c.voor : '–')} → ${html(c.na ? STATUSWOORDEN[c.na] ?? c.na : '–')}`).join('<br>') || '–'}</td></tr>`)
    .join('');
  const ongeldig = uitslag.ongeldig.slice(0, MAX_TABELRIJEN).map(({ regelnummer, fouten }) => `<li>Regel ${regelnummer}: ${html(fouten.map((fout) => `${fout.pad ? `${veldnaam(regel, fout.pad.split('.')[0]!)}: ` : ''}${fout.melding}`).join('; '))}</li>`).join('');
  const meer = (aantal: number, wat: string) => (aantal > MAX_TABELRIJEN ? `<p class="klein" id="watals-${wat}-meer">De eerste ${MAX_TABELRIJEN} van ${aantal}; de hele lijst geeft de CLI (opvangregels vergelijk).</p>` : '');
  return `<h2 id="watals-samenvatting">${uitslag.aantal} gevallen: ${uitslag.gewijzigd.length} anders beslist onder beleid B</h2>
${uitslag.totaalToegekend ? `<p id="watals-totaal">Totaal toegekend: <strong>${html(schrijfBedrag(uitslag.totaalToegekend.voor))}</strong> onder A, <strong>${html(schrijfBedrag(uitslag.totaalToegekend.na))}</strong> onder B.</p>` : ''}
<table id="watals-overgangen"><caption>Uitkomst onder A en onder B</caption><thead><tr><th scope="col">Onder A</th><th scope="col">Onder B</th><th scope="col">Aantal</th></tr></thead><tbody>${overgangen}</tbody></table>
${rijen ? `<table id="watals-gewijzigd"><caption>De gevallen die anders uitkomen</caption><thead><tr><th scope="col">Regel in het bestand</th><th scope="col">Onder A</th><th scope="col">Onder B</th><th scope="col">${regel === 'versnelfonds' ? 'Bedrag' : 'Waarde'}</th><th scope="col">Criteria die anders uitkomen</th></tr></thead><tbody>${rijen}</tbody></table>${meer(uitslag.gewijzigd.length, 'gewijzigd')}` : '<p>Geen geval komt anders uit.</p>'}
${ongeldig ? `<h3>Niet beslist: ongeldige gevallen</h3><ul id="watals-ongeldig">${ongeldig}</ul>${meer(uitslag.ongeldig.length, 'ongeldig')}` : ''}`;
}

const STATUSWOORDEN: Record<string, string> = { voldaan: 'voldaan', 'niet-voldaan': 'niet voldaan', onbekend: 'onbekend', 'niet-van-toepassing': 'niet van toepassing' };

function startWatAls(): void {
  const formulier = $<HTMLFormElement>('watals-formulier');
  if (!formulier) return;
  formulier.hidden = false;
  const melding = $('watals-melding')!;
  const uitkomst = $('watals-uitkomst')!;
  formulier.addEventListener('submit', (gebeurtenis) => {
    gebeurtenis.preventDefault();
    void (async () => {
      melding.textContent = '';
      uitkomst.replaceChildren();
      const regel = $<HTMLSelectElement>('watals-regel')!.value as RegelId;
      const gevallenveld = $<HTMLInputElement>('watals-gevallen')!;
      let tekst: string | null;
      try {
        tekst = await leesBestand(gevallenveld, MAX_GEVALLENBESTAND);
      } catch (fout) {
        if (!(fout instanceof BestandTeGrootFout)) throw fout;
        melding.textContent = `Het bestand met gevallen is niet gelezen: ${fout.message} Reken zo'n bestand door met de CLI (opvangregels vergelijk).`;
        return;
      }
      if (tekst === null) {
        melding.textContent = 'Kies eerst een bestand met gevallen.';
        return;
      }
      const varianten: Array<{ beleid: Beleid } | undefined> = [];
      for (const [id, naam] of [['watals-beleid-a', 'A'], ['watals-beleid-b', 'B']] as const) {
        try {
          const bron = await leesBestand($<HTMLInputElement>(id)!, MAX_BELEIDSBESTAND);
          if (bron === null) {
            varianten.push(undefined);
            continue;
          }
          varianten.push({ beleid: defineBeleid(JSON.parse(bron)) });
        } catch (fout) {
          melding.textContent = `Beleid ${naam} is niet te gebruiken: ${fout instanceof OngeldigeInvoerFout ? fout.fouten.map((veldfout) => `${veldfout.pad}: ${veldfout.melding}`).join('; ') : fout instanceof BestandTeGrootFout ? fout.message : 'het bestand is geen JSON'}`;
          return;
        }
      }
      const uitslag = vergelijkGevallen(REGELS[regel], await leesGevallen(tekst, gevallenveld.files![0]!.name, schemas()[regel] as Invoerschema), varianten[0], varianten[1]);
      toonUitkomst(uitkomst, vergelijkingHtml(regel, uitslag));
    })();
  });
}

/** De regels met een brief aan de cliënt (SPEC §2.10); bij de andere alleen het verslag. */
const REGELS_MET_BRIEF: ReadonlySet<string> = new Set(['versnelfonds', 'verblijfstermijn']);

/**
 * Wat de brief van de gemeente nodig heeft, uit de velden onder "De brief"; een leeg veld wordt een
 * zichtbare plaatshouder, zodat niemand een voorbeeldadres voor echt aanziet. De datum is vandaag
 * (de site mag de klok lezen; de bibliotheek niet), of de peildatum als die later is.
 */
function briefgegevens(peildatum: string | null): Parameters<typeof brief>[1] {
  const waarde = (id: string, plaatshouder: string) => $<HTMLInputElement>(id)?.value.trim().replace(/[\p{Cc}\p{Cf}]/gu, '').slice(0, 500) || plaatshouder;
  return {
    gemeente: { naam: waarde('probeer-gemeentenaam', '[naam van de gemeente]'), bezwaaradres: waarde('probeer-bezwaaradres', '[adres voor bezwaar]') },
    // Een brief is nooit eerder dan de dag waarover de beoordeling gaat: bij een peildatum in de toekomst die dag.
    datum: [amsterdamseDatum(new Date()), peildatum ?? ''].sort().at(-1)!,
  };
}

/** De brief aan de cliënt als HTML: gewone alinea's en een opsomming, geen letterbreedte van een terminal. */
function briefHtml(geschreven: Brief): string {
  const alinea = (tekst: string) => `<p>${html(tekst).replace(/\n/g, '<br>')}</p>`;
  const lijst = (punten: readonly string[]) => (punten.length > 0 ? `<ul>${punten.map((punt) => `<li>${html(punt)}</li>`).join('')}</ul>` : '');
  return `<section class="tekst"><h3>De brief aan de cliënt</h3><article class="brief" id="probeer-brief" aria-label="De brief aan de cliënt">
<p><strong>${html(geschreven.onderwerp)}</strong></p>${alinea(geschreven.aanhef)}<p id="probeer-besluit">${html(geschreven.besluit)}</p>${lijst(geschreven.redenen)}${alinea(geschreven.vervolg)}${geschreven.bezwaar ? `<p id="probeer-bezwaar">${html(geschreven.bezwaar)}</p>` : ''}${alinea(geschreven.slot)}${geschreven.grondslagen.length > 0 ? `<p class="klein">Dit besluit rust op:</p>${lijst(geschreven.grondslagen)}` : ''}
</article>${geschreven.aandachtspunten.length > 0 ? `<h4>Voor de medewerker, niet voor de brief</h4>${lijst(geschreven.aandachtspunten)}` : ''}</section>`;
}

/** Per criterium de uitslag in woorden, als korte lijst boven de brief en het verslag. */
function samenvattingHtml(regel: RegelId, beoordeling: Beoordeling<string>): string {
  const woorden: Record<string, string> = { voldaan: 'voldaan', 'niet-voldaan': 'niet voldaan', onbekend: 'nog onbekend', 'niet-van-toepassing': 'niet van toepassing' };
  const criteria = beoordeling.gronden.filter((grond) => grond.soort !== 'signaal');
  const titel = (id: string) => REGELS[regel].beschrijving.criteria.find((criterium) => criterium.id === id)?.titel.nl ?? id;
  return `<h3>Per criterium</h3><ul id="probeer-samenvatting">${criteria.map((grond) => `<li>${html(titel(grond.regel))}: <strong>${html(woorden[grond.status] ?? grond.status)}</strong></li>`).join('')}</ul>`;
}

/**
 * De link om dit geval te delen: het adres van de pagina, met een eigen beleid ingepakt erin
 * (`beleidsbestand`) als dat klein genoeg is; anders zegt de pagina dat het bestand apart mee moet.
 * Vanaf schijf (file://) werkt de link alleen op deze computer; dat staat er dan bij.
 */
async function deelGeval(adres: URLSearchParams, beleid: Beleid | null): Promise<void> {
  const plek = $('probeer-delen');
  if (!plek) return;
  let opmerking = '';
  if (beleid && geladenBeleidsbron !== null) {
    const ingepakt = await pakIn(geladenBeleidsbron);
    if (ingepakt.length <= MAX_BELEID_IN_ADRES) adres.set('beleidsbestand', ingepakt);
    else opmerking = ` Het eigen beleid is te groot voor de link (${ingepakt.length} tekens ingepakt, ten hoogste ${MAX_BELEID_IN_ADRES}): deel het beleidsbestand apart.`;
    history.replaceState(null, '', `#${adres.toString()}`);
  }
  const link = Object.assign(document.createElement('a'), { id: 'probeer-deellink', href: location.href, textContent: 'Link naar dit geval' });
  plek.replaceChildren('Deel dit geval: ', link, location.protocol === 'file:' ? ' (de site staat op deze computer: de link werkt alleen hier; op een webserver werkt hij voor iedereen).' : '', opmerking);
}

function startProbeer(): void {
  const formulier = $<HTMLFormElement>('probeer-formulier');
  if (!formulier) return;
  formulier.hidden = false;
  const keuze = $<HTMLSelectElement>('probeer-regel')!;
  const bestand = $<HTMLInputElement>('probeer-beleid')!;
  const plek = $('probeer-velden')!;
  const melding = $('probeer-melding')!;
  const uitkomst = $('probeer-uitkomst')!;
  const invoerschemas = schemas();
  for (const regel of Object.values(REGELS)) keuze.append(new Option(regel.beschrijving.titel.nl, regel.beschrijving.id));
  let velden: Record<string, Veld> = Object.create(null);

  const bouw = (regel: RegelId, invoer?: Record<string, unknown>) => {
    keuze.value = regel;
    regiolijsten.length = 0;
    uitkomst.replaceChildren();
    plek.replaceChildren(Object.assign(document.createElement('legend'), { textContent: `Het geval: ${REGELS[regel].beschrijving.titel.nl}` }));
    velden = maakVelden(regel, invoerschemas[regel]!, plek);
    if (invoer) zetVelden(velden, invoer);
  };

  const briefvelden = $<HTMLFieldSetElement>('probeer-briefgegevens')!;
  const toonBriefvelden = () => {
    briefvelden.hidden = !REGELS_MET_BRIEF.has(keuze.value);
  };

  const beslis = () => {
    const regel = keuze.value as RegelId;
    wisMarkeringen();
    let invoer: Record<string, unknown>;
    try {
      invoer = leesVelden(velden);
    } catch (fout) {
      if (!(fout instanceof Formulierfout)) throw fout;
      toonUitkomst(uitkomst, `<h2>Het geval is nog niet juist</h2><pre class="fouten" id="probeer-fouten">${html(fout.message)}</pre>`);
      return;
    }
    const beleid = geladenBeleid ?? null;
    // Het adres noemt het geval en welk beleid; het beleid zelf gaat ingepakt mee als het klein genoeg is (zie deelGeval).
    const adres = new URLSearchParams({ regel, invoer: JSON.stringify(naarAdres(invoer)), ...(beleid ? { beleid: `${beleid.id} ${beleid.versie}` } : {}) });
    history.replaceState(null, '', `#${adres.toString()}`);
    try {
      const beoordeling: Beoordeling<string> = beleid ? REGELS[regel].beoordeel(invoer, { beleid }) : REGELS[regel].beoordeel(invoer);
      const ontbreekt = beoordeling.ontbrekendeGegevens.map((pad) => veldnaam(regel, pad).toLowerCase());
      const verslag = `<section class="tekst"><h3>Het volledige verslag, voor het dossier</h3><p>Elke grond met zijn bronnen, grondslag en lezingen: voor de medewerker, de bezwaarcommissie en de beleidsschrijver.</p><pre class="verslag" id="probeer-verslag">${html(motivering(beoordeling))}</pre></section>`;
      const geschreven = REGELS_MET_BRIEF.has(regel) ? brief(beoordeling, briefgegevens(beoordeling.peildatum)) : null;
      toonUitkomst(
        uitkomst,
        `<h2>Uitkomst: <span id="probeer-uitkomstnaam">${html(uitkomstnaam(regel, beoordeling.uitkomst))}</span></h2>${beleid ? `<p>Beslist met het eigen beleid ${html(beleid.naam)} (versie ${html(beleid.versie)}).</p>` : ''}${ontbreekt.length > 0 ? `<p><strong>Wat ontbreekt:</strong> ${html(ontbreekt.join(', '))}</p>` : ''}${samenvattingHtml(regel, beoordeling)}<p id="probeer-delen"></p><div class="naast-elkaar">${geschreven ? briefHtml(geschreven) : ''}${verslag}</div>`,
      );
      void deelGeval(adres, beleid);
    } catch (fout) {
      toonUitkomst(uitkomst, `<h2>Het geval is nog niet compleet of niet juist</h2><pre class="fouten" id="probeer-fouten">${html(foutTekst(fout, regel))}</pre>`);
      if (fout instanceof OngeldigeInvoerFout) markeerFouten(fout.fouten.map((veldfout) => veldfout.pad.split('.')[0]!));
    }
  };

  /** Zet aria-invalid op de velden met een fout, met de foutmelding als beschrijving (WCAG 3.3.1), naast de eigen melding van het veld. */
  const markeerFouten = (namen: readonly string[]) => {
    // Elk veld één keer: een lijst met 1.000 fouten markeert haar velden niet 1.000 keer.
    for (const naam of new Set(namen)) {
      if (!Object.hasOwn(velden, naam)) continue;
      for (const besturing of velden[naam]!.element.querySelectorAll<HTMLElement>('input, select')) {
        besturing.setAttribute('aria-invalid', 'true');
        besturing.setAttribute('aria-describedby', ['probeer-fouten', besturing.dataset.melding].filter(Boolean).join(' '));
      }
    }
  };
  const wisMarkeringen = () => {
    for (const besturing of plek.querySelectorAll<HTMLElement>('[aria-invalid]')) {
      besturing.removeAttribute('aria-invalid');
      if (besturing.dataset.melding) besturing.setAttribute('aria-describedby', besturing.dataset.melding);
      else besturing.removeAttribute('aria-describedby');
    }
    for (const melding of plek.querySelectorAll<HTMLElement>('.veldmelding.fout')) {
      melding.classList.remove('fout');
      melding.textContent = '';
    }
  };

  const laadUitAdres = () => {
    // Eerst de grenzen (grootte, diepte, lijsten tegen het schema), dan pas het formulier: een
    // te groot geval wordt geweigerd voordat er één blok voor gebouwd is.
    const geval = gevalUitAdres(location.hash.slice(1), invoerschemas);
    if (geval && ('fout' in geval || 'teGroot' in geval)) {
      melding.textContent = 'fout' in geval ? geval.fout : `De link is niet geopend: het geval erin is te groot voor dit formulier. ${foutTekst(new OngeldigeInvoerFout([geval.teGroot]), geval.regel)}`;
      bouw(geval.regel ?? 'versnelfonds');
      return;
    }
    bouw(geval?.regel ?? 'versnelfonds', geval?.invoer);
    const ingepakt = geval?.beleidsbestand ?? null;
    if (ingepakt !== null && geval?.invoer) {
      // Het beleid zit in de link: uitpakken (begrensd), controleren met defineBeleid, en dan beslissen.
      void (async () => {
        try {
          const bron = await pakUit(ingepakt);
          geladenBeleid = defineBeleid(JSON.parse(bron));
          geladenBeleidsbron = bron;
          melding.textContent = `Eigen beleid uit de link: ${geladenBeleid.naam} (versie ${geladenBeleid.versie}).`;
          beslis();
        } catch (fout) {
          const reden = fout instanceof UitpakFout && fout.reden !== 'onleesbaar'
            ? fout.reden === 'te-lang' ? `is langer dan ${MAX_BELEID_IN_ADRES} tekens (zo'n link maakt de site niet)` : `wordt uitgepakt groter dan ${MAX_UITGEPAKT / 1024 / 1024} MiB`
            : 'kon niet gelezen worden';
          melding.textContent = `Het eigen beleid in de link ${reden}; laad het beleidsbestand en kies dan Beslis.`;
        }
      })();
      return;
    }
    const nodig = geval?.beleid ?? null;
    const geladen = geladenBeleid ? `${geladenBeleid.id} ${geladenBeleid.versie}` : null;
    if (nodig !== null && nodig !== geladen) {
      // Zonder dat beleid zou de uitkomst een andere kunnen zijn: niet stil beslissen.
      melding.textContent = `Dit geval is beslist met een eigen beleid (${nodig}). Laad dat beleidsbestand en kies dan Beslis; zonder dat bestand beslissen de regels met het ingebouwde beleid.`;
      return;
    }
    if (geval?.invoer) beslis();
  };

  laadUitAdres();
  toonBriefvelden();
  window.addEventListener('hashchange', () => {
    melding.textContent = '';
    laadUitAdres();
    toonBriefvelden();
  });
  keuze.addEventListener('change', () => {
    bouw(keuze.value as RegelId);
    toonBriefvelden();
  });
  laadBeleidBij(bestand, melding, () => {
    for (const lijst of regiolijsten) vulRegiolijst(lijst, geladenBeleid ? [geladenBeleid] : [], true);
  });
  formulier.addEventListener('submit', (gebeurtenis) => {
    gebeurtenis.preventDefault();
    beslis();
  });
}

startWaarEnWanneer();
startProbeer();
startWatAls();
