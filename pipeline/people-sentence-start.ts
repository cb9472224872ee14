/**
 * Where a found name stands in its sentence, for telling a name from a word
 * capitalised by its position: first in the sentence or a quotation ("Neither
 * Clinton", "Officials said"), or glued to another thing's name ("the United
 * States Embassy").
 */
import {firstNameGender, lexicon} from './people-lexicon.ts'
import type {NameMatch} from './people-names.ts'
import type {Word} from './people-words.ts'
import {firstStartingAt} from './lower-bound.ts'
import weekdayData from './lexicon/weekdays.json' with {type: 'json'}
import monthData from './lexicon/months.json' with {type: 'json'}

/** A name found, with the words of its sentence. */
export interface Found {
  match: NameMatch
  words: Word[]
}

/** A one-word name that is a common word starting its sentence, or the last word of another thing's name. */
export function isCommonWordName(item: Found, lowerCaseWords: () => Set<string>): boolean {
  return item.match.nameWords.length === 1 && (startsSentence(item) && commonWord(item.match.nameWords[0], lowerCaseWords) || endsPhrase(item))
}

/**
 * A sentence's first word that is a common word, not a name: the article
 * writes it in lower case elsewhere, it is a participle ("Having said that")
 * or a word for people ("Officials said", "People say").
 */
export function commonWord(word: string, lowerCaseWords: () => Set<string>): boolean {
  const lower = word.toLowerCase()
  if (lowerCaseWords().has(lower) || lexicon.descriptionHeads.has(lower)) return true
  return lower.endsWith('ing') && firstNameGender(word) === undefined
}

/** The lower-case forms of the words the article writes uncapitalised ("officials", "having"). */
export function wordsWrittenInLowerCase(sentenceWords: Word[][]): Set<string> {
  const found = new Set<string>()
  for (const words of sentenceWords) {
    for (const word of words) if (!word.capitalized && word.kind === 'word') found.add(word.lower)
  }
  return found
}

/**
 * "the United States Embassy said", "the Committee for a Responsible Federal Budget reported": a lone word
 * glued to a capitalised word before it (not a sentence's first word, a possessive: "CNN's Tapper", a
 * date: "On Tuesday Vargas said", a given name or a title) ends the name of something else, so it makes no new person.
 */
export function endsPhrase(item: Found): boolean {
  const at = firstWordIndex(item)
  const before = item.words[at - 1]
  if (at < 2 || !item.words[at].joined || !before.capitalized || before.bare !== before.value) return false
  if (dateWords.has(before.value) || firstNameGender(before.value) !== undefined || lexicon.titles.has(before.lower)) return false
  return anyWordBefore(item.words, at - 1)
}

/** Index of the match's first word among its sentence's words (-1 when none starts at or after it). */
function firstWordIndex(item: Found): number {
  const at = firstStartingAt(item.words, item.match.span.start)
  return at < item.words.length ? at : -1
}

/** A word (not punctuation or a symbol) stands among the first `count` tokens. */
function anyWordBefore(words: Word[], count: number): boolean {
  for (let k = 0; k < count; k++) if (words[k].kind === 'word') return true
  return false
}

/** The match without its first word: "Neither Clinton" -> "Clinton", which only links to a known person. */
export function withoutFirstWord(item: Found): Found {
  const {match} = item
  const second = item.words.find((w) => w.start > match.span.start && w.kind === 'word')!
  return {words: item.words, match: {...match, nameWords: match.nameWords.slice(1), span: {start: second.start, end: match.span.end}, evidence: 'weak', nameGender: undefined}}
}

/** The match is the first word of its sentence or of a quotation (`chanting "Dump Trump"`): capitalised by position. */
export function startsSentence(item: Found): boolean {
  const at = firstWordIndex(item)
  if (at <= 0) return at === 0
  if (openingQuotes.has(item.words[at - 1].value)) return true
  return !anyWordBefore(item.words, at)
}

/** The match is a quotation's first word (`“Notice Trump sniffing”`). */
export function opensQuote(item: Found): boolean {
  const at = firstWordIndex(item)
  return at > 0 && openingQuotes.has(item.words[at - 1].value)
}

const dateWords = new Set([...Object.keys(weekdayData.weekdays), ...Object.keys(monthData.months)])

const openingQuotes = new Set(['“', '"', '‘', "''"])
