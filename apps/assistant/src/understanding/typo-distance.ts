/**
 * Whether two words are within a typing slip of each other: the optimal string alignment
 * distance (insertions, deletions, substitutions and swaps of neighbouring letters), bounded.
 * Short words must match exactly, as one letter changes their meaning ("dead", "deal"); words of
 * six letters or more may differ by one slip ("neglegt", "hosptial"), of nine or more by two. The
 * first letter must agree.
 */
export function withinTypo(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 6 || a[0] !== b[0] || /\d/.test(a) || /\d/.test(b)) return false;
  const allowed = shorter >= 9 ? 2 : 1;
  if (Math.abs(a.length - b.length) > allowed) return false;
  return boundedDistance(a, b, allowed) <= allowed;
}

function boundedDistance(a: string, b: string, limit: number): number {
  // Three rows are enough for the swap rule.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
