/** Every schema step, in order. Append only: a released migration is never edited. */
import { migration0001 } from './0001-init';
import { migration0002 } from './0002-locked-periods';
import { migration0003 } from './0003-crash-safe-tracking';
import { migration0004 } from './0004-warnings';
import { migration0005 } from './0005-warning-state';
import { migration0006 } from './0006-application-id';
import { migration0007 } from './0007-payroll-submissions';
import { migration0008 } from './0008-absences';
import { migration0009 } from './0009-overtime-basis';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009];

/** The schema version this app writes. */
export const LATEST_VERSION = MIGRATIONS.length;
