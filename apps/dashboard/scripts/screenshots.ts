import path from 'node:path';
import { startTestFederation, TEST_POPULATION } from '@joined-up/testing';
import { ensureDashboardBuilt } from '../build/dashboard-build.js';
import { launchChromium, openPage, screenshot, signIn, type Identity } from '../e2e/dashboard-browser.js';

/**
 * `pnpm dashboard:screenshots`: the README's pictures of the dashboard,
 * taken by the same Chromium the browser tests drive, against a fresh
 * federation with 10,000 synthetic people (PostgreSQL when
 * JOINED_UP_TEST_POSTGRES_URL is set, else the embedded PGlite). Writes
 * docs/dashboard/<page>.png.
 */
const OUT = path.resolve(import.meta.dirname, '../../../docs/dashboard');
const policeAnalyst: Identity = { agency: 'police', role: 'analyst', purpose: 'youth-crime-prevention' };
const healthPlanner: Identity = { agency: 'health', role: 'analyst', purpose: 'planning' };
const policeLead: Identity = { agency: 'police', role: 'lead', purpose: 'youth-crime-prevention' };

const started = Date.now();
const federation = await startTestFederation('dashboard-screenshots', {
  dashboardDir: ensureDashboardBuilt((message) => console.log(message)),
  population: { ...TEST_POPULATION, size: 10_000 },
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dashboardUrl = federation.gatewayUrl.replace(/\/graphql$/, '/dashboard');
  // [who, page, file, window height]: the outcome is taller, to show more than one indicator.
  const shots: [Identity, string, string, number?][] = [
    [policeAnalyst, '/outcomes/E09000022', 'outcomes'],
    [policeAnalyst, '/outcome/OUT-LAMBETH-YOUTH-CRIME', 'outcome', 1500],
    [policeAnalyst, '/compare', 'compare'],
    [policeAnalyst, '/cohort', 'cohort'],
    [healthPlanner, '/cohort', 'cohort-refused'],
    [policeLead, '/feedback', 'feedback'],
    [policeLead, '/lessons', 'lessons'],
    [policeLead, '/proposals', 'proposals'],
  ];
  let signedInAs: Identity | undefined;
  for (const [identity, route, name, height = 900] of shots) {
    await page.setViewportSize({ width: 1280, height });
    if (identity !== signedInAs) {
      await signIn(page, dashboardUrl, identity);
      signedInAs = identity;
    }
    await openPage(page, dashboardUrl, route);
    console.log(`wrote ${await screenshot(page, OUT, name, false)}`);
  }
} finally {
  await browser.close();
  await federation.stop();
}
console.log(`Screenshots taken in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
