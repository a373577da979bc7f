/**
 * De citaatcontrole: of een citaat letterlijk in een brontekst staat, en welke citaten er als
 * tekst in de broncode staan. Alleen witruimte telt niet mee; rechte en typografische
 * aanhalingstekens en apostrofs zijn verschillende tekens.
 */

/** Alle witruimte (ook regeleinden) wordt één spatie; begin en eind zonder witruimte. */
export function normaliseer(tekst: string): string {
  return tekst.replace(/\s+/g, ' ').trim();
}

/** `[...]` of `…` in een citaat: hier is tekst uit de bron weggelaten. */
const WEGLATING = /\[\.\.\.\]|…/;

/** Een afbreekstreepje aan het eind van een regel in de bron, zoals `uitge-\nstroomd`. */
const AFBREKING = /-\s*\n\s*/g;

function staanOpVolgorde(delen: readonly string[], tekst: string): boolean {
  let vanaf = 0;
  for (const deel of delen) {
    const plek = tekst.indexOf(deel, vanaf);
    if (plek === -1) return false;
    vanaf = plek + deel.length;
  }
  return true;
}

/**
 * Of `citaat` letterlijk in `bron` staat. Bij een weglating moeten de stukken ertussen in
 * volgorde in de bron staan. Een afgebroken woord in de bron (`uitge-\nstroomd`) mag
 * aaneengeschreven geciteerd worden; dan moet het hele citaat in de aaneengeschreven tekst staan.
 */
export function citaatStaatIn(citaat: string, bron: string): boolean {
  const delen = citaat.split(WEGLATING).map(normaliseer).filter((deel) => deel !== '');
  if (delen.length === 0) return false;
  return [bron, bron.replace(AFBREKING, '')].some((versie) => staanOpVolgorde(delen, normaliseer(versie)));
}

const LETTERLIJK_CITAAT = /citaat:\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.|\$(?!\{))*)`)/g;
const DOCUMENT = /document:\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z_]\w*))/g;

/** Het document van een citaat in code: het laatste `document:` ervoor, als tekst of als constante in hetzelfde bestand. */
function documentVoor(code: string, plek: number): string {
  const laatste = [...code.slice(0, plek).matchAll(DOCUMENT)].at(-1);
  if (!laatste) return '(geen document gevonden)';
  const [, enkel, dubbel, naam = ''] = laatste;
  const tekst = enkel ?? dubbel;
  if (tekst !== undefined) return tekst;
  return new RegExp(`\\bconst ${naam}\\s*=\\s*'([^']*)'`).exec(code)?.[1] ?? naam;
}

/**
 * Elke `citaat: '...'` (ook `"..."` of een template zonder `${}`) in TypeScript-code, met het
 * document ervoor en het regelnummer. Een template met `${}` valt buiten dit net.
 */
export function citatenInCode(code: string): { document: string; citaat: string; regel: number }[] {
  return [...code.matchAll(LETTERLIJK_CITAAT)].map((treffer) => ({
    document: documentVoor(code, treffer.index),
    citaat: (treffer[1] ?? treffer[2] ?? treffer[3]!).replace(/\\(.)/g, '$1'),
    regel: code.slice(0, treffer.index).split('\n').length,
  }));
}
