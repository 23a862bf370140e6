/** Every stored agreement version, parsed; a version that no longer parses is left out (the window says so where it lists them). */
import type { Agreement } from '../core/model';
import { parseAgreementJson } from '../shared/formats/agreement';
import type { AgreementRepo } from './ports/agreement-repo';

export function agreementVersions(repo: Pick<AgreementRepo, 'list'>): Agreement[] {
  return repo.list().flatMap((stored) => {
    const parsed = parseAgreementJson(JSON.parse(stored.json));
    return parsed.ok ? [parsed.value] : [];
  });
}
