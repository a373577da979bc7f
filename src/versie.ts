/**
 * De versie van dit pakket, zoals in package.json; elke beoordeling noemt haar als
 * `pakketversie`. Een test bewaakt dat beide gelijk zijn.
 */
export const PAKKETVERSIE = '0.2.0';
