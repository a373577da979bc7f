// Welk soort veld het formulier van "probeer een geval" maakt voor een deel van het JSON Schema
// van de invoer. Zonder DOM: het script van de site bouwt er het formulier mee, de generator
// controleert er bij het bouwen mee dat elke ja/nee-vraag van het formulier een vraag uit de
// regelbeschrijving heeft.
import { isBedragveld } from './bedragen.js';

/** Het deel van een JSON Schema dat het formulier leest. */
export type Schema = Record<string, unknown> & {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  format?: string;
  default?: unknown;
  const?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  maxItems?: number;
  maxLength?: number;
};

/** Het soort veld: een feit wordt ja / nee / onbekend, een bedrag (naam op `InCenten`) euro's. */
export type Soort = 'feit' | 'keuze' | 'regio' | 'datum' | 'tijdstip' | 'getal' | 'tekst' | 'lijst-keuzes' | 'lijst-objecten' | 'getal-of-onbekend' | 'bedrag' | 'bedrag-of-onbekend';

/** Wat voor veld een schema is; `'onbekend'` als waarde wordt een keuze erbij, `null` een leeg veld. */
export function soortVan(naam: string, schema: Schema): { soort: Soort; schema: Schema } {
  const varianten = (schema.anyOf ?? [schema]).filter((variant) => variant.type !== 'null');
  const onbekend = varianten.some((variant) => variant.const === 'onbekend');
  const hoofd = varianten.find((variant) => variant.const !== 'onbekend') ?? schema;
  const getal = hoofd.type === 'integer' || hoofd.type === 'number';
  if (onbekend && hoofd.type === 'boolean') return { soort: 'feit', schema: hoofd };
  if (getal && isBedragveld(naam)) return { soort: onbekend ? 'bedrag-of-onbekend' : 'bedrag', schema: hoofd };
  if (onbekend && getal) return { soort: 'getal-of-onbekend', schema: hoofd };
  if (hoofd.type === 'array') return { soort: hoofd.items?.type === 'object' ? 'lijst-objecten' : 'lijst-keuzes', schema: hoofd };
  if (hoofd.enum) return { soort: 'keuze', schema: hoofd };
  if (naam === 'regio') return { soort: 'regio', schema: hoofd };
  if (hoofd.format === 'date') return { soort: 'datum', schema: hoofd };
  if (hoofd.format === 'date-time') return { soort: 'tijdstip', schema: hoofd };
  if (getal) return { soort: 'getal', schema: hoofd };
  return { soort: 'tekst', schema: hoofd };
}

/**
 * De paden (met punten, zonder indexen, zoals de sleutels van `vragen`) van elk veld dat het
 * formulier als ja / nee / onbekend vraagt, ook in lijsten van objecten.
 */
export function feitpaden(schema: Schema, voor = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([naam, deel]) => {
    const { soort, schema: hoofd } = soortVan(naam, deel);
    if (soort === 'feit') return [`${voor}${naam}`];
    if (soort === 'lijst-objecten' && hoofd.items) return feitpaden(hoofd.items, `${voor}${naam}.`);
    return [];
  });
}
