/** The stored agreement versions, parsed from their `fyrabend.agreement/1` documents. */
import type { Agreement } from '../../core/model';
import { parseAgreementJson } from '../../shared/formats/agreement';
import { api } from '../api';
import { useResource, type Resource } from './useResource';

export function useAgreements(deps: readonly unknown[] = []): Resource<Agreement[]> {
  return useResource(async () => {
    const r = await api.agreementList();
    if (!r.ok) return r;
    const parsed: Agreement[] = [];
    for (const v of r.value) {
      const p = parseAgreementJson(v.document);
      if (p.ok) parsed.push(p.value);
    }
    return { ok: true, value: parsed };
  }, deps);
}
