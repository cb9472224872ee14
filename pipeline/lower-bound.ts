/**
 * Binary search over items sorted by start offset: the index of the first
 * item starting at or after `offset` (`items.length` when there is none).
 * One helper for every stage that looks up words, mentions or spans by offset.
 */
export function firstStartingAt<T extends {start: number}>(items: readonly T[], offset: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (items[middle].start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** The same over ascending numbers: the index of the first value >= `offset`. */
export function firstAtLeast(values: readonly number[], offset: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle] < offset) low = middle + 1
    else high = middle
  }
  return low
}
