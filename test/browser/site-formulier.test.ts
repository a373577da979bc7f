/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// "Probeer een geval" in Chromium (zie hulp.ts): het formulier, de brief en het verslag, elke
// ja/nee-vraag, bedragen in euro's en de tijden rond zomer- en wintertijd.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGELS, beoordeelVersnelfonds, brief, invoerJsonSchema, motivering, type RegelId, type VersnelfondsAanvraag } from '../../src/index.js';
import { ARTEFACTEN, adres, afwijzen, metBrowser, nieuwePagina, toekennen, vraag, vulVersnelfonds } from './hulp.js';
import type { Page } from 'playwright-core';

metBrowser();

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[] };

/** De paden (met punten, zonder indexen) van elk veld dat true, false of 'onbekend' aanneemt, uit het JSON Schema. */
function feitvelden(schema: Schema, voor = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([naam, deel]) => {
    const varianten = deel.anyOf ?? [deel];
    return [
      ...(varianten.some((variant) => variant.type === 'boolean') ? [`${voor}${naam}`] : []),
      ...varianten.flatMap((variant) => (variant.type === 'array' && variant.items ? feitvelden(variant.items, `${voor}${naam}.`) : variant.type === 'object' ? feitvelden(variant, `${voor}${naam}.`) : [])),
    ];
  });
}

/**
 * Per regel met ja/nee-velden een geldig geval waarin elk van die velden de motivering verandert
 * (de test eist dat: anders zou een omgekeerde vraag niet opvallen).
 */
const BASISGEVAL: Partial<Record<RegelId, Record<string, unknown>>> = {
  versnelfonds: { ...toekennen, schulden: true, schuldhulpverlenerBetrokken: true, schuldenTotMinimumTeruggebracht: true },
  schuldhulp: { fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' },
  'alternatieve-bewindvoering': { fase: 'na-uitstroom', handeling: 'voortzetten', toestemming: true, behoefte: true },
  regisseur: { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 10, bereikbaar: true, vertrouwensrelatie: true }] },
  situatie: { woonsituatie: 'niet-conventioneel', dakBovenHetHoofd: true, problematiek: 'zwaar', lokaleMogelijkhedenToereikend: true, regio: 'ijssel-vecht' },
  // Na de termijn: ja, nee en onbekend geven elk een andere uitkomst (aangeboden, termijn verstreken, aanvullen).
  woningaanbod: { regio: 'almelo', aangemeldOp: '2025-03-03', peildatum: '2025-10-01', woningAangeboden: true },
};

/** Het geval met `waarde` op `pad` (in een lijst: bij elk item). */
function metWaarde(geval: unknown, pad: string, waarde: unknown): unknown {
  if (Array.isArray(geval)) return geval.map((item) => metWaarde(item, pad, waarde));
  const [naam, ...rest] = pad.split('.');
  const object = geval as Record<string, unknown>;
  return { ...object, [naam!]: rest.length > 0 ? metWaarde(object[naam!], rest.join('.'), waarde) : waarde };
}

/** De waarde op `pad` (in een lijst: die van het eerste item); weggelaten is 'onbekend'. */
function waardeOp(geval: unknown, pad: string): unknown {
  let deel = geval;
  for (const naam of pad.split('.')) deel = ((Array.isArray(deel) ? deel[0] : deel) as Record<string, unknown>)[naam];
  return deel ?? 'onbekend';
}

const antwoordOp = (waarde: unknown) => (waarde === true ? 'ja' : waarde === false ? 'nee' : 'onbekend');

/** Wat de pagina als uitkomst toont: de naam van de uitkomst en de motivering. */
const toonde = (pagina: Page) =>
  pagina.evaluate(() => ({ uitkomst: document.getElementById('probeer-uitkomstnaam')?.textContent ?? null, verslag: document.getElementById('probeer-verslag')?.textContent ?? null }));


describe('het formulier van "Probeer een geval" in Chromium', { timeout: 60_000 }, () => {
  it('het versnelfondsformulier geeft voor toekennen en afwijzen dezelfde uitkomst en brief als de bibliotheek', async () => {
    const { pagina, fouten } = await nieuwePagina();
    await pagina.goto(adres('probeer.html'));
    for (const geval of [toekennen, afwijzen]) {
      await vulVersnelfonds(pagina, geval);
      const verwacht = beoordeelVersnelfonds(geval);
      await expect(pagina.locator('#probeer-uitkomstnaam').textContent()).resolves.toBe(verwacht.uitkomst === 'toekennen' ? 'toekennen' : 'afwijzen');
      await expect(pagina.locator('#probeer-verslag').textContent()).resolves.toBe(motivering(verwacht));
    }
    // Het geval staat in het adres, met de bedragen in euro's: wie het deelt, ziet hetzelfde.
    const gedeeld = pagina.url();
    expect(new URL(gedeeld).hash).toContain('regel=versnelfonds');
    const gedeeldeInvoer = JSON.parse(new URLSearchParams(new URL(gedeeld).hash.slice(1)).get('invoer')!);
    expect(gedeeldeInvoer).toMatchObject({ bedragInEuro: '1200,00', verwachteBesparingInEuro: '4500,00' });
    expect(Object.keys(gedeeldeInvoer).filter((naam) => naam.endsWith('InCenten'))).toEqual([]);
    const { pagina: tweede } = await nieuwePagina();
    await tweede.goto(gedeeld);
    await expect(tweede.locator('#probeer-verslag').textContent()).resolves.toBe(motivering(beoordeelVersnelfonds(afwijzen)));
    await pagina.screenshot({ path: join(ARTEFACTEN, 'probeer-afwijzen.png'), fullPage: true });
    expect(fouten).toEqual([]);
  });

  it('de brief aan de cliënt staat naast het verslag, met de gemeente uit het formulier; bij een regel zonder brief alleen het verslag', async () => {
    const { pagina, fouten } = await nieuwePagina();
    await pagina.goto(adres('probeer.html'));
    await pagina.getByLabel('Naam van de gemeente die de brief stuurt (mag leeg)').fill('Gemeente Wierden');
    await pagina.getByLabel('Adres voor bezwaar (mag leeg)').fill('Postbus 43, 7640 AA Wierden');
    await vulVersnelfonds(pagina, afwijzen);
    const verwacht = brief(beoordeelVersnelfonds(afwijzen), { gemeente: { naam: 'Gemeente Wierden', bezwaaradres: 'Postbus 43, 7640 AA Wierden' }, datum: '2026-01-01' });
    await expect(pagina.locator('#probeer-besluit').textContent()).resolves.toBe(verwacht.besluit);
    await expect(pagina.locator('#probeer-brief li').allTextContents()).resolves.toEqual([...verwacht.redenen, ...verwacht.grondslagen]);
    await expect(pagina.locator('#probeer-bezwaar').textContent()).resolves.toBe(verwacht.bezwaar);
    await expect(pagina.locator('#probeer-verslag').textContent()).resolves.toBe(motivering(beoordeelVersnelfonds(afwijzen)));
    await pagina.screenshot({ path: join(ARTEFACTEN, 'probeer-brief.png'), fullPage: true });
    // Zonder gemeente: zichtbare plaatshouders, geen verzonnen adres.
    await pagina.getByLabel('Adres voor bezwaar (mag leeg)').fill('');
    await pagina.getByRole('button', { name: 'Beslis' }).click();
    await expect(pagina.locator('#probeer-bezwaar').textContent()).resolves.toContain('Stuur uw bezwaar naar: [adres voor bezwaar].');
    await pagina.locator('#probeer-regel').selectOption('herkomst');
    await expect(pagina.locator('#probeer-briefgegevens').isVisible()).resolves.toBe(false);
    await pagina.goto(adres('probeer.html', `#${new URLSearchParams({ regel: 'herkomst', invoer: JSON.stringify({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }) }).toString()}`));
    await expect(pagina.locator('#probeer-verslag').count()).resolves.toBe(1);
    await expect(pagina.locator('#probeer-brief').count()).resolves.toBe(0);
    await expect(pagina.locator('#probeer-briefgegevens').isVisible()).resolves.toBe(false);
    expect(fouten).toEqual([]);
  });

  it('elke ja/nee-vraag van elke regel: ja beslist als true, nee als false, onbekend als onbekend, zoals de bibliotheek', async () => {
    let gevraagd = 0;
    // Elke regel op een eigen pagina, drie tegelijk: de tijd zit in het heen en weer met de browser,
    // niet in rekenen, en zo wachten drie pagina's tegelijk (gemeten: 32 s na elkaar).
    const perRegel = async (regel: RegelId): Promise<void> => {
      const paden = feitvelden(invoerJsonSchema(regel) as Schema);
      // De lijst komt uit het JSON Schema; elke vraag van de beschrijving hoort bij zo'n veld, en omgekeerd.
      expect(paden.slice().sort(), regel).toEqual(Object.keys(REGELS[regel].beschrijving.vragen).sort());
      if (paden.length === 0) return;
      const basis = BASISGEVAL[regel];
      expect(basis, `${regel}: een geldig basisgeval in BASISGEVAL`).toBeDefined();
      const beslis = (invoer: unknown) => {
        const beoordeling = REGELS[regel].beoordeel(invoer);
        return { uitkomst: REGELS[regel].beschrijving.uitkomsten[beoordeling.uitkomst]!.nl, verslag: motivering(beoordeling) };
      };
      // Het basisgeval via het adres zoals de regels het nemen (eurocent, het oude formaat): de pagina beslist het meteen.
      const { pagina, fouten } = await nieuwePagina();
      pagina.setDefaultTimeout(10_000);
      await pagina.goto(adres('probeer.html', `#${new URLSearchParams({ regel, invoer: JSON.stringify(basis) }).toString()}`));
      await expect(toonde(pagina)).resolves.toEqual(beslis(basis));
      for (const pad of paden) {
        const keuzelijst = pagina.getByLabel(vraag(regel, pad), { exact: true });
        await expect(keuzelijst.count(), `${regel}: ${pad} wordt gevraagd als "${vraag(regel, pad)}"`).resolves.toBe(1);
        const uitkomsten = new Map<string, string>();
        for (const [antwoord, waarde] of [['ja', true], ['nee', false], ['onbekend', 'onbekend']] as const) {
          await keuzelijst.selectOption({ label: antwoord });
          await pagina.getByRole('button', { name: 'Beslis' }).click();
          const verwacht = beslis(metWaarde(basis!, pad, waarde));
          await expect(toonde(pagina), `${regel}: ${pad} = ${antwoord}`).resolves.toEqual(verwacht);
          uitkomsten.set(antwoord, verwacht.verslag);
          gevraagd++;
        }
        // Het basisgeval laat elk antwoord iets anders beslissen: een omgekeerde vraag zou hier falen.
        expect(new Set(uitkomsten.values()).size, `${regel}: ${pad}: ja, nee en onbekend geven elk een andere motivering`).toBe(3);
        await keuzelijst.selectOption({ label: antwoordOp(waardeOp(basis!, pad)) });
      }
      await pagina.context().close();
      expect(fouten, regel).toEqual([]);
    };
    const regels = Object.keys(REGELS) as RegelId[];
    for (let begin = 0; begin < regels.length; begin += 3) await Promise.all(regels.slice(begin, begin + 3).map(perRegel));
    expect(gevraagd).toBeGreaterThan(0);
  });

  it("bedragen in euro's: 4500 is 450000 eurocent, 0,29 is 29; wat geen bedrag is, krijgt een melding naast het veld", async () => {
    const { pagina, fouten } = await nieuwePagina();
    pagina.setDefaultTimeout(10_000);
    // Een adres van vóór de euro's (eurocent) wordt nog gelezen, en in euro's getoond.
    await pagina.goto(adres('probeer.html', `#${new URLSearchParams({ regel: 'versnelfonds', invoer: JSON.stringify(toekennen) }).toString()}`));
    const bedrag = pagina.getByLabel("Bedrag in euro's", { exact: true });
    const besparing = pagina.getByLabel("De verwachte besparing in euro's, of onbekend", { exact: true });
    await expect(bedrag.inputValue()).resolves.toBe('1200,00');
    await expect(besparing.inputValue()).resolves.toBe('4500,00');
    // Het geval zoals het formulier het nu heeft, in eurocent: elke stap verandert één veld.
    let geval: VersnelfondsAanvraag = { ...toekennen };
    const beslist = async (veld: typeof bedrag, tekst: string, centen: Partial<VersnelfondsAanvraag>) => {
      await veld.fill(tekst);
      await pagina.getByRole('button', { name: 'Beslis' }).click();
      geval = { ...geval, ...centen };
      const verwacht = beoordeelVersnelfonds(geval);
      await expect(toonde(pagina), tekst).resolves.toEqual({ uitkomst: REGELS.versnelfonds.beschrijving.uitkomsten[verwacht.uitkomst]!.nl, verslag: motivering(verwacht) });
      return motivering(verwacht);
    };
    // 4500 is € 4.500,00: genoeg besparing voor de € 1.000 die het fonds geeft (als eurocent, € 45, niet).
    const te45 = await beslist(besparing, '45', { verwachteBesparingInCenten: 4_500 });
    const te4500 = await beslist(besparing, '4500', { verwachteBesparingInCenten: 450_000 });
    expect(te4500).not.toBe(te45);
    await expect(pagina.locator(`#${await besparing.getAttribute('id')}-melding`).textContent()).resolves.toBe('Dat is € 4.500,00.');
    await beslist(besparing, '4.500,50', { verwachteBesparingInCenten: 450_050 });
    await beslist(besparing, 'onbekend', { verwachteBesparingInCenten: 'onbekend' });
    // 0,29 is precies 29 cent (0,29 × 100 is in JavaScript 28,999999999999996, wat de regels weigeren).
    const te29 = await beslist(bedrag, '0,29', { bedragInCenten: 29 });
    expect(te29).not.toBe(motivering(beoordeelVersnelfonds({ ...geval, bedragInCenten: 28 })));
    expect(JSON.parse(new URLSearchParams(new URL(pagina.url()).hash.slice(1)).get('invoer')!)).toMatchObject({ bedragInEuro: '0,29' });
    // Geen bedrag: een melding naast het veld, het veld gemarkeerd, en niets beslist.
    const melding = pagina.locator(`#${await bedrag.getAttribute('id')}-melding`);
    for (const [tekst, zegt] of [['12,345', 'hoogstens twee cijfers achter de komma'], ['4500.50', 'Gebruik een komma voor de centen'], ['vijftig', "Vul een bedrag in euro's in"], ['-5', 'niet negatief'], ['0', 'meer dan € 0,00']] as const) {
      await bedrag.fill(tekst);
      await pagina.getByRole('button', { name: 'Beslis' }).click();
      await expect(melding.textContent(), tekst).resolves.toContain(zegt);
      await expect(bedrag.getAttribute('aria-invalid'), tekst).resolves.toBe('true');
      await expect(bedrag.getAttribute('aria-describedby'), tekst).resolves.toBe(await melding.getAttribute('id'));
      await expect(pagina.locator('#probeer-fouten').textContent(), tekst).resolves.toContain(`Bedrag: `);
      await expect(pagina.locator('#probeer-verslag').count(), tekst).resolves.toBe(0);
    }
    await beslist(bedrag, '1.200', { bedragInCenten: 120_000 });
    await expect(bedrag.getAttribute('aria-invalid')).resolves.toBeNull();
    expect(fouten).toEqual([]);
  });

  it('een tijd die bij de overgang naar zomertijd niet bestaat, of bij wintertijd twee keer voorkomt, is een melding, geen gok', async () => {
    const { pagina } = await nieuwePagina();
    await pagina.goto(adres('probeer.html'));
    for (const [dag, tekst] of [['2025-03-30', 'bestaat op 30 maart 2025 niet in Nederland'], ['2025-10-26', 'kwam op 26 oktober 2025 twee keer voor']] as const) {
      await vulVersnelfonds(pagina, toekennen, '02:30');
      await pagina.getByLabel('Ingediend op: datum').fill(dag);
      await pagina.getByRole('button', { name: 'Beslis' }).click();
      await expect(pagina.locator('#probeer-uitkomst').textContent()).resolves.toContain(tekst);
    }
    // Een uur later is het gewoon een tijdstip, met de offset van die dag.
    await pagina.getByLabel('Ingediend op: tijd (Nederlandse tijd)').fill('03:30');
    await pagina.getByRole('button', { name: 'Beslis' }).click();
    expect(new URLSearchParams(new URL(pagina.url()).hash.slice(1)).get('invoer')).toContain('"ingediendOp":"2025-10-26T03:30:00+01:00"');
  });

});
