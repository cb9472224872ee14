/**
 * The words the name and date rules walk over: the sentence tokens of one
 * paragraph without the whitespace, each knowing whether a space stands
 * before it and whether it opens a sentence. Phrases from the lexicons are
 * split the same way (by parse-english) so that a lexicon entry and the text
 * compare token by token.
 */
import {ParseEnglish} from 'parse-english'
import {slugify} from './slug.ts'
import type {Root as NlcstRoot} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {ArticleData, TokenKind} from './types.ts'
import type {Word} from './words.ts'
import type {VFile} from 'vfile'

export type {Word} from './words.ts'

/** The words of each paragraph, indexed by paragraph index (the same word objects as `sentenceWords`). */
export function paragraphWords(article: ArticleData, sentenceWords: Word[][]): Word[][] {
  // Each paragraph's sentences' word lists, in order, then joined.
  const byParagraph: Word[][][] = article.paragraphs.map(() => [])
  article.sentences.forEach((sentence, index) => byParagraph[sentence.paragraph]?.push(sentenceWords[index]))
  return byParagraph.map(joinLists)
}

/**
 * `paragraphWords` once per article: the places and organizations, dates and
 * speaker stages all walk paragraphs (2.5 million words on a 10 MB article).
 * Kept in `file.data.paragraphWords` until `releaseWords` drops it with the
 * words. The lists are read, never written to.
 */
export function sharedParagraphWords(file: VFile): Word[][] {
  const sentenceWords = file.data.sentenceWords
  if (!sentenceWords) throw new Error('Unexpected missing `file.data.sentenceWords`, expected `segment-sentences` to run first')
  file.data.paragraphWords ??= paragraphWords(file.data.article!, sentenceWords)
  return file.data.paragraphWords
}

/**
 * A paragraph's words from its sentences' lists: a single sentence's list as
 * it is, else one array of exactly their length (an array grown by push
 * keeps up to half again as many slots).
 */
function joinLists(lists: Word[][]): Word[] {
  if (lists.length === 1) return lists[0]
  // concat takes the lists as arguments: too many (a 10 MB paragraph of tens of thousands of sentences) would overflow the stack.
  if (lists.length <= 1024) return ([] as Word[]).concat(...lists)
  const words: Word[] = []
  for (const list of lists) for (const word of list) words.push(word) // not push(...): a 1 MB sentence overflows the stack
  return words
}

/** Short words a headline capitalizes and a sentence does not (`Test In U.S. Court`). */
const functionWords = new Set(['In', 'Of', 'The', 'A', 'An', 'And', 'To', 'For', 'On', 'At', 'With', 'By', 'From', 'Is', 'Are'])

/**
 * Title Case: at least four words, no lower-case word longer than a short
 * function word, and a function word capitalized inside the sentence.
 */
export function isTitleCase(tokens: ReadonlyArray<{kind: TokenKind; value: string}>): boolean {
  let words = 0
  let capitalizedFunctionWord = false
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    const lower = isLowercase(token.value)
    if (!lower && !isCapitalized(token.value)) continue
    if (lower && token.value.length > 3) return false
    if (words > 0 && functionWords.has(token.value)) capitalizedFunctionWord = true
    words++
  }
  return words >= 4 && capitalizedFunctionWord
}

/** Splits a lexicon phrase into token values the way the text is split. */
export function phraseTokens(parser: ParseEnglish, phrase: string): string[] {
  const tree = parser.parse(phrase) as NlcstRoot
  const values: string[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      for (const token of sentence.children) {
        if (token.type !== 'WhiteSpaceNode') values.push(toString(token))
      }
    }
  }
  return values
}

const possessives = ['’s', "'s", '’', "'"]

/**
 * The length of `value` without a possessive or a `-based` style suffix, when
 * `value` is `core` followed by one: `Trump’s` -> `Trump`, `D.C.-based` ->
 * `D.C.`. Returns -1 when `value` is not `core` plus such a suffix.
 */
export function coreLength(value: string, core: string): number {
  if (value === core) return core.length
  if (!value.startsWith(core)) return -1
  const rest = value.slice(core.length)
  if (possessives.includes(rest)) return core.length
  if (rest.length > 1 && rest[0] === '-' && /^-[a-z]+$/.test(rest)) return core.length
  return -1
}

/** Starts with an upper-case letter (ASCII checked by code, the rest by Unicode property). */
export function isCapitalized(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(value)
}

/** Starts with a lower-case letter. */
export function isLowercase(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 128) return code >= 97 && code <= 122
  return /^\p{Ll}/u.test(value)
}

/** Lower-case ASCII slug without a leading article: `U.S. Senate` -> `u-s-senate`, `The Washington Post` -> `washington-post`. */
export function slug(name: string): string {
  return slugify(name.replace(/[’']/g, '')).replace(/^the-/, '')
}
