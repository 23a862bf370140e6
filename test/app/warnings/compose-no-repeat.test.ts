/** Issue 14 item 6: a notification never says a sentence twice, and a grouped body keeps one warning per line. */
import { describe, expect, it } from 'vitest';
import { composeDue, composeHeld, summaryLines } from '../../../src/app/warnings/compose';
import { item, oslo } from './fakes';

const end = oslo('2026-03-02 15:45');
const nine = oslo('2026-03-02 21:00');

describe('no sentence twice', () => {
  it.each([
    ['a title repeated', ['a', 'b', 'a'], ['a', 'b']],
    ['six titles, two repeated: four lines', ['a', 'b', 'a', 'c', 'd', 'b'], ['a', 'b', 'c', 'd']],
    ['seven distinct titles', ['a', 'b', 'c', 'd', 'e', 'f', 'g'], ['a', 'b', 'c', 'and 4 more']],
  ] as const)('summary lines: %s', (_what, titles, lines) => {
    expect(summaryLines(titles, 'en')).toEqual(lines);
  });

  it.each(['nb', 'nn', 'en'] as const)('%s: two follow-ups with the same title and the same ask: each line once, one warning per line', (lang) => {
    // The agreed end, crossed at 15:45, and again on a second window the same evening: the same title, the same ask.
    const due = { warnings: [], followUps: [{ line: end, items: [item('agreed-end', end, end)] }, { line: nine, items: [item('agreed-end', nine, nine), item('night-start', nine, nine)] }], keys: [{ key: 'k', line: end }] };
    const r = composeDue(due, lang, 's1');
    const lines = r?.body.split('\n') ?? [];
    expect(lines.length).toBeGreaterThan(1);
    expect(new Set(lines).size).toBe(lines.length);
    const held = composeHeld([r!, r!], lang, 's1');
    expect(held.body.split('\n')).toEqual([r!.title]);
  });

  it('a single follow-up with two lines whose sentences coincide says it once', () => {
    const a = item('agreed-end', end, end);
    const r = composeDue({ warnings: [], followUps: [{ line: end, items: [a, { ...a, reason: 'availability-end' }] }], keys: [{ key: 'k', line: end }] }, 'en', 's1');
    const lines = r?.body.split('\n') ?? [];
    expect(lines).toEqual(['Your availability has ended.', 'Stop now, or record the overtime with a reason.']);
  });

  it.each([
    ['nb', 'Du har jobbet mer enn 13 timer i dag', ['Du jobber nå om natten.', 'Stopp nå, eller registrer grunnlaget for overtiden.']],
    ['nn', 'Du har jobba meir enn 13 timar i dag', ['Du jobbar no om natta.', 'Stopp no, eller registrer grunnlaget for overtida.']],
    ['en', 'You have worked more than 13 hours today', ['You are now working at night.', 'Stop now, or record the overtime with a reason.']],
  ] as const)('%s: a crossed line is told in the past tense, never with the plan\'s "at 21:30 you reach"', (lang, title, body) => {
    const r = composeDue({ warnings: [], followUps: [{ line: nine, items: [item('total-day-limit', nine, nine), item('night-start', nine, nine)] }], keys: [{ key: 'k', line: nine }] }, lang, 's1');
    expect(r?.title).toBe(title);
    expect(r?.body.split('\n')).toEqual(body);
  });
});
