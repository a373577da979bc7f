/**
 * opvangregels: de regels van de Nederlandse maatschappelijke opvang als getypeerde, pure en
 * uitlegbare functies. Dit bestand is het hele publieke oppervlak; alles wordt bij naam
 * geëxporteerd.
 *
 * @packageDocumentation
 */

// Beslismodel
export type { Feit, Status } from './types/feit.js';
export { STATUSSEN } from './types/feit.js';
export type { Bron, Grond, Grondslag, Interpretatie, ToegepasteWaarde, Beoordeling, Beleidsverwijzing, Gemeenteverwijzing } from './types/beoordeling.js';
export type { Waardestatus } from './types/waardestatus.js';
export { WAARDESTATUSSEN, STANDAARD_UITGESLOTEN_STATUSSEN } from './types/waardestatus.js';
export type { Tweetalig } from './types/tweetalig.js';
export { PAKKETVERSIE } from './versie.js';
export { OngeldigeInvoerFout, BeleidNietInWerkingFout } from './types/fouten.js';
export type { Veldfout, BeleidNietInWerking, Beleidsperiode } from './types/fouten.js';
export type { Uitslag, GeslaagdeUitslag, Mislukking, OngeldigeInvoerMislukking, GeenBeleidMislukking, MislukteUitslag } from './types/uitslag.js';
export type { Fase } from './types/fase.js';
export { FASEN } from './types/fase.js';
export type { Opvangvorm, Herkomstgroep } from './types/opvangvorm.js';
export { OPVANGVORMEN, OPVANGVORM_NAMEN, HERKOMSTGROEPEN } from './types/opvangvorm.js';

// Bronnen
export { BRONDOCUMENTEN, zoekBrondocument } from './data/bronnen.js';
export type { Brondocument, BrondocumentId } from './data/bronnen.js';

// Beleid
export type { GedateerdeWaarde } from './beleid/gedateerd.js';
export type { Beleid, Beleidsparameters, Beleidsdefinitie, EigenBrondocument, EigenRegio, Regelbeleid, Regelgrondslag, Keuzebeleid } from './beleid/beleid.js';
export { BELEIDSPARAMETERS } from './beleid/parameters.js';
export type {
  Parameternaam,
  Parameterwaarde,
  Parameterwaarden,
  Parameterdefinitie,
  VersnelfondsParameterwaarden,
  VerblijfsduurParameterwaarden,
  VerblijfsduurRegio,
  WoningaanbodParameterwaarden,
  Verblijfsduurparameter,
} from './beleid/parameters.js';
export { defineBeleid, defineBeleidVeilig } from './beleid/define-beleid.js';
export type { BeleidUitslag, GecontroleerdBeleid } from './beleid/define-beleid.js';
export { beleidJsonSchema } from './beleid/json-schema.js';
export { INGEBOUWD_BELEID } from './beleid/ingebouwd.js';
export type { BeleidId } from './beleid/ingebouwd.js';
export { zoekBeleidswaarde, beleidswaardeOp } from './beleid/opzoeken.js';
export { aflopendeWaarden } from './beleid/aflopend.js';
export type { AflopendeWaarden, AflopendeWaarde, AflopendDocument, AflopendeWaardenOpties } from './beleid/aflopend.js';

// Gemeenten en regio's
export { zoekGemeente } from './data/gemeenten.js';
export type { Gemeente, GevondenGemeente, Herindeling } from './data/gemeenten.js';
export { REGIO_IDS } from './data/regio-ids.js';
export type { RegioId, RegioKeuze } from './data/regio-ids.js';
export { REGIOS, zoekRegio } from './data/regios.js';
export type { Regio } from './data/regios.js';

// Rekenhulpen
export { isKalenderdatum, amsterdamseDatum, schrijfDatum, leesTijdstip, amsterdamsTijdstip, schrijfTijdstip } from './calculators/datum.js';
export type { GelezenTijdstip, OngelezenTijdstip } from './calculators/datum.js';
export { schrijfBedrag } from './calculators/geld.js';
export { telDuurOp, dagenTussen, schrijfDuur, DUUREENHEDEN, MAXIMAAL_AANTAL } from './calculators/termijn.js';
export type { Duur, Duureenheid } from './calculators/termijn.js';

// Regels
export { bepaalHerkomst, bepaalHerkomstVeilig } from './rules/herkomst/index.js';
export type { HerkomstBeoordeling, HerkomstUitkomst, HerkomstOpties } from './rules/herkomst/index.js';
export { HerkomstInvoerSchema } from './rules/herkomst/invoer.js';
export type { HerkomstInvoer, GevalideerdeHerkomstInvoer } from './rules/herkomst/invoer.js';
export { BIJZONDERE_GEMEENTEN } from './rules/herkomst/criterium.js';
export type { BijzondereGemeente, Herkomstsoort, Regioverwijzing } from './rules/herkomst/criterium.js';
export { beoordeelVersnelfonds, beoordeelVersnelfondsVeilig } from './rules/versnelfonds/index.js';
export type { VersnelfondsBeoordeling, VersnelfondsUitkomst, VersnelfondsOpties } from './rules/versnelfonds/index.js';
export type { Regelopties } from './kern/opties.js';
export { VersnelfondsAanvraagSchema, VERSNELFONDSVORMEN } from './rules/versnelfonds/invoer.js';
export type { VersnelfondsAanvraag, GevalideerdeVersnelfondsAanvraag, Versnelfondsvorm } from './rules/versnelfonds/invoer.js';
export { toetsSchuldhulp, toetsSchuldhulpVeilig } from './rules/schuldhulp/index.js';
export type { SchuldhulpBeoordeling, SchuldhulpUitkomst, SchuldhulpOpties } from './rules/schuldhulp/index.js';
export { SchuldhulpInvoerSchema, SCHULDHULPVORMEN } from './rules/schuldhulp/invoer.js';
export type { SchuldhulpInvoer, Schuldhulpvorm } from './rules/schuldhulp/invoer.js';
export { toetsAlternatieveBewindvoering, toetsAlternatieveBewindvoeringVeilig } from './rules/alternatieve-bewindvoering/index.js';
export type { AlternatieveBewindvoeringBeoordeling, AlternatieveBewindvoeringUitkomst, AlternatieveBewindvoeringOpties } from './rules/alternatieve-bewindvoering/index.js';
export { AlternatieveBewindvoeringInvoerSchema, BEWINDVOERINGSHANDELINGEN } from './rules/alternatieve-bewindvoering/invoer.js';
export type { AlternatieveBewindvoeringInvoer, GevalideerdeAlternatieveBewindvoeringInvoer, Bewindvoeringshandeling } from './rules/alternatieve-bewindvoering/invoer.js';
export { wijsRegisseurToe, wijsRegisseurToeVeilig } from './rules/regisseur/index.js';
export type { RegisseurBeoordeling, RegisseurUitkomst, WarmeOverdracht, RegisseurOpties } from './rules/regisseur/index.js';
export { RegisseurInvoerSchema, MAX_CONTACTUREN_PER_MAAND, MAX_NAAMLENGTE, MAX_ORGANISATIES } from './rules/regisseur/invoer.js';
export type { RegisseurInvoer, BetrokkenOrganisatie, GevalideerdeRegisseurInvoer, GevalideerdeOrganisatie } from './rules/regisseur/invoer.js';
export { berekenVerblijfstermijn, berekenVerblijfstermijnVeilig } from './rules/verblijfstermijn/index.js';
export type { VerblijfstermijnBeoordeling, VerblijfstermijnUitkomst, VerblijfstermijnOpties } from './rules/verblijfstermijn/index.js';
export { VerblijfstermijnInvoerSchema } from './rules/verblijfstermijn/invoer.js';
export type { VerblijfstermijnInvoer, GevalideerdeVerblijfstermijnInvoer } from './rules/verblijfstermijn/invoer.js';
export { classificeerSituatie, classificeerSituatieVeilig } from './rules/situatie/index.js';
export type { SituatieBeoordeling, SituatieUitkomst, SituatieOpties, Route, EthosLight, Aandachtsgroep, KwetsbareGroep, Opvangrichting } from './rules/situatie/index.js';
export { SituatieInvoerSchema, WOONSITUATIES, GEBEURTENISSOORTEN, DOELGROEPEN, PROBLEMATIEKEN } from './rules/situatie/invoer.js';
export type { SituatieInvoer, GevalideerdeSituatieInvoer, Gebeurtenis, GevalideerdeGebeurtenis, Woonsituatie, Gebeurtenissoort, Doelgroep, Problematiek } from './rules/situatie/invoer.js';
export { berekenWoningaanbod, berekenWoningaanbodVeilig } from './rules/woningaanbod/index.js';
export type { WoningaanbodBeoordeling, WoningaanbodUitkomst, WoningaanbodOpties } from './rules/woningaanbod/index.js';
export { WoningaanbodInvoerSchema } from './rules/woningaanbod/invoer.js';
export type { WoningaanbodInvoer, GevalideerdeWoningaanbodInvoer } from './rules/woningaanbod/invoer.js';

// Register, uitleg en conformiteit
export { REGELS, zoekRegel, invoerJsonSchema, beoordelingJsonSchema } from './rules/register.js';
export { BEOORDELINGSCHEMAS } from './rules/uitvoerschemas.js';
export type { Beoordelingschemas } from './rules/uitvoerschemas.js';
export type { Regel, RegelId } from './rules/register.js';
export { REGELBESCHRIJVINGEN } from './rules/beschrijvingen.js';
export type { Regelbeschrijving, Criteriumbeschrijving, Basisbeschrijving, Keuzebeschrijving } from './types/regelbeschrijving.js';
export { motivering, beschrijfBron } from './motivering.js';
export type { MotiveringOpties } from './motivering.js';
export { brief } from './brief.js';
export type { Brief, Briefgegevens } from './brief.js';
export { voerTestvectorsUit, TestvectorbestandSchema } from './testvectoren.js';
export type { Testvectorbestand, Testvector, VerwachteBeoordeling, VerwachteFout, Testvectoruitslag, Testverslag, Implementatie, TestvectorOpties } from './testvectoren.js';
