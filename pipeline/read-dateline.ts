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
  // A hyphen between spaces stands for the dash in some wires (`DES MOINES - `, `(Reuters) - `).
  const hyphen = head.indexOf(' - ')
  if (hyphen > 0 && (dashAt < 0 || hyphen + 1 < dashAt)) (dashAt = hyphen + 1), (dashLength = 1)
  if (dashAt < 0) return undefined
  // `SIEGEL--Jerome`: a dash run into the next word opens a notice, not a lead.
  if (dashAt + dashLength < head.length && head[dashAt + dashLength] !== ' ') return undefined
  const prefix = head.slice(0, dashAt).trimEnd()
  // `Aug 27 (Reuters) -`: a date and an agency, no place.
  if (/^(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2} \([A-Za-z ]{1,20}\)$/.test(prefix)) {
    return {start, end: start + afterDash(head, dashAt + dashLength), text: head.slice(0, dashAt + dashLength)}
  }
  // The city: capitals, spaces, periods, apostrophes and hyphens, at least two letters.
  const city = /^[A-Z][A-Z .'’-]*[A-Z.]/.exec(prefix)
  if (!city || !/[A-Z]{2}/.test(city[0])) return undefined
  let rest = prefix.slice(city[0].length)
  let place = titleCase(city[0].trim())
  // `, S.C.`, `, Calif.` or `, Iowa` right before the agency or the dash
  // belongs to the place; a date (`, Nov. 19`) does not.
  const region = /^, ([A-Z][A-Za-z]*\.?(?:[A-Z]\.)*)(?=$| \(|, )/.exec(rest)
  if (region && !/^(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\./.test(region[1])) {
    place += ', ' + region[1]
    rest = rest.slice(region[0].length)
  }
  // What may remain: a date (`, Nov. 19`) and an agency (`(AP)`).
  if (!/^(?:, [A-Z][a-z]+\.? \d{1,2})?(?: ?\([A-Za-z ]{1,20}\))?$/.test(rest.trim() === '' ? '' : rest)) return undefined
  return {start, end: start + afterDash(head, dashAt + dashLength), text: head.slice(0, dashAt + dashLength), place}
}

/** Where the lead's words start: after the dash and the spaces that follow it. */
function afterDash(head: string, stop: number): number {
  while (stop < head.length && head[stop] === ' ') stop++
  return stop
}
