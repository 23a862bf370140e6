/**
 * The two cryptographic primitives the summary id needs (issue 17): the adapters implement them with
 * node:crypto (src/cli/node-summary-crypto.ts, the desktop composition root), so src/app stays free of Node.
 */
export interface SummaryCrypto {
  /** `bytes` cryptographically random bytes, as lower-case hex. */
  randomHex(bytes: number): string;
  /** HMAC-SHA-256 of the UTF-8 `message` under the key given as hex, as lower-case hex. */
  hmacSha256Hex(keyHex: string, message: string): string;
}
