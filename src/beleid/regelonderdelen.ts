import { diepBevroren } from '../types/bevroren.js';

/**
 * De ids van de regels, met per regel de criteria waarvan een beleid de regeltekst mag vervangen
 * (niet de criteria die op een wet of begrip rusten) en de keuzes (onze lezingen) die een beleid
 * mag overnemen of in eigen woorden vastleggen (SPEC §2.9). Hier, en niet uit de beschrijvingen
 * van de regels gelezen, omdat `defineBeleid` een verdieping lager woont; een test eist dat deze
 * lijsten gelijk zijn aan de beschrijvingen. @internal
 */
export const REGELONDERDELEN = /* @__PURE__ */ diepBevroren({
  herkomst: { criteria: ['herkomst.regio'], keuzes: [] },
  versnelfonds: {
    criteria: ['versnelfonds.laatste-optie', 'versnelfonds.voorkomen', 'versnelfonds.herkomst', 'versnelfonds.kosten-baten', 'versnelfonds.schulden', 'versnelfonds.maximum', 'versnelfonds.bevoegdheid'],
    keuzes: [
      'versnelfonds.laatste-optie-als-eis',
      'versnelfonds.werkgebied',
      'versnelfonds.besparing-tegen-toekenbaar-bedrag',
      'versnelfonds.minimum-als-oordeel',
      'versnelfonds.begrenzen',
      'versnelfonds.per-aanvraag',
      'versnelfonds.kan-is-bevoegdheid',
    ],
  },
  schuldhulp: { criteria: ['schuldhulp.vorm'], keuzes: ['schuldhulp.fase-opvang', 'schuldhulp.budgetbeheer'] },
  'alternatieve-bewindvoering': {
    criteria: ['alternatieve-bewindvoering.fase', 'alternatieve-bewindvoering.toestemming', 'alternatieve-bewindvoering.behoefte'],
    keuzes: ['alternatieve-bewindvoering.starten-in-opvang', 'alternatieve-bewindvoering.starten-na-uitstroom', 'alternatieve-bewindvoering.doorgaan-naar-behoefte'],
  },
  regisseur: {
    criteria: ['regisseur.intensiefste-contact', 'regisseur.elke-fase', 'regisseur.vertrouwensrelatie', 'regisseur.bereikbaar'],
    keuzes: [
      'regisseur.maat-contacturen',
      'regisseur.gelijke-stand-huidige',
      'regisseur.gelijke-stand-vertrouwensrelatie',
      'regisseur.gelijke-stand-onbeslist',
      'regisseur.wissel-bij-meer-uren',
      'regisseur.warme-overdracht',
      'regisseur.vertrouwensrelatie-als-signaal',
    ],
  },
  verblijfstermijn: {
    criteria: ['verblijfstermijn.herkomst', 'verblijfstermijn.termijn', 'verblijfstermijn.niet-toegepaste-waarde'],
    keuzes: [
      'verblijfstermijn.herkomst-op-peildatum',
      'verblijfstermijn.buitenland-als-buiten-regio',
      'verblijfstermijn.termijn-op-startdatum',
      'verblijfstermijn.laatste-dag-binnen',
      'verblijfstermijn.weken-als-dagen',
      'verblijfstermijn.maanden-begrensd',
      'verblijfstermijn.nachten-als-dagen',
      'verblijfstermijn.aanbieder-zelfde-naam',
    ],
  },
  situatie: {
    criteria: ['situatie.opvang', 'situatie.kwetsbare-groep'],
    keuzes: [
      'situatie.opvang-is-dakloos',
      'situatie.instelling-is-dreigend',
      'situatie.woningverlies-is-dreigend',
      'situatie.niet-conventioneel-naar-dak',
      'situatie.primaire-route',
      'situatie.route-1-gebeurtenissen',
      'situatie.remigrant-uit-terugkeer',
      'situatie.toereikend-is-een-oordeel',
      'situatie.voorbeeldgroep-beslist-niet',
      'situatie.regionaal-alleen-bij-zwaar',
      'situatie.kwetsbare-groep-uit-doelgroep',
    ],
  },
  woningaanbod: {
    criteria: ['woningaanbod.termijn', 'woningaanbod.aanbod', 'woningaanbod.niet-toegepaste-waarde'],
    keuzes: [
      'woningaanbod.begin-bij-aanmelding',
      'woningaanbod.termijn-op-aanmelddatum',
      'woningaanbod.laatste-dag-binnen',
      'woningaanbod.maanden-begrensd',
      'woningaanbod.praktijk-is-geen-termijn',
      'woningaanbod.regio-almelo',
    ],
  },
} as const satisfies Record<RegelId, { criteria: readonly string[]; keuzes: readonly string[] }>);

/** Het id van een regel in {@link REGELS}. */
export type RegelId = 'herkomst' | 'versnelfonds' | 'schuldhulp' | 'alternatieve-bewindvoering' | 'regisseur' | 'verblijfstermijn' | 'situatie' | 'woningaanbod';

/** De ids van de regels, in de volgorde van het register. @internal */
export const REGEL_IDS = /* @__PURE__ */ Object.keys(REGELONDERDELEN) as readonly RegelId[];

/**
 * De regels die op het beleid van een regio rusten: een beleid moet een grondslag voor ze geven
 * (`regels.<regel>.grondslag`) om onder dat beleid te beslissen; voor de richting van situatie
 * geeft de regel anders geen richting. @internal
 */
export const REGIONALE_REGELS: readonly RegelId[] = /* @__PURE__ */ diepBevroren(['versnelfonds', 'regisseur', 'schuldhulp', 'alternatieve-bewindvoering', 'situatie'] as const);
