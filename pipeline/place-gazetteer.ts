/**
 * Places from the gazetteers in `lexicon/places-*.json`: US states, countries,
 * cities, geographic features and regions. A name counts where the words
 * around it say it is a place (see `places-context.json`): a one-word name
 * glued to another capitalized word is usually part of a person's or an
 * organization's name.
 */
import type {ParseEnglish} from 'parse-english'
import states from './lexicon/places-us-states.json' with {type: 'json'}
import countries from './lexicon/places-countries.json' with {type: 'json'}
import cities from './lexicon/places-cities.json' with {type: 'json'}
import features from './lexicon/places-features.json' with {type: 'json'}
import context from './lexicon/places-context.json' with {type: 'json'}
import {createPhraseIndex, type PhraseIndex} from './gazetteer-phrases.ts'
import {isCapitalized, type Word} from './gazetteer-words.ts'
import {priority, type Candidate} from './gazetteer-candidates.ts'

interface PlaceRecord {
  name: string
  kind: string
  aliases?: string[]
  abbreviations?: string[]
  ambiguous?: boolean
}

/** What a gazetteer phrase stands for. */
export interface PlaceEntry {
  /** Canonical name. */
  name: string
  ambiguous: boolean
  /** The phrase is the canonical name (not an alias). */
  canonical: boolean
}

export interface PlaceGazetteer {
  names: PhraseIndex<PlaceEntry>
  /** `S.C.` -> `South Carolina`: only after `City,`. */
  abbreviations: Map<string, string>
}

const records: PlaceRecord[] = [
  ...(states.places as PlaceRecord[]),
  ...(countries.places as PlaceRecord[]),
  ...(cities.places as PlaceRecord[]),
  ...(features.places as PlaceRecord[])
]
const locatives = new Set(context.locatives)
const allowedBefore = new Set(context.before)
const allowedAfter = new Set(context.after)

/** Builds the gazetteer index (once per processor). */
export function createPlaceGazetteer(parser: ParseEnglish): PlaceGazetteer {
  const pairs: Array<[string, PlaceEntry]> = []
  const abbreviations = new Map<string, string>()
  for (const record of records) {
    const ambiguous = record.ambiguous === true
    pairs.push([record.name, {name: record.name, ambiguous, canonical: true}])
    for (const alias of record.aliases ?? []) pairs.push([alias, {name: record.name, ambiguous, canonical: false}])
    for (const abbreviation of record.abbreviations ?? []) abbreviations.set(abbreviation, record.name)
  }
  return {names: createPhraseIndex(parser, pairs), abbreviations}
}

/**
 * Place candidates in one paragraph's words. `qualifiers` are capitalized
 * words that may follow a place name (organization heads, party words).
 */
export function findPlaces(gazetteer: PlaceGazetteer, words: Word[], qualifiers: Set<string>): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    if (word.kind !== 'word') continue
    const match = gazetteer.names.matchAt(words, index)
    if (match) {
      if (fitsContext(words, match.from, match.to, match.payload, qualifiers)) {
        found.push({
          start: match.start,
          end: match.end,
          type: 'Place',
          name: match.payload.name,
          kind: match.payload.canonical ? 'name' : 'alias',
          priority: priority.gazetteerPlace
        })
      }
      continue
    }
    // `Columbia, S.C.`: a state abbreviation right after a capitalized word and a comma;
    // a postal code (`OK`, `ME`) not after a sentence's first word (`Sure, OK`).
    const comma = words[index - 1]
    if (comma?.value !== ',' || word.sentenceStart) continue
    const state = gazetteer.abbreviations.get(word.value)
    const city = words[index - 2]
    const postal = word.value.length === 2
    if (state && city && isCapitalized(city.value) && !(postal && city.sentenceStart)) {
      found.push({start: word.start, end: word.end, type: 'Place', name: state, kind: 'alias', priority: priority.gazetteerPlace})
    }
  }
  return found
}

/** Whether the words around a gazetteer match let it be a place. */
function fitsContext(words: Word[], from: number, to: number, entry: PlaceEntry, qualifiers: Set<string>): boolean {
  const first = words[from]
  const previous = first.sentenceStart ? undefined : words[from - 1]
  if (entry.ambiguous) {
    // Also a person's name or a common word: only right after `in`, `from`, ...
    if (!previous || !first.spaceBefore || !locatives.has(previous.value.toLowerCase())) return false
  } else {
    // A name must not be glued to other capitalized words (`George Washington`).
    const long = to - from > 1 && entry.canonical
    if (!long && previous && first.spaceBefore && previous.kind === 'word' && isCapitalized(previous.value)) {
      if (!allowedBefore.has(previous.value)) return false
    }
  }
  // Nor followed by one (`Virginia Foxx`, `New York Yankees`), unless it is a title or a group the place qualifies.
  const next = words[to]
  if (next && next.spaceBefore && !next.sentenceStart && next.kind === 'word' && isCapitalized(next.value)) {
    const bare = next.value.replace(/[’']s$/, '')
    if (!allowedAfter.has(bare) && !qualifiers.has(bare)) return false
  }
  return true
}

/** The canonical name for a name as written (a dateline's place), if the gazetteer knows it. */
export function canonicalPlace(gazetteer: PlaceGazetteer, written: string): string | undefined {
  return gazetteer.names.lookup(written)?.name
}
