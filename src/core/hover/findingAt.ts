import type { Finding } from '../check';

/** The finding under an offset (its range, ends included), by binary search over sorted findings. */
export function findingAt(findings: Finding[], offset: number): Finding | undefined {
  let lo = 0;
  let hi = findings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = findings[mid];
    if (offset < f.start) hi = mid - 1;
    else if (offset > f.end) lo = mid + 1;
    else return f;
  }
  return undefined;
}
