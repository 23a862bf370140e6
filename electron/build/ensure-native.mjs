// Makes sure a better-sqlite3 binary built for the installed Electron's ABI exists at
// .native/electron-<version>/better_sqlite3.node (the main process passes it as `nativeBinding`),
// while node_modules keeps the Node build the tests and the CLI use. Needs the internet once:
// it copies the package to a temp dir and runs prebuild-install (or node-gyp as a fallback) there.
import { cpSync, existsSync, mkdirSync, mkdtempSync, copyFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const target = join(root, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');

if (existsSync(target)) {
  console.log(`native module for Electron ${electronVersion}: ${target}`);
  process.exit(0);
}

const pkgDir = join(require.resolve('better-sqlite3/package.json'), '..');
const work = mkdtempSync(join(tmpdir(), 'fyrabend-native-'));
const copy = join(work, 'better-sqlite3');
cpSync(pkgDir, copy, { recursive: true, filter: (src) => !src.includes(`${join('build', 'Release')}`) });
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: copy, stdio: 'inherit', shell: process.platform === 'win32' });

try {
  try {
    const prebuild = existsSync(bin('prebuild-install')) ? bin('prebuild-install') : join(pkgDir, 'node_modules', '.bin', 'prebuild-install');
    run(prebuild, ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch]);
  } catch {
    console.log('no prebuilt binary; compiling with node-gyp (needs a C++ toolchain and Python)');
    run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers']);
  }
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) throw new Error(`no ${built} after the build`);
  mkdirSync(join(target, '..'), { recursive: true });
  copyFileSync(built, target);
  console.log(`built better-sqlite3 for Electron ${electronVersion}: ${target}`);
} catch (e) {
  console.error(`Could not build better-sqlite3 for Electron ${electronVersion}: ${e instanceof Error ? e.message : e}`);
  console.error('Connect to the internet (prebuilt binaries) or install a C++ toolchain, then run `npm start` again.');
  process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
