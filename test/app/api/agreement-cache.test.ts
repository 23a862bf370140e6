/**
 * Issue 21 item 3: the app services parse the agreement in force once per stored text, not at every
 * tray refresh and tick. The memo must never hand out an agreement that is no longer stored: a save
 * through the services, a save straight into the store (the CLI, another process) and a newer
 * agreement taking over from a later date are all seen at the next call.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeRealServices, openRealServices } from '../../helpers/real-services';

afterEach(closeRealServices);

const NOW = Date.parse('2026-03-10T07:00:00Z');
const days = (from: string, to: string) => ({ mon: [[from, to]], tue: [[from, to]], wed: [[from, to]], thu: [[from, to]], fri: [[from, to]], sat: [], sun: [] });
const doc = (validFrom: string, weeklyHours: number, end = '15:45') => ({ format: 'fyrabend.agreement/1' as const, zone: 'Europe/Oslo', validFrom, workingTime: { weeklyHours, windows: days('08:00', end) } });

async function setup() {
  const { services, store } = await openRealServices(NOW);
  return { services, store };
}

describe('the agreement in force, parsed once per stored text', () => {
  it('hands out the same parsed agreement while the stored text is unchanged', async () => {
    const { services } = await setup();
    expect(services.agreements.save(doc('2026-01-01', 37.5))).toMatchObject({ ok: true });
    const a = services.work.agreementOn('2026-03-10');
    expect(a?.weeklyHours).toBe(37.5);
    expect(services.work.agreementOn('2026-03-11')).toBe(a);
  });

  it.each([
    ['saved through the services', 'services'],
    ['saved straight into the store (another process)', 'store'],
  ] as const)('sees a replaced agreement at the next call when it is %s', async (_what, how) => {
    const { services, store } = await setup();
    services.agreements.save(doc('2026-01-01', 37.5));
    expect(services.work.agreementOn('2026-03-10')?.weeklyHours).toBe(37.5);
    const next = doc('2026-01-01', 35, '15:00');
    if (how === 'services') expect(services.agreements.save(next)).toMatchObject({ ok: true });
    else store.agreements.save('2026-01-01', JSON.stringify(next), NOW);
    expect(services.work.agreementOn('2026-03-10')?.weeklyHours).toBe(35);
  });

  it('takes the newer agreement from its first day and keeps the older one before it', async () => {
    const { services } = await setup();
    services.agreements.save(doc('2026-01-01', 37.5));
    expect(services.work.agreementOn('2026-03-10')?.weeklyHours).toBe(37.5);
    services.agreements.save(doc('2026-03-10', 30));
    expect(services.work.agreementOn('2026-03-09')?.weeklyHours).toBe(37.5);
    expect(services.work.agreementOn('2026-03-10')?.weeklyHours).toBe(30);
  });

  it('gives null before the first agreement and an unreadable stored text as null, every time', async () => {
    const { services, store } = await setup();
    expect(services.work.agreementOn('2026-03-10')).toBeNull();
    store.agreements.save('2026-01-01', JSON.stringify({ format: 'fyrabend.agreement/1', zone: 'Nowhere/Atlantis' }), NOW);
    expect(services.work.agreementOn('2026-03-10')).toBeNull();
    expect(services.work.agreementOn('2026-03-10')).toBeNull();
    store.agreements.save('2026-01-01', JSON.stringify(doc('2026-01-01', 37.5)), NOW);
    expect(services.work.agreementOn('2026-03-10')?.weeklyHours).toBe(37.5);
  });
});
