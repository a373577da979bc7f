// Controleert de afhankelijkheden die een app meekrijgt (niet de devDependencies) op bekende
// kwetsbaarheden, met `npm audit --omit=dev`. Dat vraagt de adviezen op bij het register
// (POST /-/npm/v1/security/advisories/bulk). Lukt dat niet, dan zegt dit script "niet
// gecontroleerd", met de reden, en nooit "0 kwetsbaarheden": `npm audit --offline` (of
// `offline=true` in een .npmrc) meldt "found 0 vulnerabilities" zonder iets te controleren, en
// zijn JSON is niet te onderscheiden van een echte, schone uitslag. Daarom draait dit script altijd
// met `--offline=false`.
//
// Niet in `npm test`: het register dat CI kan bereiken, kent het adviezen-endpoint niet (405,
// zie docs/afhankelijkheden.md), en een test mag niet van een register afhangen.
//
//   npm run audit:afhankelijkheden      (tsx scripts/controleer-audit.ts)
//
// Afsluitcode: 0 gecontroleerd en niets gevonden, 1 kwetsbaarheden gevonden, 2 niet gecontroleerd.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** De argumenten van `npm audit`: altijd online (`--offline=false`), alleen wat een app meekrijgt. */
export const AUDITARGUMENTEN = Object.freeze(['audit', '--omit=dev', '--json', '--offline=false']);

/** De ernstniveaus van npm audit, van licht naar zwaar. */
const NIVEAUS = ['info', 'low', 'moderate', 'high', 'critical'];

/** Wat een run van `npm audit` zegt. */
export type Auditlezing = { gecontroleerd: true; aantallen: Record<string, number>; totaal: number } | { gecontroleerd: false; reden: string };

/**
 * Wat de uitvoer van `npm audit --json` zegt: gecontroleerd (met de aantallen per niveau) of niet
 * gecontroleerd (met de reden). Alleen een rapport met `auditReportVersion` en aantallen telt als
 * gecontroleerd; een foutobject, lege of onleesbare uitvoer niet.
 */
export function leesAudit(uitvoer: string): Auditlezing {
  let rapport: any;
  try {
    rapport = JSON.parse(uitvoer);
  } catch {
    return { gecontroleerd: false, reden: 'npm audit gaf geen leesbare JSON' };
  }
  if (rapport === null || typeof rapport !== 'object') return { gecontroleerd: false, reden: 'npm audit gaf geen rapport' };
  const fout = typeof rapport.message === 'string' ? rapport.message : typeof rapport.error?.summary === 'string' ? rapport.error.summary : undefined;
  if (fout !== undefined || rapport.error !== undefined) {
    const status = typeof rapport.statusCode === 'number' ? ` (HTTP ${rapport.statusCode})` : '';
    return { gecontroleerd: false, reden: `het register gaf geen adviezen${status}${fout ? `: ${fout.slice(0, 200)}` : ''}` };
  }
  const telling = rapport.metadata?.vulnerabilities;
  if (rapport.auditReportVersion !== 2 || telling === null || typeof telling !== 'object') {
    return { gecontroleerd: false, reden: 'npm audit gaf een rapport in een onbekende vorm' };
  }
  const aantallen: Record<string, number> = {};
  for (const niveau of NIVEAUS) {
    const aantal: unknown = telling[niveau];
    if (typeof aantal !== 'number' || !Number.isSafeInteger(aantal) || aantal < 0) return { gecontroleerd: false, reden: `npm audit gaf geen aantal voor '${niveau}'` };
    aantallen[niveau] = aantal;
  }
  return { gecontroleerd: true, aantallen, totaal: NIVEAUS.reduce((som, niveau) => som + aantallen[niveau]!, 0) };
}

/** Is npm op offline gezet (door een .npmrc of een omgevingsvariabele)? Alleen om het te melden. */
function offlineIngesteld(): boolean {
  const uitslag = spawnSync('npm', ['config', 'get', 'offline'], { encoding: 'utf8' });
  return uitslag.stdout.trim() === 'true';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const offline = offlineIngesteld();
  const uitslag = spawnSync('npm', [...AUDITARGUMENTEN], { encoding: 'utf8', timeout: 120_000 });
  const lezing: Auditlezing = uitslag.error ? { gecontroleerd: false, reden: `npm audit draaide niet (${(uitslag.error as NodeJS.ErrnoException).code ?? uitslag.error.message})` } : leesAudit(uitslag.stdout);
  if (!lezing.gecontroleerd) {
    console.log(`niet gecontroleerd: ${lezing.reden}${offline ? ' (npm staat op offline; dit script vroeg toch online)' : ''}. Er is niets over kwetsbaarheden bekend; dit is geen "0 kwetsbaarheden".`);
    process.exit(2);
  }
  const per = Object.entries(lezing.aantallen)
    .map(([niveau, aantal]) => `${niveau} ${aantal}`)
    .join(', ');
  console.log(`gecontroleerd (npm audit --omit=dev): ${lezing.totaal} kwetsbaarhe${lezing.totaal === 1 ? 'id' : 'den'} (${per})`);
  process.exit(lezing.totaal === 0 ? 0 : 1);
}
