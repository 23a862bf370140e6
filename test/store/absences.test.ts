/** Absences on a real SQLite store (migration 0008): listed by date range, every change audited without the private note, bad rows refused by the schema. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index';
import { tempDir, T0 } from './helpers';

const open = () => openStore(join(tempDir(), 'fyrabend.db'), { now: () => T0 });

describe('absences in the store', () => {
  it('adds, lists by overlapping dates, edits and removes, with an audit entry for each change', async () => {
    const store = await open();
    const a = store.absences.add({ kind: 'sykdom', from: '2026-03-02', to: '2026-03-03', hours: null, document: 'egenmelding', note: 'influensa' }, T0, 'lagt inn i vinduet');
    store.absences.add({ kind: 'ferie', from: '2026-07-06', to: '2026-07-24', hours: null }, T0 + 1, 'sommerferie');
    expect(store.absences.list('2026-03-03', '2026-03-31').map((x) => x.kind)).toEqual(['sykdom']);
    expect(store.absences.list().map((x) => x.kind)).toEqual(['sykdom', 'ferie']);
    expect(store.absences.get(a.id)).toMatchObject({ kind: 'sykdom', document: 'egenmelding', note: 'influensa', hours: null, paid: null });
    store.absences.edit(a.id, { kind: 'sykdom', from: '2026-03-02', to: '2026-03-02', hours: 3.5, document: 'egenmelding' }, T0 + 2, 'bare halv dag');
    expect(store.absences.get(a.id)).toMatchObject({ to: '2026-03-02', hours: 3.5 });
    store.absences.remove(a.id, T0 + 3, 'feil dag');
    expect(store.absences.get(a.id)).toBeNull();
    const entries = store.audit.entries().filter((e) => e.action.startsWith('absence-'));
    expect(entries.map((e) => [e.action, e.reason])).toEqual([
      ['absence-add', 'lagt inn i vinduet'],
      ['absence-add', 'sommerferie'],
      ['absence-edit', 'bare halv dag'],
      ['absence-delete', 'feil dag'],
    ]);
    // The private note never leaves the absences table, not even into the audit log.
    expect(entries.map((e) => `${e.before ?? ''}${e.after ?? ''}`).join('')).not.toContain('influensa');
    store.close();
  });

  it.each([
    ['an unknown kind', { kind: 'sick' }],
    ['a range that ends before it starts', { from: '2026-03-03', to: '2026-03-02' }],
    ['a part day of 0 hours', { hours: 0 }],
    ['a part day of 25 hours', { hours: 25 }],
    ['a date that is not YYYY-MM-DD', { from: '2026-3-2' }],
  ])('the schema refuses %s', async (_name, over) => {
    const store = await open();
    expect(() => store.absences.add({ kind: 'ferie', from: '2026-03-02', to: '2026-03-02', hours: null, ...(over as object) } as never, T0, 'x')).toThrow();
    expect(store.absences.list()).toEqual([]);
    store.close();
  });
});
