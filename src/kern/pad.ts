/** Een pad als `['betrokkenOrganisaties', 1, 'naam']` wordt `'betrokkenOrganisaties.1.naam'`; de invoer zelf is `''`. */
export function schrijfPad(pad: readonly PropertyKey[]): string {
  return pad.map(String).join('.');
}
