// Binary search in ascending arrays of numbers (offsets, positions, indices).

/** The first index whose value is ≥ `x` (`xs.length` when there is none). */
export function lowerBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
