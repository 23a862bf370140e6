/** Small builders for table-driven engine tests: local Oslo times in, core sessions out. */
import { defaultAgreement, type Agreement, type Session, type Limits } from '../../src/core/index';
import { parseInstantText } from '../../src/shared/formats/time-fields';

/** Epoch ms of an RFC 3339 text with offset (throws on bad input: tests only). */
export function at(text: string): number {
  const r = parseInstantText(text);
  if (!r.ok) throw new Error(`bad test instant ${text}: ${r.why}`);
  return r.ms;
}

export function work(start: string, end: string, extra: Partial<Session> = {}): Session {
  return { start: at(start), end: at(end), kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false, ...extra };
}

export function agreement(limits: Partial<Limits> = {}, rest: Partial<Agreement> = {}): Agreement {
  const base = defaultAgreement();
  return { ...base, ...rest, limits: { ...base.limits, ...limits } };
}
