/**
 * The flexitime balance of the Week and Month pages (issue 15): worked, expected and the period's
 * balance, the running balance (saldo) at the end of the period, and the days with absence.
 */
import type { BalanceView } from '../../shared/ipc/absence-contract';
import { useAbsenceTexts } from '../hooks/useAbsenceTexts';
import { useI18n } from '../i18n';
import { formatBalance, formatDay, formatHours } from '../lib/format';

export function PeriodBalance({ mode, balance, error }: { mode: 'week' | 'month'; balance: BalanceView | null; error?: string | null }) {
  const t = useAbsenceTexts();
  const { lang } = useI18n();
  const absent = (balance?.days ?? []).filter((d) => d.kinds.length > 0);
  return (
    <section aria-labelledby="period-balance-h" className="figures-box">
      <h2 id="period-balance-h">{t('balance.title')}</h2>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {balance ? (
        <>
          <p data-testid="period-balance">
            {t(mode === 'week' ? 'period.week' : 'period.month', { worked: formatHours(balance.worked, lang), expected: formatHours(balance.expected, lang), balance: formatBalance(balance.balance, lang) })}
          </p>
          <p data-testid="period-saldo">{t('period.saldo', { date: formatDay(balance.to, lang, false), value: formatBalance(balance.saldo, lang) })}</p>
          <h3>{t('period.absence')}</h3>
          {absent.length === 0 ? (
            <p>{t('period.noAbsence')}</p>
          ) : (
            <ul className="absence-list" data-testid="period-absence">
              {absent.map((d) => (
                <li key={d.date}>
                  {formatDay(d.date, lang)}: {d.kinds.map((k) => t(`kind.${k}`)).join(', ')}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
