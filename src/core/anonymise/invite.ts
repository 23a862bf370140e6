/**
 * The representative's invitation (`fyrabend.invite/1`, issue 17): the period to summarise, the group lists
 * everyone picks from (so "IT" and "It" cannot split a group), k, and a contact text. The employee's
 * summary records the invitation's id, so the representative can leave out summaries made for another
 * request. The invitation says nothing about any employee.
 */
import type { GroupOptions } from './model';

export const INVITE_FORMAT = 'fyrabend.invite/1';
/** Longest contact text, in characters. */
export const CONTACT_MAX_LENGTH = 500;
/** Control characters (except the line feed) and bidirectional overrides, which could disguise text in a terminal or on screen. */
export function forbiddenInContact(codePoint: number): boolean {
  return (codePoint < 0x20 && codePoint !== 0x0a) || (codePoint >= 0x7f && codePoint <= 0x9f) || (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

export interface Invite {
  readonly format: typeof INVITE_FORMAT;
  /** A random UUID made with the invitation. */
  readonly id: string;
  /** `YYYY-MM` or `YYYY-Qn`. */
  readonly period: string;
  readonly k: number;
  readonly groups: GroupOptions;
  /** Who to hand the summary to and how, as the representative wrote it. */
  readonly contact: string;
}

/** Whether a contact text may go into an invitation (after trimming). */
export function contactOk(text: string): boolean {
  const chars = [...text];
  return chars.length >= 1 && chars.length <= CONTACT_MAX_LENGTH && !chars.some((c) => forbiddenInContact(c.codePointAt(0) as number));
}
