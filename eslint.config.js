// Lint config. The layering of DEVELOPERS.md is enforced here, not in review:
// each layer may only import downward (ui → shared → core ← app ← store ← desktop ← electron; electron is the
// root: the Electron implementation of the desktop host's Platform port, plus the preload).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'events', 'stream'];

/** Builds a no-restricted-imports rule from banned package names and banned layer folders. */
function layer(name, { packages = [], folders = [], allow = '' }) {
  return [
    'error',
    {
      patterns: [
        ...packages.map((p) => ({
          group: [p, `${p}/*`],
          message: `${name} must not import '${p}'. ${allow}`,
        })),
        ...folders.map((f) => ({
          group: [`**/${f}`, `**/${f}/**`],
          message: `${name} must not import from ${f}. ${allow}`,
        })),
      ],
    },
  ];
}

/**
 * Issue 18: `Math.min(...xs)` / `Math.max(...xs)` pass every element as an argument and throw "Maximum
 * call stack size exceeded" above ~62 000 of them (sessions, instants). Everywhere in src/ (the src/core
 * block repeats these next to its own, since a later block's no-restricted-syntax replaces this one).
 */
const NO_SPREAD_MIN_MAX = [
  {
    selector: "CallExpression[callee.type='MemberExpression'][callee.object.name='Math'][callee.property.name=/^(min|max)$/] > SpreadElement",
    message: 'No spread into Math.min/Math.max (it overflows the stack on large arrays, issue 18): use minOf/maxOf from src/core/extent.ts, or a loop.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'test-results/**', 'test/fixtures/lint/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**'],
    rules: { 'no-restricted-syntax': ['error', ...NO_SPREAD_MIN_MAX] },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': layer('src/core (pure domain)', {
        packages: ['electron', 'better-sqlite3', 'react', 'react-dom', 'zod', 'node-notifier', 'exceljs', ...NODE_BUILTINS],
        folders: ['app', 'store', 'shared', 'ui', 'cli', 'desktop', 'electron'],
        allow: 'Only date-fns, date-fns-tz and src/core itself are allowed.',
      }),
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'src/core never reads the clock: take `now` as a parameter.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core never reads the clock: take `now` as a parameter.' },
        { selector: "MemberExpression[object.name='process']", message: 'src/core never reads the process (TZ, env): take the zone as a parameter.' },
        ...NO_SPREAD_MIN_MAX,
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': layer('src/shared (IPC contract, formats)', {
        packages: ['electron', 'better-sqlite3', 'react', 'react-dom', ...NODE_BUILTINS],
        folders: ['app', 'store', 'ui', 'cli', 'desktop', 'electron'],
        allow: 'It may import src/core and zod.',
      }),
    },
  },
  {
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': layer('src/app (use cases)', {
        packages: ['electron', 'better-sqlite3', 'react', 'react-dom', 'node-notifier', ...NODE_BUILTINS],
        folders: ['store', 'ui', 'cli', 'desktop', 'electron'],
        allow: 'It talks to the world through the ports in src/app/ports; src/core and src/shared are allowed.',
      }),
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': layer('src/store', {
        packages: ['electron', 'react', 'react-dom'],
        folders: ['ui', 'cli', 'desktop', 'electron'],
        allow: 'It may import better-sqlite3, node:fs/node:path, src/core and src/app ports.',
      }),
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': layer('src/ui (renderer)', {
        packages: ['electron', 'better-sqlite3', 'node-notifier', ...NODE_BUILTINS],
        folders: ['app', 'store', 'cli', 'desktop', 'electron'],
        allow: 'The window talks only to window.api (src/ui/api.ts); src/shared and src/core helpers are allowed.',
      }),
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': layer('src/cli', {
        packages: ['electron', 'react', 'react-dom'],
        folders: ['ui', 'desktop', 'electron'],
        allow: 'The command line runs on the app services, never on the Electron shell or the window.',
      }),
    },
  },
  {
    files: ['src/desktop/**'],
    rules: {
      'no-restricted-imports': layer('src/desktop (the host)', {
        packages: ['electron', 'react', 'react-dom'],
        folders: ['ui', 'electron'],
        allow: 'The host runs under Node: Electron is behind the Platform port (src/desktop/platform.ts), implemented in electron/main.',
      }),
    },
  },
  {
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': layer('electron/preload', {
        packages: ['better-sqlite3', 'react', 'zod', ...NODE_BUILTINS],
        folders: ['app', 'store', 'ui', 'cli', 'core', 'desktop'],
        allow: 'The sandboxed preload may import electron (contextBridge, ipcRenderer) and src/shared channel names only.',
      }),
    },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': layer('electron/ (shell)', { folders: ['ui'], allow: 'The shell loads the built window, it never imports it.' }),
    },
  },
);
