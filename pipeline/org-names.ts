/**
 * Named organizations: the well-known ones by name or alias
 * (`organizations-known.json`, party names from `parties.json`), and any run
 * of capitalized words built around an organization head
 * (`organizations-heads.json`): `Presidential Advisory Commission on Election
 * Integrity`, `House Judiciary Committee`, `University of Mississippi`.
 * An acronym in parentheses after a name (`Federal Election Commission
 * (FEC)`) names the same organization wherever it appears.
 */
import type {ParseEnglish} from 'parse-english'
import known from './lexicon/organizations-known.json' with {type: 'json'}
import grammar from './lexicon/organizations-heads.json' with {type: 'json'}
import parties from './lexicon/parties.json' with {type: 'json'}
import {createPhraseIndex, type PhraseIndex} from './gazetteer-phrases.ts'
import {isCapitalized, type Word} from './gazetteer-words.ts'
import {priority, type Candidate} from './gazetteer-candidates.ts'

interface KnownEntry {
  name: string
  canonical: boolean
}

export interface OrganizationIndex {
  known: PhraseIndex<KnownEntry>
}

export const organizationHeads = new Set(grammar.heads)
const determiners = new Set(grammar.determiners)
const complements = new Set(grammar.complements)
const joiners = new Set(grammar.joiners)
const roles = new Set(grammar.roles)
const rolesAfterHead = new Set(grammar.rolesAfterHead)
const notNames = new Set(grammar.notNames)
const honorifics = new Set(grammar.honorifics)
const ofLeaders = new Set(grammar.ofLeaders)
const venueHeads = new Set(grammar.venueHeads)
const venuePhrases = grammar.venuePhrases.map((phrase) => ' ' + phrase)

/** `Bank of America Stadium`, `Iowa Events Center`, `Verizon Center` (a known organization's name before `Center`): a place, not a body that acts. */
function isVenue(index: OrganizationIndex, name: string): boolean {
  if (venueHeads.has(name.slice(name.lastIndexOf(' ') + 1)) || venuePhrases.some((phrase) => name.endsWith(phrase))) return true
  if (!name.endsWith(' Center')) return false
  return index.known.lookup(name.slice(0, -' Center'.length)) !== undefined
}
/** `Republican`, `Democrats`, ...: a name made of these and heads alone is not a name (`a Republican Senate`). */
const partyWords = new Set(parties.parties.flatMap((party) => [...party.members, ...party.adjectives]))
/** A run longer than this is not one name (and the scan stays bounded). */
const maxRunWords = 16

/** Builds the index of known organization names (once per processor). */
export function createOrganizationIndex(parser: ParseEnglish): OrganizationIndex {
  const pairs: Array<[string, KnownEntry]> = []
  for (const entry of known.organizations as Array<{name: string; aliases?: string[]}>) {
    pairs.push([entry.name, {name: entry.name, canonical: true}])
    for (const alias of entry.aliases ?? []) pairs.push([alias, {name: entry.name, canonical: false}])
  }
  for (const party of parties.parties) {
    party.names.forEach((name, index) => pairs.push([name, {name: party.name, canonical: index === 0}]))
  }
  return {known: createPhraseIndex(parser, pairs)}
}

/** The word without a possessive: `Commission’s` -> `Commission`, `voters’` -> `voters`. */
export function bare(value: string): string {
  const last = value.charCodeAt(value.length - 1)
  if (last === 0x2019 || last === 0x27) return value.slice(0, -1)
  if (last === 0x73 && value.length > 2) {
    const before = value.charCodeAt(value.length - 2)
    if (before === 0x2019 || before === 0x27) return value.slice(0, -2)
  }
  return value
}

/** A capitalized word that can be part of a name; `Republican-controlled` and `Miami-based` are adjectives. */
function isNameWord(word: Word): boolean {
  // The word form's `capitalized` and `bare` (computed once per distinct text; `bare` agrees with it on a capitalized word).
  if (word.kind !== 'word' || !word.capitalized || notNames.has(word.bare)) return false
  // `(D-Newport News)`: a lawmaker's party and district.
  return !word.value.includes('-') || (!/-\p{Ll}+$/u.test(word.value) && !/^[DRI]-/.test(word.value))
}

function isPossessive(word: Word): boolean {
  return bare(word.value) !== word.value
}

/**
 * Known organizations and head-built names in one paragraph's words.
 * Acronyms defined after a name are added to `acronyms` (acronym -> name).
 */
export function findNamedOrganizations(
  index: OrganizationIndex,
  words: Word[],
  text: string,
  acronyms: Map<string, string>
): Candidate[] {
  const found: Candidate[] = []
  for (let at = 0; at < words.length; at++) {
    const match = index.known.matchAt(words, at)
    if (!match) continue
    // `Mr. Bloomberg` is a person, not Bloomberg News.
    if (at > 0 && !words[at].sentenceStart && honorifics.has(words[at - 1].value)) continue
    const kind = match.payload.canonical ? 'name' : 'alias'
    found.push({start: match.start, end: match.end, type: 'Organization', name: match.payload.name, kind, priority: priority.knownOrganization})
    defineAcronym(words, match.to, match.payload.name, acronyms)
  }
  let at = 0
  while (at < words.length) {
    // In a Title Case headline every word is capitalized: only known names count there.
    if (!isNameWord(words[at]) || words[at].titleCase) {
      at++
      continue
    }
    let next = at + 1
    while (next < words.length && next - at < maxRunWords) {
      const word = words[next]
      if (word.sentenceStart || !word.spaceBefore || isPossessive(words[next - 1])) break
      if (!isNameWord(word) && !joiners.has(word.value)) break
      next++
    }
    // A name has two name words at least: a shorter run holds none.
    if (next - at >= 2) namesInRun(index, words, at, next, text, acronyms, found)
    at = next
  }
  return found
}

/** Where a name being read in a run stands (`namesInRun`). */
interface NameState {
  start: number
  end: number
  hasHead: boolean
  inComplement: boolean
  nameWords: number
  nameWordsAtEnd: number
  distinctive: number
  distinctiveAtEnd: number
}

/**
 * The names in one run of capitalized words and joiners (`words[from]` to
 * `words[to - 1]`), added to `found`: from the first name word to the last
 * head, plus a complement after the head. A role word (`Secretary`,
 * `Chairman`) or a joiner outside a complement ends a name.
 */
function namesInRun(
  index: OrganizationIndex,
  words: Word[],
  from: number,
  to: number,
  text: string,
  acronyms: Map<string, string>,
  found: Candidate[]
): void {
  const state: NameState = {start: -1, end: -1, hasHead: false, inComplement: false, nameWords: 0, nameWordsAtEnd: 0, distinctive: 0, distinctiveAtEnd: 0}
  for (let at = from; at < to; at++) {
    const value = bare(words[at].value)
    // Runs are consecutive words: the one before is `words[at - 1]`.
    const previous = at > from ? bare(words[at - 1].value) : ''
    if (!isCapitalized(value)) {
      if (state.start < 0) continue
      if (complements.has(value) && state.hasHead && !state.inComplement) state.inComplement = true
      // `House of Representatives Committee`: after a word that leads such names, an `of` before any head may lead to one.
      else if (!state.hasHead && value === 'of' && ofLeaders.has(previous)) continue
      // `the` only right after `of`/`for`/...: `... Teachers and the AFL-CIO` is two names.
      else if (value === 'the' && !complements.has(previous)) flush(index, words, text, acronyms, found, state)
      else if (!state.inComplement || !joiners.has(value)) flush(index, words, text, acronyms, found, state)
      continue
    }
    if (roles.has(value) || (state.hasHead && rolesAfterHead.has(value))) {
      flush(index, words, text, acronyms, found, state)
      continue
    }
    if (state.start < 0) {
      if (determiners.has(value)) continue
      state.start = at
    }
    state.nameWords++
    const head = organizationHeads.has(value)
    if (!head && !partyWords.has(value)) state.distinctive++
    if (head || state.inComplement) {
      if (head) (state.hasHead = true), (state.inComplement = false)
      state.end = at
      state.nameWordsAtEnd = state.nameWords
      state.distinctiveAtEnd = state.distinctive
    }
  }
  flush(index, words, text, acronyms, found, state)
}

/** Ends the name being read: adds it to `found` when it is one, and starts afresh. */
function flush(
  index: OrganizationIndex,
  words: Word[],
  text: string,
  acronyms: Map<string, string>,
  found: Candidate[],
  state: NameState
): void {
  const {start, end} = state
  if (start >= 0 && end >= 0 && state.hasHead && state.nameWordsAtEnd >= 2 && state.distinctiveAtEnd > 0) {
    const last = words[end]
    const span = {start: words[start].start, end: last.start + bare(last.value).length}
    const written = text.slice(span.start, span.end).replace(/\s+/g, ' ')
    const entry = index.known.lookup(written)
    const name = entry?.name ?? written
    found.push({...span, type: isVenue(index, written) ? 'Place' : 'Organization', name, kind: entry && !entry.canonical ? 'alias' : 'name', priority: priority.headName})
    defineAcronym(words, end + 1, name, acronyms)
  }
  state.start = -1
  state.end = -1
  state.hasHead = false
  state.inComplement = false
  state.nameWords = 0
  state.nameWordsAtEnd = 0
  state.distinctive = 0
  state.distinctiveAtEnd = 0
}

/** Records `(FEC)` at `words[at]` as an acronym of `name`. */
function defineAcronym(words: Word[], at: number, name: string, acronyms: Map<string, string>): void {
  if (words[at]?.value !== '(' || words[at + 2]?.value !== ')') return
  const acronym = words[at + 1].value
  if (/^[A-Z][A-Z&.-]{1,7}$/.test(acronym) && !acronyms.has(acronym)) acronyms.set(acronym, name)
}

/** Uses of acronyms defined anywhere in the article. */
export function findAcronyms(words: Word[], acronyms: Map<string, string>): Candidate[] {
  const found: Candidate[] = []
  if (acronyms.size === 0) return found
  for (const word of words) {
    const name = acronyms.get(bare(word.value))
    if (name === undefined) continue
    found.push({start: word.start, end: word.start + bare(word.value).length, type: 'Organization', name, kind: 'alias', priority: priority.acronym})
  }
  return found
}
