/**
 * Handlers of Settings → "Log and diagnostics" (issue 19), spread into HANDLERS. The desktop host
 * provides the service (it owns the log file and the clipboard); without it (tests, the CLI) both refuse.
 */
import type { Lang } from '../../core/model';
import { defineCatalog, translate } from '../../shared/i18n/catalog';
import type { DiagnosticsText } from '../../shared/ipc/diagnostics-contract';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import { err, type Result } from '../../shared/result';
import type { Services } from './services';
import { userLang } from './user-lang';

export interface DiagnosticsService {
  /** Opens the log file with the desktop's program; a refusal says why and where the file is. */
  showLog(lang: Lang): Promise<Result<null>>;
  /** Copies the diagnostics text to the clipboard and returns it. */
  copy(): Result<DiagnosticsText>;
}

const TEXTS = defineCatalog<'off'>({
  nb: { off: 'Loggen og diagnosen finnes bare i Fyrabend-appen i systemkurven.' },
  nn: { off: 'Loggen og diagnosen finst berre i Fyrabend-appen i systemfeltet.' },
  en: { off: 'The log and the diagnostics exist only in the Fyrabend tray app.' },
});

type DiagnosticsMethod = 'logShow' | 'diagnosticsCopy';
type DiagnosticsHandler<K extends DiagnosticsMethod> = (services: Services, input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

const off = (s: Services): Result<never> => err({ code: 'diagnostics.off', message: translate(TEXTS, userLang(s), 'off') });

export const DIAGNOSTICS_HANDLERS: { readonly [K in DiagnosticsMethod]: DiagnosticsHandler<K> } = {
  logShow: async (s) => (s.diagnostics ? s.diagnostics.showLog(userLang(s)) : off(s)),
  diagnosticsCopy: async (s) => (s.diagnostics ? s.diagnostics.copy() : off(s)),
};
