/** Een tekst in het Nederlands en het Engels. */
export interface Tweetalig {
  /** Nederlands. */
  nl: string;
  /** Engels. */
  en: string;
}
