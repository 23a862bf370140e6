/** The window: navigation, language, first-run, and the pages. Re-fetches when the main process says something changed. */
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../core/model';
import { api, type Settings } from './api';
import { useAgreements } from './hooks/useAgreements';
import { useResource } from './hooks/useResource';
import { I18nProvider, useI18n } from './i18n';
import { AgreementPage } from './pages/AgreementPage';
import { FindingsPage } from './pages/FindingsPage';
import { FirstRunDialog } from './pages/FirstRunDialog';
import { PeriodPage } from './pages/PeriodPage';
import { SessionsPage } from './pages/SessionsPage';
import { AbsencePage } from './pages/AbsencePage';
import { SettingsPage } from './pages/SettingsPage';
import { TodayPage, type TodayRequest } from './pages/TodayPage';
import { HelpPage } from './pages/HelpPage';
import { shortcutOf } from './lib/shortcuts';
import { RepresentativePage } from './pages/Representative';
import { UnionSummaryPage } from './pages/UnionSummary';
import { ExportPage } from './pages/Export';
import { RulesUpdateNotice } from './components/RulesUpdateNotice';

export type Page = 'today' | 'week' | 'month' | 'findings' | 'sessions' | 'absence' | 'agreement' | 'settings' | 'export' | 'union' | 'rep' | 'help';
const PAGES: readonly Page[] = ['today', 'week', 'month', 'findings', 'sessions', 'absence', 'agreement', 'settings', 'export', 'union', 'rep', 'help'];
const DEFAULT_ZONE = 'Europe/Oslo';

export function App() {
  const [changed, setChanged] = useState(0);
  const bump = () => setChanged((n) => n + 1);
  const settingsRes = useResource(() => api.settingsGet(), [changed]);
  const status = useResource(() => api.trackerStatus(), []);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [langOverride, setLangOverride] = useState<Lang | null>(null);
  useEffect(() => {
    if (settingsRes.data) setSettings(settingsRes.data);
  }, [settingsRes.data]);
  useEffect(() => api.onStateChanged(() => bump()), []);
  const lang: Lang = langOverride ?? settings?.lang ?? 'nb';
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const zone = status.data?.zone ?? DEFAULT_ZONE;
  return (
    <I18nProvider lang={lang}>
      <Shell settings={settings} error={settingsRes.error} zone={zone} changed={changed} bump={bump} onSettings={(s) => { setSettings(s); setLangOverride(null); }} onLang={setLangOverride} lang={lang} />
    </I18nProvider>
  );
}

interface ShellProps {
  readonly settings: Settings | null;
  readonly error: string | null;
  readonly zone: string;
  readonly changed: number;
  readonly lang: Lang;
  readonly bump: () => void;
  readonly onSettings: (s: Settings) => void;
  readonly onLang: (l: Lang) => void;
}

function Shell({ settings, error, zone, changed, lang, bump, onSettings, onLang }: ShellProps) {
  const { t } = useI18n();
  const [page, setPage] = useState<Page>('today');
  const agreements = useAgreements([changed]);
  // Issue 14 items 4 and 8: a notification's "record the overtime" and the window's shortcuts go to Today, which acts on them.
  const [request, setRequest] = useState<TodayRequest | null>(null);
  const nonce = useRef(0);
  useEffect(
    () =>
      api.onNavigate((req) => {
        if (req.action === 'stop-or-record-overtime') {
          setPage('today');
          setRequest({ kind: 'record', ...(req.sessionId !== undefined ? { sessionId: req.sessionId } : {}), nonce: ++nonce.current });
          return;
        }
        // Issue 14 item 3: the tray's "stop at a chosen time…", "change the start…", "start at a chosen time…".
        if (req.action === 'start-at' || req.action === 'stop-at' || req.action === 'change-start') {
          setPage('today');
          setRequest({ kind: 'chosen', mode: req.action === 'start-at' ? 'start' : req.action === 'stop-at' ? 'stop' : 'change', nonce: ++nonce.current });
          return;
        }
        const p = req.page === 'week' || req.page === 'today' || req.page === 'findings' || req.page === 'agreement' || req.page === 'settings' || req.page === 'export' ? req.page : 'today';
        setPage(p);
      }),
    [],
  );
  const ready = Boolean(settings?.firstRunDone);
  useEffect(() => {
    if (!ready) return undefined;
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutOf(e);
      if (!action || document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      setPage('today');
      setRequest({ kind: 'shortcut', action, nonce: ++nonce.current });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ready]);
  // The representative's page only when turned on in Settings (issue 14 item 8).
  const shown = PAGES.filter((p) => p !== 'rep' || settings?.repPage === true);
  useEffect(() => {
    if (page === 'rep' && settings && settings.repPage !== true) setPage('settings');
  }, [page, settings]);
  if (!settings) {
    return (
      <main className="loading">
        <p role={error ? 'alert' : 'status'}>{error ?? t('app.loading')}</p>
      </main>
    );
  }
  if (!settings.firstRunDone) {
    return (
      <main>
        <FirstRunDialog zone={zone} lang={lang} onLang={onLang} onDone={bump} />
      </main>
    );
  }
  const list = agreements.data ?? [];
  // The once-only notice about the version 2 readings links to the agreement form's working-time settings.
  const openAgreementSettings = () => {
    setPage('agreement');
    // Focus scrolls the settings into view and puts the keyboard (and a screen reader) there.
    requestAnimationFrame(() => document.getElementById('agreement-limits')?.focus());
  };
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <nav aria-label={t('nav.label')}>
        <p className="brand">Fyrabend</p>
        <ul>
          {shown.map((p) => (
            <li key={p}>
              <button type="button" className="nav-item" aria-current={page === p ? 'page' : undefined} onClick={() => setPage(p)}>
                {t(`nav.${p}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {settings.rulesUpdateNotice ? <RulesUpdateNotice onOpen={openAgreementSettings} onDismissed={onSettings} /> : null}
        {page === 'today' ? <TodayPage agreements={list} zone={zone} changed={changed} request={request} /> : null}
        {page === 'week' || page === 'month' ? <PeriodPage key={page} mode={page} agreements={list} zone={zone} changed={changed} /> : null}
        {page === 'findings' ? <FindingsPage zone={zone} changed={changed} /> : null}
        {page === 'sessions' ? <SessionsPage zone={zone} changed={changed} onChanged={bump} /> : null}
        {page === 'absence' ? <AbsencePage zone={zone} changed={changed} onChanged={bump} /> : null}
        {page === 'agreement' ? <AgreementPage agreements={list} zone={zone} onChanged={bump} /> : null}
        {page === 'settings' ? <SettingsPage settings={settings} zone={zone} onChanged={onSettings} /> : null}
        {page === 'export' ? <ExportPage zone={zone} /> : null}
        {page === 'union' ? <UnionSummaryPage zone={zone} /> : null}
        {page === 'rep' && settings.repPage === true ? <RepresentativePage /> : null}
        {page === 'help' ? <HelpPage /> : null}
      </main>
    </div>
  );
}
