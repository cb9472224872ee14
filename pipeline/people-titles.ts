/**
 * Titles before a name ("Sen.", "Secretary of State", "former President",
 * "Mr."), from `lexicon/titles.json`: each lexicon phrase's jobTitle and case
 * rule are worked out once, so matching a title at a word makes no string
 * unless the title is several words long and might be an honorific.
 */
import {lexicon, type Gender} from './people-lexicon.ts'
import {longestPhrase, type Word} from './people-words.ts'

/** Title phrase at `at`, with its jobTitle; "former" may lead. */
export function matchTitle(words: Word[], at: number): {length: number; jobTitle: string; gender?: Gender} | undefined {
  let from = at
  if (words[from]?.lower === 'former' && words[from + 1]?.joined) from++
  const phrase = longestPhrase(words, from, lexicon.titlePhrases)
  if (phrase === undefined) return undefined
  const title = titleOfPhrase.get(phrase)!
  if (!words[from].capitalized && !title.lowerCaseAllowed) return undefined
  if (from > at && !words[from].joined) return undefined
  const honorific = phrase.length <= longestHonorific ? lexicon.honorifics.get(phraseText(words, from, phrase.length)) : undefined
  return {
    length: from - at + phrase.length,
    jobTitle: title.jobTitle,
    gender: honorific === 'male' || honorific === 'female' ? honorific : undefined
  }
}

/**
 * What each title phrase of the lexicon stands for, worked out once: its
 * jobTitle, and whether it may be written in lower case before a name. (The
 * phrase's words are the lower-cased words of the text that matched it.)
 */
const titleOfPhrase = new Map<readonly string[], {jobTitle: string; lowerCaseAllowed: boolean}>()
for (const group of lexicon.titlePhrases.values()) {
  for (const phrase of group) {
    const key = phrase.join(' ')
    titleOfPhrase.set(phrase, {jobTitle: lexicon.titles.get(key) ?? '', lowerCaseAllowed: lexicon.lowercaseTitles.has(key)})
  }
}

/** Words in the longest honorific ("Mr.": one): a longer title phrase is no honorific. */
const longestHonorific = Math.max(0, ...[...lexicon.honorifics.keys()].map((honorific) => honorific.split(' ').length))

/** words[from..from+length) as written, joined by spaces; a one-word phrase makes no new string. */
function phraseText(words: Word[], from: number, length: number): string {
  let text = words[from].value
  for (let k = from + 1; k < from + length; k++) text += ' ' + words[k].value
  return text
}
