/**
 * A 64-bit FNV-1a hash of a string's UTF-16 code units, as 16 hex digits. Not
 * cryptographic: it only has to be stable across runs and machines, and the core
 * cannot use node:crypto.
 */
export function hash64(text: string): string {
  // Two 32-bit halves of the 64-bit FNV state, multiplied by the 64-bit FNV prime 2^40 + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    const loTimesPrime = lo * 0x1b3;
    const carry = Math.floor(loTimesPrime / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + carry) >>> 0;
    lo = loTimesPrime >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
