/** Help (issue 14 item 8): the window's keyboard shortcuts and where the focus goes after an action. */
import { useTodayTexts } from '../hooks/useTodayTexts';
import { SHORTCUTS } from '../lib/shortcuts';

export function HelpPage() {
  const t = useTodayTexts();
  return (
    <section aria-labelledby="help-h">
      <h1 id="help-h">{t('help.title')}</h1>
      <p>{t('help.intro')}</p>
      <h2 id="help-keys-h">{t('help.shortcuts')}</h2>
      <table className="help-keys" aria-labelledby="help-keys-h">
        <thead>
          <tr>
            <th scope="col">{t('help.key')}</th>
            <th scope="col">{t('help.does')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                <kbd>Ctrl</kbd> + <kbd>Shift</kbd> + <kbd>{s.key}</kbd>
              </td>
              <td>{t(`help.key.${s.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('help.key.note')}</p>
      <p>{t('help.focus')}</p>
    </section>
  );
}
