// De globalSetup van het project "site" (vitest.config.ts): bouwt de site één keer, in een tijdelijke
// map, voor alle browsertestbestanden samen. Die draaien naast elkaar (elk met een eigen Chromium);
// een bouw per bestand zou het werk drie keer doen. Alleen als er een browsertest draait: een project
// zonder gekozen testbestanden start zijn globalSetup niet.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bouwSite } from '../../scripts/genereer-site.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** De map met de gebouwde site (zie test/browser/bouw-site.ts). */
    siteMap: string;
  }
}

export default async function bouw(project: TestProject): Promise<() => void> {
  const map = mkdtempSync(join(tmpdir(), 'opvangregels-site-'));
  const begin = performance.now();
  await bouwSite(map);
  console.log(`site gebouwd voor de browsertests in ${((performance.now() - begin) / 1000).toFixed(1)} s`);
  project.provide('siteMap', map);
  return () => rmSync(map, { recursive: true, force: true });
}
