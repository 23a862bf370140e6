/**
 * The one entry point of the IPC boundary below the sender check: validates the raw input with the
 * contract's schema, calls the handler table, and turns every fault into a user-safe error result
 * (no stack, no path; the detail goes to `services.log`). Nothing reaches the services unless the
 * method is known and the input is valid.
 */
import type { z } from 'zod';
import type { Lang } from '../../core/model';
import { translate, type Params } from '../../shared/i18n/catalog';
import { IPC_ISSUE_TEXTS, isIssueKey } from '../../shared/i18n/ipc-issues';
import { problemsOf, problemText } from '../../shared/formats/problems';
import { CONTRACT, methodOfName, type ApiMethod } from './method';
import { err, type Result } from '../../shared/result';
import { HANDLERS, type HandlerTable } from './handlers';
import type { Services } from './services';
import { API_TEXTS } from './texts';
import { userLang } from './user-lang';

/** The bound of a failed `.min`/`.max` as `{limit}`, and a custom issue's own params. */
function issueParams(issue: z.core.$ZodIssue): Params {
  if (issue.code === 'too_small') return { limit: Number(issue.minimum) };
  if (issue.code === 'too_big') return { limit: Number(issue.maximum) };
  if (issue.code === 'custom') return (issue.params ?? {}) as Params;
  return {};
}

/** A problem fragment (`skal være et tall, men er teksten "x"`) as a sentence. */
const sentence = (fragment: string): string => fragment.charAt(0).toUpperCase() + fragment.slice(1).replace(/[.]?$/, '.');

/**
 * The first problem in words, in the user's language: the schema's own message when it is a key of
 * IPC_ISSUE_TEXTS (every message in src/shared/ipc is), else the zod issue described generically.
 * zod's own (English) message is never shown.
 */
function issueText(error: z.ZodError, lang: Lang): string {
  const issue = error.issues[0];
  if (!issue) return translate(IPC_ISSUE_TEXTS, lang, 'generic.notAllowed');
  if (isIssueKey(issue.message)) return translate(IPC_ISSUE_TEXTS, lang, issue.message, issueParams(issue));
  const problem = problemsOf(error)[0];
  // The exchange-file texts for these point to "the format description", which a form field has not.
  if (!problem || problem.code === 'notAllowed') return translate(IPC_ISSUE_TEXTS, lang, 'generic.notAllowed');
  if (problem.code === 'badForm') return translate(IPC_ISSUE_TEXTS, lang, 'generic.badForm');
  return sentence(problemText(problem, lang));
}

/** A short, path-free description of the first problem in the input: the field (its path) and what is wrong. */
export function describeIssue(error: z.ZodError, lang: Lang): string {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : translate(API_TEXTS, lang, 'inputField');
  return translate(API_TEXTS, lang, 'invalidInput', { field, issue: issueText(error, lang) });
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof (value as { ok: unknown }).ok === 'boolean';
}

export async function dispatch(services: Services, method: string, input: unknown, handlers: HandlerTable = HANDLERS): Promise<Result<unknown>> {
  const known = methodOfName(method);
  if (!known) return err({ code: 'unknown-method', message: translate(API_TEXTS, userLang(services), 'unknownMethod', { method: method.slice(0, 40) }) });
  // reportInput: a wrong value is told as "expected a number, got the text …", not as missing.
  const parsed = CONTRACT[known].input.safeParse(input, { reportInput: true });
  if (!parsed.success) return err({ code: 'invalid-input', message: describeIssue(parsed.error, userLang(services)) });
  try {
    const handler = handlers[known] as (s: Services, i: unknown) => Promise<Result<unknown>>;
    const result = await handler(services, parsed.data);
    if (!isResult(result)) throw new Error(`handler ${known} returned a non-Result`);
    if (!result.ok) return err({ code: String(result.error.code), message: String(result.error.message) });
    return result;
  } catch (e) {
    services.log(`IPC ${known} failed`, e);
    return err({ code: 'fault', message: translate(API_TEXTS, userLang(services), 'fault') });
  }
}

export type { ApiMethod };
