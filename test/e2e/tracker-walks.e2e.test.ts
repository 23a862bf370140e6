/**
 * End-to-end, issue 14 items 2, 3, 5 and 7: walks of the tracker in Debian Chromium (bokmål) on the
 * real services and SQLite with a fake clock, each with a screenshot (test-results/walk-*.png) and an
 * axe run (no serious or critical violations) on the page with the dialog or control it shows.
 * - Item 2: a session from 08:00, the lid closed at 16:30 and opened at 08:05 the next day: the away
 *   question names both days, "Fjern tiden du var borte" is first and focused, Enter does not keep the
 *   night as work, and the answer can be undone for a minute.
 * - Item 3: the chosen times on Today: "Jeg begynte klokken 07:45", moving the start of the running
 *   session, "Jeg sluttet klokken 16:10", and future and overlapping times refused with a sentence.
 * - Item 5: with the agreed windows 08:00–15:45 Monday to Friday, Today, Week and Month all count
 *   7,75 t a day (the week 38,75 t, November's 21 working days 162,75 t, also with work in one week only).
 * - Item 7: no session, the computer in use from 08:02 inside agreed time: at 08:17 the morning nudge
 *   "Glemt å starte?" with "Start fra 08:02", whose action starts the session at 08:02.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, axe, screenshotPath, type App } from './harness';
import { browserSuite } from './browser-suite';

const MIN = 60_000;
/** An instant from Oslo local time in November 2026 (UTC+1): `oslo('2026-11-24', '08:00')`. */
const oslo = (date: string, hhmm: string): number => Date.parse(`${date}T${hhmm}:00+01:00`);
const TUE = '2026-11-24';
const WED = '2026-11-25';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] NOT RUN: no Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set FYRABEND_CHROMIUM).`);
const suite = hasChromium ? describe : describe.skip;

suite('issue 14: walks of the tracker in a real browser (away question, chosen times, agreed time, morning nudge)', () => {
  const bs = browserSuite();

  /** Opens the app at `start` and completes the first-run dialog with the proposed agreement (08:00–15:45 Monday to Friday). */
  async function firstRun(start: number, options: Parameters<typeof bs.open>[1] = {}): Promise<App> {
    const app = await bs.open(start, options);
    const { page } = app;
    page.setDefaultTimeout(10_000);
    const dialog = page.getByRole('dialog', { name: 'Velkommen til Fyrabend' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('Mandag').inputValue()).resolves.toBe('08:00-15:45');
    await page.getByRole('button', { name: 'Lagre og start' }).click();
    await page.getByRole('heading', { level: 1, name: /^I dag/ }).waitFor();
    return app;
  }

  const serious = async (a: App, where: string) =>
    (await axe(a.page)).filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${where}: ${x.id} (${x.impact}) ${x.help} at ${x.nodes.slice(0, 3).join(', ')}`);
  const focused = (a: App) => a.page.evaluate(() => document.activeElement?.textContent ?? null);
  const stored = (a: App, from: number, to: number) => a.store.sessions.between(from, to).map((s) => [new Date(s.start).toISOString(), new Date(s.end).toISOString()]);

  it('item 2: the lid closed at 16:30 and opened at 08:05 the next day — the question names both days, discard is first and focused, Enter discards, undo for a minute', async () => {
    const a = await firstRun(oslo(TUE, '08:00'));
    const { page } = a;
    await page.getByRole('button', { name: 'Start økt' }).click();
    await page.getByTestId('today-state').filter({ hasText: 'Du jobber siden 08:00' }).waitFor();
    // At work until 16:30, then the lid is closed (suspend); it is opened at 08:05 on Wednesday.
    await a.setNow(oslo(TUE, '16:30'));
    a.presence({ type: 'active', at: a.now() });
    a.presence({ type: 'suspend', at: a.now() });
    await a.setNow(oslo(WED, '08:05'));
    a.presence({ type: 'resume', at: a.now() });
    await a.changed('tracker');
    await page.getByRole('heading', { level: 1, name: 'I dag — onsdag 25. november' }).waitFor();

    const dialog = page.getByRole('dialog', { name: 'Du var borte fra maskinen' });
    await dialog.waitFor();
    await expect(dialog.locator('#idle-body').textContent()).resolves.toBe('Maskinen var uten bruk fra tirsdag 16:30 til onsdag 08:05. Hva skal den tiden telle som?');
    // The safe answer first, as the primary button, with the focus; "Behold som arbeid" last and plain.
    await expect(dialog.getByRole('button').allTextContents()).resolves.toEqual(['Fjern tiden du var borte', 'Marker som pause', 'Behold som arbeid']);
    await expect(dialog.getByRole('button', { name: 'Fjern tiden du var borte' }).getAttribute('class')).resolves.toBe('primary');
    await expect(dialog.getByRole('button', { name: 'Behold som arbeid' }).getAttribute('class')).resolves.toBeNull();
    await expect.poll(() => focused(a)).toBe('Fjern tiden du var borte');
    // The session was closed at the start of the absence while the question waits.
    expect(a.store.sessions.open()).toBeNull();
    expect(stored(a, oslo(TUE, '00:00'), oslo(WED, '23:59'))).toEqual([['2026-11-24T07:00:00.000Z', '2026-11-24T15:30:00.000Z']]);
    const found = await serious(a, 'away-question');
    await page.screenshot({ path: screenshotPath('walk-item2-01-away-question'), fullPage: true });

    // One Enter: the night is discarded, not kept as work.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const undo = page.getByRole('status').filter({ hasText: 'Tiden du var borte er fjernet, og økten er stoppet.' });
    await undo.getByRole('button', { name: 'Angre' }).waitFor();
    await page.getByTestId('today-state').filter({ hasText: 'Ingen økt pågår' }).waitFor();
    expect(a.store.sessions.open()).toBeNull();
    expect(stored(a, oslo(TUE, '00:00'), oslo(WED, '23:59'))).toEqual([['2026-11-24T07:00:00.000Z', '2026-11-24T15:30:00.000Z']]);
    found.push(...(await serious(a, 'away-answered')));
    await page.screenshot({ path: screenshotPath('walk-item2-02-discarded-undo'), fullPage: true });

    // 59 seconds later the undo is still there, and it brings the question back.
    await a.setNow(oslo(WED, '08:05') + 59_000);
    await a.changed('tracker');
    await undo.getByRole('button', { name: 'Angre' }).click();
    await dialog.waitFor();
    await expect(dialog.locator('#idle-body').textContent()).resolves.toBe('Maskinen var uten bruk fra tirsdag 16:30 til onsdag 08:05. Hva skal den tiden telle som?');
    await expect.poll(() => focused(a)).toBe('Fjern tiden du var borte');
    // Answered again (discard, by Enter); a minute and a second later the undo is gone.
    await page.keyboard.press('Enter');
    await undo.waitFor();
    await a.setNow(oslo(WED, '08:06') + 60_000 + 1_000);
    await a.changed('tracker');
    await undo.waitFor({ state: 'detached' });
    expect(a.store.sessions.open()).toBeNull();
    expect(stored(a, oslo(TUE, '00:00'), oslo(WED, '23:59'))).toEqual([['2026-11-24T07:00:00.000Z', '2026-11-24T15:30:00.000Z']]);
    await page.screenshot({ path: screenshotPath('walk-item2-03-undo-gone'), fullPage: true });
    expect(found).toEqual([]);
  }, 60_000);

  it('item 3: "Jeg begynte klokken 07:45", the start moved, "Jeg sluttet klokken 16:10"; future and overlapping times refused with a sentence', async () => {
    const a = await firstRun(oslo(TUE, '08:30'));
    const { page } = a;
    await page.getByText('Glemte du å starte eller stoppe? Velg klokkeslettet selv').click();
    const time = page.getByLabel('Klokkeslett i dag');
    await time.fill('07:45');
    await page.getByRole('button', { name: 'Jeg begynte klokken 07:45' }).click();
    await page.getByRole('status').filter({ hasText: 'Økten er startet fra 07:45.' }).waitFor();
    await page.getByTestId('today-state').filter({ hasText: 'Du jobber siden 07:45' }).waitFor();
    expect(a.store.sessions.open()?.start).toBe(oslo(TUE, '07:45'));

    // Moving the start of the running session (to 07:40).
    await time.fill('07:40');
    await page.getByRole('button', { name: 'Flytt starten til 07:40' }).click();
    await page.getByRole('status').filter({ hasText: 'Starten er flyttet til 07:40.' }).waitFor();
    await page.getByTestId('today-state').filter({ hasText: 'Du jobber siden 07:40' }).waitFor();
    expect(a.store.sessions.open()?.start).toBe(oslo(TUE, '07:40'));

    // A stop in the future is refused with a sentence saying so; nothing changes.
    await time.fill('17:00');
    await page.getByRole('button', { name: 'Jeg sluttet klokken 17:00' }).click();
    const refusal = page.getByRole('alert');
    await refusal.filter({ hasText: /^Stopptidspunktet .*17:00.* ligger i fremtiden \(nå er .*08:30.*\), så velg et tidspunkt som har vært\.$/ }).waitFor();
    expect(a.store.sessions.open()?.start).toBe(oslo(TUE, '07:40'));
    const found = await serious(a, 'chosen-future-stop');
    await page.screenshot({ path: screenshotPath('walk-item3-01-future-stop-refused'), fullPage: true });

    // At 16:20: "Jeg sluttet klokken 16:10".
    await a.setNow(oslo(TUE, '16:20'));
    await a.changed('tracker');
    await time.fill('16:10');
    await page.getByRole('button', { name: 'Jeg sluttet klokken 16:10' }).click();
    await page.getByRole('status').filter({ hasText: 'Økten er stoppet klokken 16:10.' }).waitFor();
    await page.getByTestId('today-state').filter({ hasText: 'Ingen økt pågår' }).waitFor();
    expect(a.store.sessions.open()).toBeNull();
    expect(stored(a, oslo(TUE, '00:00'), oslo(TUE, '23:59'))).toEqual([['2026-11-24T06:40:00.000Z', '2026-11-24T15:10:00.000Z']]);
    await page.getByText('07:40–16:10 (8 t 30 min)').waitFor();

    // A start in the future, and one inside the recorded session, are refused with a sentence; nothing is started.
    await time.fill('17:00');
    await page.getByRole('button', { name: 'Jeg begynte klokken 17:00' }).click();
    await refusal.filter({ hasText: /^Starttidspunktet .*17:00.* ligger i fremtiden \(nå er .*16:20.*\), så velg et tidspunkt som har vært\.$/ }).waitFor();
    await time.fill('12:00');
    await page.getByRole('button', { name: 'Jeg begynte klokken 12:00' }).click();
    await refusal.filter({ hasText: /^Tidspunktet .*12:00.* overlapper økten .*07:40.*16:10.* som allerede er registrert, så velg et tidspunkt utenfor den\.$/ }).waitFor();
    expect(a.store.sessions.open()).toBeNull();
    expect(stored(a, oslo(TUE, '00:00'), oslo(TUE, '23:59'))).toEqual([['2026-11-24T06:40:00.000Z', '2026-11-24T15:10:00.000Z']]);
    found.push(...(await serious(a, 'chosen-overlap')));
    await page.screenshot({ path: screenshotPath('walk-item3-02-stopped-overlap-refused'), fullPage: true });
    expect(found).toEqual([]);
  }, 60_000);

  it('item 5: with agreed windows 08:00–15:45, Today, Week and Month all count 7,75 t a day (week 38,75 t, November 162,75 t)', async () => {
    const MON = '2026-11-02';
    const a = await firstRun(oslo(MON, '08:00'));
    const { page } = a;
    const nav = (name: string) => page.getByRole('button', { name, exact: true }).click();
    await page.getByRole('button', { name: 'Start økt' }).click();
    await page.getByTestId('today-state').filter({ hasText: 'Du jobber siden 08:00' }).waitFor();
    await a.setNow(oslo(MON, '15:32'));
    await nav('Uke');
    await nav('I dag');
    // 7 t 32 min worked of 7 t 45 min agreed: 13 min left, the day's balance −13 min.
    await page.getByTestId('worked-today').filter({ hasText: '7 t 32 min' }).waitFor();
    await expect(page.getByTestId('agreed-left').textContent()).resolves.toBe('13 min');
    await expect(page.getByTestId('agreed-end').textContent()).resolves.toBe('15:45');
    await expect(page.getByTestId('saldo-today').textContent()).resolves.toBe('\u221213 min');
    const found = await serious(a, 'today-15-32');
    await page.screenshot({ path: screenshotPath('walk-item5-01-today-15-32'), fullPage: true });

    const agreedGauge = page.getByRole('meter', { name: 'Timer mot avtalt arbeidstid' });
    await nav('Uke');
    await page.getByRole('heading', { level: 1, name: /^Uke / }).waitFor();
    await expect.poll(() => agreedGauge.getAttribute('aria-valuemax')).toBe('38.75');
    await expect(page.getByTestId('refline-agreed').getAttribute('data-hours')).resolves.toBe('7.75');
    await expect(page.getByTestId('period-balance').textContent()).resolves.toMatch(/forventet 38,8 t/);
    // The chart's accessible name names the agreed line it draws (7,75, not a fixed 7,5).
    await page.getByRole('img', { name: 'Søylediagram med timer per dag og linjer ved 7,75, 9 og 13 timer. Tallene står i tabellen under.' }).waitFor();
    await expect(agreedGauge.getAttribute('aria-valuetext')).resolves.toBe('7,5 t av 38,8 t');
    found.push(...(await serious(a, 'week')));
    await page.screenshot({ path: screenshotPath('walk-item5-02-week'), fullPage: true });

    // November 2026 has 21 working days (no public holiday): 21 × 7,75 t, not just the one week with work.
    await nav('Måned');
    await page.getByRole('heading', { level: 1, name: /^Måned / }).waitFor();
    await expect.poll(() => agreedGauge.getAttribute('aria-valuemax')).toBe('162.75');
    await expect(page.getByTestId('refline-agreed').getAttribute('data-hours')).resolves.toBe('7.75');
    await expect(page.getByTestId('period-balance').textContent()).resolves.toMatch(/forventet 162,8 t/);
    await page.getByRole('img', { name: 'Søylediagram med timer per dag og linjer ved 7,75, 9 og 13 timer. Tallene står i tabellen under.' }).waitFor();
    await expect(agreedGauge.getAttribute('aria-valuetext')).resolves.toBe('7,5 t av 162,8 t');
    found.push(...(await serious(a, 'month')));
    await page.screenshot({ path: screenshotPath('walk-item5-03-month'), fullPage: true });
    // One figure: the month's agreed time is the week's per day times its working days, and the day's is Today's.
    expect(162.75 / 21).toBe(38.75 / 5);
    expect(38.75 / 5).toBe(7.75);
    expect(found).toEqual([]);
  }, 60_000);

  it('item 7: no session, the computer in use from 08:02 — at 08:17 "Glemt å starte?" with "Start fra 08:02"; its action starts the session at 08:02', async () => {
    const a = await firstRun(oslo(TUE, '07:55'));
    const { page } = a;
    // From 08:02 the user types (presence events; the poll's idle reading is a few seconds) and forgets to start.
    await a.setNow(oslo(TUE, '08:02'));
    for (;;) {
      a.presence({ type: 'active', at: a.now() });
      a.idleReading(a.now() === oslo(TUE, '08:02') ? 0 : 20, a.now());
      if (a.now() >= oslo(TUE, '08:17')) break;
      expect(a.notifications).toEqual([]); // not before 15 minutes of use
      await a.setNow(a.now() + MIN);
    }
    expect(a.notifications).toEqual([
      {
        at: oslo(TUE, '08:17'),
        id: 'tracker.nudge.2026-11-24',
        title: 'Glemt å starte?',
        body: 'Maskinen har vært i bruk siden kl. 08:02 i avtalt arbeidstid, men ingen økt går.',
        action: 'Start fra 08:02',
      },
    ]);
    expect(a.store.sessions.open()).toBeNull();
    // Once a day: more use the same morning asks nothing more.
    await a.setNow(oslo(TUE, '08:30'));
    a.idleReading(10, a.now());
    expect(a.notifications).toHaveLength(1);

    await a.clickNudge();
    await page.getByTestId('today-state').filter({ hasText: 'Du jobber siden 08:02' }).waitFor();
    expect(a.store.sessions.open()?.start).toBe(oslo(TUE, '08:02'));
    await expect.poll(() => page.getByTestId('worked-today').textContent()).toBe('28 min');
    const found = await serious(a, 'today-after-nudge');
    await page.screenshot({ path: screenshotPath('walk-item7-01-started-from-nudge'), fullPage: true });
    expect(found).toEqual([]);
  }, 60_000);
});
