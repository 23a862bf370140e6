/** What the host tests that start a real host on the FakePlatform share: the start instant, an office-hours agreement, clean-up. */
import { rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import type { Host } from '../../src/desktop/host';

export const MON_0800 = Date.parse('2026-11-23T07:00:00Z'); // 08:00 in Oslo

/** Mon–Fri 08:00–15:45, 37.5 h, from 16 November 2026 (fyrabend.agreement/1). */
export const AGREEMENT = {
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-11-16',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
};

/** Lists for the hosts and temporary folders a test starts: each host is shut down and each folder removed after every test. */
export function hostsAfterEach(): { readonly hosts: Host[]; readonly dirs: string[] } {
  const hosts: Host[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const h of hosts.splice(0)) h.shutdown();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return { hosts, dirs };
}
