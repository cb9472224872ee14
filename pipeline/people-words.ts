/**
 * A word-level view of a sentence's parse-english tokens: whitespace dropped,
 * each word knowing whether it is joined to the previous one by plain spaces
 * (a name never runs across a comma, a dash or a line break).
 */
import type {PhraseIndex} from './people-lexicon.ts'
import type {Sentence, Token} from './types.ts'

export interface Word extends Token {
  /** Index of the sentence in `article.sentences`. */
  sentence: number
  /** Only spaces (no punctuation, no newline) separate this word from the previous token. */
  joined: boolean
  /** An apostrophe inside a word ("Clinton's" split by the parser), never a quote mark. */
  apostrophe: boolean
  /** `value` lower-cased, computed once: phrase lookups read it for every word. */
  lower: string
  /** `value` without a trailing possessive (`stripPossessive`), computed once. */
  bare: string
  /** `value` starts with a capital letter (`isCapitalized`), computed once. */
  capitalized: boolean
}

/** The non-whitespace tokens of a sentence, in order. */
export function wordsOf(sentence: Sentence, index: number): Word[] {
  const words: Word[] = []
  const tokens = sentence.tokens
  let joined = false
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]
    if (token.kind === 'whitespace') {
      joined = words.length > 0 && !token.value.includes('\n')
      continue
    }
    const apostrophe = (token.value === "'" || token.value === '’') && k > 0 && tokens[k - 1].kind === 'word' && k + 1 < tokens.length && tokens[k + 1].kind === 'word'
    // A plain literal (not a spread) keeps every word the same shape for the engine.
    const value = token.value
    words.push({start: token.start, end: token.end, kind: token.kind, value, sentence: index, joined, apostrophe, lower: value.toLowerCase(), bare: stripPossessive(value), capitalized: isCapitalized(value)})
    joined = false
  }
  return words
}

/** Every word of the article, sentence by sentence. */
export function articleWords(sentences: Sentence[]): Word[][] {
  return sentences.map((sentence, index) => wordsOf(sentence, index))
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

/** Length in words of the longest phrase of `index` starting at `words[from]`, 0 if none. */
export function matchPhrase(words: Word[], from: number, index: PhraseIndex, caseSensitive = false): number {
  const first = words[from]
  if (!first) return 0
  const group = index.get(first.lower)
  if (group === undefined) return 0
  for (const phrase of group) {
    if (from + phrase.length > words.length) continue
    let ok = true
    for (let k = 0; k < phrase.length; k++) {
      const word = words[from + k]
      const value = caseSensitive ? word.value : word.lower
      if (value !== phrase[k] || (k > 0 && !word.joined)) {
        ok = false
        break
      }
    }
    if (ok) return phrase.length
  }
  return 0
}
