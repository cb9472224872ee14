/**
 * The shape of a post pasted from its embed code, read from the end of a
 * paragraph backwards: `body — Name (@handle) Month D, YYYY`. The dash may be
 * an em dash, an en dash or `--`, with or without spaces (copies often lose
 * the space: `pic.twitter.com/P2qpm3h3Pm— Apple Music (@AppleMusic)`); the
 * day may carry an ordinal, the line a final period.
 */
import {monthNumbers, validDay, formatDay} from './date-calendar.ts'
import type {Span} from './types.ts'

/** The parts of a post, as offsets into the paragraph text. */
export interface PostShape {
  body: Span
  author: Span
  handle: Span
  date: Span
  /** YYYY-MM-DD, absent when the day does not exist. */
  datePublished?: string
}

const dashes = ['—', '–', '--']
/** `(@handle) Month D, YYYY` at the very end: each part bounded, so the scan is linear. */
const footerTail = /\((@[A-Za-z0-9_]{1,15})\)[ \t]{0,3}([A-Z][a-z]{2,8}\.?)[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?,[ \t]{0,3}(\d{4})\.?$/
const maxAuthorLength = 80

/** Reads the post shape from one paragraph's text, or returns undefined. */
export function readPostShape(paragraph: string): PostShape | undefined {
  // Only the end can hold the footer: look at a bounded tail.
  const tailStart = Math.max(0, paragraph.length - 200)
  const tail = paragraph.slice(tailStart)
  const footer = footerTail.exec(tail)
  if (!footer) return undefined
  const month = monthNumbers.get(footer[2])
  if (month === undefined) return undefined
  const handleStart = tailStart + footer.index + 1
  const handle = {start: handleStart, end: handleStart + footer[1].length}
  const afterHandle = footer[0].indexOf(')') + 1
  const dateOffset = afterHandle + footer[0].slice(afterHandle).indexOf(footer[2])
  const dateStart = tailStart + footer.index + dateOffset
  const dateEnd = tailStart + footer.index + footer[0].length - (footer[0].endsWith('.') ? 1 : 0)
  const date = {start: dateStart, end: dateEnd}

  // The dash before the author's name: the last one before `(@handle)`.
  const beforeHandle = paragraph.slice(0, handleStart - 1)
  let dashAt = -1
  let dashLength = 0
  for (const dash of dashes) {
    const at = beforeHandle.lastIndexOf(dash)
    if (at > dashAt) (dashAt = at), (dashLength = dash.length)
  }
  if (dashAt <= 0) return undefined
  const authorText = beforeHandle.slice(dashAt + dashLength)
  const name = authorText.trim()
  if (name === '' || name.length > maxAuthorLength || /[.!?“”"]/.test(name.replace(/\.(?= )/g, ''))) return undefined
  const authorStart = dashAt + dashLength + authorText.indexOf(name)
  const bodyText = paragraph.slice(0, dashAt)
  const bodyEnd = bodyText.trimEnd().length
  const bodyStart = bodyText.length - bodyText.trimStart().length
  if (bodyEnd <= bodyStart) return undefined

  const day = validDay(Number(footer[4]), month, Number(footer[3]))
  return {
    body: {start: bodyStart, end: bodyEnd},
    author: {start: authorStart, end: authorStart + name.length},
    handle,
    date,
    datePublished: day ? formatDay(day) : undefined
  }
}

/** `@realDonaldTrump` in a post's body (also glued after a period, `before.@MaryJBlige`; not inside an e-mail address). */
export function mentionedHandles(body: string): string[] {
  const handles: string[] = []
  for (const match of body.matchAll(/(^|[^A-Za-z0-9_@])(@[A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/g)) {
    if (!handles.includes(match[2])) handles.push(match[2])
  }
  return handles
}

/** Links in a post's body as written: `pic.twitter.com/...`, `t.co/...`, http(s) URLs. */
export function links(body: string): string[] {
  const found: string[] = []
  for (const match of body.matchAll(/https?:\/\/[^\s<>"“”]+|(?:pic\.twitter\.com|t\.co|bit\.ly)\/[A-Za-z0-9_-]+/g)) {
    const link = trimTrailing(match[0])
    if (!found.includes(link)) found.push(link)
  }
  return found
}

const trailing = new Set(['.', ',', ';', ':', '!', '?', ')', '’', "'", '”'])

/** A link without the sentence punctuation after it. */
function trimTrailing(link: string): string {
  let end = link.length
  while (end > 0 && trailing.has(link[end - 1])) end--
  return link.slice(0, end)
}
