/**
 * The registration list of `npm run bench`: one file per entry (bench/entries/<id>.bench.ts, default-
 * exporting a BenchEntry), run in this order. To add an entry, write its file and add one line here.
 */
import type { BenchEntry } from '../types';
import balance from './balance.bench';
import core from './core.bench';
import engine from './engine.bench';
import exportYear from './export.bench';
import exportCli from './export-cli.bench';
import scale from './scale.bench';
import startup from './startup.bench';
import store from './store.bench';
import summary from './summary.bench';
import repAggregate from './rep-aggregate.bench';
import tray from './tray.bench';
import trayStart from './tray-start.bench';

export const ENTRIES: readonly BenchEntry[] = [
  startup,
  engine,
  tray,
  trayStart,
  core,
  balance,
  exportYear,
  exportCli,
  store,
  summary,
  repAggregate,
  scale,
];
