/**
 * Tells a quotation of speech from the other uses of quote marks: titles of
 * works ("The Art of the Deal"), scare quotes and nicknames around a word or
 * two, and a quoted fragment inside paraphrase (called it "a disaster").
 * Speech is long, or stands where a sentence or a clause starts (paragraph
 * start, after a full stop, a comma or a colon) and ends like one.
 */
import {lexicon} from './people-lexicon.ts'
import cueData from './lexicon/quote-cues.json' with {type: 'json'}
import {isWhitespaceCode, type QuoteMarks} from './quote-marks.ts'

const letter = /\p{L}/u
/** What `firstWords` reads as a word (kept as the definition it follows). */
export const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu
const smallWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'it'])
const namingVerbs = new Set(cueData.namingVerbs)
const namingVerbExceptions = new Set(cueData.namingVerbExceptions)
const workNouns = new Set(cueData.workNouns)
const contractions = new Set(cueData.contractions)
/** How far back (characters) the words before an opening mark are read: bounded, so linear. */
const lookBack = 40

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
  // A sign-off pasted in quote marks (“Follow Ann Lee on Twitter @annlee”) is no one's words.
  if (/^follow\s/i.test(quoted) && quoted.includes('@')) return false
  const opening = quote.openings[0].start
  // Named as a work (his book, “...”; CNN’s “State of the Union”): a title, not speech.
  if (workNounPrecedes(text, opening) || possessivePrecedes(text, opening, quoted)) return false
  // Words someone is quoted as calling, chanting or singing, however few (protesters chanting “Not again”).
  if (namingVerbPrecedes(text, opening)) return true
  // Eight words decide as well as all of them: a long quote is not split into all its words.
  const words = firstWords(quoted, 8)
  const lead = before(text, opening)
  // A sentence of its own (after a full stop, ending with one) is said, however capitalised (“We’re America.”).
  const standalone = (lead === '' || lead === '.' || lead === '?' || lead === '!') && /[.?!]$/.test(quoted.trimEnd())
  // Titles of works and slogans: short and title-cased, with no speech cue after them.
  if (words.length <= 7 && titleCased(words) && !standalone && !hasCue(text, quote)) return false
  if (words.length >= 8) return true
  const clauseStart = lead === '' || lead === '.' || lead === ',' || lead === ':' || lead === '?' || lead === '!' || lead === '—' || lead === '–'
  const sentenceEnd = endsLikeSentence(quoted)
  if (words.length >= 4) return clauseStart || sentenceEnd
  return (clauseStart && sentenceEnd) || (sentenceEnd && hasCue(text, quote))
}

/**
 * The first `limit` words of `quoted` (all of them when fewer), as
 * `quoted.match(wordPattern)` would list them: a letter or digit, then
 * letters, digits, apostrophes and hyphens. Read by character code (ASCII)
 * and a one-character sticky test (other characters): the global regex made
 * a match array per word of every quote.
 */
export function firstWords(quoted: string, limit: number): string[] {
  const words: string[] = []
  let k = 0
  while (k < quoted.length && words.length < limit) {
    const width = letterOrDigitWidth(quoted, k)
    // Not a word's start: one code unit on (a low surrogate alone is no letter either).
    if (width === 0) {
      k++
      continue
    }
    let end = k + width
    for (;;) {
      const code = quoted.charCodeAt(end)
      if (code === 0x2019 || code === 0x27 || code === 0x2d) {
        end++
        continue
      }
      const next = letterOrDigitWidth(quoted, end)
      if (next === 0) break
      end += next
    }
    words.push(quoted.slice(k, end))
    k = end
  }
  return words
}

const letterOrDigitAt = /[\p{L}\p{N}]/uy

/** The length in code units of the letter or digit (`\p{L}`, `\p{N}`) at `k`, 0 when there is none. */
function letterOrDigitWidth(text: string, k: number): number {
  if (k >= text.length) return 0
  const code = text.charCodeAt(k)
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0
  letterOrDigitAt.lastIndex = k
  if (!letterOrDigitAt.test(text)) return 0
  return text.codePointAt(k)! > 0xffff ? 2 : 1
}

/** A speech verb right after the closing mark or right before the opening one. */
function hasCue(text: string, quote: QuoteMarks): boolean {
  return cueFollows(text, quote) || cuePrecedes(text, quote)
}

/** A speech verb right before the opening mark (protesters chanted "What curfew?"). */
function cuePrecedes(text: string, quote: QuoteMarks): boolean {
  const at = quote.openings[0].start
  // A bounded slice keeps this linear however long the paragraph.
  const before = text.slice(Math.max(0, at - 30), at).trimEnd().replace(/[,:]$/, '')
  const last = before.slice(before.lastIndexOf(' ') + 1).toLowerCase()
  return lexicon.speechVerbs.has(last)
}

/** The words of the clause before the opening mark, lower-cased, at most `lookBack` characters back. */
function wordsBefore(text: string, at: number): string[] {
  const slice = text.slice(Math.max(0, at - lookBack), at)
  let k = slice.length - 1
  while (k >= 0 && !/[.;:!?“”"\n]/.test(slice[k])) k--
  return slice.slice(k + 1).toLowerCase().split(/[\s,]+/).filter(Boolean)
}

/** A naming verb among the last four words before the mark, not a noun or phrasal verb (a call for). */
function namingVerbPrecedes(text: string, at: number): boolean {
  const words = wordsBefore(text, at).slice(-4)
  return words.some((word, index) => namingVerbs.has(word) && !namingVerbExceptions.has(words[index + 1]))
}

/** The word right before `at` (spaces and, with `comma`, one comma skipped), lower-cased; a backward scan of at most `lookBack` characters. */
function wordBefore(text: string, at: number, comma: boolean): string {
  const limit = Math.max(0, at - lookBack)
  let end = at
  while (end > limit && isWhitespaceCode(text.charCodeAt(end - 1))) end--
  if (comma && end > limit && text[end - 1] === ',') end--
  let start = end
  while (start > limit && !isWhitespaceCode(text.charCodeAt(start - 1))) start--
  return text.slice(start, end).toLowerCase()
}

/** A noun naming a work right before the mark, a comma at most between (the documentary “13th”). */
function workNounPrecedes(text: string, at: number): boolean {
  return workNouns.has(wordBefore(text, at, true))
}

/** A possessive right before a capitalised span (E. J. Fleming’s “The Fixers”), not a contraction (he’s). */
function possessivePrecedes(text: string, at: number, quoted: string): boolean {
  if (!/^\p{Lu}/u.test(quoted)) return false
  const last = wordBefore(text, at, false)
  const tail = last.slice(-3)
  return /^\p{L}['’]s/u.test(tail) && !contractions.has(last)
}

/** A speech verb among the first words after the closing mark ("Safety," said Grimm). */
function cueFollows(text: string, quote: QuoteMarks): boolean {
  if (!quote.closing) return false
  // A bounded slice keeps this linear however long the paragraph.
  // A title's full stop (Mr. Kerry said) does not end the clause.
  const after = text.slice(quote.closing.end, quote.closing.end + 60).split(/(?<!\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|St|Jr|Sr))[.;:?!\n]/)[0]
  const words = after.toLowerCase().split(/[\s,]+/).filter(Boolean).slice(0, 5)
  return words.some((word) => lexicon.speechVerbs.has(word))
}
