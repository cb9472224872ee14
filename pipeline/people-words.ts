/**
 * Helpers of the people and speaker rules over the article's words
 * (`words.ts`): phrase lookups, capitals, possessives.
 */
import type {PhraseIndex} from './people-lexicon.ts'
import type {Word} from './words.ts'

export type {Word} from './words.ts'
export {isCapitalized, stripPossessive} from './words.ts'

/** The word without its possessive, lower-cased: its `lower` (no new string) when it has no possessive. */
export function bareLower(word: Word): string {
  return word.bare === word.value ? word.lower : word.bare.toLowerCase()
}

/** Length in words of the longest phrase of `index` starting at `words[from]`, 0 if none. */
export function matchPhrase(words: Word[], from: number, index: PhraseIndex, caseSensitive = false): number {
  return longestPhrase(words, from, index, caseSensitive)?.length ?? 0
}

/** The longest phrase of `index` (its words, as the index holds them) starting at `words[from]`. */
export function longestPhrase(words: Word[], from: number, index: PhraseIndex, caseSensitive = false): readonly string[] | undefined {
  const first = words[from]
  if (!first) return undefined
  const group = index.get(first.lower)
  if (group === undefined) return undefined
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
    if (ok) return phrase
  }
  return undefined
}
