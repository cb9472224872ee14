/**
 * Given names joined by "and" before one family name: "Khizr and Ghazala
 * Khan", "Charles G. and David H. Koch", "Bill and Hillary Clinton" name two
 * people, the first by given name only. The first gets the family name too.
 */
import {firstNameGender, lexicon} from './people-lexicon.ts'
import type {NameMatch} from './people-names.ts'
import type {Word} from './people-words.ts'

const initial = /^\p{Lu}\.$/u

interface Found {
  match: NameMatch
  words: Word[]
}

/** The found names, the first of each "Given and Given Family" pair given the family name. */
export function shareFamilyNames<T extends Found>(found: T[]): T[] {
  // Made when a pair joined by "and" first asks: most articles have none.
  let names: FullNames | undefined
  return found.map((item, k) => {
    const next = found[k + 1]
    const {nameWords} = item.match
    if (!next || next.words !== item.words || nameWords.length > 2 || next.match.nameWords.length < 2) return item
    if (firstNameGender(nameWords[0]) === undefined) return item
    if (nameWords.length === 2 && !initial.test(nameWords[1])) return item
    if (!joinedByAnd(item.words, item.match.span.end, next.match.span.start)) return item
    const {familyNames, givenWith} = (names ??= fullNames(found))
    if (familyNames.has(nameWords[0])) return item
    // "Brandy, Monica and Lauryn Hill": the end of a list of single names.
    const comma = wordBefore(item.words, item.match.span.start)
    if (comma?.value === ',' && /^\p{Lu}/u.test(wordBefore(item.words, comma.start)?.value ?? '')) return item
    const family = familyOf(next.match.nameWords)
    if (givenWith.has(nameWords[0]) && givenWith.get(nameWords[0]) !== family[family.length - 1]) return item
    return {...item, match: {...item.match, nameWords: [...nameWords, ...family], evidence: 'first-name', nameGender: undefined}}
  })
}

interface FullNames {
  /** "Carter and Eric Fanning": a word some full name ends with is a family name, not a given name. */
  familyNames: Set<string>
  /** "Hillary and Tim Kaine": a given name the article gives with another family name is that person's. */
  givenWith: Map<string, string>
}

/** The family names of the full names found, and the family name each given name comes with (the last one found). */
function fullNames(found: Found[]): FullNames {
  const full = found.map((f) => f.match.nameWords).filter((words) => words.length >= 2 && !initial.test(words[words.length - 1]))
  return {familyNames: new Set(full.map((words) => words[words.length - 1])), givenWith: new Map(full.map((words) => [words[0], words[words.length - 1]]))}
}

/** The word (or punctuation) right before `start`. */
function wordBefore(words: Word[], start: number): Word | undefined {
  let before: Word | undefined
  for (const word of words) {
    if (word.end > start) break
    before = word
  }
  return before
}

/** Only the word "and" stands between the two names. */
function joinedByAnd(words: Word[], end: number, start: number): boolean {
  const between = words.filter((w) => w.start >= end && w.end <= start)
  return between.length === 1 && between[0].value === 'and'
}

/** The family name at the end of a full name, with its suffix ("Koch", "King Jr."). */
function familyOf(nameWords: string[]): string[] {
  const last = nameWords[nameWords.length - 1]
  return lexicon.nameSuffixes.has(last) && nameWords.length >= 3 ? nameWords.slice(-2) : [last]
}
