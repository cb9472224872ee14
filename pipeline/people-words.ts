/**
 * Helpers of the people and speaker rules over the article's words
 * (`words.ts`): phrase lookups, capitals, possessives.
 */
import type {PhraseIndex} from './people-lexicon.ts'
import type {Word} from './words.ts'

export type {Word} from './words.ts'
export {isCapitalized, stripPossessive} from './words.ts'

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
