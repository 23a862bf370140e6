/** An in-memory `Services` that records every call (tests of the handler table and the IPC wrapper). */
import { defaultAgreement, type Session } from '../../../src/core/index';
import type { GroupOptions } from '../../../src/core/anonymise/index';
import type { Services, TrackerSnapshot } from '../../../src/app/api/services';
import type { SessionView, Settings } from '../../../src/shared/ipc/dto';
import { err, ok } from '../../../src/shared/result';

export interface FakeServices extends Services {
  readonly calls: string[];
  readonly logged: unknown[];
  failWith?: Error;
  /** Files the summary methods wrote (name → text), in the fake export folder. */
  readonly exported: Map<string, string | Uint8Array>;
}

export function fakeServices(now = Date.parse('2026-03-10T13:00:00Z')): FakeServices {
  const calls: string[] = [];
  const logged: unknown[] = [];
  let clock = now;
  let snap: TrackerSnapshot = { state: 'idle', openSince: null, pausedSince: null, current: null, idleQuestion: null, toReview: 0 };
  const closed: Session[] = [];
  const views: SessionView[] = [];
  let groupOptions: GroupOptions = {};
  const exported = new Map<string, string | Uint8Array>();
  let settings: Settings = { lang: 'en', warningLeadMinutes: 15, idleMinutes: 10, autostart: false, dataFolder: '/data', firstRunDone: false };
  const agreement = defaultAgreement({ zone: 'Europe/Oslo', windows: { mon: [{ from: 480, to: 945 }], tue: [{ from: 480, to: 945 }], wed: [{ from: 480, to: 945 }], thu: [{ from: 480, to: 945 }], fri: [{ from: 480, to: 945 }], sat: [], sun: [] } });
  const self: FakeServices = {
    calls,
    logged,
    exported,
    now: () => clock,
    log: (m, d) => void logged.push([m, d]),
    tracker: {
      snapshot: () => snap,
      start: (o) => {
        calls.push('tracker.start');
        if (self.failWith) throw self.failWith;
        if (snap.state !== 'idle') return err({ code: 'tracker.already-running', message: 'A session is already running.' });
        snap = { ...snap, state: 'working', openSince: clock, current: { kind: o.kind ?? 'work', location: o.location ?? 'home', initiative: o.initiative ?? 'employer' } };
      },
      pause: () => void (calls.push('tracker.pause'), (snap = { ...snap, state: 'paused', pausedSince: clock })),
      resume: () => void (calls.push('tracker.resume'), (snap = { ...snap, state: 'working', pausedSince: null })),
      stop: () => {
        calls.push('tracker.stop');
        if (snap.openSince !== null) closed.push({ start: snap.openSince, end: clock, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false });
        snap = { ...snap, state: 'idle', openSince: null, pausedSince: null, current: null };
        clock += 1;
      },
      resolveIdle: () => void calls.push('tracker.resolveIdle'),
      answerStillWorking: () => void calls.push('tracker.answerStillWorking'),
      undoAutoClose: () => void calls.push('tracker.undoAutoClose'),
      undoIdle: () => void calls.push('tracker.undoIdle'),
      startAt: (at) => void calls.push(`tracker.startAt:${at}`),
      stopAt: (at) => void calls.push(`tracker.stopAt:${at}`),
      changeStart: (at) => void calls.push(`tracker.changeStart:${at}`),
    },
    work: {
      zone: () => 'Europe/Oslo',
      sessions: (from, to, n) => [
        ...closed.filter((x) => x.end > from && x.start < to),
        ...(snap.state === 'working' && snap.openSince !== null ? [{ start: snap.openSince, end: n, kind: 'work' as const, location: 'home' as const, initiative: 'employer' as const, breakWithDuties: false }] : []),
      ],
      availability: () => [],
      agreementOn: () => agreement,
    },
    sessions: {
      list: () => (calls.push('sessions.list'), views),
      add: (input, reason) => {
        calls.push(`sessions.add:${reason}`);
        const v: SessionView = { ...input, id: `s${views.length + 1}`, review: null, source: 'manual' };
        views.push(v);
        return ok(v);
      },
      edit: (id) => (calls.push('sessions.edit'), err({ code: 'session.unknown', message: `No session ${id}.` })),
      remove: () => void calls.push('sessions.remove'),
      history: () => (calls.push('sessions.history'), []),
    },
    agreements: {
      list: () => [{ validFrom: '2026-01-01', savedAt: 0, document: { format: 'fyrabend.agreement/1' } }],
      save: (d) => (calls.push('agreements.save'), ok({ validFrom: '2026-01-01', savedAt: clock, document: d })),
    },
    settings: {
      get: () => settings,
      set: (p) => (calls.push('settings.set'), (settings = { ...settings, ...p }), ok(settings)),
    },
    warnings: {
      pending: () => [],
      snooze: () => void calls.push('warnings.snooze'),
      dismiss: () => void calls.push('warnings.dismiss'),
      recordOvertimeReason: (i) => (calls.push('warnings.reason'), ok({ sessionId: i.sessionId, recordedAt: clock, reasons: i.reasons, text: i.text })),
    },
    backups: {
      create: () => (calls.push('backups.create'), { name: 'b1.db', createdAt: clock, bytes: 10 }),
      list: () => [],
      restore: () => void calls.push('backups.restore'),
    },
    summaries: {
      groupOptions: () => groupOptions,
      saveGroupOptions: (o) => {
        calls.push('summaries.saveGroupOptions');
        if (self.failWith) throw self.failWith;
        groupOptions = Object.fromEntries(Object.entries(o).filter(([, list]) => list.length > 0));
      },
      summaryId: () => `00000000-0000-8000-8000-${String(exported.size + 1).padStart(12, '0')}`,
      randomUuid: () => `00000000-0000-4000-8000-${String(exported.size + 1).padStart(12, '0')}`,
      exports: {
        write: async (name, data) => (calls.push(`exports.write:${name}`), exported.set(name, data), `/exports/${name}`),
      },
    },
    location: {
      pick: () => (calls.push('location.pick'), '/picked/folder'),
      move: (folder) => {
        calls.push(`location.move:${folder}`);
        if (folder === '/data') return err({ code: 'data-folder.same-folder', message: 'Your data is already in /data. Choose another folder.' });
        return ok({ folder, database: `${folder}/fyrabend.db`, previousDatabase: '/data/fyrabend.db', previousFolder: '/data', backupsCopied: 0, backupsFailed: 0, pointerFile: '/appdata/location.json' });
      },
    },
  };
  return Object.assign(self, { advance: (ms: number) => (clock += ms) });
}
