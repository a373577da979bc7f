// Het pakket hyphen levert geen typen; de brieftest gebruikt alleen de Nederlandse afbreekfunctie.
declare module 'hyphen/nl/index.js' {
  const nl: { hyphenateSync(tekst: string, opties?: { hyphenChar?: string; minWordLength?: number }): string };
  export default nl;
}
