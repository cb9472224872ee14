/**
 * Tells a quotation of speech from the other uses of quote marks: titles of
 * works ("The Art of the Deal"), scare quotes and nicknames around a word or
 * two, and a quoted fragment inside paraphrase (called it "a disaster").
 * Speech is long, or stands where a sentence or a clause starts (paragraph
 * start, after a full stop, a comma or a colon) and ends like one.
 */
import {lexicon} from './people-lexicon.ts'
import type {QuoteMarks} from './quote-marks.ts'

const letter = /\p{L}/u
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu
const smallWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'it'])

/** The character before the opening mark, skipping spaces; '' at a paragraph start. */
function before(text: string, at: number): string {
  let k = at - 1
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--
  return k < 0 || text[k] === '\n' ? '' : text[k]
}

/** Whether the quoted words end as a sentence or clause does (inside the marks). */
function endsLikeSentence(quoted: string): boolean {
  return /[.,?!:;…—-]$/.test(quoted.trimEnd())
}

/** Most words capitalised, as in a title of a work or a slogan. */
function titleCased(words: string[]): boolean {
  const content = words.filter((w) => !smallWords.has(w.toLowerCase()))
  // One capitalised word ("Safety,") is as likely a one-word answer as a title.
  if (content.length < 2) return false
  const capitals = content.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitals === content.length
}

export function isSpeech(text: string, quote: QuoteMarks): boolean {
  if (quote.pieces.length > 1) return true
  const piece = quote.pieces[0]
  const quoted = text.slice(piece.start, piece.end)
  if (!letter.test(quoted)) return false
  const words = quoted.match(wordPattern) ?? []
  const lead = before(text, quote.openings[0].start)
  const clauseStart = lead === '' || lead === '.' || lead === ',' || lead === ':' || lead === '?' || lead === '!' || lead === '—' || lead === '–'
  const sentenceEnd = endsLikeSentence(quoted)
  const cue = cueFollows(text, quote) || cuePrecedes(text, quote)
  // Titles of works and slogans: short and title-cased, with no speech cue after them.
  if (words.length <= 7 && titleCased(words) && !cue) return false
  if (words.length >= 8) return true
  if (words.length >= 4) return clauseStart || sentenceEnd
  return (clauseStart && sentenceEnd) || (sentenceEnd && cue)
}

/** A speech verb right before the opening mark (protesters chanted "What curfew?"). */
function cuePrecedes(text: string, quote: QuoteMarks): boolean {
  const at = quote.openings[0].start
  // A bounded slice keeps this linear however long the paragraph.
  const before = text.slice(Math.max(0, at - 30), at).trimEnd().replace(/[,:]$/, '')
  const last = before.slice(before.lastIndexOf(' ') + 1).toLowerCase()
  return lexicon.speechVerbs.has(last)
}

/** A speech verb among the first words after the closing mark ("Safety," said Grimm). */
function cueFollows(text: string, quote: QuoteMarks): boolean {
  if (!quote.closing) return false
  // A bounded slice keeps this linear however long the paragraph.
  const after = text.slice(quote.closing.end, quote.closing.end + 60).split(/[.;:?!\n]/)[0]
  const words = after.toLowerCase().split(/[\s,]+/).filter(Boolean).slice(0, 5)
  return words.some((word) => lexicon.speechVerbs.has(word))
}
