/**
 * The IPC methods of absence and the flexitime balance (issue 15), spread into CONTRACT in
 * contract.ts. An absence arrives as a plain object and is read in full by the service with the
 * `fyrabend.absence/1` rules (src/shared/formats/absence.ts), so a refusal names the field in the
 * user's language.
 */
import * as z from 'zod';
import type { AbsenceKind, SickDocument } from '../../core/absence/model';
import { issueKey } from '../i18n/ipc-issues';

// The same shapes as contract.ts's (which spreads this file in, so it cannot be imported here).
const DateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, issueKey('date.like'));
const IdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, issueKey('id.unknown'));
const ReasonSchema = z.string().trim().min(1, issueKey('reason.min')).max(500, issueKey('reason.max'));

export interface AbsenceView {
  readonly id: string;
  readonly kind: AbsenceKind;
  readonly from: string;
  readonly to: string;
  readonly hours: number | null;
  readonly document?: SickDocument | null;
  readonly paid?: boolean | null;
  readonly note?: string;
}

export interface BalanceDay {
  readonly date: string;
  readonly worked: number;
  readonly expected: number;
  readonly balance: number;
  readonly redDay: boolean;
  readonly kinds: readonly AbsenceKind[];
}

export interface BalanceView {
  readonly from: string;
  readonly to: string;
  readonly worked: number;
  readonly expected: number;
  /** worked − expected in the period. */
  readonly balance: number;
  /** The running flexitime balance at the end of the period (carried over included). */
  readonly saldo: number;
  readonly days: readonly BalanceDay[];
}

const out = <T>(): { readonly __output?: T } => ({});
const spec = <S extends z.ZodType, T>(input: S, output: { readonly __output?: T }) => ({ input, output });

const Range = z.strictObject({ from: DateSchema, to: DateSchema });
/**
 * The absence itself is any plain object here: its fields are checked by the strict absence reader
 * (src/shared/formats/absence.ts, strict objects, unknown fields refused with their path) in the
 * main process, so the window gets the same sentences as the command line.
 */
const AbsenceObject = z.custom<Readonly<Record<string, unknown>>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype, issueKey('generic.badForm'));

export const ABSENCE_CONTRACT = {
  absenceList: spec(z.strictObject({ from: DateSchema.optional(), to: DateSchema.optional() }).optional(), out<readonly AbsenceView[]>()),
  absenceSave: spec(z.strictObject({ id: IdSchema.optional(), absence: AbsenceObject, reason: ReasonSchema.optional() }), out<AbsenceView>()),
  absenceDelete: spec(z.strictObject({ id: IdSchema, reason: ReasonSchema.optional() }), out<null>()),
  balancePeriod: spec(Range, out<BalanceView>()),
  balanceCarriedOverSet: spec(z.strictObject({ hours: z.number(), from: DateSchema }), out<null>()),
} as const;
