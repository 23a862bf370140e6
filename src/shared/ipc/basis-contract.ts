/**
 * Issue 14 item 4: the overtime reasons ("grunnlag") recorded for the sessions of a period, so the
 * window shows them on the findings they answer. Spread into CONTRACT in contract.ts.
 */
import * as z from 'zod';
import type { Instant, PlanReason } from '../../core/model';
import type { OvertimeGround, OvertimeTakenAs } from '../../core/overtime-basis';
import { issueKey } from '../i18n/ipc-issues';

// The same shape as contract.ts's (which spreads this file in, so it cannot be imported here).
const DateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, issueKey('date.like'));

/** A recorded reason with the interval of its session (`sessionEnd` null while it runs). */
export interface BasisRecordView {
  readonly sessionId: string;
  readonly sessionStart: Instant;
  readonly sessionEnd: Instant | null;
  readonly recordedAt: Instant;
  readonly reasons: readonly PlanReason[];
  readonly text: string;
  /** The § 10-6 (1) ground (a code); null or absent for a reason saved before grounds existed. */
  readonly ground?: OvertimeGround | null;
  readonly takenAs?: OvertimeTakenAs;
}

const out = <T>(): { readonly __output?: T } => ({});
const spec = <S extends z.ZodType, T>(input: S, output: { readonly __output?: T }) => ({ input, output });

export const BASIS_CONTRACT = {
  /** The reasons of every session overlapping the local dates [from, to], inclusive. */
  overtimeReasonsList: spec(
    z.strictObject({ from: DateSchema, to: DateSchema }).refine((r) => r.to >= r.from, { message: issueKey('period.dateOrder'), path: ['to'] }),
    out<readonly BasisRecordView[]>(),
  ),
} as const;
