import { diepBevroren } from '../../types/bevroren.js';

/**
 * De namen van de regel Regisseur MO voor de brief: titel, uitkomsten, criteria (id en titel) en
 * invoervelden. REGISSEUR neemt ze over; `motivering` heeft alleen deze nodig. @internal
 */
export const REGISSEUR_NAMEN = /* @__PURE__ */ diepBevroren({
  id: 'regisseur',
  titel: { nl: 'Regisseur MO', en: 'Shelter care coordinator (Regisseur MO)' },
  uitkomsten: {
    toegewezen: { nl: 'toegewezen', en: 'assigned' },
    gehandhaafd: { nl: 'gehandhaafd (de huidige regisseur blijft)', en: 'kept (the current coordinator stays)' },
    'beslissing-nodig': { nl: 'beslissing nodig (gelijke stand)', en: 'decision needed (tie)' },
    'geen-regisseur': { nl: 'geen regisseur (niemand heeft contact met de cliënt)', en: 'no coordinator (nobody has contact with the client)' },
  },
  criteria: {
    intensiefsteContact: { id: 'regisseur.intensiefste-contact', titel: { nl: 'Intensiefste contact', en: 'Most intensive contact' } },
    elkeFase: { id: 'regisseur.elke-fase', titel: { nl: 'Regisseur in elke fase', en: 'Coordinator in every phase' } },
    vertrouwensrelatie: { id: 'regisseur.vertrouwensrelatie', titel: { nl: 'Vertrouwensrelatie', en: 'Trust relationship' } },
    bereikbaar: { id: 'regisseur.bereikbaar', titel: { nl: 'Bereikbaarheid', en: 'Reachability' } },
  },
  velden: {},
});
