/**
 * End-to-end (issue 13, deliverable 3): the built window in Debian Chromium on the real services and
 * SQLite. A user whose agreement was stored by version 1 sees the notice about the version 2
 * readings once; the agreement form shows the new settings, proposes the weekly-rest period start
 * for a Tuesday–Saturday week and saves it; axe finds nothing serious, in light and dark.
 * Screenshots go to test-results/.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, axe, screenshotPath, type App } from './harness';
import { browserSuite } from './browser-suite';

const NOW = Date.parse('2026-12-08T09:00:00Z'); // Tuesday 10:00 in Oslo
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`[e2e] NOT RUN: no Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set FYRABEND_CHROMIUM).`);

/** An agreement exactly as version 1 of the app stored it: no version 2 settings under `limits`. */
const VERSION_1 = JSON.stringify({
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
  availability: { mon: [['09:00', '15:00']], tue: [['09:00', '15:00']], wed: [['09:00', '15:00']], thu: [['09:00', '15:00']], fri: [['09:00', '15:00']], sat: [], sun: [] },
  homeOffice: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], scope: '', temporaryUntil: null, termination: '', trialPeriod: null, equipment: '', confidentiality: '' },
  limits: { averaging: null, tariffOvertime: false, extendedTotalDay: false, restDailyHours: 11, restWeeklyHours: 35, weeklyNormalHours: 40, sundayAveraging: false, ownInitiativeEvening: false, nightWindow: ['21:00', '06:00'], basis: { sunday: false, night: false }, overtimeYearStart: '01-01', onCallFactor: 1 / 7 },
  exempt: null,
});

const NOTICE = 'Nytt i Fyrabend: reglene leses nå slik Arbeidstilsynet leser dem';

describe.runIf(hasChromium)('the version 2 settings and the notice, in a real browser', () => {
  const bs = browserSuite();
  let app: App | null = null;

  /** A user of version 1: the agreement and the finished first run are in the database before the window opens. */
  async function updatedUser(colorScheme: 'light' | 'dark' = 'light'): Promise<App> {
    app = await bs.open(NOW, { colorScheme });
    app.store.agreements.save('2026-01-01', VERSION_1, NOW - 300 * 86_400_000);
    app.store.settings.set('app', JSON.stringify({ lang: 'nb', warningLeadMinutes: 15, autostart: false, firstRunDone: true }));
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: /^I dag/ }).waitFor();
    return app;
  }

  const serious = async (a: App, where: string) =>
    (await axe(a.page)).filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${where}: ${x.id} (${x.impact}) ${x.help} at ${x.nodes.slice(0, 3).join(', ')}`);

  it('says once what changed, leads to the settings, proposes the period start and saves the new settings', async () => {
    const a = await updatedUser();
    const { page } = a;
    const notice = page.getByRole('region', { name: NOTICE });
    await notice.waitFor();
    await expect(notice.getByRole('listitem').count()).resolves.toBe(8);
    await page.screenshot({ path: screenshotPath('v2-01-notice-today'), fullPage: true });
    expect(await serious(a, 'today with notice')).toEqual([]);

    await notice.getByRole('button', { name: 'Åpne arbeidstidsinnstillingene' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hjemmekontoravtale' }).waitFor();
    const form = page.getByRole('form', { name: 'Hjemmekontoravtale' });
    await expect(form.getByLabel('Mellom to arbeidsdager (standard)').isChecked()).resolves.toBe(true);
    await expect(form.getByLabel('Periodene starter (ukedag)').inputValue()).resolves.toBe('mon');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('agreement-limits');
    await page.screenshot({ path: screenshotPath('v2-02-agreement-settings'), fullPage: true });
    await page.locator('#agreement-limits').screenshot({ path: screenshotPath('v2-02b-working-time-settings') });
    expect(await serious(a, 'agreement with notice')).toEqual([]);

    // A Tuesday–Saturday week: the form proposes Saturday 17:00 (spec § 7.2).
    const windows = form.getByRole('group', { name: 'Arbeidstid per ukedag' });
    await windows.getByLabel('Mandag').fill('');
    for (const d of ['Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag']) await windows.getByLabel(d).fill('09:00-17:00');
    const use = form.getByRole('button', { name: 'Bruk lørdag kl. 17:00' });
    await use.waitFor();
    await use.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('v2-03-period-start-proposal'), fullPage: true });
    await form.getByRole('group', { name: 'Ukehvile (AML § 10-8 (2))' }).screenshot({ path: screenshotPath('v2-03b-weekly-rest-proposal') });
    expect(await serious(a, 'agreement with proposal')).toEqual([]);
    await use.click();
    await expect(form.getByLabel('Periodene starter (ukedag)').inputValue()).resolves.toBe('sat');
    await expect(form.getByLabel('Periodene starter (klokkeslett)').inputValue()).resolves.toBe('17:00');
    await form.getByLabel('Teller også mot arbeidsdagen (versjon 1)').check();
    await form.getByRole('button', { name: 'Lagre avtalen' }).click();
    await form.getByText('Avtalen er lagret.').waitFor();
    const saved = a.store.agreements.list().find((x) => x.validFrom === '2026-12-08');
    expect(JSON.parse(saved?.json ?? '{}').limits).toMatchObject({ weeklyRestPeriodStart: 'sat 17:00', onCallCountsTowardDay: true, dailyRestReading: 'between-work-days', weeklyRestCounting: 'inside-period', breakStretchGapMinutes: 120 });

    // Read: gone, and gone after the window is opened again.
    await page.getByRole('button', { name: 'Jeg har lest det' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^I dag/ }).waitFor();
    await expect(page.getByRole('region', { name: NOTICE }).count()).resolves.toBe(0);
  }, 120_000);

  it('a new user: the first run proposes the period start for a Tuesday–Saturday week, and no notice ever', async () => {
    app = await bs.open(NOW);
    const { page } = app;
    const dialog = page.getByRole('dialog', { name: 'Velkommen til Fyrabend' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('Periodene starter (ukedag)').count()).resolves.toBe(0);
    await dialog.getByLabel('Mandag').fill('');
    for (const d of ['Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag']) await dialog.getByLabel(d).fill('09:00-17:00');
    await dialog.getByRole('button', { name: 'Bruk lørdag kl. 17:00' }).click();
    await page.screenshot({ path: screenshotPath('v2-05-first-run-weekend'), fullPage: true });
    expect(await serious(app, 'first run with weekend')).toEqual([]);
    await dialog.getByRole('button', { name: 'Lagre og start' }).click();
    await page.getByRole('heading', { level: 1, name: /^I dag/ }).waitFor();
    expect(JSON.parse(app.store.agreements.list()[0]?.json ?? '{}').limits).toMatchObject({ weeklyRestPeriodStart: 'sat 17:00' });
    await expect(page.getByRole('region', { name: NOTICE }).count()).resolves.toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^I dag/ }).waitFor();
    await expect(page.getByRole('region', { name: NOTICE }).count()).resolves.toBe(0);
  }, 120_000);

  it('reflows at 200 % zoom and is reached by keyboard: the notice and the working-time settings', async () => {
    const a = await updatedUser();
    const { page } = a;
    await page.setViewportSize({ width: 550, height: 450 }); // 1100×900 at 200 %
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const notice = page.getByRole('region', { name: NOTICE });
    await notice.waitFor();
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await notice.getByRole('button', { name: 'Åpne arbeidstidsinnstillingene' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Hjemmekontoravtale' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('agreement-limits');
    // The next Tab lands in the settings (the averaging choice), not back at the top of the page.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('#agreement-limits') !== null)).resolves.toBe(true);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('v2-06-zoom-200'), fullPage: false });
  }, 120_000);

  it('keeps axe green in dark mode, with the notice and the settings', async () => {
    const a = await updatedUser('dark');
    const { page } = a;
    await page.getByRole('region', { name: NOTICE }).waitFor();
    expect(await serious(a, 'dark today')).toEqual([]);
    await page.getByRole('button', { name: 'Avtale', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Hjemmekontoravtale' }).waitFor();
    await page.screenshot({ path: screenshotPath('v2-04-agreement-dark'), fullPage: true });
    expect(await serious(a, 'dark agreement')).toEqual([]);
  }, 120_000);
});
