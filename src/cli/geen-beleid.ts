// Wat de CLI zegt als op de peildatum geen beleid in werking is (SPEC §2.11): een eigen soort
// uitkomst met exitcode 3, geen ongeldige invoer. De tekst komt uit de velden van de fout
// (BeleidNietInWerking), in beide talen, op één regel: hij staat ook in een batchregel.
import { BeleidNietInWerkingFout, schrijfDatum, type BeleidNietInWerking } from '../index.js';
import type { Taal } from './batchregel.js';
import { ontsnap } from './ontsnap.js';

/** De gegevens van een {@link BeleidNietInWerkingFout} als gewoon object (zoals `nietInWerking` van een `…Veilig`-vorm). */
export function nietInWerkingVan(fout: BeleidNietInWerkingFout): BeleidNietInWerking {
  return {
    peildatum: fout.peildatum,
    beleid: fout.beleid,
    regio: fout.regio,
    ingebouwd: fout.ingebouwd,
    parameter: fout.parameter,
    ontbrekendeParameters: [...fout.ontbrekendeParameters],
    perioden: fout.perioden.map((periode) => ({ ...periode })),
    vastgelegdVanaf: fout.vastgelegdVanaf,
    vastgelegdTot: fout.vastgelegdTot,
    uitgeslotenStatus: fout.uitgeslotenStatus,
  };
}

/**
 * De melding bij geen beleid in werking, op één regel: wat ontbrak, wanneer er wél waarden
 * zijn, en wat te doen (een eigen beleid met `--beleid`, een datum in die periode, of
 * `--uitgesloten-statussen`). `datumveld` is het veld van de invoer dat de peildatum gaf. `waar`:
 * voor de CLI (`--beleid`, `--uitgesloten-statussen`) of voor de HTTP-dienst (`opties.beleid`,
 * `opties.uitgeslotenStatussen`).
 */
export function geenBeleidTekst(gegevens: BeleidNietInWerking, datumveld: string, taal: Taal, waar: 'cli' | 'http' = 'cli'): string {
  const d = (datum: string) => schrijfDatum(datum, taal);
  const { regio, ingebouwd, vastgelegdVanaf: vanaf, vastgelegdTot: tot, uitgeslotenStatus } = gegevens;
  const beleid = ontsnap(gegevens.beleid);
  const veld = ontsnap(datumveld);
  const parameters = gegevens.ontbrekendeParameters.map(ontsnap);
  const en = taal === 'en';
  const periode = vanaf === null ? null : tot === null ? (en ? `from ${d(vanaf)} onwards` : `vanaf ${d(vanaf)}`) : en ? `from ${d(vanaf)} until ${d(tot)}` : `van ${d(vanaf)} tot ${d(tot)}`;
  const welke = parameters.length === 0 ? '' : parameters.length <= 2 ? parameters.join(en ? ' and ' : ' en ') : en ? `${parameters[0]} and ${parameters.length - 1} others` : `${parameters[0]} en ${parameters.length - 1} andere`;
  const voor = regio === null ? `'${beleid}'` : en ? `region '${ontsnap(regio)}'` : `regio '${ontsnap(regio)}'`;
  // Een regel zonder datum (regisseur, schuldhulp, alternatieve bewindvoering) heeft geen peildatum.
  const op = gegevens.peildatum === '' ? '' : en ? ` on ${d(gegevens.peildatum)}` : ` op ${d(gegevens.peildatum)}`;
  const begin = en ? `No policy in force${op} for ${voor}: ` : `Geen beleid in werking${op} voor ${voor}: `;
  // De grondslag van een regel (regels.<regel>.grondslag) in plaats van een waarde.
  const grondslagVan = /^regels\.([a-z-]+)\.grondslag$/.exec(gegevens.parameter)?.[1];

  let waarom: string;
  if (uitgeslotenStatus !== null && grondslagVan !== undefined) {
    waarom = en
      ? `the basis of the rule ${grondslagVan} has status '${uitgeslotenStatus}', and that status is excluded.`
      : `de grondslag van de regel ${grondslagVan} heeft status '${uitgeslotenStatus}', en die status is uitgesloten.`;
  } else if (uitgeslotenStatus !== null) {
    waarom = en
      ? `the ${regio === null ? 'value' : 'region membership'} in force then has status '${uitgeslotenStatus}', and that status is excluded.`
      : `de ${regio === null ? 'waarde' : 'indeling'} die dan geldt heeft status '${uitgeslotenStatus}', en die status is uitgesloten.`;
  } else if (periode === null) {
    waarom = en ? `no value at all is laid down${welke ? ` (${welke})` : ''}.` : `er is geen enkele waarde vastgelegd${welke ? ` (${welke})` : ''}.`;
  } else if (regio !== null) {
    waarom = en ? `the ${ingebouwd ? 'built-in ' : ''}membership of the region applies ${periode}.` : `de ${ingebouwd ? 'ingebouwde ' : ''}indeling van de regio geldt ${periode}.`;
  } else {
    waarom = en ? `the ${ingebouwd ? 'built-in ' : ''}values${welke ? ` (${welke})` : ''} apply ${periode}.` : `de ${ingebouwd ? 'ingebouwde ' : ''}waarden${welke ? ` (${welke})` : ''} gelden ${periode}.`;
  }

  const datum = periode === null ? '' : en ? `, or choose a date (${veld}) ${periode}` : `, of kies een datum (${veld}) ${periode}`;
  let advies: string;
  if (uitgeslotenStatus !== null) {
    advies = en
      ? `Apply that status with --uitgesloten-statussen (e.g. '' applies every status), or pass a policy of your own with --beleid <policy.json>.`
      : `Pas die status toe met --uitgesloten-statussen ('' past elke status toe), of geef een eigen beleid mee met --beleid <beleid.json>.`;
  } else if (ingebouwd) {
    advies = regio === null
      ? en ? `Pass a policy of your own with --beleid <policy.json>${datum}.` : `Geef een eigen beleid mee met --beleid <beleid.json>${datum}.`
      : en ? `Pass a policy of your own with a region of your own with --beleid <policy.json>${datum}.` : `Geef met --beleid <beleid.json> een eigen beleid met een eigen regio mee${datum}.`;
  } else {
    advies = en ? `Lay down a ${regio === null ? 'value' : 'membership'} for this date in policy '${beleid}'${datum}.` : `Leg in beleid '${beleid}' een ${regio === null ? 'waarde' : 'indeling'} vast voor deze datum${datum}.`;
  }
  // Over HTTP gaat een eigen beleid of status in `opties`, niet op de opdrachtregel.
  if (waar === 'http') {
    advies = advies
      .replace(/--uitgesloten-statussen/g, 'opties.uitgeslotenStatussen')
      .replace(/'' (past elke status toe|applies every status)/, '[] $1')
      .replace(/--beleid <(beleid|policy)\.json>/g, 'opties.beleid');
  }
  return `${begin}${waarom} ${advies}`;
}
