/**
 * When the host cannot start (an unusable database, a location.json that cannot be used), the user
 * sees a dialog with the reason and the way out — never a silent exit: restore the newest backup
 * (a damaged database that has one), choose another folder holding a Fyrabend database (written
 * to location.json, then the app restarts on it), or quit without changing anything.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE_NAME, LOCATION_TEXTS } from '../app/data-location/index';
import type { PointerFile } from '../app/ports/data-folder';
import type { Lang } from '../core/model';
import { translate, type Params } from '../shared/i18n/catalog';
import type { Platform } from './platform';
import { HOST_TEXTS, type HostTextKey } from './texts';

export interface StartupFailure {
  /** Why, in the user's language (the store's or the location's own message). */
  readonly reason: string;
  /** The newest backup of a damaged database, offered for restore. */
  readonly backup: string | null;
  /** location.json to write when the user chooses another folder; null when FYRABEND_DB decides. */
  readonly pointer: PointerFile | null;
  /** Where the folder picker starts. */
  readonly defaultFolder: string;
}

export interface StartupFailureDeps {
  readonly platform: Pick<Platform, 'showMessageBox' | 'showOpenDialog' | 'relaunch' | 'exit'>;
  readonly lang: Lang;
  /** Restores `backup` over the database (the store's restoreBackup). */
  readonly restore: (backup: string) => Promise<void>;
  readonly log: (message: string, detail?: unknown) => void;
}

type Choice = 'restore' | 'choose' | 'quit';

/** Shows the dialog and does what the user chose; ends with a relaunch or an exit. */
export async function handleStartupFailure(f: StartupFailure, d: StartupFailureDeps): Promise<Choice> {
  const t = (key: HostTextKey, params: Params = {}) => translate(HOST_TEXTS, d.lang, key, params);
  const choices: Choice[] = [...(f.backup ? (['restore'] as const) : []), ...(f.pointer ? (['choose'] as const) : []), 'quit'];
  const wayOut = f.backup ? t('startup.wayOut.restore', { backup: f.backup }) : f.pointer ? t('startup.wayOut.folder') : t('startup.wayOut.quit');
  const label = { restore: t('startup.restore'), choose: t('startup.choose'), quit: t('startup.quit') };
  let detail = wayOut;
  for (;;) {
    const answer = await d.platform.showMessageBox({
      type: 'error', title: 'Fyrabend', message: `${t('startup.title')}. ${f.reason}`, detail,
      buttons: choices.map((c) => label[c]), defaultId: 0, cancelId: choices.length - 1,
    });
    const choice = choices[answer] ?? 'quit';
    d.log(`start-up failure: the user chose ${choice}`);
    if (choice === 'quit') {
      d.platform.exit(1);
      return choice;
    }
    if (choice === 'restore' && f.backup) {
      try {
        await d.restore(f.backup);
      } catch (e) {
        d.log('restore at start-up failed', e);
        await d.platform.showMessageBox({ type: 'error', title: 'Fyrabend', message: t('startup.restoreFailed', { detail: e instanceof Error ? e.message : String(e) }), buttons: [label.quit] });
        d.platform.exit(1);
        return choice;
      }
      d.platform.relaunch();
      d.platform.exit(0);
      return choice;
    }
    if (choice === 'choose' && f.pointer) {
      const picked = await d.platform.showOpenDialog(null, { title: translate(LOCATION_TEXTS, d.lang, 'pick-title'), defaultPath: f.defaultFolder, properties: ['openDirectory'] });
      const folder = picked.canceled ? null : (picked.filePaths[0] ?? null);
      if (folder === null) continue;
      if (!existsSync(join(folder, DB_FILE_NAME))) {
        detail = `${t('startup.noDatabase', { folder })} ${wayOut}`;
        continue;
      }
      await f.pointer.write(folder);
      d.log('start-up failure: location.json now names another folder');
      d.platform.relaunch();
      d.platform.exit(0);
      return choice;
    }
  }
}
