import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ChangesetFout,
  KOP_ALLE,
  KOP_GEEN,
  REGISTERREGELS,
  changelogSectie,
  controleerChangelog,
  leesChangeset,
  metPakketversie,
  openstaandeChangesets,
  vanToepassingVanaf,
  voegSectieToe,
  voerReleaseUit,
  volgendeVersie,
} from '../scripts/release.js';
import { REGELS } from '../src/rules/register.js';

function changeset(naam: string, regels: string | null, tekst: string, ophoging = 'minor') {
  return { naam, inhoud: `---\n'opvangregels': ${ophoging}\n---\n\n${regels === null ? '' : `Regels: ${regels}\n\n`}${tekst}\n` };
}

const titel = (id: keyof typeof REGELS) => REGELS[id].beschrijving.titel.nl;

/** De koppen (`### …`) van een sectie, in volgorde. */
const koppen = (sectie: string) => sectie.split('\n').filter((regel) => regel.startsWith('### ')).map((regel) => regel.slice(4));

/** De items (lijstitems op kolom 0) per kop. */
function items(sectie: string): Record<string, string[]> {
  const uit: Record<string, string[]> = {};
  for (const groep of sectie.split(/^### /m).slice(1)) {
    const kop = groep.slice(0, groep.indexOf('\n'));
    uit[kop] = groep.split(/^(?=- )/m).slice(1).map((item) => item.trim());
  }
  return uit;
}

function weigering(bestand: { naam: string; inhoud: string }): string {
  try {
    leesChangeset(bestand);
  } catch (fout) {
    expect(fout).toBeInstanceOf(ChangesetFout);
    return (fout as Error).message;
  }
  throw new Error('niet geweigerd');
}

describe('changelogSectie: de sectie van een versie, per regel', () => {
  it('groepeert per regel in de volgorde van het register, dan alle regels, dan algemeen; elk item met zijn "Van toepassing vanaf"', () => {
    const sectie = changelogSectie('0.2.0', [
      changeset('z-algemeen.md', 'geen', 'De CLI kent `--version`. Van toepassing vanaf: deze versie.'),
      changeset('b-situatie.md', 'situatie', 'Nieuwe regel **situatie**.\n\nVan toepassing vanaf: niet datumgebonden.'),
      changeset('a-verblijf.md', 'verblijfstermijn', 'Termijnen.\n\nVan toepassing vanaf: 22 juni 2023.'),
      changeset('c-model.md', 'alle', '**Beslismodel.** Van toepassing vanaf: deze versie, voor elke beoordeling.'),
      changeset('d-herkomst.md', 'herkomst', 'Herkomst.\n\nVan toepassing vanaf: 1 januari 2027.', 'patch'),
    ]);
    expect(sectie.split('\n')[0]).toBe('## 0.2.0');
    expect(koppen(sectie)).toEqual([titel('herkomst'), titel('verblijfstermijn'), titel('situatie'), KOP_ALLE, KOP_GEEN]);
    const perKop = items(sectie);
    expect(perKop[titel('herkomst')]).toEqual(['- **Van toepassing vanaf:** 1 januari 2027.\n\n  Herkomst.\n\n  _Changeset `d-herkomst.md` (patch)._']);
    expect(perKop[KOP_GEEN]).toEqual(['- **Van toepassing vanaf:** deze versie.\n\n  De CLI kent `--version`. Van toepassing vanaf: deze versie.\n\n  _Changeset `z-algemeen.md` (minor)._']);
    for (const lijst of Object.values(perKop)) for (const tekst of lijst) expect(tekst).toMatch(/^- \*\*Van toepassing vanaf:\*\* \S/);
    expect(sectie).not.toContain('Regels:');
    expect(controleerChangelog(sectie)).toEqual([]);
  });

  it('zet een changeset met meer regels volledig onder elk van die regels, met "ook onder"', () => {
    const sectie = changelogSectie('1.0.0', [
      changeset('fonds.md', 'versnelfonds, schuldhulp, alternatieve-bewindvoering', 'Drie regels.\n\nVan toepassing vanaf 2020-01-01: maximum € 1.000,00 per aanvraag.'),
      changeset('schuld.md', 'schuldhulp', 'Schuldhulp.\n\nVan toepassing vanaf: niet datumgebonden.'),
    ]);
    expect(koppen(sectie)).toEqual([titel('versnelfonds'), titel('schuldhulp'), titel('alternatieve-bewindvoering')]);
    const perKop = items(sectie);
    expect(perKop[titel('versnelfonds')]).toHaveLength(1);
    expect(perKop[titel('versnelfonds')]![0]).toContain(`_Changeset \`fonds.md\` (minor); ook onder ${titel('schuldhulp')} en ${titel('alternatieve-bewindvoering')}._`);
    expect(perKop[titel('schuldhulp')]!.map((tekst) => /`(.+?\.md)`/.exec(tekst)![1])).toEqual(['fonds.md', 'schuld.md']);
    expect(perKop[titel('alternatieve-bewindvoering')]![0]).toContain(`ook onder ${titel('versnelfonds')} en ${titel('schuldhulp')}.`);
    expect(perKop[titel('schuldhulp')]![0]).toMatch(/^- \*\*Van toepassing vanaf:\*\* 2020-01-01: maximum € 1\.000,00 per aanvraag\.\n/);
  });

  it('ordent binnen een groep op bestandsnaam (code-eenheden), onafhankelijk van de aanvoer', () => {
    const bestanden = ['situatie.md', 'situatie-0-2.md', 'Situatie-b.md', 'a.md'].map((naam) => changeset(naam, 'situatie', `Over ${naam}. Van toepassing vanaf: deze versie.`));
    const volgorde = (sectie: string) => [...sectie.matchAll(/_Changeset `(.+?)`/g)].map((treffer) => treffer[1]);
    const verwacht = ['Situatie-b.md', 'a.md', 'situatie-0-2.md', 'situatie.md'];
    expect(volgorde(changelogSectie('0.2.0', bestanden))).toEqual(verwacht);
    expect(volgorde(changelogSectie('0.2.0', [...bestanden].reverse()))).toEqual(verwacht);
    expect(changelogSectie('0.2.0', bestanden)).toBe(changelogSectie('0.2.0', [...bestanden].reverse()));
  });

  it('houdt de markdown van de changeset, ingesprongen als lijstitem; een alinea die alleen de vanaf-zin is verhuist naar de kopregel', () => {
    const tekst = [
      '**Herkomst.**',
      '',
      '- Een signaal. Van toepassing vanaf: deze versie.',
      '- De statussen:',
      '  - `almelo`: vanaf 2027 geen indeling. Van toepassing vanaf:',
      '    1 januari 2027.',
      '  - `enschede`: `praktijk`. Van toepassing vanaf: 1 januari 2020.',
      '',
      'Van toepassing vanaf: deze versie.',
    ].join('\n');
    const sectie = changelogSectie('0.2.0', [changeset('herkomst.md', 'herkomst', tekst)]);
    expect(items(sectie)[titel('herkomst')]![0]!.split('\n')).toEqual([
      '- **Van toepassing vanaf:** deze versie; 1 januari 2027; 1 januari 2020.',
      '',
      '  **Herkomst.**',
      '',
      '  - Een signaal. Van toepassing vanaf: deze versie.',
      '  - De statussen:',
      '    - `almelo`: vanaf 2027 geen indeling. Van toepassing vanaf:',
      '      1 januari 2027.',
      '    - `enschede`: `praktijk`. Van toepassing vanaf: 1 januari 2020.',
      '',
      '  _Changeset `herkomst.md` (minor)._',
    ]);
  });

  it('zet de datum alleen in de kop als die gegeven is, en weigert een onmogelijke datum of versie', () => {
    const bestand = changeset('a.md', 'geen', 'Iets. Van toepassing vanaf: deze versie.');
    expect(changelogSectie('0.2.0', [bestand], { datum: '2026-12-01' }).split('\n')[0]).toBe('## 0.2.0 (2026-12-01)');
    expect(() => changelogSectie('0.2.0', [bestand], { datum: '2026-02-30' })).toThrow('ongeldige datum');
    expect(() => changelogSectie('v0.2', [bestand])).toThrow('ongeldige versie');
    expect(() => changelogSectie('0.2.0', [])).toThrow('geen changesets');
  });
});

describe('de afspraak: Regels: en "Van toepassing vanaf"', () => {
  it('weigert een changeset zonder Regels:-regel, met de bestandsnaam', () => {
    expect(weigering(changeset('zonder-regels.md', null, 'Iets. Van toepassing vanaf: deze versie.'))).toMatch(/^\.changeset\/zonder-regels\.md: de eerste regel van de tekst moet "Regels: /);
    expect(weigering(changeset('later.md', null, 'Iets.\n\nRegels: herkomst\n\nVan toepassing vanaf: deze versie.'))).toContain('later.md: de eerste regel');
  });

  it('weigert onbekende, lege, dubbele en gemengde regels', () => {
    expect(weigering(changeset('a.md', 'herkomst, Versnelfonds', 'Van toepassing vanaf: deze versie.'))).toContain('onbekende regel "Versnelfonds"');
    expect(weigering(changeset('a.md', 'cli', 'Van toepassing vanaf: deze versie.'))).toContain('bekend zijn herkomst, versnelfonds, schuldhulp');
    expect(weigering(changeset('a.md', '', 'Van toepassing vanaf: deze versie.'))).toContain('lege regel');
    expect(weigering(changeset('a.md', 'herkomst,', 'Van toepassing vanaf: deze versie.'))).toContain('lege regel');
    expect(weigering(changeset('a.md', 'herkomst, herkomst', 'Van toepassing vanaf: deze versie.'))).toContain('twee keer');
    expect(weigering(changeset('a.md', 'geen, herkomst', 'Van toepassing vanaf: deze versie.'))).toContain('"alle" en "geen" staan alleen');
  });

  it('weigert een changeset zonder "Van toepassing vanaf" of met niets erachter', () => {
    expect(weigering(changeset('geen-datum.md', 'situatie', 'Nieuwe regel.'))).toMatch(/^\.changeset\/geen-datum\.md: de tekst noemt niet "Van toepassing vanaf: …"/);
    expect(weigering(changeset('leeg.md', 'situatie', 'Nieuwe regel. Van toepassing vanaf: .'))).toContain('leeg.md: "Van toepassing vanaf" zonder datum');
    // Alleen in de Regels-regel telt niet, en kleine letters ook niet: de zin is de afspraak.
    expect(weigering(changeset('klein.md', 'situatie', 'Nieuwe regel, van toepassing vanaf deze versie.'))).toContain('klein.md: de tekst noemt niet');
  });

  it('weigert een frontmatter voor een ander pakket, zonder ophoging of met meer pakketten', () => {
    expect(weigering({ naam: 'a.md', inhoud: 'Regels: geen\n\nVan toepassing vanaf: deze versie.\n' })).toContain('geen frontmatter');
    expect(weigering({ naam: 'a.md', inhoud: "---\n'ander-pakket': minor\n---\n\nRegels: geen\n\nVan toepassing vanaf: deze versie.\n" })).toContain('precies één regel');
    expect(weigering({ naam: 'a.md', inhoud: "---\n'opvangregels': groot\n---\n\nRegels: geen\n\nVan toepassing vanaf: deze versie.\n" })).toContain('precies één regel');
    expect(weigering({ naam: 'a.md', inhoud: "---\n'opvangregels': minor\n'ander': patch\n---\n\nRegels: geen\n\nVan toepassing vanaf: deze versie.\n" })).toContain('precies één regel');
    expect(leesChangeset({ naam: 'a.md', inhoud: '---\r\n"opvangregels": patch\r\n---\r\n\r\nRegels: geen\r\n\r\nVan toepassing vanaf: deze versie.\r\n' }).ophoging).toBe('patch');
  });

  it('changelogSectie noemt elk fout bestand tegelijk, en schrijft dan niets', () => {
    expect(() =>
      changelogSectie('0.2.0', [
        changeset('goed.md', 'herkomst', 'Van toepassing vanaf: deze versie.'),
        changeset('b-fout.md', null, 'Van toepassing vanaf: deze versie.'),
        changeset('a-fout.md', 'herkomst', 'Geen datum.'),
      ]),
    ).toThrow(/^\.changeset\/a-fout\.md: de tekst noemt niet[^\n]*\n\.changeset\/b-fout\.md: de eerste regel/);
  });

  it('vanToepassingVanaf: tot de punt, een lege regel of een nieuw opsommingsteken; witruimte samengevoegd', () => {
    expect(vanToepassingVanaf('Van toepassing vanaf: regio Almelo vanaf 2020-01-01 (vastgesteld); Twente\nvanaf 2017-01-01. Daarna iets.').map((zin) => zin.frase)).toEqual([
      'regio Almelo vanaf 2020-01-01 (vastgesteld); Twente vanaf 2017-01-01',
    ]);
    expect(vanToepassingVanaf('Van toepassing vanaf: deze versie\n- een punt').map((zin) => zin.frase)).toEqual(['deze versie']);
    expect(vanToepassingVanaf('Van toepassing vanaf: deze versie\n\nVolgende alinea.').map((zin) => zin.frase)).toEqual(['deze versie']);
    expect(vanToepassingVanaf('**Van toepassing vanaf:** 1 april 2018').map((zin) => zin.frase)).toEqual(['1 april 2018']);
  });
});

describe('versie en changelog', () => {
  it('volgendeVersie volgt changesets: de hoogste ophoging', () => {
    expect(volgendeVersie('0.0.0', ['patch', 'minor'])).toBe('0.1.0');
    expect(volgendeVersie('0.2.3', ['patch'])).toBe('0.2.4');
    expect(volgendeVersie('0.2.3', ['minor', 'major'])).toBe('1.0.0');
    expect(() => volgendeVersie('0.2', ['patch'])).toThrow('ongeldige versie');
  });

  it('voegSectieToe: onder de kop, boven oudere versies; een versie die er al staat wordt geweigerd', () => {
    const sectie = changelogSectie('0.3.0', [changeset('a.md', 'geen', 'Iets. Van toepassing vanaf: deze versie.')]);
    const oud = '# opvangregels\n\nUitleg.\n\n## 0.2.0\n\n### Algemeen\n\n- **Van toepassing vanaf:** deze versie.\n';
    const nieuw = voegSectieToe(oud, sectie);
    expect(nieuw.startsWith(`# opvangregels\n\nUitleg.\n\n## 0.3.0\n`)).toBe(true);
    expect(nieuw.indexOf('## 0.3.0')).toBeLessThan(nieuw.indexOf('## 0.2.0'));
    expect(nieuw.endsWith('- **Van toepassing vanaf:** deze versie.\n')).toBe(true);
    expect(voegSectieToe('# opvangregels\n\nUitleg.\n', sectie)).toBe(`# opvangregels\n\nUitleg.\n\n${sectie}`);
    expect(() => voegSectieToe(nieuw, sectie)).toThrow('al een sectie voor 0.3.0');
    expect(controleerChangelog(nieuw)).toEqual([]);
  });

  it('controleerChangelog vindt een sectie of item zonder "Van toepassing vanaf"', () => {
    expect(controleerChangelog('# x\n\n## 0.1.0\n\n- Iets.\n')).toEqual(['## 0.1.0: geen "Van toepassing vanaf"', '## 0.1.0: item zonder "Van toepassing vanaf" vooraan: - Iets.']);
    expect(controleerChangelog('# x\n\nGeen versies.\n')).toEqual([]);
  });

  it('metPakketversie zet alleen de constante', () => {
    expect(metPakketversie("/** x */\nexport const PAKKETVERSIE = '0.0.0';\n", '0.2.0')).toBe("/** x */\nexport const PAKKETVERSIE = '0.2.0';\n");
    expect(() => metPakketversie('export const VERSIE = 1;', '0.2.0')).toThrow('PAKKETVERSIE');
  });
});

describe('voerReleaseUit in een proefmap', () => {
  const mappen: string[] = [];
  afterEach(() => {
    for (const map of mappen.splice(0)) rmSync(map, { recursive: true, force: true });
  });

  function proefmap(changesets: { naam: string; inhoud: string }[]) {
    const map = mkdtempSync(join(tmpdir(), 'release-'));
    mappen.push(map);
    mkdirSync(join(map, '.changeset'));
    mkdirSync(join(map, 'src'));
    writeFileSync(join(map, '.changeset', 'README.md'), '# Changesets\n');
    for (const bestand of changesets) writeFileSync(join(map, '.changeset', bestand.naam), bestand.inhoud);
    writeFileSync(join(map, 'package.json'), `${JSON.stringify({ name: 'opvangregels', version: '0.0.0', type: 'module' }, null, 2)}\n`);
    writeFileSync(join(map, 'package-lock.json'), `${JSON.stringify({ name: 'opvangregels', version: '0.0.0', lockfileVersion: 3, packages: { '': { name: 'opvangregels', version: '0.0.0' } } }, null, 2)}\n`);
    writeFileSync(join(map, 'CHANGELOG.md'), '# opvangregels\n\nUitleg.\n');
    writeFileSync(join(map, 'src', 'versie.ts'), "export const PAKKETVERSIE = '0.0.0';\n");
    // Een nagemaakte `changeset version`: hoogt op naar 0.1.0 en verwijdert de changesets.
    const nep = join(map, 'nep-changeset.mjs');
    writeFileSync(
      nep,
      `import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
if (process.argv[2] !== 'version') process.exit(3);
const pakket = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync('package.json', JSON.stringify({ ...pakket, version: '0.1.0' }, null, 2) + '\\n');
for (const naam of readdirSync('.changeset')) if (naam.endsWith('.md') && naam !== 'README.md') rmSync('.changeset/' + naam);
writeFileSync('CHANGELOG.md', '# opvangregels\\n\\n## 0.1.0\\n\\n### Minor Changes\\n');
`,
    );
    return { map, nep: [process.execPath, nep] as [string, string] };
  }

  function inhoud(map: string): Record<string, string> {
    const uit: Record<string, string> = {};
    for (const pad of ['package.json', 'package-lock.json', 'CHANGELOG.md', 'src/versie.ts', ...readdirSync(join(map, '.changeset')).map((naam) => `.changeset/${naam}`)]) {
      uit[pad] = readFileSync(join(map, pad), 'utf8');
    }
    return uit;
  }

  function draai(map: string, argumenten: string[], nep: [string, ...string[]]) {
    let uit = '';
    let fout = '';
    const code = voerReleaseUit(argumenten, map, { uit: (tekst) => void (uit += tekst), fout: (tekst) => void (fout += tekst) }, nep);
    return { code, uit, fout };
  }

  it('zonder openstaande changesets: zegt dat, exit 0, verandert niets', () => {
    const { map, nep } = proefmap([]);
    const voor = inhoud(map);
    const run = draai(map, ['--versie', '0.2.0'], nep);
    expect(run).toEqual({ code: 0, uit: 'release: geen openstaande changesets in .changeset/; er is niets uit te brengen, niets veranderd.\n', fout: '' });
    expect(inhoud(map)).toEqual(voor);
  });

  it('weigert een changeset zonder de afspraak vóór het iets verandert (exit 1, met de bestandsnaam)', () => {
    const { map, nep } = proefmap([changeset('goed.md', 'herkomst', 'Van toepassing vanaf: deze versie.'), changeset('fout.md', null, 'Iets.')]);
    const voor = inhoud(map);
    const run = draai(map, [], nep);
    expect(run.code).toBe(1);
    expect(run.fout).toContain('.changeset/fout.md: de eerste regel van de tekst moet "Regels:');
    expect(inhoud(map)).toEqual(voor);
  });

  it('weigert een --versie onder wat changesets kiest, en --droog verandert niets', () => {
    const { map, nep } = proefmap([changeset('a.md', 'herkomst', 'Iets. Van toepassing vanaf: deze versie.')]);
    const voor = inhoud(map);
    expect(draai(map, ['--versie', '0.0.1'], nep)).toMatchObject({ code: 1, fout: expect.stringContaining('--versie 0.0.1 is lager dan 0.1.0') });
    expect(draai(map, ['--datum', '1 december'], nep)).toMatchObject({ code: 1, fout: expect.stringContaining('ongeldige datum') });
    expect(draai(map, ['--onbekend'], nep).code).toBe(1);
    const droog = draai(map, ['--droog', '--versie', '0.2.0'], nep);
    expect(droog.code).toBe(0);
    expect(droog.uit).toContain('0.0.0 -> 0.2.0');
    expect(droog.uit).toContain('## 0.2.0\n\n### Herkomst\n\n- **Van toepassing vanaf:** deze versie.');
    expect(inhoud(map)).toEqual(voor);
  });

  it('brengt uit: versie in package.json, package-lock.json en src/versie.ts, de sectie in CHANGELOG.md; daarna niets meer te doen', () => {
    const { map, nep } = proefmap([changeset('b.md', 'versnelfonds', 'Fonds. Van toepassing vanaf: 1 januari 2026.'), changeset('a.md', 'geen', 'CLI. Van toepassing vanaf: deze versie.', 'patch')]);
    const run = draai(map, ['--versie', '0.2.0', '--datum', '2026-12-01'], nep);
    expect(run.fout).toBe('');
    expect(run.code).toBe(0);
    const na = inhoud(map);
    expect(JSON.parse(na['package.json']!).version).toBe('0.2.0');
    const slot = JSON.parse(na['package-lock.json']!);
    expect([slot.version, slot.packages[''].version]).toEqual(['0.2.0', '0.2.0']);
    expect(na['src/versie.ts']).toBe("export const PAKKETVERSIE = '0.2.0';\n");
    // De eigen changelog van changesets (hier "Minor Changes") wordt niet overgenomen.
    expect(na['CHANGELOG.md']).toBe(
      '# opvangregels\n\nUitleg.\n\n## 0.2.0 (2026-12-01)\n\n### Versnelfonds\n\n- **Van toepassing vanaf:** 1 januari 2026.\n\n  Fonds. Van toepassing vanaf: 1 januari 2026.\n\n  _Changeset `b.md` (minor)._\n\n### Algemeen\n\n- **Van toepassing vanaf:** deze versie.\n\n  CLI. Van toepassing vanaf: deze versie.\n\n  _Changeset `a.md` (patch)._\n',
    );
    expect(Object.keys(na).filter((pad) => pad.startsWith('.changeset/'))).toEqual(['.changeset/README.md']);
    const opnieuw = draai(map, [], nep);
    expect(opnieuw.code).toBe(0);
    expect(opnieuw.uit).toContain('geen openstaande changesets');
    expect(inhoud(map)).toEqual(na);
  });

  it('meldt een mislukte changeset version', () => {
    const { map } = proefmap([changeset('a.md', 'geen', 'Iets. Van toepassing vanaf: deze versie.')]);
    expect(draai(map, [], [join(map, 'bestaat-niet')])).toMatchObject({ code: 1, fout: expect.stringContaining('bestaat niet') });
    const faalt = join(map, 'faalt.mjs');
    writeFileSync(faalt, 'process.exit(2);\n');
    expect(draai(map, [], [process.execPath, faalt])).toMatchObject({ code: 1, fout: expect.stringContaining('exitcode 2') });
    expect(existsSync(join(map, '.changeset', 'a.md'))).toBe(true);
  });
});

describe('de echte stand van de repository', () => {
  it('de regels in het register zijn de koppen van de changelog', () => {
    expect(REGISTERREGELS.map((regel) => regel.id)).toEqual(Object.keys(REGELS));
  });

  it('elke openstaande changeset heeft een geldige Regels:-regel en "Van toepassing vanaf" (na een release: geen)', () => {
    const bestanden = openstaandeChangesets('.');
    for (const bestand of bestanden) expect(() => leesChangeset(bestand), bestand.naam).not.toThrow();
    if (bestanden.length > 0) expect(controleerChangelog(changelogSectie('99.0.0', bestanden))).toEqual([]);
  });

  it('elke sectie van CHANGELOG.md heeft "Van toepassing vanaf" bij elk item', () => {
    expect(controleerChangelog(readFileSync('CHANGELOG.md', 'utf8'))).toEqual([]);
  });

  it('package-lock.json noemt de versie van package.json', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const slot = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { version: string; packages: Record<string, { version: string }> };
    expect([slot.version, slot.packages['']!.version]).toEqual([version, version]);
  });

  it('changesets schrijft geen eigen changelog, en het pakket blijft publiek', () => {
    const config = JSON.parse(readFileSync('.changeset/config.json', 'utf8')) as { changelog: unknown; access: string };
    expect(config.changelog).toBe(false);
    expect(config.access).toBe('public');
  });
});
