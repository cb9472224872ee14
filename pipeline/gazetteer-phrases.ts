/**
 * A phrase index: lexicon phrases split into tokens, looked up by their first
 * token, longest first. Matching is exact and case-sensitive, except that the
 * last word may carry a possessive or a `-based` suffix, which the match
 * leaves out (`Mississippi’s` -> `Mississippi`).
 */
import type {ParseEnglish} from 'parse-english'
import {coreLength, phraseTokens, type Word} from './gazetteer-words.ts'

interface Entry<T> {
  tokens: string[]
  payload: T
}

/** What matched where. */
export interface PhraseMatch<T> {
  /** Index of the first word. */
  from: number
  /** Index after the last word. */
  to: number
  start: number
  end: number
  payload: T
}

export interface PhraseIndex<T> {
  /** The longest phrase starting at `words[from]`, if any. */
  matchAt(words: Word[], from: number): PhraseMatch<T> | undefined
  /** The payload of `phrase` as a lexicon writes it (spaces normalized). */
  lookup(phrase: string): T | undefined
}

/** Builds an index from `[phrase, payload]` pairs; a later duplicate phrase is ignored. */
export function createPhraseIndex<T>(parser: ParseEnglish, pairs: Array<[string, T]>): PhraseIndex<T> {
  const byFirst = new Map<string, Array<Entry<T>>>()
  const byPhrase = new Map<string, T>()
  const byWritten = new Map<string, T>()
  for (const [phrase, payload] of pairs) {
    const tokens = phraseTokens(parser, phrase)
    const key = tokens.join(' ')
    if (tokens.length === 0 || byPhrase.has(key)) continue
    byPhrase.set(key, payload)
    byWritten.set(normalize(phrase), payload)
    const list = byFirst.get(tokens[0]) ?? []
    list.push({tokens, payload})
    byFirst.set(tokens[0], list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)
  // Most words cannot start a phrase: their first character starts none (a suffix
  // left out keeps the first character), so they are refused before any lookup.
  const initials = new Uint8Array(0x10000)
  for (const first of byFirst.keys()) initials[first.charCodeAt(0)] = 1

  return {
    matchAt(words, from) {
      const value = words[from].value
      if (initials[value.charCodeAt(0)] !== 1) return undefined
      // The word as written, then without a possessive or `-based` suffix (rare: checked only when present).
      let match = matchList(byFirst.get(value), words, from)
      if (!match && (value.includes('’') || value.includes("'"))) {
        match = matchList(byFirst.get(value.slice(0, Math.max(value.lastIndexOf('’'), value.lastIndexOf("'")))), words, from)
      }
      if (!match && value.includes('-')) match = matchList(byFirst.get(value.slice(0, value.lastIndexOf('-'))), words, from)
      return match
    },
    lookup(phrase) {
      return byWritten.get(normalize(phrase))
    }
  }
}

function normalize(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ')
}

/** The longest entry of `list` that matches at `words[from]`. */
function matchList<T>(list: Array<Entry<T>> | undefined, words: Word[], from: number): PhraseMatch<T> | undefined {
  if (!list) return undefined
  for (const entry of list) {
    const end = matchEntry(words, from, entry.tokens)
    if (end >= 0) return {from, to: from + entry.tokens.length, start: words[from].start, end, payload: entry.payload}
  }
  return undefined
}

/** End offset of the match of `tokens` at `words[from]`, or -1. */
function matchEntry(words: Word[], from: number, tokens: string[]): number {
  if (from + tokens.length > words.length) return -1
  for (let index = 0; index < tokens.length; index++) {
    const word = words[from + index]
    // A phrase never spans two sentences.
    if (index > 0 && word.sentenceStart) return -1
    if (index < tokens.length - 1) {
      if (word.value !== tokens[index]) return -1
      continue
    }
    const length = coreLength(word.value, tokens[index])
    if (length < 0) return -1
    return word.start + length
  }
  return -1
}
