/**
 * Finds where a sentence names a person in full: an optional jurisdiction, an
 * optional title (or honorific), then a run of capitalised name words
 * ("Mississippi Secretary of State Delbert Hosemann", "Mr. Trump",
 * "President Donald Trump’s"). Works on parse-english words, never on raw
 * capitalised-word patterns.
 */
import {firstNameGender, lexicon, type Gender} from './people-lexicon.ts'
import {bareLower, matchPhrase, type Word} from './people-words.ts'
import {matchTitle} from './people-titles.ts'
import type {Span} from './types.ts'
import {partyWord} from './org-parties.ts'
import monthData from './lexicon/months.json' with {type: 'json'}
import {initial, innerCapital, namePrefix, type WordTexts} from './people-name-words.ts'

export interface NameMatch {
  /** The whole mention: jurisdiction, title and name, possessive included. */
  span: Span
  /** The name words, possessive stripped. */
  nameWords: string[]
  jobTitle?: string
  jurisdiction?: string
  /** From an honorific or a gendered title ("Mr.", "Congresswoman"). */
  gender?: Gender
  /** Suggested by the given name; weaker than an honorific. */
  nameGender?: Gender
  /** A title or honorific stands before the name. */
  titled: boolean
  /** The party's name ('Republican Party') when the words around say so. */
  party?: string
  /** How sure the scan is that these words are a person's name. */
  evidence: 'title' | 'first-name' | 'speech' | 'weak'
}

/** Spans of other entities (places), which may serve as jurisdictions. */
export interface ScanContext {
  placeAt: (start: number) => Span | undefined
  /** True when the span lies inside an organization or place mention. */
  claimed: (start: number, end: number) => boolean
  /** What the article's word texts say about names, worked out once per text. */
  texts: WordTexts
}

const maxNameWords = 4
/** Can this word continue (or start) a name? Its text decides, unless it is a particle ("de", "van"): then a capitalised word must follow. */
function isNameWord(word: Word, next: Word | undefined, texts: WordTexts): boolean {
  const kind = texts.nameWordKind(word)
  if (kind === 'particle') return next !== undefined && next.joined && next.capitalized
  return kind === 'name'
}

/** "FULL SPEECH", "NCLB", "F.B.I.": no lower-case letter anywhere, so an acronym or a heading, never how a text names a person. */
function allCapitals(words: Word[], from: number, to: number, texts: WordTexts): boolean {
  for (let k = from; k < to; k++) if (!texts.upperCase(words[k])) return false
  return true
}

/** The index of a known given name inside words[from..to), neither first nor last ("Ohio Treasurer Mark Bell"), else -1. */
function givenNameInside(words: Word[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) if (firstNameGender(words[k].value) !== undefined) return k
  return -1
}

/** The party of the first member word ("Libertarian") among words[from..to). */
function memberParty(words: Word[], from: number, to: number): NameMatch['party'] {
  for (let k = from; k < to; k++) if (isMemberWord(words[k].value)) return partyOf(words[k].value)
  return undefined
}

/** The words' texts without possessives ("Trump’s" -> "Trump"). */
function bareWords(words: Word[], from: number, to: number): string[] {
  const bare: string[] = []
  for (let k = from; k < to; k++) bare.push(words[k].bare)
  return bare
}

/** A month or title word ("May", "Judge") right after a known given name, no day number after it. */
function familyAfterGiven(given: Word, word: Word, next: Word | undefined): boolean {
  if (!word.joined || !word.capitalized || firstNameGender(given.value) === undefined) return false
  if (!monthNames.has(word.bare) && !lexicon.titles.has(bareLower(word))) return false
  // "Charlotte Mayor Jennifer Roberts": a title before another name is that name's title.
  return !(next && next.joined && (/^\d/.test(next.value) || next.capitalized))
}

// Months spelled out ("May" included), not the abbreviations ("Jan").
const monthNames = new Set(Object.keys(monthData.months).filter((name) => !name.endsWith('.') && (name.length > 3 || name === 'May')))

/** "Editor Matthew": the word, not possessive, stands right before a known given name. */
function beforeGivenName(word: Word, next: Word | undefined): boolean {
  return word.bare === word.value && next !== undefined && next.joined && firstNameGender(next.value) !== undefined
}

/** "CEO", "FBI": two capitals or more, not an initial ("F.") nor a suffix ("III"). */
function isAcronymWord(value: string): boolean {
  return value.length >= 2 && value === value.toUpperCase() && !initial.test(value) && !lexicon.nameSuffixes.has(value) && /\p{Lu}\p{Lu}/u.test(value)
}

/** Name words with no lower-case letter ("NCLB", "RT"): an organization's acronym, not a person. */
export function isAcronymName(words: string[]): boolean {
  return words.every((word) => word === word.toUpperCase())
}

/** Name words an organization has, not a person: an acronym ("NCLB") or a brand's inner capital ("PolitiFact"). */
export function isOrganizationShaped(words: string[]): boolean {
  return isAcronymName(words) || words.some((word) => innerCapital.test(word) && !namePrefix.test(word))
}

function endsWithPossessive(word: Word): boolean {
  return word.bare !== word.value
}

/** The party a word names ("Republican", "GOP", "Democrat", "Libertarian"), by `lexicon/parties.json`. */
function partyOf(value: string): string | undefined {
  return partyWord(value)?.party
}

/** A word for one member ("Democrat Hillary Clinton"), not an adjective ("a Democratic Tom Coburn"). */
function isMemberWord(value: string): boolean {
  return partyWord(value)?.member === true
}

/** Scans one sentence's words for named people. */
export function scanNames(words: Word[], context: ScanContext): readonly NameMatch[] {
  // Most sentences name no one: their array is the shared empty one.
  let found: NameMatch[] | undefined
  let i = 0
  while (i < words.length) {
    // Most words start nothing: one lookup by their text (and a bit read for a place) says so.
    if (context.texts.startsNothing(words[i]) && context.placeAt(words[i].start) === undefined) {
      i++
      continue
    }
    const match = matchAt(words, i, context) ?? afterParty(words, i, context)
    if (match) {
      found ??= []
      found.push(match.match)
      i = match.next
    } else i++
  }
  return found ?? noMatches
}

const noMatches: readonly NameMatch[] = Object.freeze([])

function matchAt(words: Word[], i: number, context: ScanContext): {match: NameMatch; next: number} | undefined {
  // Most words start nothing: lower case, no title, no particle, no place (the cheapest tests first).
  const word = words[i]
  if (!word.capitalized && word.lower !== 'former' && !lexicon.titlePhrases.has(word.lower) && !lexicon.nameParticles.has(word.bare) && context.placeAt(word.start) === undefined) {
    return undefined
  }
  let at = i
  let jurisdiction: string | undefined
  // A jurisdiction counts only before a title: "Kansas Secretary of State".
  const place = context.placeAt(words[i].start)
  let jurisdictionLength = 0
  if (place) {
    while (i + jurisdictionLength < words.length && words[i + jurisdictionLength].end <= place.end) jurisdictionLength++
  } else if (words[i].capitalized) {
    jurisdictionLength = matchPhrase(words, i, lexicon.jurisdictions)
  }
  if (jurisdictionLength > 0 && words[i + jurisdictionLength]?.joined) {
    const title = matchTitle(words, i + jurisdictionLength)
    if (title && title.jobTitle) {
      jurisdiction = words.slice(i, i + jurisdictionLength).map((w) => w.bare).join(' ')
      at = i + jurisdictionLength
    }
  }
  let jobTitle: string | undefined
  let gender: Gender | undefined
  let titled = false
  let party: NameMatch['party']
  // Up to three title words in a row: "Republican presidential candidate Sen. Ted Cruz".
  for (let round = 0; round < 3; round++) {
    if (round > 0 && !words[at]?.joined) break
    const p = words[at] && partyOf(words[at].value)
    if (p && words[at + 1]?.joined && matchTitle(words, at + 1)) {
      party = p
      at++
    }
    const title = matchTitle(words, at)
    if (!title) break
    if (!words[at + title.length]?.joined) break
    titled = true
    if (title.jobTitle) jobTitle = title.jobTitle
    gender ??= title.gender
    at += title.length
  }
  if (!titled) {
    jurisdiction = undefined
    at = i
  }
  // The name run.
  const nameStart = at
  let end = at
  while (end < words.length && end - nameStart < maxNameWords) {
    const word = words[end]
    if (end > nameStart && !word.joined) break
    // "Until Mr. Comey": an honorific inside a run starts a new name.
    // "Theresa May", "Patty Judge": after a lone given name, a month or title word is the family name.
    if (end === nameStart + 1 && familyAfterGiven(words[nameStart], word, words[end + 1])) {
      end++
      if (endsWithPossessive(word)) break
      continue
    }
    if (end > nameStart && lexicon.honorifics.has(word.value)) break
    // "Journalist Jorge Ramos", "Moderator Hugh Hewitt": a word for what a person does starts no name,
    // and "Wells Fargo CEO John Stumpf", "Political Editor Matthew Boyle": it or an acronym ends the words before it.
    if (lexicon.descriptionHeads.has(word.lower) && (end === nameStart || beforeGivenName(word, words[end + 1]))) break
    if (end > nameStart && isAcronymWord(word.bare)) break
    // "West Miami", "Ted Cruz South Carolina": a place the gazetteer found ends the name before it.
    if (end > nameStart && context.placeAt(word.start) !== undefined) break
    if (!isNameWord(word, words[end + 1], context.texts)) {
      if (end > nameStart && lexicon.nameSuffixes.has(word.value)) end++
      break
    }
    end++
    if (endsWithPossessive(word)) break
  }
  // A particle cannot end a name.
  while (end > nameStart && lexicon.nameParticles.has(words[end - 1].value)) end--
  // The name is words[first..end): no array of its words until it is a match.
  let first = nameStart
  if (end === first) return undefined
  // "Judicial Watch", "Salix Pharmaceuticals": the words before an organization's head word name it, not a person.
  // ("The Rachel Maddow Show" still names Rachel Maddow: a given name leads.)
  if (!titled && words[end]?.joined && lexicon.organizationWords.has(words[end].bare) && firstNameGender(words[first].bare) === undefined) return undefined
  if (!titled && allCapitals(words, first, end, context.texts)) return undefined
  // "Ohio Treasurer Mark Bell", "Follow Pam Key", "Miss Universe Alicia Machado": unknown words
  // before a known given name are not the name, and not the mention either unless a title leads.
  if (end - first >= 3 && firstNameGender(words[first].bare) === undefined && (!titled || !initial.test(words[first].bare))) {
    const given = givenNameInside(words, first, end)
    if (given > 0) {
      // "Libertarian Gary Johnson": a party word among the words left out still gives the party.
      party ??= memberParty(words, first, given)
      first = given
    }
  }
  if (!titled && context.claimed(words[first].start, words[end - 1].end)) return undefined
  const nameWords = bareWords(words, first, end)
  const span = {start: titled ? words[i].start : words[first].start, end: words[end - 1].end}
  const firstGender = firstNameGender(nameWords[0])
  let evidence: NameMatch['evidence']
  if (titled) evidence = 'title'
  else if (end - first >= 2 && firstGender !== undefined) evidence = 'first-name'
  else if (speechNear(words, nameStart, end)) evidence = 'speech'
  else evidence = 'weak'
  const nameGender = end - first >= 2 && (firstGender === 'male' || firstGender === 'female') ? firstGender : undefined
  party ??= partyAround(words, i, end)
  return {match: {span, nameWords, jobTitle, jurisdiction, gender, nameGender, titled, party, evidence}, next: end}
}

/**
 * "Democrat Hillary Clinton", "Republican Indiana Gov. Mike Pence": a party word before a name
 * or a titled name gives the party; the party word stays the party's mention.
 */
function afterParty(words: Word[], i: number, context: ScanContext): {match: NameMatch; next: number} | undefined {
  const party = partyOf(words[i].value)
  if (!party || !words[i + 1]?.joined) return undefined
  const found = matchAt(words, i + 1, context)
  // After a member word ("Democrat Clinton"), even a surname alone is a name; after an adjective, only a titled one.
  if (!found || !(found.match.titled || isMemberWord(words[i].value))) return undefined
  found.match.party ??= party
  return found
}

/** "Graham said", "said Graham", "according to Graham". */
function speechNear(words: Word[], start: number, end: number): boolean {
  const after = words[end]
  if (after && after.joined && lexicon.speechVerbs.has(after.lower)) return true
  const before = words[start - 1]
  if (before && words[start].joined && lexicon.speechVerbs.has(before.lower)) return true
  return start >= 2 && words[start - 2].lower === 'according' && words[start - 1].lower === 'to'
}

/** ", a Republican" after the name; "(R-S.C.)" after it. */
function partyAround(words: Word[], start: number, end: number): NameMatch['party'] {
  const next = words[end]
  if (next?.value === ',' && words[end + 1] && /^an?$/i.test(words[end + 1].value) && words[end + 2]) {
    return partyOf(words[end + 2].value)
  }
  if (next?.value === '(' && words[end + 1]) {
    const tag = words[end + 1].value
    if (/^R-/.test(tag)) return 'Republican Party'
    if (/^D-/.test(tag)) return 'Democratic Party'
  }
  return undefined
}
