/**
 * `fyrabend import FILE [--db F]`: brings a `fyrabend.sessions/1`, `fyrabend.agreement/1` or
 * `fyrabend.absence/1` file into the log (absence: issue 15, the overlap rules in import-absence.ts;
 * each absence is audited as an addition, and one in a month already sent to payroll reaches payroll
 * as a correction with the next submission). A bad file changes nothing and its problems are reported with their JSON paths, in
 * the user's language (exit 2; the first 20 and a count of the rest, control characters escaped).
 * Importing the same file twice adds nothing: a session with the same start, end and kind is skipped.
 * A session that overlaps a different recorded one is refused (time is never counted twice); the
 * checks run in O(n log n) over one indexed read of the file's time span (import-overlaps.ts), and
 * the whole import is one transaction. Success is printed only after the commit. An agreement may be
 * at most 1 MB and is stored as the parsed and re-serialised document, not the file's raw text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SessionInput } from '../../app/ports/session-repo';
import { localTime } from '../../app/tracker/problems';
import { MAX_AGREEMENT_BYTES, parseAgreementJson } from '../../shared/formats/agreement';
import { ioReason, parseJsonText, problemText, type FormatProblem } from '../../shared/formats/problems';
import { ABSENCE_FORMAT, parseAbsenceDocument } from '../../shared/formats/absence';
import { parseSessionsJson } from '../../shared/formats/sessions';
import { auditReason } from '../../shared/audit-reason';
import { UsageError, type Command } from '../command';
import { langOf, withSessions } from '../db';
import { absenceImportText, absenceSpan, planAbsenceImport } from '../import-absence';
import { findOverlaps } from '../import-overlaps';
import { t } from '../session-texts';
import { capped, printable } from '../terminal-text';

export const importCommand: Command = {
  name: ['import'],
  summary: 'Import sessions (fyrabend.sessions/1), an agreement (fyrabend.agreement/1) or absences (fyrabend.absence/1) into the log.',
  usage: 'import FILE [--db FILE] [--zone Europe/Oslo] [--lang nb|nn|en]',
  run(args, io) {
    const lang = langOf(args, io);
    const file = args.positional[0];
    if (!file) throw new UsageError(t(lang, 'missing-file', { what: 'import' }));
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (e) {
      throw new UsageError(printable(t(lang, 'cannot-read', { file, detail: ioReason(e, lang) })));
    }
    /** Each problem as `FILE: PATH: what is wrong`; format problems are rendered in `lang`, the import's own already are. */
    const report = (problems: readonly (FormatProblem | { path: string; text: string })[]): 2 => {
      const { shown, more } = capped(problems);
      io.stderr(`fyrabend: ${printable(t(lang, 'import-problems', { file, count: problems.length }))}\n`);
      for (const p of shown) io.stderr(`  ${printable(`${file}: ${p.path}: ${'text' in p ? p.text : problemText(p, lang)}`)}\n`);
      if (more > 0) io.stderr(`  ${t(lang, 'problems-more', { count: more })}\n`);
      return 2;
    };
    const json = parseJsonText(text);
    if (!json.ok) return report([json.problem]);
    const format = (json.value as { format?: unknown } | null)?.format;

    if (format === 'fyrabend.agreement/1') {
      const size = Buffer.byteLength(text, 'utf8');
      if (size > MAX_AGREEMENT_BYTES) throw new UsageError(printable(t(lang, 'agreement-too-large', { file, size, max: MAX_AGREEMENT_BYTES })));
      const parsed = parseAgreementJson(json.value);
      if (!parsed.ok) return report(parsed.error);
      const stored = JSON.stringify(json.value);
      return withSessions(args, io, ({ store, clock }) => {
        store.agreements.save(parsed.value.validFrom, stored, clock.now());
        io.stdout(t(lang, 'imported-agreement', { validFrom: parsed.value.validFrom }) + '\n');
        return 0 as const;
      });
    }
    if (format === ABSENCE_FORMAT) {
      const parsed = parseAbsenceDocument(json.value);
      if (!parsed.ok) return report(parsed.error);
      const entries = parsed.value;
      return withSessions(args, io, ({ store, clock }) => {
        const outcome = store.sessions.atomically(() => {
          const span = absenceSpan(entries);
          const plan = planAbsenceImport(entries, span ? store.absences.list(span.from, span.to) : [], lang);
          if (plan.problems.length > 0) return { problems: plan.problems, added: 0, skipped: 0 };
          const at = clock.now();
          for (const a of plan.add) store.absences.add(a, at, `import ${file}`);
          return { problems: null, added: plan.add.length, skipped: plan.skipped };
        });
        // printed only after the commit
        if (outcome.problems) return report(outcome.problems);
        io.stdout(absenceImportText(lang, 'imported', { added: outcome.added, skipped: outcome.skipped }) + '\n');
        return 0 as const;
      });
    }
    if (format !== 'fyrabend.sessions/1') return report([{ path: '$.format', text: t(lang, 'import-unknown') }]);
    const parsed = parseSessionsJson(json.value);
    if (!parsed.ok) return report(parsed.error);

    return withSessions(args, io, ({ store, clock, zone }) => {
      const inputs: SessionInput[] = parsed.value.sessions.map((s) => ({
        start: s.start,
        end: s.end,
        zone,
        kind: s.kind,
        location: s.location,
        initiative: s.initiative,
        breakWithDuties: s.breakWithDuties,
        ...(s.note !== undefined ? { note: s.note } : {}),
      }));
      const outcome = store.sessions.atomically(() => {
        let from = Infinity;
        let to = -Infinity;
        for (const s of inputs) {
          if (s.start < from) from = s.start;
          if (s.end > to) to = s.end;
        }
        const recorded = inputs.length > 0 ? store.sessions.between(from, to) : [];
        const problems = findOverlaps(inputs, recorded).map((o) => ({
          path: `$.sessions[${o.index}]`,
          text: o.kind === 'file' ? t(lang, 'import-overlap-file', { other: `$.sessions[${o.other}]` }) : t(lang, 'import-overlap', { start: localTime(o.recorded.start, zone), end: localTime(o.recorded.end, zone) }),
        }));
        if (problems.length > 0) return { problems, imported: null };
        return { problems: null, imported: store.sessions.importMany(inputs, parsed.value.availability, zone, clock.now(), auditReason('import', { file })) };
      });
      // printed only now: the transaction has committed (synchronous=FULL), so the sessions are on disk
      if (outcome.problems) return report(outcome.problems);
      io.stdout(t(lang, 'imported', { added: outcome.imported.added, skipped: outcome.imported.skipped }) + '\n');
      return 0 as const;
    });
  },
};
