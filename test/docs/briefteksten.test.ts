import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OngeldigeInvoerFout, motivering, zoekRegel, type Beoordeling } from '../../src/index.js';
import { technischeNamen, zonderCitaten } from './identificatie.js';

interface Vector {
  naam: string;
  invoer: unknown;
  opties?: unknown;
  verwacht: Record<string, unknown>;
}

const gevallen = readdirSync('test/vectors')
  .filter((naam) => naam.endsWith('.json'))
  .flatMap((bestand) => {
    const inhoud = JSON.parse(readFileSync(`test/vectors/${bestand}`, 'utf8')) as { regel: string; vectoren: Vector[] };
    return inhoud.vectoren.filter((vector) => !('fout' in vector.verwacht)).map((vector) => [`${bestand}: ${vector.naam}`, inhoud.regel, vector] as const);
  });

function beoordeel(regel: string, vector: Vector): Beoordeling<string> {
  try {
    return zoekRegel(regel).beoordeel(vector.invoer, vector.opties);
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) throw new Error(`onverwachte invoerfout: ${JSON.stringify(fout.fouten)}`);
    throw fout;
  }
}

describe('de teksten voor een brief bevatten geen technische namen', () => {
  it('de herkenner vindt geplante fouten en laat gewone zinnen met rust', () => {
    expect(technischeNamen('zie toetsAlternatieveBewindvoering')).toEqual(['camelCase-naam: toetsAlternatieveBewindvoering']);
    expect(technischeNamen('de grond regisseur.bereikbaar')).toEqual(['regel-id met punten: regisseur.bereikbaar']);
    expect(technischeNamen('is true')).toEqual(['true of false: true']);
    expect(technischeNamen('zie SPEC §4.6 en seed 004')).toEqual(['SPEC: SPEC', 'seed: seed']);
    expect(technischeNamen('staat in regels.md')).toContain('bestandsnaam: regels.md');
    expect(technischeNamen('for example, e.g. a shelter, o.a. de opvang')).toEqual([]);
    expect(technischeNamen('veld `schulden`')).toEqual(['code tussen backticks: `schulden`']);
    expect(technischeNamen("Wierden (GM0189) hoort op 1 mei 2024 bij de regio IJssel-Vecht; 's-Hertogenbosch, € 1.000,00, art. 1.2.1.")).toEqual([]);
  });

  it('een citaat uit een bron telt niet mee: dat zijn de woorden van de bron', () => {
    expect(zonderCitaten('- Laatste optie (voldaan): tekst\n  Bron: Titel (Uitgever, 2019), Oplossing 5: "o.a. true"')).toBe('- Laatste optie (voldaan): tekst\n  Bron: Titel (Uitgever, 2019), Oplossing 5');
  });

  it.each(gevallen)('%s', (_naam, regel, vector) => {
    const beoordeling = beoordeel(regel, vector);
    const teksten = beoordeling.gronden.flatMap((grond) => [
      grond.toelichting,
      grond.toelichtingEn,
      grond.basis.toelichting,
      grond.basis.toelichtingEn,
      ...grond.interpretaties.flatMap((keuze) => [keuze.toelichting, keuze.toelichtingEn]),
    ]);
    teksten.push(zonderCitaten(motivering(beoordeling)), zonderCitaten(motivering(beoordeling, { taal: 'en' })));
    expect(teksten.flatMap(technischeNamen)).toEqual([]);
  });
});
