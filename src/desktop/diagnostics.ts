/**
 * Settings → "Log and diagnostics" in the host: open the log file, and the diagnostics text that
 * "Copy diagnostics" puts on the clipboard — versions, platform, desktop session, idle source,
 * notifier, how the data folder was found, schema version, language. No personal data: no paths,
 * no user or machine name, no time zone, nothing about sessions or hours.
 */
import type { DiagnosticsService } from '../app/api/diagnostics-handlers';
import { translate } from '../shared/i18n/catalog';
import { err, ok } from '../shared/result';
import type { Platform } from './platform';
import { HOST_TEXTS } from './texts';

export interface DiagnosticsFacts {
  readonly versions: Readonly<Record<string, string>>;
  readonly os: string;
  readonly sessionType: string | undefined;
  readonly desktop: string | undefined;
  readonly idleSource: string;
  readonly notifier: string;
  readonly dataFolder: 'default' | 'moved' | 'FYRABEND_DB';
  readonly schemaVersion: number;
  readonly lang: string;
}

/** The text "Copy diagnostics" copies (English: it goes to whoever helps, in any language). */
export function diagnosticsText(f: DiagnosticsFacts): string {
  const runtime = ['electron', 'chrome', 'node'].filter((k) => f.versions[k]).map((k) => `${k} ${f.versions[k]}`).join(', ');
  return [
    `Fyrabend ${f.versions.app ?? '?'}`,
    `Runtime: ${runtime}`,
    `Platform: ${f.os}; session ${f.sessionType ?? 'unknown'}; desktop ${f.desktop ?? 'unknown'}`,
    `Idle time source: ${f.idleSource}`,
    `Notifications: ${f.notifier}`,
    `Data folder: ${f.dataFolder}`,
    `Database schema: version ${f.schemaVersion}`,
    `Language: ${f.lang}`,
    '',
  ].join('\n');
}

export function hostDiagnostics(d: { platform: Pick<Platform, 'openPath' | 'writeClipboard'>; logFile: string; facts: () => DiagnosticsFacts; log: (m: string) => void }): DiagnosticsService {
  return {
    showLog: async (lang) => {
      const problem = await d.platform.openPath(d.logFile).catch((e: unknown) => (e instanceof Error ? e.message : String(e)) || 'unknown error');
      if (problem === '') return ok(null);
      d.log(`the log could not be opened: ${problem}`);
      return err({ code: 'log.open-failed', message: translate(HOST_TEXTS, lang, 'log.openFailed', { reason: problem, file: d.logFile }) });
    },
    copy: () => {
      const text = diagnosticsText(d.facts());
      d.platform.writeClipboard(text);
      d.log('diagnostics copied to the clipboard');
      return ok({ text });
    },
  };
}
