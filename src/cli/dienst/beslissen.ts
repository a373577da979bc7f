// Eén verzoek van `opvangregels serve` beslissen: de envelop lezen (`{ invoer, opties?, gegevens? }`),
// de regel aanroepen en het antwoord maken (een Beoordeling, een brief, of een probleem volgens RFC
// 9457). Gedeeld door de hoofdthread en de werkers, zodat beide dezelfde bytes sturen. Geen I/O.
import { BeleidNietInWerkingFout, OngeldigeInvoerFout, defineBeleidVeilig, zoekRegel, type Beleid, type Regel, type Regelopties, type Veldfout } from '../../index.js';
import { brief } from '../../brief.js';
import { geenBeleidTekst, nietInWerkingVan } from '../geen-beleid.js';

/** De versie van het HTTP-contract (de kop `API-Version`, API-ontwerpregel API-57); de hoofdversie staat in het pad (`/v1`). */
export const API_VERSIE = '1.0.0';

/** Wat de dienst bij elk verzoek meegeeft: het beleid van `--beleid` (als JSON, voor de werkers) of geen. */
export interface Dienstbeleid {
  /** Het beleid van `--beleid`, al gecontroleerd; de standaard als een verzoek geen eigen beleid meegeeft. */
  beleid?: Beleid;
}

/** Een antwoord van de dienst: status, inhoud (al JSON) en het soort inhoud. */
export interface Antwoord {
  status: number;
  inhoud: string;
  soort: 'application/json' | 'application/problem+json';
}

/** De soorten problemen van de dienst, elk met een vaste titel; `type` is `urn:opvangregels:probleem:<soort>`. */
export const PROBLEMEN = {
  'ongeldige-invoer': { status: 400, titel: 'Ongeldige invoer' },
  'geen-json': { status: 400, titel: 'De inhoud is geen geldige JSON' },
  'geen-beleid': { status: 422, titel: 'Geen beleid in werking' },
  'onbekende-regel': { status: 404, titel: 'Onbekende regel' },
  'geen-brief': { status: 404, titel: 'Deze regel heeft geen brief' },
  'niet-gevonden': { status: 404, titel: 'Niet gevonden' },
  'te-groot': { status: 413, titel: 'De inhoud is te groot' },
  'verkeerd-formaat': { status: 415, titel: 'De inhoud moet JSON zijn (application/json)' },
  'te-traag': { status: 408, titel: 'Het verzoek kwam niet op tijd binnen' },
  'te-druk': { status: 503, titel: 'De dienst is te druk; probeer het zo weer' },
  'interne-fout': { status: 500, titel: 'Interne fout (meld dit als fout in opvangregels)' },
} as const;

/** Een soort probleem. */
export type Probleemsoort = keyof typeof PROBLEMEN;

/** Een probleem als antwoord (RFC 9457), met de velden van de Nederlandse API-ontwerpregels (`invalidParams`). */
export function probleem(soort: Probleemsoort, detail?: string, fouten?: readonly Veldfout[], extra?: Record<string, unknown>): Antwoord {
  const { status, titel } = PROBLEMEN[soort];
  const inhoud = {
    type: `urn:opvangregels:probleem:${soort}`,
    title: titel,
    status,
    ...(detail !== undefined ? { detail } : {}),
    ...(fouten !== undefined ? { invalidParams: fouten.map((fout) => ({ name: fout.pad, reason: fout.melding })) } : {}),
    ...extra,
  };
  return { status, inhoud: JSON.stringify(inhoud), soort: 'application/problem+json' };
}

/** De regels met een brief aan de cliënt (SPEC §2.10). */
export const REGELS_MET_BRIEF: ReadonlySet<string> = new Set(['versnelfonds', 'verblijfstermijn']);

const ENVELOP_VELDEN: Readonly<Record<'beoordeling' | 'brief', readonly string[]>> = {
  beoordeling: ['invoer', 'opties'],
  brief: ['invoer', 'opties', 'gegevens'],
};

/** Fouten onder een voorvoegsel: `bedragInCenten` wordt `invoer.bedragInCenten`, het geheel `invoer`. */
function onder(voorvoegsel: string, fouten: readonly Veldfout[]): Veldfout[] {
  return fouten.map((fout) => ({ ...fout, pad: fout.pad ? `${voorvoegsel}.${fout.pad}` : voorvoegsel }));
}

/**
 * Leest `opties` van een verzoek: een eigen `beleid` (JSON, zoals een beleidsbestand) wordt hier
 * gecontroleerd; het id van een ingebouwd beleid (`'almelo'`) en de rest gaan naar de regel, die
 * zelf controleert. Zonder eigen beleid geldt dat
 * van `--beleid`.
 */
function leesOpties(opties: unknown, standaard: Dienstbeleid): Regelopties | Veldfout[] | undefined {
  if (opties === undefined) return standaard.beleid ? { beleid: standaard.beleid } : undefined;
  if (typeof opties !== 'object' || opties === null || Array.isArray(opties)) return [{ pad: 'opties', melding: 'moet een object zijn' }];
  const kopie: Record<string, unknown> = { ...opties };
  // Een tekst is het id van een ingebouwd beleid ('almelo'): de regel kent en controleert het zelf.
  if (Object.hasOwn(kopie, 'beleid') && typeof kopie.beleid !== 'string') {
    const uitslag = defineBeleidVeilig(kopie.beleid);
    if (!uitslag.succes) return onder('opties.beleid', uitslag.fouten);
    kopie.beleid = uitslag.beleid;
  } else if (!Object.hasOwn(kopie, 'beleid') && standaard.beleid) kopie.beleid = standaard.beleid;
  return kopie as Regelopties;
}

/**
 * Beslist één verzoek uit zijn tekst (de inhoud zoals ze binnenkwam: het parsen gebeurt hier, dus
 * in de werker als die beslist). `soort` zegt of er een beoordeling of een brief terug moet. Gooit
 * nooit: geen JSON is een probleem `geen-json` (zonder de melding van de parser: die herhaalt een
 * stuk van de inhoud), en elke fout van de bibliotheek die geen invoerfout is, een interne fout.
 */
export function beslisVerzoek(regelId: string, soort: 'beoordeling' | 'brief', tekst: string, standaard: Dienstbeleid): Antwoord {
  let inhoud: unknown;
  try {
    // Een UTF-8 BOM vooraan (zoals .NET en PowerShell die schrijven) is geen deel van de JSON.
    inhoud = JSON.parse(tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst);
  } catch {
    return probleem('geen-json', 'Stuur een JSON-object: { "invoer": { … }, "opties": { … } }.');
  }
  try {
    return beslisInhoud(regelId, soort, inhoud, standaard);
  } catch {
    return probleem('interne-fout');
  }
}

function beslisInhoud(regelId: string, soort: 'beoordeling' | 'brief', inhoud: unknown, standaard: Dienstbeleid): Antwoord {
  let regel: Regel;
  try {
    regel = zoekRegel(regelId);
  } catch {
    return probleem('onbekende-regel', 'De regels staan op /v1/regels.');
  }
  if (soort === 'brief' && !REGELS_MET_BRIEF.has(regel.beschrijving.id)) return probleem('geen-brief', 'Een brief is er alleen bij versnelfonds en verblijfstermijn: die regels beslissen iets over de cliënt.');
  if (typeof inhoud !== 'object' || inhoud === null || Array.isArray(inhoud)) return probleem('ongeldige-invoer', undefined, [{ pad: '', melding: "moet een object zijn: { invoer, opties? }" }]);
  const envelop = inhoud as Record<string, unknown>;
  const onbekend = Object.keys(envelop).filter((sleutel) => !ENVELOP_VELDEN[soort].includes(sleutel)).length;
  // Het geval zelf als inhoud, zonder envelop: de meest gemaakte eerste fout.
  if (!Object.hasOwn(envelop, 'invoer')) return probleem('ongeldige-invoer', 'Zet het geval onder "invoer": { "invoer": { … }, "opties": { … } }.', [{ pad: 'invoer', melding: 'ontbreekt' }]);
  // Het aantal, niet de namen: een sleutel is vrije tekst.
  if (onbekend > 0) return probleem('ongeldige-invoer', undefined, [{ pad: '', melding: onbekend === 1 ? 'bevat een onbekend veld' : `bevat ${onbekend} onbekende velden` }]);
  if (soort === 'brief' && !Object.hasOwn(envelop, 'gegevens')) return probleem('ongeldige-invoer', undefined, [{ pad: 'gegevens', melding: 'ontbreekt' }]);
  const opties = leesOpties(envelop.opties, standaard);
  if (Array.isArray(opties)) return probleem('ongeldige-invoer', undefined, opties);
  try {
    const beoordeling = opties === undefined ? regel.beoordeel(envelop.invoer) : regel.beoordeel(envelop.invoer, opties);
    if (soort === 'beoordeling') return { status: 200, inhoud: JSON.stringify(beoordeling), soort: 'application/json' };
    return { status: 200, inhoud: JSON.stringify({ beoordeling, brief: brief(beoordeling, envelop.gegevens as never) }), soort: 'application/json' };
  } catch (fout) {
    if (fout instanceof BeleidNietInWerkingFout) {
      const nietInWerking = nietInWerkingVan(fout);
      return probleem('geen-beleid', geenBeleidTekst(nietInWerking, fout.fouten[0]?.pad ?? '', 'nl', 'http'), onder('invoer', fout.fouten), { nietInWerking });
    }
    if (fout instanceof OngeldigeInvoerFout) {
      // De fouten van de invoer staan onder `invoer`; die van opties en gegevens hebben hun pad al.
      const fouten = fout.fouten.map((veldfout) => (/^(opties|gegevens)(\.|$)/.test(veldfout.pad) ? veldfout : onder('invoer', [veldfout])[0]!));
      return probleem('ongeldige-invoer', undefined, fouten);
    }
    return probleem('interne-fout');
  }
}
