/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Het script van de site: "wat geldt waar en wanneer" en "probeer een geval". Draait de
// bibliotheek zelf in de browser; niets gaat over het netwerk. Het formulier van een regel komt
// uit het JSON Schema van haar invoer (keuzes als keuzelijst, een feit als ja / nee / onbekend,
// datums als datumvelden), zodat het meegaat met de regels.
import {
  OngeldigeInvoerFout,
  REGELS,
  defineBeleid,
  invoerJsonSchema,
  motivering,
  type Beleid,
  type Beoordeling,
  type RegelId,
  type Veldfout,
  INGEBOUWD_BELEID,
} from '../src/index.js';
import { bronHtml, datum, html, ledennamen, regiokeuzes, statusNaam, tijdlijn, waardenOp, type Regiokeuze } from './overzicht.js';

type Schema = Record<string, unknown> & { type?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[]; enum?: unknown[]; format?: string; default?: unknown; const?: unknown };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

/** "bedragInCenten" → "bedrag in centen": de veldnaam als gewone woorden. */
function woorden(veld: string): string {
  return veld.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Leest een gekozen beleidsbestand; een fout komt als melding terug. */
async function leesBeleid(invoer: HTMLInputElement | null): Promise<Beleid | null> {
  const bestand = invoer?.files?.[0];
  if (!bestand) return null;
  const tekst = await bestand.text();
  return defineBeleid(JSON.parse(tekst));
}

function foutTekst(fout: unknown): string {
  if (fout instanceof OngeldigeInvoerFout) return fout.fouten.map((veldfout: Veldfout) => `${veldfout.pad || '(geheel)'}: ${veldfout.melding}`).join('\n');
  if (fout instanceof SyntaxError) return 'Het bestand is geen geldige JSON.';
  return 'Er ging iets mis bij het lezen.';
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
  let eigen: Beleid[] = [];

  const vulRegios = () => {
    const vorige = keuze.value;
    keuze.replaceChildren(...regiokeuzes(eigen).map((regio) => new Option(regio.beleid ? `${regio.naam} (eigen beleid)` : regio.naam, regio.id)));
    if ([...keuze.options].some((optie) => optie.value === vorige)) keuze.value = vorige;
  };
  const toon = () => {
    const regios = regiokeuzes(eigen);
    const regio = regios.find((kandidaat) => kandidaat.id === keuze.value);
    if (!regio || !datumveld.value) return;
    uitkomst.innerHTML = overzichtHtml(regio, [...Object.values(INGEBOUWD_BELEID), ...eigen], datumveld.value);
    history.replaceState(null, '', `#regio=${encodeURIComponent(regio.id)}&datum=${encodeURIComponent(datumveld.value)}`);
  };

  const adres = new URLSearchParams(location.hash.slice(1));
  vulRegios();
  if (adres.get('regio')) keuze.value = adres.get('regio')!;
  datumveld.value = adres.get('datum') ?? '';
  bestand.addEventListener('change', async () => {
    try {
      const beleid = await leesBeleid(bestand);
      eigen = beleid ? [beleid] : [];
      melding.textContent = beleid ? `Eigen beleid geladen: ${beleid.naam} (versie ${beleid.versie}).` : '';
      vulRegios();
      toon();
    } catch (fout) {
      eigen = [];
      vulRegios();
      melding.textContent = `Het beleidsbestand is niet geldig:\n${foutTekst(fout)}`;
    }
  });
  formulier.addEventListener('submit', (gebeurtenis) => {
    gebeurtenis.preventDefault();
    toon();
  });
  if (datumveld.value) toon();
}

function overzichtHtml(regio: Regiokeuze, beleidssets: readonly Beleid[], dag: string): string {
  const indeling = regio.leden.find((periode) => periode.vanaf <= dag && (periode.tot === undefined || dag < periode.tot));
  const leden = indeling
    ? `<p>Op ${html(datum(dag))} horen bij de ${html(regio.naam)}: ${html(ledennamen(indeling))}.</p><p>Hoe vast: ${html(statusNaam(indeling.status))}.${indeling.toelichting ? ` ${html(indeling.toelichting)}` : ''}</p><ul>${indeling.bronnen.map((bron) => `<li>${bronHtml(bron, regio.beleid)}</li>`).join('')}</ul>`
    : `<p>Op ${html(datum(dag))} is er geen indeling van de ${html(regio.naam)} vastgelegd. De regels lenen dan geen indeling.</p>`;
  const waarden = waardenOp(regio, beleidssets, dag);
  const rijen = waarden.map(
    (waarde) =>
      `<tr class="${waarde.toegepast ? 'toegepast' : 'niet-toegepast'}"><td>${html(waarde.wat)}</td><td>${html(waarde.waarde)}</td><td>${html(statusNaam(waarde.periode.status))}${waarde.toegepast ? '' : '<br><strong>niet toegepast</strong>: standaard geen geldende regel'}</td><td>${html(waarde.beleid)}</td><td><ul>${waarde.periode.bronnen.map((bron) => `<li>${bronHtml(bron, beleidssets.find((beleid) => beleid.naam === waarde.beleid) ?? null)}</li>`).join('')}</ul></td></tr>`,
  );
  const tabel = rijen.length > 0
    ? `<table><caption>Waarden op ${html(datum(dag))}</caption><thead><tr><th scope="col">Wat</th><th scope="col">Waarde</th><th scope="col">Hoe vast</th><th scope="col">Beleid</th><th scope="col">Bron</th></tr></thead><tbody>${rijen.join('')}</tbody></table>`
    : `<p>Op ${html(datum(dag))} legt geen beleid waarden vast voor de ${html(regio.naam)}.</p>`;
  const veranderingen = tijdlijn(regio, beleidssets).map((verandering) => `<li${verandering.datum === dag ? ' class="vandaag"' : ''}><time datetime="${verandering.datum}">${html(datum(verandering.datum))}</time>: ${html(verandering.tekst)}</li>`);
  return `<h2>${html(regio.naam)} op ${html(datum(dag))}</h2>${leden}${tabel}<h3>Wanneer er iets verandert</h3><ol class="tijdlijn">${veranderingen.join('')}</ol>`;
}

// ---------------------------------------------------------------------------------------------
// Probeer een geval
// ---------------------------------------------------------------------------------------------

/** Het deel van een schema zonder `null` en zonder de waarde 'onbekend' (die als keuze erbij komt). */
function soortVan(schema: Schema): { soort: 'feit' | 'keuze' | 'datum' | 'tijdstip' | 'getal' | 'tekst' | 'lijst-keuzes' | 'lijst-objecten' | 'getal-of-onbekend'; schema: Schema; nullable: boolean } {
  const varianten = schema.anyOf ?? [schema];
  const nullable = varianten.some((variant) => variant.type === 'null');
  const echte = varianten.filter((variant) => variant.type !== 'null');
  const onbekend = echte.some((variant) => variant.const === 'onbekend');
  const rest = echte.filter((variant) => variant.const !== 'onbekend');
  const hoofd = rest[0] ?? schema;
  if (onbekend && hoofd.type === 'boolean') return { soort: 'feit', schema: hoofd, nullable };
  if (onbekend && (hoofd.type === 'integer' || hoofd.type === 'number')) return { soort: 'getal-of-onbekend', schema: hoofd, nullable };
  if (hoofd.type === 'array') return { soort: hoofd.items?.type === 'object' ? 'lijst-objecten' : 'lijst-keuzes', schema: hoofd, nullable };
  if (hoofd.enum) return { soort: 'keuze', schema: hoofd, nullable };
  if (hoofd.format === 'date') return { soort: 'datum', schema: hoofd, nullable };
  if (hoofd.format === 'date-time') return { soort: 'tijdstip', schema: hoofd, nullable };
  if (hoofd.type === 'integer' || hoofd.type === 'number') return { soort: 'getal', schema: hoofd, nullable };
  return { soort: 'tekst', schema: hoofd, nullable };
}

let teller = 0;
const nieuwId = (basis: string) => `veld-${basis.replace(/[^a-zA-Z0-9]/g, '-')}-${++teller}`;

function label(tekst: string, id: string, verplicht: boolean): HTMLLabelElement {
  const element = document.createElement('label');
  element.htmlFor = id;
  element.textContent = verplicht ? tekst : `${tekst} (mag leeg)`;
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

/** De keuzelijsten van het veld "regio": bij een geladen eigen beleid komen zijn regio's erbij. */
const regiolijsten: HTMLSelectElement[] = [];
let geladenBeleid: Beleid | null = null;

function vulRegiolijst(lijst: HTMLSelectElement): void {
  const vorige = lijst.value;
  lijst.replaceChildren(...regiokeuzes(geladenBeleid ? [geladenBeleid] : []).map((regio) => new Option(regio.beleid ? `${regio.naam} (eigen beleid)` : regio.naam, regio.id)));
  if ([...lijst.options].some((optie) => optie.value === vorige)) lijst.value = vorige;
}

function maakVeld(naam: string, schema: Schema, verplicht: boolean): Veld {
  const { soort, schema: hoofd } = soortVan(schema);
  const id = nieuwId(naam);
  const rij = document.createElement('p');
  const titel = woorden(naam);
  const leeg = !verplicht || schema.default !== undefined;
  if (naam === 'regio' && soort === 'tekst') {
    // Een regio-id is tekst in het schema; hier een keuze uit de ingebouwde en de eigen regio's.
    const element = select(id, []);
    regiolijsten.push(element);
    vulRegiolijst(element);
    rij.append(label(titel, id, true), element);
    return {
      element: rij,
      lees: () => element.value,
      zet: (waarde) => {
        if (typeof waarde !== 'string') return;
        if (![...element.options].some((optie) => optie.value === waarde)) element.append(new Option(waarde, waarde));
        element.value = waarde;
      },
    };
  }
  if (soort === 'feit') {
    const element = select(id, [['onbekend', 'onbekend'], ['true', 'ja'], ['false', 'nee']]);
    rij.append(label(titel, id, true), element);
    return { element: rij, lees: () => (element.value === 'true' ? true : element.value === 'false' ? false : 'onbekend'), zet: (waarde) => { element.value = waarde === true ? 'true' : waarde === false ? 'false' : 'onbekend'; } };
  }
  if (soort === 'keuze') {
    const element = select(id, [...(leeg ? [['', '(niet opgegeven)'] as [string, string]] : []), ...(hoofd.enum as string[]).map((waarde): [string, string] => [waarde, waarde.replace(/-/g, ' ')])]);
    rij.append(label(titel, id, !leeg), element);
    return { element: rij, lees: () => (element.value === '' ? undefined : element.value), zet: (waarde) => { element.value = typeof waarde === 'string' ? waarde : ''; } };
  }
  if (soort === 'lijst-keuzes') {
    const groep = document.createElement('fieldset');
    const legenda = document.createElement('legend');
    legenda.textContent = `${titel} (kies wat van toepassing is)`;
    groep.append(legenda);
    const vakjes = ((hoofd.items?.enum ?? []) as string[]).map((waarde) => {
      const vakId = nieuwId(`${naam}-${waarde}`);
      const vak = document.createElement('input');
      vak.type = 'checkbox';
      vak.id = vakId;
      vak.value = waarde;
      const regel = document.createElement('p');
      const naamVak = label(waarde.replace(/-/g, ' '), vakId, true);
      naamVak.className = 'vak';
      regel.append(vak, naamVak);
      groep.append(regel);
      return vak;
    });
    return { element: groep, lees: () => { const gekozen = vakjes.filter((vak) => vak.checked).map((vak) => vak.value); return gekozen.length > 0 ? gekozen : undefined; }, zet: (waarde) => { for (const vak of vakjes) vak.checked = Array.isArray(waarde) && waarde.includes(vak.value); } };
  }
  if (soort === 'lijst-objecten') {
    const groep = document.createElement('fieldset');
    const legenda = document.createElement('legend');
    legenda.textContent = titel;
    const lijst = document.createElement('div');
    const knop = document.createElement('button');
    knop.type = 'button';
    knop.textContent = `Voeg toe: ${titel}`;
    const items: Array<{ element: HTMLElement; velden: Record<string, Veld> }> = [];
    const voegToe = (waarde?: Record<string, unknown>) => {
      const item = document.createElement('fieldset');
      const nummer = document.createElement('legend');
      nummer.textContent = `${titel}: ${items.length + 1}`;
      item.append(nummer);
      const velden = maakVelden(hoofd.items!, item);
      const weg = document.createElement('button');
      weg.type = 'button';
      weg.textContent = 'Verwijder';
      const record = { element: item, velden };
      weg.addEventListener('click', () => { items.splice(items.indexOf(record), 1); item.remove(); });
      item.append(weg);
      items.push(record);
      lijst.append(item);
      if (waarde) for (const [sleutel, deel] of Object.entries(waarde)) velden[sleutel]?.zet(deel);
    };
    knop.addEventListener('click', () => voegToe());
    groep.append(legenda, lijst, knop);
    return {
      element: groep,
      lees: () => (items.length === 0 && !verplicht ? undefined : items.map((item) => leesVelden(item.velden))),
      zet: (waarde) => { lijst.replaceChildren(); items.length = 0; if (Array.isArray(waarde)) for (const deel of waarde) voegToe(deel as Record<string, unknown>); },
    };
  }
  if (soort === 'tijdstip') {
    // Een datum en een tijd in Nederlandse tijd; de tijdzone rekent de pagina uit.
    const dag = document.createElement('input');
    dag.type = 'date';
    dag.id = id;
    const tijdId = nieuwId(`${naam}-tijd`);
    const tijd = document.createElement('input');
    tijd.type = 'time';
    tijd.id = tijdId;
    const tijdrij = document.createElement('span');
    tijdrij.append(label(`${titel}: tijd (Nederlandse tijd)`, tijdId, true), tijd);
    rij.append(label(`${titel}: datum`, id, true), dag, tijdrij);
    return {
      element: rij,
      lees: () => (dag.value && tijd.value ? `${dag.value}T${tijd.value}:00${amsterdamseOffset(dag.value, tijd.value)}` : undefined),
      zet: (waarde) => {
        if (typeof waarde !== 'string') return;
        const moment = new Date(waarde);
        if (Number.isNaN(moment.getTime())) return;
        const delen = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(moment).split(' ');
        dag.value = delen[0]!;
        tijd.value = delen[1]!;
      },
    };
  }
  const element = document.createElement('input');
  element.id = id;
  if (soort === 'datum') element.type = 'date';
  else if (soort === 'getal' || soort === 'getal-of-onbekend') {
    element.type = soort === 'getal' ? 'number' : 'text';
    element.inputMode = 'decimal';
    if (hoofd.type === 'integer' && soort === 'getal') element.step = '1';
  } else element.type = 'text';
  const hint = soort === 'getal-of-onbekend' ? ' (een getal, of onbekend)' : naam.endsWith('InCenten') ? ' (in eurocent: € 10 is 1000)' : '';
  rij.append(label(`${titel}${hint}`, id, !leeg), element);
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

/** De tijdzone van Amsterdam op die dag en tijd, als "+01:00" of "+02:00". */
function amsterdamseOffset(dag: string, tijd: string): string {
  const benadering = new Date(`${dag}T${tijd}:00Z`);
  const naam = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' }).formatToParts(benadering).find((deel) => deel.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const offset = naam.replace('GMT', '') || '+00:00';
  // Rond de wissel van zomer- en wintertijd kan de benadering een uur schelen: opnieuw met de gevonden offset.
  const precies = new Date(`${dag}T${tijd}:00${offset}`);
  const tweede = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' }).formatToParts(precies).find((deel) => deel.type === 'timeZoneName')?.value ?? naam;
  return tweede.replace('GMT', '') || '+00:00';
}

function maakVelden(schema: Schema, ouder: HTMLElement): Record<string, Veld> {
  const velden: Record<string, Veld> = {};
  for (const [naam, deel] of Object.entries(schema.properties ?? {})) {
    const veld = maakVeld(naam, deel, (schema.required ?? []).includes(naam));
    velden[naam] = veld;
    ouder.append(veld.element);
  }
  return velden;
}

function leesVelden(velden: Record<string, Veld>): Record<string, unknown> {
  const invoer: Record<string, unknown> = {};
  for (const [naam, veld] of Object.entries(velden)) {
    const waarde = veld.lees();
    if (waarde !== undefined) invoer[naam] = waarde;
  }
  return invoer;
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
  for (const regel of Object.values(REGELS)) keuze.append(new Option(regel.beschrijving.titel.nl, regel.beschrijving.id));
  let velden: Record<string, Veld> = {};

  const bouw = (regel: RegelId, invoer?: Record<string, unknown>) => {
    keuze.value = regel;
    bestand.closest('p')!.hidden = !REGELS[regel].leestBeleid;
    plek.replaceChildren(Object.assign(document.createElement('legend'), { textContent: `Het geval: ${REGELS[regel].beschrijving.titel.nl}` }));
    regiolijsten.length = 0;
    velden = maakVelden(invoerJsonSchema(regel) as Schema, plek);
    if (invoer) for (const [naam, waarde] of Object.entries(invoer)) velden[naam]?.zet(waarde);
  };

  const beslis = () => {
    const regel = keuze.value as RegelId;
    const invoer = leesVelden(velden);
    history.replaceState(null, '', `#${encodeURIComponent(regel)}=${encodeURIComponent(JSON.stringify(invoer))}`);
    try {
      const opties = geladenBeleid && REGELS[regel].leestBeleid ? { beleid: geladenBeleid } : undefined;
      const beoordeling: Beoordeling<string> = opties ? REGELS[regel].beoordeel(invoer, opties) : REGELS[regel].beoordeel(invoer);
      const beschrijving = REGELS[regel].beschrijving;
      const naam = beschrijving.uitkomsten[beoordeling.uitkomst]?.nl ?? beoordeling.uitkomst;
      const ontbreekt = beoordeling.ontbrekendeGegevens.map((pad) => beschrijving.velden[pad]?.nl ?? woorden(pad));
      uitkomst.innerHTML = `<h2>Uitkomst: <span id="probeer-uitkomstnaam">${html(naam)}</span></h2>${ontbreekt.length > 0 ? `<p><strong>Wat ontbreekt:</strong> ${html(ontbreekt.join(', '))}</p>` : ''}<h3>De motivering, zoals in een brief</h3><pre class="brief" id="probeer-brief">${html(motivering(beoordeling))}</pre>`;
      melding.textContent = '';
    } catch (fout) {
      uitkomst.innerHTML = `<h2>Het geval is nog niet compleet of niet juist</h2><pre class="fouten">${html(foutTekst(fout))}</pre>`;
    }
  };

  // Het geval uit het adres: #versnelfonds={...}
  const [regelUitAdres, invoerUitAdres] = location.hash.slice(1).split('=');
  let begin: RegelId = 'versnelfonds';
  let invoer: Record<string, unknown> | undefined;
  if (regelUitAdres && Object.hasOwn(REGELS, decodeURIComponent(regelUitAdres))) {
    begin = decodeURIComponent(regelUitAdres) as RegelId;
    try {
      invoer = invoerUitAdres ? JSON.parse(decodeURIComponent(invoerUitAdres)) : undefined;
    } catch {
      melding.textContent = 'Het geval in het adres kon niet gelezen worden.';
    }
  }
  bouw(begin, invoer);
  keuze.addEventListener('change', () => bouw(keuze.value as RegelId));
  bestand.addEventListener('change', async () => {
    try {
      geladenBeleid = await leesBeleid(bestand);
      melding.textContent = geladenBeleid ? `Eigen beleid geladen: ${geladenBeleid.naam} (versie ${geladenBeleid.versie}).` : '';
    } catch (fout) {
      geladenBeleid = null;
      melding.textContent = `Het beleidsbestand is niet geldig:\n${foutTekst(fout)}`;
    }
    for (const lijst of regiolijsten) vulRegiolijst(lijst);
  });
  formulier.addEventListener('submit', (gebeurtenis) => {
    gebeurtenis.preventDefault();
    beslis();
  });
  if (invoer) beslis();
}

startWaarEnWanneer();
startProbeer();
