import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';
import { DASHBOARD_ROOT, ensureDashboardBuilt } from '../build/dashboard-build.js';
import { recentMonths } from '../src/months.js';
import { launchChromium, openPage, screenshot, seriousAxeViolations, signIn, type Identity } from './dashboard-browser.js';

/** Screenshots of every page, kept as test artefacts (ignored by git). */
const ARTEFACTS = path.join(DASHBOARD_ROOT, 'test-results');
const policeAnalyst: Identity = { agency: 'police', role: 'analyst', purpose: 'youth-crime-prevention' };
const policeLead: Identity = { agency: 'police', role: 'lead', purpose: 'youth-crime-prevention' };
/** Health planning: no agreement on the person index covers it. */
const healthPlanner: Identity = { agency: 'health', role: 'analyst', purpose: 'planning' };

describe('the partnership dashboard in a real browser, against the real federation', () => {
  let federation: TestFederation;
  let browser: Browser;
  let page: Page;
  let dashboardUrl: string;

  beforeAll(async () => {
    const dashboardDir = ensureDashboardBuilt();
    federation = await startTestFederation('dashboard', { dashboardDir });
    dashboardUrl = federation.gatewayUrl.replace(/\/graphql$/, '/dashboard');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A stale build is rebuilt first (pnpm test has built it already); Vite takes a while on a busy machine.
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await federation?.stop();
  });

  const open = (route: string) => openPage(page, dashboardUrl, route);
  const expectAccessible = async () => expect(await seriousAxeViolations(page)).toEqual([]);

  it('signs in with a development token and opens Lambeth outcomes, each with its status, lead and agencies', async () => {
    await signIn(page, dashboardUrl, policeAnalyst, async () => {
      await expectAccessible();
      await screenshot(page, ARTEFACTS, 'sign-in');
    });
    await open('/outcomes/E09000022');
    await expect(page.locator('main h1').textContent()).resolves.toBe('Shared outcomes in Lambeth');
    const api = await federation.query(`{ outcomes(areaCode: "E09000022") { id title status lead { name } roles { agency { name } } } }`);
    expect(api.errors).toBeUndefined();
    const table = page.getByRole('table', { name: 'Outcomes in Lambeth and their status' });
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(api.data.outcomes.length);
    const statusWords = { ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track', NOT_ENOUGH_DATA: 'Not enough data' } as Record<string, string>;
    for (const [index, outcome] of api.data.outcomes.entries()) {
      const cells = rows.nth(index).locator('td');
      await expect(cells.nth(0).textContent()).resolves.toBe(outcome.title);
      await expect(cells.nth(1).textContent()).resolves.toBe(statusWords[outcome.status]);
      if (outcome.lead) await expect(cells.nth(3).textContent()).resolves.toContain(outcome.lead.name);
    }
    const youthCrime = api.data.outcomes.find((outcome: { id: string }) => outcome.id === 'OUT-LAMBETH-YOUTH-CRIME');
    const roles = page.getByRole('table', { name: `Each agency's role and commitments for “${youthCrime.title}”` });
    await expect(roles.locator('tbody tr').count()).resolves.toBe(youthCrime.roles.length);
    await expectAccessible();
    await screenshot(page, ARTEFACTS, 'outcomes');
  });

  it('opens the youth crime outcome: one chart point per published period, trend, warnings and timeline', async () => {
    await open('/outcome/OUT-LAMBETH-YOUTH-CRIME');
    const window = recentMonths(24);
    const api = await federation.query(
      `{ outcome(id: "OUT-LAMBETH-YOUTH-CRIME") { title indicators { id values(from: "${window.from}", to: "${window.to}") { period value suppressed } }
         agreements { warning warningDetail } timeline { summary } } }`,
    );
    expect(api.errors).toBeUndefined();
    await expect(page.locator('main h1').textContent()).resolves.toBe(api.data.outcome.title);
    for (const indicator of api.data.outcome.indicators as { id: string; values: { period: string; value: number | null; suppressed: boolean }[] }[]) {
      const chart = page.locator(`[data-indicator="${indicator.id}"] [data-testid="indicator-chart"]`);
      await expect(chart.getAttribute('data-periods')).resolves.toBe(String(indicator.values.length));
      // One axis label per period; every published period is one dot of the value line. A suppressed
      // period (or one with no value, such as a rate over nobody) is a gap, never a zero.
      const published = indicator.values.filter((value) => !value.suppressed && value.value !== null).length;
      // The chart draws once its container has been measured: poll rather than read once.
      await expect.poll(() => chart.locator('.recharts-xAxis .recharts-cartesian-axis-tick').count()).toBe(indicator.values.length);
      await expect.poll(() => chart.locator('.recharts-line-dots').last().locator('circle').count()).toBe(published);
    }
    const dots = await page.locator('[data-testid="indicator-chart"] .recharts-line-dots circle').count();
    expect(dots).toBeGreaterThan(0);
    const offences = api.data.outcome.indicators.find((indicator: { id: string }) => indicator.id === 'IND-LAMBETH-YOUTH-OFFENCES');
    expect(offences.values).toHaveLength(24);
    const timeline = page.getByRole('table', { name: /Everything that has happened/ });
    await expect(timeline.locator('tbody tr').count()).resolves.toBe(api.data.outcome.timeline.length);
    if (api.data.outcome.agreements.some((agreement: { warning: boolean }) => agreement.warning)) {
      await expect(page.getByText('Early warning:').count()).resolves.toBeGreaterThan(0);
    }
    await expectAccessible();
    await screenshot(page, ARTEFACTS, 'outcome');
  });

  it('compares two areas side by side, with suppressed cells shown as suppressed, never as zero', async () => {
    await open('/compare');
    const window = recentMonths(12);
    const figures = `name health(from: "${window.from}", to: "${window.to}") { selfHarmAdmissions { value suppressed } }
      police(from: "${window.from}", to: "${window.to}") { recordedOffences { value suppressed } }`;
    const api = await federation.query(`{ left: area(code: "E09000022") { ${figures} } right: area(code: "E09000023") { ${figures} } }`);
    expect(api.errors).toBeUndefined();
    const table = page.getByRole('table', { name: 'Lambeth and Lewisham side by side' });
    await expect(table.locator('thead th').allTextContents()).resolves.toEqual(['Figure', 'Lambeth', 'Lewisham']);
    const shown = (count: { value: number | null; suppressed: boolean }) => (count.suppressed ? 'suppressed' : count.value!.toLocaleString('en-GB'));
    const row = (label: string) => table.locator('tbody tr', { hasText: label }).locator('td');
    await expect(row('Self-harm admissions').allTextContents()).resolves.toEqual([
      'Self-harm admissions (health)',
      shown(api.data.left.health.selfHarmAdmissions),
      shown(api.data.right.health.selfHarmAdmissions),
    ]);
    await expect(row('Recorded offences').allTextContents()).resolves.toEqual([
      'Recorded offences (police)',
      shown(api.data.left.police.recordedOffences),
      shown(api.data.right.police.recordedOffences),
    ]);
    await expectAccessible();
    await screenshot(page, ARTEFACTS, 'compare');
  });

  const COHORT = `{ cohort(areaCode: "E09000022", minAgencies: 3, ageFrom: 10, ageTo: 17) { size { value suppressed } combinations { people { value suppressed } } members { id } } }`;

  it('opens the cohort as a covered officer: the overlap chart and the members', async () => {
    await open('/cohort');
    const api = await federation.query(COHORT, { as: officers.policeAnalyst });
    expect(api.errors).toBeUndefined();
    const { size, combinations, members } = api.data.cohort;
    expect(members.length).toBeGreaterThan(0);
    await expect(page.locator('.headline').textContent()).resolves.toBe(`Cohort size: ${size.suppressed ? 'suppressed' : size.value.toLocaleString('en-GB')}`);
    await expect(page.locator('.upset-matrix tbody tr').count()).resolves.toBe(combinations.length);
    const suppressed = combinations.filter((combination: { people: { suppressed: boolean } }) => combination.people.suppressed).length;
    await expect(page.locator('.upset-matrix .suppressed').count()).resolves.toBe(suppressed);
    const memberRows = page.getByRole('table', { name: /Members of the cohort/ }).locator('tbody tr');
    await expect(memberRows.count()).resolves.toBe(members.length);
    await expectAccessible();
    await screenshot(page, ARTEFACTS, 'cohort-covered');
  });

  it('opens the cohort as an officer whose purpose is not covered: the counts, and the refusal in place of the members', async () => {
    await signIn(page, dashboardUrl, healthPlanner);
    await open('/cohort');
    const api = await federation.query(COHORT, { as: { officerId: 'health-analyst', agency: 'health', roles: ['analyst'], purpose: 'planning' } });
    expect(api.data.cohort.members).toBeNull();
    const refusal = api.errors?.find((error) => error.path?.join('.') === 'cohort.members');
    expect(refusal?.extensions?.code).toBe('FORBIDDEN');
    const shown = page.locator('.refusal[data-code="FORBIDDEN"]');
    await expect(shown.locator('p').textContent()).resolves.toBe(refusal!.message);
    await expect(page.locator('.upset-matrix tbody tr').count()).resolves.toBe(api.data.cohort.combinations.length);
    await expect(page.getByRole('table', { name: /Members of the cohort/ }).count()).resolves.toBe(0);
    await expectAccessible();
    await screenshot(page, ARTEFACTS, 'cohort-refused');
  });

  it('answers a feedback item as the accountable lead: an empty answer is refused beside its field, a real one takes it off the list', async () => {
    await signIn(page, dashboardUrl, policeLead);
    await open('/feedback');
    const item = 'FB-LAMBETH-MENTORING-BUDGET';
    const form = page.locator(`form[data-feedback="${item}"]`);
    await form.waitFor();
    await expectAccessible();
    await screenshot(page, ARTEFACTS, 'feedback');

    await form.getByRole('button', { name: 'Send answer' }).click();
    const fieldError = form.locator(`#answer-${item}-error[role="alert"]`);
    await fieldError.waitFor();
    await expect(fieldError.textContent()).resolves.toMatch(/`response` must not be empty/);
    await expect(form.getByLabel(`Answer to ${item}`).getAttribute('aria-invalid')).resolves.toBe('true');
    const stillWaiting = await federation.query(`{ unansweredFeedback(olderThanDays: 14) { id } }`);
    expect(stillWaiting.data.unansweredFeedback.map((feedback: { id: string }) => feedback.id)).toContain(item);

    await form.getByLabel(`Answer to ${item}`).fill('Two quarters are paid today; approvals now sit with the lead.');
    await form.getByRole('button', { name: 'Send answer' }).click();
    await form.waitFor({ state: 'detached' });
    await expect(page.getByRole('table', { name: 'Feedback waiting for an answer' }).textContent()).resolves.not.toContain('mentoring');
    const answered = await federation.query(`{ unansweredFeedback(olderThanDays: 14) { id } }`);
    expect(answered.data.unansweredFeedback.map((feedback: { id: string }) => feedback.id)).not.toContain(item);
  });

  it('records a review of an operating agreement as the lead: a missing field is refused beside it and nothing is saved', async () => {
    await open('/outcome/OUT-LAMBETH-YOUTH-CRIME');
    const agreement = 'OA-LAMBETH-YOUTH-POOLED-BUDGET';
    const reviews = async () =>
      (await federation.query(`{ operatingAgreements { id reviews { whatChanged } } }`)).data.operatingAgreements.find((item: { id: string }) => item.id === agreement).reviews.length;
    const before = await reviews();
    const form = page.locator(`form:has(#review-${agreement}-whatChanged)`);
    await form.getByRole('button', { name: 'Record review' }).click();
    await form.locator(`#review-${agreement}-whatChanged-error[role="alert"]`).waitFor();
    await expect(form.locator(`#review-${agreement}-whatChanged-error`).textContent()).resolves.toMatch(/whatChanged/);
    expect(await reviews()).toBe(before);

    await form.getByLabel('What changed').fill('Mentoring payments now approved by the lead within ten days.');
    await form.getByLabel('Next review date (YYYY-MM-DD)').fill('2027-06-30');
    await form.getByRole('button', { name: 'Record review' }).click();
    const table = page.getByRole('table', { name: /Reviews of “Pooled youth budget/ });
    await table.getByText('Mentoring payments now approved by the lead within ten days.').waitFor();
    expect(await reviews()).toBe(before + 1);
  });

  it('shows lessons and proposals with each agency stance, accessibly', async () => {
    await open('/lessons');
    const lessons = await federation.query(`{ lessons(search: "truanting", limit: 50) { title } }`);
    await expect(page.getByRole('table', { name: /Lessons matching/ }).locator('tbody tr').count()).resolves.toBe(Math.max(1, lessons.data.lessons.length));
    await expectAccessible();
    await screenshot(page, ARTEFACTS, 'lessons');

    await open('/proposals');
    const proposals = await federation.query(`{ proposals { title standing { agency { name } } } }`);
    await expect(page.locator('main h2').allTextContents()).resolves.toEqual(proposals.data.proposals.map((proposal: { title: string }) => proposal.title));
    await expectAccessible();
    await screenshot(page, ARTEFACTS, 'proposals');
  });

  it('shows an unavailable agency in place, with the reason, while the rest of each page renders (last: it stops a subgraph)', async () => {
    await federation.subgraphs.get('voluntary')!.stopServing();
    await open('/compare');
    const table = page.getByRole('table', { name: 'Lambeth and Lewisham side by side' });
    const participants = table.locator('tbody tr', { hasText: 'Participants (voluntary)' });
    await expect(participants.locator('.refusal[data-code="SUBGRAPH_UNAVAILABLE"]').count()).resolves.toBe(2);
    await expect(participants.textContent()).resolves.toMatch(/voluntary/i);
    const offences = table.locator('tbody tr', { hasText: 'Recorded offences (police)' }).locator('td');
    await expect(offences.nth(1).textContent()).resolves.toMatch(/^(\d[\d,]*|suppressed)$/);
    await expectAccessible();
    await screenshot(page, ARTEFACTS, 'compare-voluntary-unavailable');

    // The outcome page: the partnership's part renders; the voluntary indicator says why it is missing.
    await open('/outcome/OUT-LAMBETH-YOUTH-CRIME');
    const participation = page.locator('[data-indicator="IND-LAMBETH-YOUTH-PARTICIPATION"] .refusal[data-code="SUBGRAPH_UNAVAILABLE"]');
    await expect(participation.textContent()).resolves.toMatch(/voluntary/);
    await expect(page.getByRole('table', { name: /Everything that has happened/ }).locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('The mischief:').count()).resolves.toBe(1);
    await expectAccessible();
    await screenshot(page, ARTEFACTS, 'outcome-voluntary-unavailable');

    // The outcomes of Lambeth: every outcome still listed with its lead; each status is shown, or says in place why it is missing.
    await open('/outcomes/E09000022');
    const rows = page.getByRole('table', { name: 'Outcomes in Lambeth and their status' }).locator('tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.locator('td:nth-child(2)').locator('.badge, .refusal').count()).resolves.toBe(3);
    await expect(rows.locator('td:nth-child(4)').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('Sarah Whitfield')]));
    await screenshot(page, ARTEFACTS, 'outcomes-voluntary-unavailable');
  });
});
