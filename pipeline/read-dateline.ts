/**
 * The dateline at the start of a lead: `WASHINGTON —`, `WASHINGTON (AP) —`,
 * `NEW YORK, Nov. 19 (UPI) —`, `COLUMBIA, S.C. (AP) —`. Read by hand, not by
 * one big regex, so the cost is bounded by the 100 characters it looks at.
 */
import type {ArticleMeta} from './types.ts'

const dashes = ['—', '–', '--']
const maxLength = 100

/** Title-cases an all-caps place name: `NEW YORK` -> `New York`. */
function titleCase(words: string): string {
  return words.toLowerCase().replace(/(^|[\s.'’-])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/** Reads a dateline from `text[start, end)`, or returns undefined. */
export function readDateline(text: string, start: number, end: number): ArticleMeta['dateline'] {
  const head = text.slice(start, Math.min(end, start + maxLength))
  let dashAt = -1
  let dashLength = 0
  for (const dash of dashes) {
    const at = head.indexOf(dash)
    if (at > 0 && (dashAt < 0 || at < dashAt)) (dashAt = at), (dashLength = dash.length)
  }
  if (dashAt < 0) return undefined
  const prefix = head.slice(0, dashAt).trimEnd()
  // The city: capitals, spaces, periods, apostrophes and hyphens, at least two letters.
  const city = /^[A-Z][A-Z .'’-]*[A-Z.]/.exec(prefix)
  if (!city || !/[A-Z]{2}/.test(city[0])) return undefined
  let rest = prefix.slice(city[0].length)
  let place = titleCase(city[0].trim())
  // `, S.C.`, `, Calif.` or `, Iowa` right before the agency or the dash
  // belongs to the place; a date (`, Nov. 19`) does not.
  const region = /^, ([A-Z][A-Za-z]*\.?(?:[A-Z]\.)*)(?=$| \()/.exec(rest)
  if (region && !/^(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\./.test(region[1])) {
    place += ', ' + region[1]
    rest = rest.slice(region[0].length)
  }
  // What may remain: a date (`, Nov. 19`) and an agency (`(AP)`).
  if (!/^(?:, [A-Z][a-z]+\.? \d{1,2})?(?: ?\([A-Za-z ]{1,20}\))?$/.test(rest.trim() === '' ? '' : rest)) return undefined
  let stop = dashAt + dashLength
  while (stop < head.length && head[stop] === ' ') stop++
  return {start, end: start + stop, text: head.slice(0, dashAt + dashLength), place}
}
