/**
 * Employee side (issue 8): for random sessions evaluated by the real engine, the serialised summary holds
 * nothing from the input beyond the allowed fields; two exports differ only in the id; the preview shows
 * every value of the file.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultAgreement } from '../../../src/core/agreement/defaults';
import type { Session } from '../../../src/core/model';
import { makeSummary, summaryIdFor } from '../../../src/app/summary/index';
import { parseSummaryFile } from '../../../src/shared/formats/summary';
import { nodeSummaryCrypto } from '../../../src/cli/node-summary-crypto';

const agreement = defaultAgreement();
const H = 3_600_000;
// 2026-10-01T00:00:00Z; sessions spread over Q4 2026 and the weeks around it.
const BASE = Date.UTC(2026, 9, 1);

const noteArb = fc.string({ minLength: 6, maxLength: 30 }).filter((s) => /[A-Za-zÆØÅæøå]{6}/.test(s));
const sessionArb = fc.record({
  startH: fc.integer({ min: 0, max: 24 * 100 }),
  lengthMin: fc.integer({ min: 5, max: 14 * 60 }),
  kind: fc.constantFrom('work' as const, 'on-call' as const),
  initiative: fc.constantFrom('employer' as const, 'own' as const),
  note: noteArb,
  id: fc.uuid(),
});

type Raw = typeof sessionArb extends fc.Arbitrary<infer T> ? T : never;

function sessionsOf(raw: Raw[]): Session[] {
  const out: Session[] = [];
  let last = -Infinity;
  for (const r of [...raw].sort((a, b) => a.startH - b.startH)) {
    const start = Math.max(BASE + r.startH * H + 7 * 60_000, last + 60_000);
    const end = start + r.lengthMin * 60_000;
    out.push({ start, end, kind: r.kind, location: 'home', initiative: r.initiative, breakWithDuties: false, note: r.note, id: r.id });
    last = end;
  }
  return out;
}

/** A fixed installation secret, the real HMAC (node:crypto) and a fixed now (Wednesday 2 December 2026, week 49). */
const secret = 'ab'.repeat(32);
const NOW = Date.UTC(2026, 11, 2, 9);
const ids = (period: string) => summaryIdFor(secret, period, nodeSummaryCrypto);
const make = (sessions: Session[], period = '2026-Q4', groups: Record<string, string> = {}, invite?: string) =>
  makeSummary({ sessions, agreement, period, groups, groupOptions: { department: ['IT', 'Sales'] }, summaryId: ids, now: NOW, lang: 'en', ...(invite ? { invite } : {}) });

const ALLOWED_KEYS = new Set(['format', 'id', 'period', 'created', 'groups', 'weeks', 'week', 'hours', 'overtime', 'merarbeid', 'night', 'sunday', 'outsideAgreed', 'findings', 'department', 'violation', 'needs-basis', 'warning', 'info']);

function keysOf(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => keysOf(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      keysOf(x, out);
    }
  }
  return out;
}

describe('makeSummary', () => {
  it('leaks no date, time, note, id or number from the sessions (property, real engine)', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 25 }), (raw) => {
        const sessions = sessionsOf(raw);
        const r = make(sessions, '2026-Q4', { department: 'IT' });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const text = r.value.text.replace(r.value.summary.id, 'ID');
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no date
        expect(text).not.toMatch(/\d{1,2}:\d{2}/); // no time of day
        expect(text).not.toMatch(/\d{6,}/); // no epoch or long number
        expect(text).not.toMatch(/T\d{2}/); // no ISO timestamps
        for (const s of sessions) {
          expect(text).not.toContain(s.note as string);
          expect(text).not.toContain(s.id as string);
          expect(text).not.toContain(String(s.start));
        }
        const doc = JSON.parse(text);
        for (const k of keysOf(doc)) expect(ALLOWED_KEYS.has(k) || /^(aml|agreement|forskrift)\./.test(k)).toBe(true);
        // Every string value is the format, the id, the period, a week label or a chosen group label.
        const strings: string[] = [];
        JSON.parse(text, (_k, v: unknown) => {
          if (typeof v === 'string') strings.push(v);
          return v;
        });
        for (const s of strings) expect(s === 'fyrabend.summary/2' || s === 'ID' || s === '2026-Q4' || /^\d{4}-W\d{2}$/.test(s) || s === 'IT').toBe(true);
        // Hour figures have the promised rounding.
        for (const w of doc.weeks) {
          for (const f of ['hours', 'night', 'sunday']) expect(Number.isInteger(w[f])).toBe(true);
          for (const f of ['overtime', 'merarbeid', 'outsideAgreed']) expect(Number.isInteger(w[f] * 2)).toBe(true);
        }
        expect(parseSummaryFile(r.value.text).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('two exports of the same period carry the same id; other periods and other installations get other ids', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 15 }), (raw) => {
        const sessions = sessionsOf(raw);
        const a = make(sessions);
        const b = make(sessions);
        if (!a.ok || !b.ok) throw new Error('summary failed');
        expect(b.value.summary.id).toBe(a.value.summary.id);
        expect(b.value.text).toBe(a.value.text);
      }),
      { numRuns: 20 },
    );
    const q4 = make([], '2026-Q4');
    const nov = make([], '2026-11');
    if (!q4.ok || !nov.ok) throw new Error('summary failed');
    expect(nov.value.summary.id).not.toBe(q4.value.summary.id);
    expect(q4.value.summary.id).toBe(summaryIdFor(secret, '2026-Q4', nodeSummaryCrypto));
    expect(summaryIdFor('cd'.repeat(32), '2026-Q4', nodeSummaryCrypto)).not.toBe(q4.value.summary.id);
    expect(q4.value.summary.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(q4.value.summary.created).toBe('2026-W49');
  });

  it('records the invitation it answers and says so in the preview', () => {
    const invite = '12345678-1234-4234-8234-123456789abc';
    const r = make([], '2026-Q4', {}, invite);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.summary.invite).toBe(invite);
    expect(JSON.parse(r.value.text).invite).toBe(invite);
    expect(r.value.preview.join('\n')).toContain(`Answers invitation ${invite}.`);
    expect(parseSummaryFile(r.value.text)).toEqual({ ok: true, value: r.value.summary });
  });

  it('the preview states every value of the file', () => {
    const sessions = sessionsOf([{ startH: 24 * 40 + 18, lengthMin: 6 * 60, kind: 'work', initiative: 'employer', note: 'secret project', id: 'x' }]);
    const r = make(sessions, '2026-11', { department: 'Sales' });
    if (!r.ok) throw new Error(r.error.message);
    const preview = r.value.preview.join('\n');
    expect(preview).toContain(r.value.summary.id);
    expect(preview).toContain('Department: Sales');
    for (const w of r.value.summary.weeks) {
      expect(preview).toContain(`Week ${w.week}: ${w.hours} h worked, ${w.overtime} h overtime, ${w.merarbeid} h beyond agreed hours, ${w.night} h at night, ${w.sunday} h on Sundays/holidays, ${w.outsideAgreed} h outside agreed time.`);
      for (const rule of Object.keys(w.findings)) expect(preview).toContain(`[${rule}]`);
    }
    expect(preview).not.toContain('secret project');
  });

  it.each([
    [{ department: 'Kari Nordmann' }, 'bad-group'],
    [{ team: 'IT' }, 'bad-group'],
  ])('refuses group %j that is not in the configured list', (groups, code) => {
    const r = make([], '2026-11', groups);
    expect(r.ok ? '' : r.error.code).toBe(code);
  });

  it('refuses a period that is not a month or quarter', () => {
    const r = make([], '2026');
    expect(r.ok ? '' : r.error.code).toBe('bad-period');
  });
});
