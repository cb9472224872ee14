/**
 * Pairs quotation marks, one paragraph at a time, in one left-to-right pass
 * (linear however unbalanced the marks). Double marks (“ ” " '' „ « ») open
 * and close quotations; a mark's direction comes from what stands around it,
 * so an apostrophe (voters’) never closes anything. Single marks open a
 * quotation only outside double ones and are ignored inside them (they nest).
 * A quote still open at the end of a paragraph continues when the next
 * paragraph starts with an opening mark (the news convention), otherwise it
 * ends with the paragraph.
 */
import type {Paragraph, Span} from './types.ts'

export interface QuoteMarks {
  /** The quoted words of each paragraph the quote runs through, marks excluded. */
  pieces: Span[]
  /** Where each piece's opening mark stands. */
  openings: Span[]
  /** Where the final closing mark stands; absent when the quote runs to a paragraph end. */
  closing?: Span
  single: boolean
}

type Mark = {kind: 'double' | 'single'; length: number; glyph: string}

const space = /\s/

/** Whether a UTF-16 code unit is whitespace, exactly as `/\s/` tests it (by code: no one-character string per test). */
export function isWhitespaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}
const letterOrDigit = /[\p{L}\p{N}]/u
const closerFollowers = new Set([...'.,;:!?)]}—–-/…'])
const openerLeaders = new Set([...'([{—–-/'])
const marks = new Set([...'“”"„«»‘’'])
const sentencePunctuation = new Set([...'.,;:!?'])

/** The codes of \n and of every character `markAt` looks for first (“ ” " „ « » ' ‘ ’). */
const markOrBreakCodes = new Set([...'\n“”"„«»\'‘’'].map((c) => c.charCodeAt(0)))

/** Whether the character could be a mark or a line break (what the pairing loop stops at). */
function isMarkOrBreak(code: number): boolean {
  // Letters, digits, spaces and ASCII punctuation other than the two quote marks: by far the most characters.
  if (code < 128) return code === 10 || code === 34 || code === 39
  return markOrBreakCodes.has(code)
}

function markAt(text: string, k: number): Mark | undefined {
  const c = text[k]
  if (c === '“' || c === '”' || c === '"' || c === '„' || c === '«' || c === '»') return {kind: 'double', length: 1, glyph: c}
  if (c === "'" && text[k + 1] === "'") return {kind: 'double', length: 2, glyph: "''"}
  if (c === '‘' || c === '’') return {kind: 'single', length: 1, glyph: c}
  return undefined
}

/** Could the mark at [k, k+length) open a quote? */
function canOpen(text: string, k: number, length: number, start: number, end: number): boolean {
  const next = k + length < end ? text[k + length] : ''
  const prev = k > start ? text[k - 1] : ''
  if (next === '' || space.test(next)) return false
  if (prev === '' || space.test(prev) || openerLeaders.has(prev) || marks.has(prev)) return true
  // 'authorities."We basically': a sentence ended without a space before the quote.
  return sentencePunctuation.has(prev) && letterOrDigit.test(next)
}

/** Could the mark at [k, k+length) close a quote? */
function canClose(text: string, k: number, length: number, start: number, end: number): boolean {
  const next = k + length < end ? text[k + length] : ''
  const prev = k > start ? text[k - 1] : ''
  const closesHere = next === '' || space.test(next) || closerFollowers.has(next) || marks.has(next) || next === "'"
  // `'African American outreach,' " he told`: a space between the inner and the outer closing mark.
  if (prev === ' ' && (text[k - 2] === '’' || text[k - 2] === "'") && k - 2 >= start) return closesHere
  if (prev === '' || space.test(prev)) return false
  return closesHere
}

/** Trims whitespace from both ends of a span. */
function trim(text: string, span: Span): Span {
  let {start, end} = span
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--
  return {start, end}
}

/** The opening double mark a paragraph starts with, if any. */
function leadingOpener(text: string, paragraph: Span): Mark | undefined {
  const mark = markAt(text, paragraph.start)
  if (!mark || mark.kind !== 'double' || mark.glyph === '”' || mark.glyph === '»') return undefined
  return canOpen(text, paragraph.start, mark.length, paragraph.start, paragraph.end) ? mark : undefined
}

/**
 * All quotations in the paragraphs, in reading order. Paragraphs whose index
 * is in `skip` (social posts) are left out and end any running quote.
 */
export function pairQuoteMarks(text: string, paragraphs: Paragraph[], skip: Set<number>): QuoteMarks[] {
  const found: QuoteMarks[] = []
  let running: QuoteMarks | undefined
  for (const paragraph of paragraphs) {
    if (skip.has(paragraph.index)) {
      running = undefined
      continue
    }
    const {start, end} = paragraph
    let k = start
    let open: {at: number; mark: Mark} | undefined
    let nested = false
    if (!running && blockWrapper(text, paragraph)) k++
    if (running) {
      // The continuation: the paragraph starts with an opening mark (checked before).
      const mark = markAt(text, start)!
      open = {at: start, mark}
      running.openings.push({start, end: start + mark.length})
      k = start + mark.length
    }
    while (k < end) {
      // Most characters are neither a mark nor a line break: skip them by code, without a one-character string each.
      if (!isMarkOrBreak(text.charCodeAt(k))) {
        k++
        continue
      }
      if (text[k] === '\n' && open && open.mark.kind === 'double') {
        // A line that starts with an opening mark while a quote is open: the open quote ended
        // with its line (wire copy that breaks paragraphs with a single newline).
        let next = k
        while (next < end && space.test(text[next])) next++
        const mark = next < end ? markAt(text, next) : undefined
        if (mark && mark.kind === 'double' && mark.glyph !== '”' && canOpen(text, next, mark.length, start, end)) {
          running!.pieces.push(trim(text, {start: open.at + open.mark.length, end: k}))
          found.push(running!)
          open = undefined
          running = undefined
          nested = false
        }
        k = next
        continue
      }
      const mark = markAt(text, k)
      if (!mark) {
        k++
        continue
      }
      const opens = canOpen(text, k, mark.length, start, end)
      const closes = canClose(text, k, mark.length, start, end)
      if (!open) {
        const opener = mark.glyph !== '”' && mark.glyph !== '»' && mark.glyph !== '’' ? opens : opens && !closes
        if (opener && (mark.kind === 'double' || mark.glyph === '‘')) {
          open = {at: k, mark}
          running = {pieces: [], openings: [{start: k, end: k + mark.length}], single: mark.kind === 'single'}
        }
      } else if (open.mark.kind === 'single') {
        if (mark.glyph === '’' && closes && !letterOrDigit.test(text[k + 1] ?? '')) {
          finish(text, found, running!, {start: open.at + open.mark.length, end: k}, {start: k, end: k + 1})
          open = undefined
          running = undefined
        }
      } else if (mark.kind === 'double') {
        if (nested) {
          if (closes || !opens) nested = false
        } else if (opens && !closes && mark.glyph !== '”') {
          nested = true
        } else if (closes || mark.glyph === '”' || mark.glyph === '»') {
          finish(text, found, running!, {start: open.at + open.mark.length, end: k}, {start: k, end: k + mark.length})
          open = undefined
          running = undefined
        }
      }
      k += mark.length
    }
    if (open && running) {
      running.pieces.push(trim(text, {start: open.at + open.mark.length, end}))
      const next = paragraphs[paragraph.index + 1]
      const continues = !running.single && next && !skip.has(next.index) && leadingOpener(text, next) !== undefined && !transcriptLine(text, next) && !blockWrapper(text, next) && sameStyle(text, running.openings[0].start, next.start)
      if (!continues) {
        if (!running.single) found.push(running)
        running = undefined
      }
    }
  }
  return found
}

function finish(text: string, found: QuoteMarks[], quote: QuoteMarks, last: Span, closing: Span): void {
  quote.pieces.push(trim(text, last))
  quote.closing = closing
  found.push(quote)
}

/**
 * A straight mark opening a paragraph that never closes in it, around curly
 * quotes of its own (an opening curly mark inside): copy pasted from another page, each paragraph of an
 * excerpt wrapped in straight marks. It is no quotation; the curly ones
 * inside it are.
 */
function blockWrapper(text: string, paragraph: Span): boolean {
  if (text[paragraph.start] !== '"') return false
  let curly = false
  for (let k = paragraph.start + 1; k < paragraph.end; k++) {
    if (text[k] === '"') return false
    if (text[k] === '“') curly = true
  }
  return curly
}

/** Whether two marks are both straight or both typographic: a quote runs on only in its own style. */
function sameStyle(text: string, a: number, b: number): boolean {
  return (text[a] === '"' || text[a] === "'") === (text[b] === '"' || text[b] === "'")
}

/** Up to this many characters may name the speaker at the start of a transcript line. */
const transcriptNameLength = 30

/** A transcript line starts a new quotation: `"PENCE: Well, ...`. */
function transcriptLine(text: string, paragraph: Span): boolean {
  const mark = markAt(text, paragraph.start)
  if (!mark) return false
  let k = paragraph.start + mark.length
  const limit = Math.min(paragraph.end, k + transcriptNameLength)
  let capitals = 0
  while (k < limit && /[\p{Lu} .'-]/u.test(text[k])) {
    if (/\p{Lu}/u.test(text[k])) capitals++
    k++
  }
  return capitals >= 2 && text[k] === ':'
}
