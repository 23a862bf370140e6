#!/usr/bin/env node
// Launcher for `fyrabend`: runs the bundle that `npm install` (the `prepare` script) builds.
//
// Start-up (issue 21): the bundle's compiled code is cached between runs. Where Node has
// module.enableCompileCache (22.1+), Node keeps the cache (in NODE_COMPILE_CACHE, else its default
// folder in the temp directory). On Node 20 the same is done here with V8's code cache (vm.Script
// cachedData) in a folder of the temp directory that only this user may write; any problem with that
// cache (missing, stale, rejected by V8, a folder that cannot be written) just means a normal compile.
// `--debug` turns on source-mapped stack traces (the minified bundle's map lies beside it).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const Module = require('node:module');

const bundle = path.join(__dirname, '..', '..', 'out', 'cli', 'fyrabend.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('fyrabend: the command line is not built yet. Run `npm install` (or `npm run build:cli`) in the Fyrabend folder first.\n');
  process.exit(1);
}
const debug = process.argv.includes('--debug');

/** A folder of the temp directory for this user only (created 0700; refused if another user owns it or may write it). */
function privateCacheDir() {
  const os = require('node:os');
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  const dir = path.join(os.tmpdir(), `fyrabend-compile-cache-${uid ?? 'user'}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.statSync(dir);
  if (uid !== null && (st.uid !== uid || (st.mode & 0o022) !== 0)) return null;
  return dir;
}

/**
 * Removes the caches of earlier builds of the bundle (another size or time in the name) once a new
 * cache is written, so updates do not pile them up in the temp directory; the other commands' caches
 * of this build stay.
 */
function dropStaleCaches(dir, written) {
  const build = written.split('-').slice(0, 4).join('-');
  for (const f of fs.readdirSync(dir)) {
    if (f.endsWith('.cache') && !f.startsWith(`${build}-`)) fs.rmSync(path.join(dir, f), { force: true });
  }
}

/**
 * The bundle's require: exceljs's Workbook (out/cli/exceljs-workbook.cjs, only for an xlsx file) is
 * loaded with its own code cache; all else as usual.
 */
function bundleRequire(file) {
  const req = Module.createRequire(file);
  let workbook;
  const own = (id) => {
    if (id !== './exceljs-workbook.cjs') return req(id);
    if (workbook === undefined) {
      try {
        workbook = loadWithCodeCache(path.join(path.dirname(file), id), 'exceljs-workbook');
      } catch {
        workbook = req(id);
      }
    }
    return workbook;
  };
  return Object.assign(own, req);
}

/**
 * Node 20: loads a bundle file as CommonJS through vm.Script with V8's code cache; returns its exports.
 * `sub` names the subfolder of the cache folder for a file other than the bundle (each file's caches
 * are dropped only by newer builds of that file).
 */
function loadWithCodeCache(file, sub) {
  const vm = require('node:vm');
  const source = fs.readFileSync(file, 'utf8');
  let cacheFile = null;
  let cached;
  try {
    let dir = privateCacheDir();
    if (dir && sub) {
      dir = path.join(dir, sub);
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    }
    const st = fs.statSync(file);
    // One cache per command word: each holds the functions its command compiled, not only --help's.
    const word = /^[a-z]{1,20}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
    if (dir) cacheFile = path.join(dir, `${process.version}-${process.arch}-${st.size}-${Math.floor(st.mtimeMs)}-${word}.cache`);
    if (cacheFile) cached = fs.readFileSync(cacheFile);
  } catch {
    cached = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, bundleRequire(file), mod, file, path.dirname(file));
  if (cacheFile && (cached === undefined || script.cachedDataRejected)) {
    // Written at exit, so the cache holds the functions this run compiled, not only the top level.
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, cacheFile);
        dropStaleCaches(path.dirname(cacheFile), path.basename(cacheFile));
      } catch {
        // No cache this time: the next run compiles again.
      }
    });
  }
  return mod.exports;
}

let cli;
if (debug) {
  // Stack traces through the source map beside the bundle; no cache needed for a debugging run.
  if (typeof process.setSourceMapsEnabled === 'function') process.setSourceMapsEnabled(true);
  cli = require(bundle);
} else if (typeof Module.enableCompileCache === 'function') {
  try {
    Module.enableCompileCache();
  } catch {
    // No compile cache: a normal compile.
  }
  cli = require(bundle);
} else {
  try {
    cli = loadWithCodeCache(bundle);
  } catch {
    cli = require(bundle);
  }
}
cli.main();
