/**
 * The article's words: one object per non-whitespace token of each sentence,
 * built once by `segment-sentences` and read by every rule stage (places,
 * organizations, dates, people, speakers). The flags every stage asks about
 * (joined by spaces, sentence start, Title Case sentence, possessive
 * apostrophe, capitalized) are packed into one number: on a 10 MB article
 * there are 2.5 million words, and one small object each (instead of a token,
 * a people word and two gazetteer words) is what keeps such an article's
 * build under a gigabyte. The words are scratch data of the recognition
 * stages: `releaseWords` drops them once the last reader has run.
 */
import type {RemarkPlugin, Span, TokenKind} from './types.ts'

/** A non-whitespace token with what the rules need to know about it. */
export interface Word extends Span {
  readonly kind: TokenKind
  readonly value: string
  /** Index of the sentence in `article.sentences` (and in `file.data.sentenceWords`). */
  readonly sentence: number
  readonly paragraph: number
  /** Only spaces (no punctuation, no newline) separate this word from the previous token of its sentence. */
  readonly joined: boolean
  /** A space or a line break separates it from the token before (the first word of a sentence counts as spaced). */
  readonly spaceBefore: boolean
  /** First word of its sentence. */
  readonly sentenceStart: boolean
  /** Its sentence is in Title Case (a headline): capitals say nothing about names there. */
  readonly titleCase: boolean
  /** An apostrophe inside a word ("Clinton's" split by the parser), never a quote mark. */
  readonly apostrophe: boolean
  /** `value` lower-cased (the same string when it has no capital). */
  readonly lower: string
  /** `value` without a trailing possessive (`stripPossessive`). */
  readonly bare: string
  /** `value` starts with a capital letter (`isCapitalized`). */
  readonly capitalized: boolean
}

const kindCodes: TokenKind[] = ['word', 'punctuation', 'symbol', 'whitespace']
/** A token kind as it goes into `flags`. */
export const kindCode: Record<TokenKind, number> = {word: 0, punctuation: 1, symbol: 2, whitespace: 3}
const kindMask = 3
export const joinedFlag = 4
export const spaceBeforeFlag = 8
export const sentenceStartFlag = 16
export const titleCaseFlag = 32
export const apostropheFlag = 64
const capitalizedFlag = 128

/** A word as the segmenter builds it: eight fields, the booleans in `flags`. */
class TextWord implements Word {
  readonly start: number
  readonly end: number
  readonly value: string
  readonly lower: string
  readonly bare: string
  readonly sentence: number
  readonly paragraph: number
  /** Written once more only by `markTitleCase`, before any stage reads the word. */
  flags: number

  constructor(start: number, end: number, value: string, sentence: number, paragraph: number, flags: number) {
    this.start = start
    this.end = end
    this.value = value
    this.lower = value.toLowerCase()
    this.bare = stripPossessive(value)
    this.sentence = sentence
    this.paragraph = paragraph
    this.flags = flags | (isCapitalized(value) ? capitalizedFlag : 0)
  }

  get kind(): TokenKind {
    return kindCodes[this.flags & kindMask]
  }

  get joined(): boolean {
    return (this.flags & joinedFlag) !== 0
  }

  get spaceBefore(): boolean {
    return (this.flags & spaceBeforeFlag) !== 0
  }

  get sentenceStart(): boolean {
    return (this.flags & sentenceStartFlag) !== 0
  }

  get titleCase(): boolean {
    return (this.flags & titleCaseFlag) !== 0
  }

  get apostrophe(): boolean {
    return (this.flags & apostropheFlag) !== 0
  }

  get capitalized(): boolean {
    return (this.flags & capitalizedFlag) !== 0
  }
}

/** A word; `flags` combines `kindCode` and the exported flags (capitals are derived here). */
export function createWord(start: number, end: number, value: string, sentence: number, paragraph: number, flags: number): Word {
  return new TextWord(start, end, value, sentence, paragraph, flags)
}

/** Marks the words of a Title Case sentence, once it is known to be one. */
export function markTitleCase(words: readonly Word[]): void {
  for (const word of words) (word as TextWord).flags |= titleCaseFlag
}

/** Drops `file.data.sentenceWords`: no stage after this one reads words. */
export const releaseWords: RemarkPlugin = function () {
  return function (_tree, file) {
    delete file.data.sentenceWords
  }
}

const upper = /^\p{Lu}/u
/** Starts with a capital letter. */
export function isCapitalized(value: string): boolean {
  const code = value.charCodeAt(0)
  // ASCII first: only a non-ASCII first character needs the Unicode test.
  if (code < 128) return code >= 65 && code <= 90
  return upper.test(value)
}

/** The word without a trailing possessive ("Trump’s" -> "Trump"). */
export function stripPossessive(value: string): string {
  const last = value.charCodeAt(value.length - 1)
  // Cheapest test first: most words end in neither "s" nor an apostrophe.
  if (last !== 115 && last !== 39 && last !== 0x2019) return value
  return value.endsWith('’s') || value.endsWith("'s") ? value.slice(0, -2) : value.endsWith('’') || value.endsWith("'") ? value.slice(0, -1) : value
}
