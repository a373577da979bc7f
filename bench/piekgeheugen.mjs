// Geladen met `node --import ./bench/piekgeheugen.mjs …` door bench/batch.ts: meldt bij het
// afsluiten het piekgeheugen (maximum resident set size) van het proces op stderr.
process.on('exit', () => {
  process.stderr.write(`\npiekgeheugen-kB ${process.resourceUsage().maxRSS}\n`);
});
