/** The first index in `[0, length)` for which `isAtOrAfter` holds (it must hold from some index on), or `length`. */
export function lowerBound(length: number, isAtOrAfter: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAtOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
