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
    words.push({start: token.start, end: token.end, kind: token.kind, value: token.value, sentence: index, joined, apostrophe})
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
  return upper.test(value)
}

/** The word without a trailing possessive ("Trump’s" -> "Trump"). */
export function stripPossessive(value: string): string {
  return value.endsWith('’s') || value.endsWith("'s") ? value.slice(0, -2) : value.endsWith('’') || value.endsWith("'") ? value.slice(0, -1) : value
}

/** Length in words of the longest phrase of `index` starting at `words[from]`, 0 if none. */
export function matchPhrase(words: Word[], from: number, index: PhraseIndex, caseSensitive = false): number {
  const first = words[from]
  if (!first) return 0
  for (const phrase of index.get(first.value.toLowerCase()) ?? []) {
    if (from + phrase.length > words.length) continue
    let ok = true
    for (let k = 0; k < phrase.length; k++) {
      const word = words[from + k]
      const value = caseSensitive ? word.value : word.value.toLowerCase()
      if (value !== phrase[k] || (k > 0 && !word.joined)) {
        ok = false
        break
      }
    }
    if (ok) return phrase.length
  }
  return 0
}
