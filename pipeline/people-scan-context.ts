/**
 * What the name scan asks, per article: is there a place starting at this
 * word (a jurisdiction, or the end of a name), does this span lie inside an
 * organization's or a place's mention, and what a word's text says
 * (`people-name-words.ts`). The scan asks about places for nearly every one
 * of an article's words (2.5 million on 10 MB), so the answer "no" costs one
 * bit read, not a map lookup.
 */
import type {ScanContext} from './people-names.ts'
import {WordTexts} from './people-name-words.ts'
import type {Span} from './types.ts'
import {firstStartingAt} from './lower-bound.ts'

/** `placeAt` and `claimed` over the place mentions (sorted by start) and all non-person mentions (`others`, sorted by start). */
export function scanContext(places: readonly Span[], others: readonly Span[]): ScanContext {
  return {placeAt: placeLookup(places), claimed: coverage(others), texts: new WordTexts()}
}

/**
 * The place mention starting at an offset (the last one listed when several
 * start there). A bitset of the starts answers most offsets, which start none.
 */
function placeLookup(sorted: readonly Span[]): (start: number) => Span | undefined {
  const size = sorted.length > 0 ? sorted[sorted.length - 1].start + 1 : 0
  const starts = new Uint32Array((size + 31) >>> 5)
  for (const m of sorted) starts[m.start >>> 5] |= 1 << (m.start & 31)
  return (start) => {
    const bucket = start >>> 5
    if (bucket >= starts.length || (starts[bucket] & (1 << (start & 31))) === 0) return undefined
    // The last of those starting there: the sort keeps equal starts in their order.
    return sorted[firstStartingAt(sorted, start + 1) - 1]
  }
}

/** Whether a span lies inside one of the mentions (sorted by start): the furthest end among those starting at or before it. */
function coverage(sorted: readonly Span[]): (start: number, end: number) => boolean {
  const furthest = new Float64Array(sorted.length)
  let reach = 0
  sorted.forEach((m, k) => {
    reach = Math.max(m.end, reach)
    furthest[k] = reach
  })
  return (start, end) => {
    let low = 0
    let high = sorted.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (sorted[mid].start <= start) low = mid + 1
      else high = mid
    }
    return low > 0 && furthest[low - 1] >= end
  }
}
