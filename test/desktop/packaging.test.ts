/**
 * The packaging configuration (`build` in package.json) against electron-builder itself: its own
 * schema check (validateConfiguration, which reads app-builder-lib's scheme.json), the metadata its
 * deb and rpm targets refuse to build without (author with email, homepage), and the deb's
 * dependencies: electron-builder's defaults (read from its FpmTarget) plus what Fyrabend runs
 * (notify-send, gdbus), and no AppIndicator library, which current Electron does not use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  author?: { name?: string; email?: string } | string;
  homepage?: string;
  build: { deb: { depends: string[]; recommends?: string[] }; linux: Record<string, unknown> };
};
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(): void }): Promise<void> };
const FpmTarget = (require('app-builder-lib/out/targets/FpmTarget') as { default: { prototype: { getDefaultDepends(target: string): string[] } } }).default;

describe('packaging configuration', () => {
  it("passes electron-builder's own schema check", async () => {
    await expect(validateConfiguration(pkg.build, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('the schema check can fail (a misspelt option is refused)', async () => {
    await expect(validateConfiguration({ ...pkg.build, deb: { ...pkg.build.deb, depend: [] } }, { isEnabled: false, add: () => undefined })).rejects.toThrow(/Invalid configuration object/);
  });

  it('names an author with an email and a homepage (the deb maintainer and URL)', () => {
    expect(typeof pkg.author === 'object' && pkg.author.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(typeof pkg.author === 'object' && pkg.author.name).toBeTruthy();
    expect(pkg.homepage).toMatch(/^https:\/\//);
  });

  it("the deb depends on electron-builder's defaults plus libnotify-bin (notify-send) and libglib2.0-bin (gdbus)", () => {
    const defaults = FpmTarget.prototype.getDefaultDepends('deb');
    expect(defaults).toContain('libgtk-3-0');
    expect(pkg.build.deb.depends).toEqual([...defaults, 'libnotify-bin', 'libglib2.0-bin']);
  });

  it('neither depends on nor recommends an AppIndicator library', () => {
    expect([...pkg.build.deb.depends, ...(pkg.build.deb.recommends ?? [])].filter((d) => /appindicator/i.test(d))).toEqual([]);
    expect(pkg.build.deb.recommends).toEqual([]);
  });
});
