/**
 * `fyrabend import FILE [--db F]`: brings a `fyrabend.sessions/1` or `fyrabend.agreement/1` file
 * into the log. A bad file changes nothing and every problem is reported with its JSON path, in the
 * user's language (exit 2).
 * Importing the same file twice adds nothing: a session with the same start, end and kind is skipped.
 * A session that overlaps a different recorded one is refused (time is never counted twice).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SessionInput } from '../../app/ports/session-repo';
import { localTime } from '../../app/tracker/problems';
import { parseAgreementJson } from '../../shared/formats/agreement';
import { parseJsonText, problemText, type FormatProblem } from '../../shared/formats/problems';
import { parseSessionsJson } from '../../shared/formats/sessions';
import { UsageError, type Command } from '../command';
import { langOf, withSessions } from '../db';
import { t } from '../session-texts';

export const importCommand: Command = {
  name: ['import'],
  summary: 'Import sessions (fyrabend.sessions/1) or an agreement (fyrabend.agreement/1) into the log.',
  usage: 'import FILE [--db FILE] [--zone Europe/Oslo] [--lang nb|nn|en]',
  run(args, io) {
    const lang = langOf(args, io);
    const file = args.positional[0];
    if (!file) throw new UsageError(t(lang, 'missing-file', { what: 'import' }));
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (e) {
      throw new UsageError(t(lang, 'cannot-read', { file, detail: e instanceof Error ? e.message : String(e) }));
    }
    /** Each problem as `FILE: PATH: what is wrong`; format problems are rendered in `lang`, the import's own already are. */
    const report = (problems: readonly (FormatProblem | { path: string; text: string })[]): 2 => {
      io.stderr(`fyrabend: ${t(lang, 'import-problems', { file, count: problems.length })}\n`);
      for (const p of problems) io.stderr(`  ${file}: ${p.path}: ${'text' in p ? p.text : problemText(p, lang)}\n`);
      return 2;
    };
    const json = parseJsonText(text);
    if (!json.ok) return report([json.problem]);
    const format = (json.value as { format?: unknown } | null)?.format;

    if (format === 'fyrabend.agreement/1') {
      const parsed = parseAgreementJson(json.value);
      if (!parsed.ok) return report(parsed.error);
      return withSessions(args, io, ({ store, clock }) => {
        store.agreements.save(parsed.value.validFrom, text, clock.now());
        io.stdout(t(lang, 'imported-agreement', { validFrom: parsed.value.validFrom }) + '\n');
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
      return store.sessions.atomically(() => {
        const problems: { path: string; text: string }[] = [];
        inputs.forEach((s, i) => {
          const clash = store.sessions.overlapping(s.start, s.end).find((o) => !(o.start === s.start && o.end === s.end && o.kind === s.kind));
          if (clash) problems.push({ path: `$.sessions[${i}]`, text: t(lang, 'import-overlap', { start: localTime(clash.start, zone), end: localTime(clash.end, zone) }) });
          const j = inputs.findIndex((o, k) => k < i && o.start < s.end && o.end > s.start);
          if (j >= 0) problems.push({ path: `$.sessions[${i}]`, text: t(lang, 'import-overlap-file', { other: `$.sessions[${j}]` }) });
        });
        if (problems.length > 0) return report(problems);
        const outcome = store.sessions.importMany(inputs, parsed.value.availability, zone, clock.now(), `import ${file}`);
        io.stdout(t(lang, 'imported', { added: outcome.added, skipped: outcome.skipped }) + '\n');
        return 0 as const;
      });
    });
  },
};
