/**
 * Splitst een stroom JSON-tekst in gevallen zonder het geheel in het geheugen te houden, en
 * zo dat één kapotte regel alleen zichzelf raakt. De waarden worden hier niet geparst.
 *
 * Twee vormen, gekozen aan het eerste teken dat geen witruimte is:
 *
 * - **JSON Lines** (`'reeks'`, alles wat niet met `[` begint): elke niet-lege regel is één
 *   geval. Alleen de eerste waarde van de invoer mag over meerdere regels lopen (één
 *   mooi-opgemaakt object in een bestand); elke volgende regel is op zichzelf een geval, ook als
 *   hij kapot is. Een kapotte regel is dus één fout, en het lezen gaat door bij de volgende
 *   regel. Houdt de eerste waarde niet op (de invoer of {@link MAX_WAARDEBYTES} is op voordat zij
 *   sluit, of een tekst loopt door tot het einde van een regel), dan is regel waar zij begint één
 *   fout en worden de regels erna opnieuw gelezen als JSON Lines.
 * - **Lijst** (`'lijst'`, begint met `[`): elk element is één geval. Een element dat ongeldig
 *   is maar wel afgesloten (haakjes en aanhalingstekens kloppen) is één fout; het volgende
 *   element gaat door. Een element van meer dan {@link MAX_WAARDEBYTES} is één fout; het wordt
 *   zonder het te bewaren overgeslagen tot zijn einde. Breekt de structuur van de lijst zelf
 *   (een tekst die doorloopt tot het einde van een regel, een ontbrekende komma, een element of
 *   de lijst die nooit sluit, tekst na `]`), dan is dat één fout met het regelnummer, en wordt de
 *   rest van de invoer niet gelezen (`gestopt`): waar een lijst weer verder gaat is dan niet te
 *   zeggen. De gevallen ervoor zijn al beslist.
 *
 * Regelnummers tellen vanaf 1 elke `\n` (een lege regel telt mee; `\r\n` is één regeleinde).
 * Het geheugen blijft begrensd: er wordt nooit meer dan één waarde van ten hoogste
 * {@link MAX_WAARDEBYTES} bytes bewaard, plus het stuk dat gelezen wordt (bij de eerste waarde
 * van JSON Lines de regels die opnieuw gelezen moeten worden, samen ook ten hoogste zoveel).
 */

/** De grens per waarde: een regel van JSON Lines, een element van een lijst, de eerste waarde (1 MiB). */
export const MAX_WAARDEBYTES = 1 << 20;

/** Eén geval uit de stroom: de ongeparste tekst, of een vaste melding als het geen waarde is. */
export type Stroomwaarde =
  | { regel: number; tekst: string }
  | {
      regel: number;
      /** Een vaste Nederlandse melding; nooit een stuk van de invoer. */
      fout: string;
      /** Alleen bij een lijst: de structuur is gebroken en na deze fout wordt niets meer gelezen. */
      gestopt?: true;
    };

/** `'lijst'`: de invoer is één JSON-lijst; `'reeks'`: JSON Lines (of één waarde). */
export type Stroomvorm = 'lijst' | 'reeks';

export const MELDING = {
  teLang: `regel te lang (meer dan ${MAX_WAARDEBYTES} bytes)`,
  elementTeLang: `element van de lijst te lang (meer dan ${MAX_WAARDEBYTES} bytes)`,
  eersteNietAfgesloten: 'geen geldige JSON: de waarde die hier begint wordt niet afgesloten (ontbreekt een }, ] of "?)',
  eersteTeLang: `geen geldige JSON: de waarde die hier begint is na ${MAX_WAARDEBYTES} bytes nog niet afgesloten`,
  tekstOpen: 'de lijst breekt af: een tekst loopt door tot het einde van de regel (ontbreekt een "?); de rest is niet gelezen',
  elementOpen: 'de lijst breekt af: dit element wordt niet afgesloten (ontbreekt een }, ] of "?); de rest is niet gelezen',
  lijstOpen: "de lijst is niet afgesloten met ']'",
  naElement: "de lijst breekt af: verwacht ',' of ']' na een element; de rest is niet gelezen",
  legePlek: 'de lijst breekt af: lege plek in de lijst (komma zonder element); de rest is niet gelezen',
  kommaVoorEinde: "de lijst breekt af: komma vlak voor ']'; de rest is niet gelezen",
  naLijst: 'tekst na het einde van de lijst; die is niet gelezen',
} as const;

const LF = 0x0a;
const CR = 0x0d;
const SPATIE = 0x20;
const TAB = 0x09;
const AANHALING = 0x22;
const BACKSLASH = 0x5c;
const ACCOLADE_OPEN = 0x7b;
const ACCOLADE_DICHT = 0x7d;
const HAAK_OPEN = 0x5b;
const HAAK_DICHT = 0x5d;
const KOMMA = 0x2c;

const isWit = (byte: number) => byte === SPATIE || byte === LF || byte === CR || byte === TAB;

function alsBytes(stuk: string | Uint8Array): Buffer {
  if (typeof stuk === 'string') return Buffer.from(stuk, 'utf8');
  return Buffer.isBuffer(stuk) ? stuk : Buffer.from(stuk.buffer, stuk.byteOffset, stuk.byteLength);
}

/** Een regel in opbouw of een element in opbouw: stukken bytes tot een grens. */
class Verzamelaar {
  private delen: Buffer[] = [];
  bytes = 0;
  teLang = false;
  voeg(stuk: Buffer, van: number, tot: number): void {
    if (tot <= van) return;
    this.bytes += tot - van;
    if (this.teLang) return;
    if (this.bytes > MAX_WAARDEBYTES) {
      this.teLang = true;
      this.delen = [];
      return;
    }
    this.delen.push(stuk.subarray(van, tot));
  }
  /** De bewaarde bytes (voor de geheugentest). */
  get bewaard(): number {
    let som = 0;
    for (const deel of this.delen) som += deel.length;
    return som;
  }
  tekst(): string {
    const tekst = this.delen.length === 1 ? this.delen[0]!.toString('utf8') : Buffer.concat(this.delen).toString('utf8');
    this.leeg();
    return tekst;
  }
  leeg(): void {
    this.delen = [];
    this.bytes = 0;
    this.teLang = false;
  }
}

/**
 * De regels van een eerste waarde in opbouw, als bytes achter elkaar (gescheiden door `\n`) in
 * één buffer van ten hoogste {@link MAX_WAARDEBYTES}. Geen object per regel: een lege regel kost
 * zo één byte, zoals hij ook telt voor de grens (issue 30, klasse 6: `{` en een miljoen lege
 * regels hield anders een miljoen objecten vast).
 */
class Regelbuffer {
  private buffer = Buffer.allocUnsafe(4096);
  /** Het aantal gebruikte bytes. */
  bytes = 0;
  /** Hoeveel bytes het er met `tekst` erbij worden (met een `\n` ervoor als er al iets staat). */
  na(tekst: string): number {
    return this.bytes + (this.regels === 0 ? 0 : 1) + Buffer.byteLength(tekst);
  }
  /** Het aantal regels tot nu toe. */
  regels = 0;
  /** Voegt een regel toe; de aanroeper heeft met {@link na} gecontroleerd dat hij binnen de grens past. */
  voeg(tekst: string): void {
    const nodig = this.na(tekst);
    if (nodig > this.buffer.length) {
      const groter = Buffer.allocUnsafe(Math.min(MAX_WAARDEBYTES, Math.max(nodig, 2 * this.buffer.length)));
      this.buffer.copy(groter, 0, 0, this.bytes);
      this.buffer = groter;
    }
    if (this.regels > 0) this.buffer[this.bytes++] = LF;
    this.bytes += this.buffer.write(tekst, this.bytes, 'utf8');
    this.regels++;
  }
  /** De gereserveerde bytes (voor de geheugentest). */
  get capaciteit(): number {
    return this.buffer.length;
  }
  tekst(): string {
    return this.buffer.toString('utf8', 0, this.bytes);
  }
}

/** Een volledige regel van JSON Lines; `tekst` is `undefined` als hij te lang was. */
interface Regel {
  nummer: number;
  tekst: string | undefined;
}

/** Of een regel alleen witruimte is. */
const isLeeg = (tekst: string) => /^[ \t\r]*$/.test(tekst);

/**
 * De splitser zelf, synchroon: `voeg` een stuk, lees `uit` (de waarden die klaar zijn), en
 * `sluit` aan het einde. {@link splitsJson} is de stroomvorm.
 */
export class JsonSplitser {
  /** De waarden die klaar zijn; de aanroeper leegt deze lijst. */
  uit: Stroomwaarde[] = [];
  vorm: Stroomvorm | undefined;
  /** Het grootste aantal bewaarde bytes tot nu toe (voor de geheugentest). */
  piekBewaard = 0;

  private regel = 1;
  private eersteStuk = true;
  private begonnen = false; // het eerste teken dat geen witruimte is, is gezien
  /** Alleen bij een lijst: de structuur is gebroken; de rest wordt niet meer gelezen. */
  gestopt = false;

  // JSON Lines
  private lopend = new Verzamelaar();
  private eersteGehad = false;
  /**
   * De eerste waarde loopt over meer regels: het nummer van haar eerste regel, haar regels (achter
   * elkaar, met opeenvolgende nummers) en de stand van de scanner.
   */
  private eerste: { begin: number; regels: Regelbuffer; diepte: number; inTekst: boolean; ontsnapt: boolean } | undefined;

  // lijst
  private element = new Verzamelaar();
  private inElement = false;
  private scalair = false;
  private diepte = 0;
  private inTekst = false;
  private ontsnapt = false;
  private elementRegel = 1;
  private naElement = false;
  private naKomma = false;
  private lijstKlaar = false;

  constructor(private readonly bijVorm?: (vorm: Stroomvorm) => void) {}

  voeg(stukInvoer: string | Uint8Array): void {
    if (this.gestopt) return;
    let stuk = alsBytes(stukInvoer);
    if (stuk.length === 0) return;
    if (!this.begonnen) {
      let i = 0;
      // Een BOM alleen helemaal aan het begin (EF BB BF).
      if (this.eersteStuk && stuk[0] === 0xef && stuk[1] === 0xbb && stuk[2] === 0xbf) i = 3;
      while (i < stuk.length && isWit(stuk[i]!)) {
        if (stuk[i] === LF) this.regel++;
        i++;
      }
      this.eersteStuk = false;
      if (i === stuk.length) return;
      this.begonnen = true;
      this.vorm = stuk[i] === HAAK_OPEN ? 'lijst' : 'reeks';
      this.bijVorm?.(this.vorm);
      stuk = stuk.subarray(this.vorm === 'lijst' ? i + 1 : i); // de '[' zelf is gelezen
    }
    if (this.vorm === 'lijst') this.scanLijst(stuk);
    else this.scanRegels(stuk);
    this.piekBewaard = Math.max(this.piekBewaard, this.lopend.bewaard + this.element.bewaard + (this.eerste?.regels.capaciteit ?? 0));
  }

  sluit(): void {
    if (this.gestopt) return;
    if (this.vorm === 'reeks') {
      if (this.lopend.bytes > 0) this.regelKlaar({ nummer: this.regel, tekst: this.lopend.teLang ? undefined : this.lopend.tekst() });
      this.lopend.leeg();
      if (this.eerste) this.eersteBreekt(MELDING.eersteNietAfgesloten);
    } else if (this.vorm === 'lijst') {
      if (this.inElement && this.scalair && !this.inTekst) this.scalairKlaar();
      if (this.inElement) this.stop(this.elementRegel, MELDING.elementOpen);
      else if (!this.lijstKlaar) this.stop(this.regel, MELDING.lijstOpen);
    }
  }

  // ---- JSON Lines ------------------------------------------------------------------------

  private scanRegels(stuk: Buffer): void {
    let begin = 0;
    for (;;) {
      const einde = stuk.indexOf(LF, begin);
      if (einde === -1) {
        this.lopend.voeg(stuk, begin, stuk.length);
        return;
      }
      this.lopend.voeg(stuk, begin, einde);
      const tekst = this.lopend.teLang ? undefined : this.lopend.tekst();
      this.lopend.leeg();
      this.regelKlaar({ nummer: this.regel, tekst });
      this.regel++;
      begin = einde + 1;
    }
  }

  private regelKlaar(regel: Regel): void {
    if (this.eerste) {
      // Ook witruimte telt voor de grens: een lege regel is één byte (het regeleinde).
      if (regel.tekst === undefined || this.eerste.regels.na(regel.tekst) > MAX_WAARDEBYTES) return this.eersteBreekt(MELDING.eersteTeLang, regel);
      this.eerste.regels.voeg(regel.tekst);
      const stand = scanStructuur(regel.tekst, this.eerste);
      if (stand === 'dicht') {
        const { begin, regels } = this.eerste;
        this.eerste = undefined;
        this.uit.push({ regel: begin, tekst: regels.tekst() });
      } else if (stand === 'tekst-open') this.eersteBreekt(MELDING.eersteNietAfgesloten);
      return;
    }
    if (regel.tekst === undefined) {
      this.eersteGehad = true;
      this.uit.push({ regel: regel.nummer, fout: MELDING.teLang });
      return;
    }
    if (isLeeg(regel.tekst)) return;
    if (!this.eersteGehad) {
      this.eersteGehad = true;
      if (/^[ \t]*[{[]/.test(regel.tekst)) {
        const stand = { diepte: 0, inTekst: false, ontsnapt: false };
        if (scanStructuur(regel.tekst, stand) === 'open') {
          this.eerste = { begin: regel.nummer, regels: new Regelbuffer(), ...stand };
          this.eerste.regels.voeg(regel.tekst);
          return;
        }
      }
    }
    this.uit.push({ regel: regel.nummer, tekst: regel.tekst });
  }

  /**
   * De eerste waarde sluit niet: één fout voor haar beginregel, de regels erna opnieuw (en dan
   * `volgende`, de regel die niet meer paste, als die er is).
   */
  private eersteBreekt(melding: string, volgende?: Regel): void {
    const { begin, regels } = this.eerste!;
    this.eerste = undefined;
    this.uit.push({ regel: begin, fout: melding });
    const tekst = regels.tekst();
    let nummer = begin;
    for (let van = tekst.indexOf('\n'); van !== -1; ) {
      const tot = tekst.indexOf('\n', van + 1);
      this.regelKlaar({ nummer: ++nummer, tekst: tekst.slice(van + 1, tot === -1 ? undefined : tot) });
      van = tot;
    }
    if (volgende) this.regelKlaar(volgende);
  }

  // ---- lijst -----------------------------------------------------------------------------

  private stop(regel: number, fout: string): void {
    this.uit.push({ regel, fout, gestopt: true });
    this.gestopt = true;
    this.element.leeg();
  }

  private scalairKlaar(): void {
    const { teLang } = this.element;
    const tekst = teLang ? '' : this.element.tekst().trim();
    this.element.leeg();
    this.inElement = false;
    this.uit.push(teLang ? { regel: this.elementRegel, fout: MELDING.elementTeLang } : { regel: this.elementRegel, tekst });
  }

  private scanLijst(stuk: Buffer): void {
    let begin = 0; // waar het lopende element in dit stuk begint
    for (let i = 0; i < stuk.length; i++) {
      const byte = stuk[i]!;
      if (byte === LF) {
        if (this.inTekst) return this.stop(this.elementRegel, MELDING.tekstOpen);
        this.regel++;
      }
      if (this.inTekst) {
        if (this.ontsnapt) this.ontsnapt = false;
        else if (byte === BACKSLASH) this.ontsnapt = true;
        else if (byte === AANHALING) this.inTekst = false;
        continue;
      }

      if (!this.inElement) {
        if (isWit(byte)) continue;
        if (this.lijstKlaar) return this.stop(this.regel, MELDING.naLijst);
        if (this.naElement) {
          if (byte === KOMMA) {
            this.naElement = false;
            this.naKomma = true;
            continue;
          }
          if (byte === HAAK_DICHT) {
            this.lijstKlaar = true;
            continue;
          }
          return this.stop(this.regel, MELDING.naElement);
        }
        if (byte === HAAK_DICHT) {
          if (this.naKomma) return this.stop(this.regel, MELDING.kommaVoorEinde);
          this.lijstKlaar = true;
          continue;
        }
        if (byte === KOMMA) return this.stop(this.regel, MELDING.legePlek);
        this.inElement = true;
        this.naKomma = false;
        begin = i;
        this.elementRegel = this.regel;
        this.scalair = byte !== ACCOLADE_OPEN && byte !== HAAK_OPEN;
        this.diepte = 0;
      }

      if (byte === AANHALING) {
        this.inTekst = true;
        continue;
      }
      if (this.scalair) {
        if (byte !== KOMMA && byte !== HAAK_DICHT) continue;
        this.element.voeg(stuk, begin, i);
        this.scalairKlaar();
        if (byte === KOMMA) this.naKomma = true;
        else this.lijstKlaar = true;
        continue;
      }
      if (byte === ACCOLADE_OPEN || byte === HAAK_OPEN) this.diepte++;
      else if (byte === ACCOLADE_DICHT || byte === HAAK_DICHT) {
        this.diepte--;
        if (this.diepte === 0) {
          this.element.voeg(stuk, begin, i + 1);
          const { teLang } = this.element;
          this.uit.push(teLang ? { regel: this.elementRegel, fout: MELDING.elementTeLang } : { regel: this.elementRegel, tekst: this.element.tekst() });
          this.element.leeg();
          this.inElement = false;
          this.naElement = true;
        }
      }
    }
    if (this.inElement) this.element.voeg(stuk, begin, stuk.length);
  }
}

/**
 * Loopt de structuur van één regel na (haakjes en teksten), verder vanaf `stand`.
 * `'dicht'`: de waarde sluit op deze regel; `'open'`: zij loopt door; `'tekst-open'`: een tekst
 * loopt door tot het einde van de regel, wat JSON niet toestaat.
 */
function scanStructuur(tekst: string, stand: { diepte: number; inTekst: boolean; ontsnapt: boolean }): 'dicht' | 'open' | 'tekst-open' {
  for (let i = 0; i < tekst.length; i++) {
    const teken = tekst.charCodeAt(i);
    if (stand.inTekst) {
      if (stand.ontsnapt) stand.ontsnapt = false;
      else if (teken === BACKSLASH) stand.ontsnapt = true;
      else if (teken === AANHALING) stand.inTekst = false;
      continue;
    }
    if (teken === AANHALING) stand.inTekst = true;
    else if (teken === ACCOLADE_OPEN || teken === HAAK_OPEN) stand.diepte++;
    else if (teken === ACCOLADE_DICHT || teken === HAAK_DICHT) {
      stand.diepte--;
      if (stand.diepte <= 0) return 'dicht'; // de rest van de regel hoort bij dit geval
    }
  }
  return stand.inTekst ? 'tekst-open' : 'open';
}

/** De stroomvorm van {@link JsonSplitser}. */
export async function* splitsJson(stukken: AsyncIterable<string | Uint8Array>, bijVorm?: (vorm: Stroomvorm) => void): AsyncGenerator<Stroomwaarde> {
  const splitser = new JsonSplitser(bijVorm);
  for await (const stuk of stukken) {
    splitser.voeg(stuk);
    if (splitser.uit.length > 0) {
      const klaar = splitser.uit;
      splitser.uit = [];
      yield* klaar;
    }
    if (splitser.gestopt) return; // de rest van de invoer wordt niet gelezen
  }
  splitser.sluit();
  yield* splitser.uit;
}
