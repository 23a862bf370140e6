/**
 * The tray: icon per state, tooltip, and a context menu rebuilt from the pure view model
 * (src/app/tray) only when its items changed. Electron's Tray and Menu are injected.
 */
import { sameMenu, type TrayAction, type TrayIcon, type TrayItem, type TrayModel } from '../app/tray/view-model';

export interface MenuItemSpec {
  readonly label?: string;
  readonly type?: 'normal' | 'separator';
  readonly enabled?: boolean;
  readonly click?: () => void;
}

export interface TrayLike {
  setImage(image: string): void;
  setToolTip(text: string): void;
  setContextMenu(menu: unknown): void;
  on(event: 'click', listener: () => void): unknown;
}

export interface TrayDeps {
  readonly tray: TrayLike;
  /** Electron's Menu.buildFromTemplate. */
  readonly buildMenu: (items: MenuItemSpec[]) => unknown;
  /** Icon file for a state (platform sizes chosen by icons.ts). */
  readonly iconPath: (icon: TrayIcon) => string;
  readonly onAction: (action: TrayAction) => void;
}

export function menuTemplate(items: readonly TrayItem[], onAction: (a: TrayAction) => void): MenuItemSpec[] {
  return items.map((item) => {
    if (item.type === 'separator') return { type: 'separator' };
    if (item.type === 'info') return { label: item.label, enabled: false };
    return { label: item.label, click: () => onAction(item.action) };
  });
}

export class TrayController {
  private items: readonly TrayItem[] | null = null;
  private icon: TrayIcon | null = null;
  private tooltip: string | null = null;
  menuBuilds = 0;

  constructor(private readonly d: TrayDeps) {
    d.tray.on('click', () => d.onAction('open-window'));
  }

  update(model: TrayModel): void {
    if (model.icon !== this.icon) {
      this.d.tray.setImage(this.d.iconPath(model.icon));
      this.icon = model.icon;
    }
    if (model.tooltip !== this.tooltip) {
      this.d.tray.setToolTip(model.tooltip);
      this.tooltip = model.tooltip;
    }
    if (this.items && sameMenu(this.items, model.items)) return;
    this.items = model.items;
    this.menuBuilds++;
    this.d.tray.setContextMenu(this.d.buildMenu(menuTemplate(model.items, this.d.onAction)));
  }
}
