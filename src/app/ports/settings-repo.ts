/** Key/value settings (values are JSON text), e.g. the tracker thresholds and the user's zone. */
export interface SettingsRepo {
  get(key: string): string | null;
  set(key: string, value: string): void;
}
