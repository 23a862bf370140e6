#!/usr/bin/env node
// Launcher for `fyrabend`: runs the bundle that `npm install` (the `prepare` script) builds.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', '..', 'out', 'cli', 'fyrabend.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('fyrabend: the command line is not built yet. Run `npm install` (or `npm run build:cli`) in the Fyrabend folder first.\n');
  process.exit(1);
}
require(bundle).main();
