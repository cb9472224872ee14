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
import {largeArticleLength} from './garbage-collector.ts'
import type {RemarkPlugin, Span, TokenKind} from './types.ts'

/** A non-whitespace token with what the rules need to know about it. */
export interface Word extends Span {
  readonly kind: TokenKind
  readonly value: string
  /** Index of the sentence in `article.sentences` (and in `file.data.sentenceWords`). */
  readonly sentence: number
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
/** The flags take the low 7 bits of `bits`. */
const flagSpan = 128

/**
 * What a word's text alone decides, shared by every word of the article with
 * that text: "the" or "," occurs hundreds of thousands of times in a 10 MB
 * article, and one string (and its lower-case form) serves them all.
 */
class WordForm {
  readonly value: string
  readonly lower: string
  readonly bare: string
  readonly capitalized: boolean

  constructor(value: string) {
    this.value = value
    this.lower = value.toLowerCase()
    this.bare = stripPossessive(value)
    this.capitalized = isCapitalized(value)
  }
}

/** The forms met so far in one article, by text. */
export type WordForms = Map<string, WordForm>

/**
 * A word as the segmenter builds it: four fields. `bits` holds the sentence
 * index times 128 plus the flags (`% 128`, not `& 127`: on an article of more
 * than 16 million sentences the number outgrows 32 bits and stays exact).
 */
class TextWord implements Word {
  readonly start: number
  readonly end: number
  /** Written once more only by `markTitleCase`, before any stage reads the word. */
  bits: number
  private readonly form: WordForm

  constructor(start: number, end: number, form: WordForm, sentence: number, flags: number) {
    this.start = start
    this.end = end
    this.bits = sentence * flagSpan + flags
    this.form = form
  }

  get sentence(): number {
    return Math.floor(this.bits / flagSpan)
  }

  get value(): string {
    return this.form.value
  }

  get lower(): string {
    return this.form.lower
  }

  get bare(): string {
    return this.form.bare
  }

  get capitalized(): boolean {
    return this.form.capitalized
  }

  get kind(): TokenKind {
    return kindCodes[(this.bits % flagSpan) & kindMask]
  }

  get joined(): boolean {
    return ((this.bits % flagSpan) & joinedFlag) !== 0
  }

  get spaceBefore(): boolean {
    return ((this.bits % flagSpan) & spaceBeforeFlag) !== 0
  }

  get sentenceStart(): boolean {
    return ((this.bits % flagSpan) & sentenceStartFlag) !== 0
  }

  get titleCase(): boolean {
    return ((this.bits % flagSpan) & titleCaseFlag) !== 0
  }

  get apostrophe(): boolean {
    return ((this.bits % flagSpan) & apostropheFlag) !== 0
  }
}

/**
 * A word; `flags` combines `kindCode` and the exported flags. `forms` (one
 * map per article) shares the text and its derived forms between words.
 */
export function createWord(start: number, end: number, value: string, sentence: number, flags: number, forms: WordForms = new Map()): Word {
  let form = forms.get(value)
  if (form === undefined) {
    form = new WordForm(value)
    forms.set(value, form)
  }
  // A literal, not `new`: V8 then sees that these objects all live long and
  // allocates them in the old generation at once (no copying by the young
  // generation's collector: a third of segmenting time on a 10 MB article).
  return {__proto__: wordPrototype, start, end, bits: sentence * flagSpan + flags, form} as unknown as Word
}

const wordPrototype = TextWord.prototype

/** Marks the words of a Title Case sentence, once it is known to be one. */
export function markTitleCase(words: readonly Word[]): void {
  for (const word of words) {
    const text = word as TextWord
    if ((text.bits % flagSpan & titleCaseFlag) === 0) text.bits += titleCaseFlag
  }
}

/** Options of `releaseWords`. */
export interface ReleaseWordsOptions {
  /** A full garbage collection (`processGarbageCollector()`), run once the words are dropped from an article of `collectAbove` characters or more. */
  collectGarbage?: () => void
  /** Article size, in UTF-16 units, from which `collectGarbage` runs (default `largeArticleLength`, 1,000,000): below it the collection costs more than it saves. */
  collectAbove?: number
}

/**
 * Drops `file.data.sentenceWords` and what is built from them (the joined
 * paragraph words, the speaker context): no stage after this one reads
 * words. On a large article, runs the process's
 * garbage collector when it was given one (see `garbage-collector.ts`).
 */
export const releaseWords: RemarkPlugin<ReleaseWordsOptions> = function (options = {}) {
  const {collectGarbage, collectAbove = largeArticleLength} = options
  return function (_tree, file) {
    delete file.data.sentenceWords
    delete file.data.speakerContext
    delete file.data.paragraphWords
    // `file.value` is the decoded text from the parser on (a string: its length is free).
    if (collectGarbage && String(file.value).length >= collectAbove) collectGarbage()
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
