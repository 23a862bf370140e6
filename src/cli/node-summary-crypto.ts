/** SummaryCrypto with node:crypto, for the command line and the desktop shell. */
import { createHmac, randomBytes } from 'node:crypto';
import type { SummaryCrypto } from '../app/ports/summary-crypto';

export const nodeSummaryCrypto: SummaryCrypto = {
  randomHex: (bytes) => randomBytes(bytes).toString('hex'),
  hmacSha256Hex: (keyHex, message) => createHmac('sha256', Buffer.from(keyHex, 'hex')).update(message, 'utf8').digest('hex'),
};
