import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); JOINED_UP_CHROMIUM points elsewhere. */
export const CHROMIUM = process.env.JOINED_UP_CHROMIUM || '/usr/bin/chromium';

/** Starts headless Chromium as CI runs it: no sandbox (containers), no GPU, no background traffic. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install it with \`apt-get update && apt-get install -y chromium\` (or set JOINED_UP_CHROMIUM).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

export interface Identity {
  agency: string;
  role: string;
  purpose: string;
}

/** Opens the dashboard and signs in through its form, as an officer would. */
export async function signIn(page: Page, dashboardUrl: string, identity: Identity, beforeSubmit?: () => Promise<void>): Promise<void> {
  await page.goto(dashboardUrl);
  await page.evaluate('sessionStorage.clear()');
  await page.goto(dashboardUrl);
  await beforeSubmit?.();
  await page.getByLabel('Agency').selectOption(identity.agency);
  await page.getByLabel('Role').selectOption(identity.role);
  await page.getByLabel('Purpose').selectOption(identity.purpose);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in as`).waitFor();
}

/** Waits until no loading message is on the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction("document.querySelectorAll('.loading').length === 0", undefined, { timeout: 60_000 });
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Opens a page of the dashboard by its hash route (`/cohort`) and waits until it has loaded. */
export async function openPage(page: Page, dashboardUrl: string, route: string): Promise<void> {
  await page.goto(`${dashboardUrl}#${route}`);
  // A hash change re-renders without a page load: wait for the new page itself, not the old one's heading.
  await page.locator(`main[data-route="${route}"] h1`).waitFor();
  await settled(page);
}

/** Runs axe-core (WCAG 2 A and AA rules) in the page and returns its serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axeSource });
  // This function runs in the page, where axe-core has defined `axe` (the Node-side program has no DOM types).
  const violations = await page.evaluate(async () => {
    const browser = globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> }; document: unknown };
    const result = await browser.axe.run(browser.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target as string[] })) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Saves a screenshot (the whole page, or what the window shows) as `<dir>/<name>.png`. */
export async function screenshot(page: Page, dir: string, name: string, fullPage = true): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
