/**
 * The one entry point of the IPC boundary below the sender check: validates the raw input with the
 * contract's schema, calls the handler table, and turns every fault into a user-safe error result
 * (no stack, no path; the detail goes to `services.log`). Nothing reaches the services unless the
 * method is known and the input is valid.
 */
import type { z } from 'zod';
import type { Lang } from '../../core/model';
import { translate } from '../../shared/i18n/catalog';
import { CONTRACT, methodOfName, type ApiMethod } from './method';
import { err, type Result } from '../../shared/result';
import { HANDLERS, type HandlerTable } from './handlers';
import type { Services } from './services';
import { API_TEXTS } from './texts';

function langOf(services: Services): Lang {
  try {
    return services.settings.get().lang;
  } catch {
    return 'nb';
  }
}

/** A short, path-free description of the first problem in the input. */
export function describeIssue(error: z.ZodError, lang: Lang): string {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
  const detail = issue?.message && issue.message.length < 160 ? issue.message.replace(/[.]?$/, '.') : '';
  return translate(API_TEXTS, lang, 'invalidInput', { field, issue: detail });
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof (value as { ok: unknown }).ok === 'boolean';
}

export async function dispatch(services: Services, method: string, input: unknown, handlers: HandlerTable = HANDLERS): Promise<Result<unknown>> {
  const known = methodOfName(method);
  if (!known) return err({ code: 'unknown-method', message: translate(API_TEXTS, langOf(services), 'unknownMethod', { method: method.slice(0, 40) }) });
  const parsed = CONTRACT[known].input.safeParse(input);
  if (!parsed.success) return err({ code: 'invalid-input', message: describeIssue(parsed.error, langOf(services)) });
  try {
    const handler = handlers[known] as (s: Services, i: unknown) => Promise<Result<unknown>>;
    const result = await handler(services, parsed.data);
    if (!isResult(result)) throw new Error(`handler ${known} returned a non-Result`);
    if (!result.ok) return err({ code: String(result.error.code), message: String(result.error.message) });
    return result;
  } catch (e) {
    services.log(`IPC ${known} failed`, e);
    return err({ code: 'fault', message: translate(API_TEXTS, langOf(services), 'fault') });
  }
}

export type { ApiMethod };
