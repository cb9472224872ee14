/**
 * Party words that are not the party's name (names are in `org-names.ts`):
 * a member (`a Republican`, `Democrats`) or an adjective (`Republican
 * secretary of state`, `Democratic presidential frontrunner`). Each is a
 * mention of the party, so that people can be affiliated with it.
 */
import parties from './lexicon/parties.json' with {type: 'json'}
import type {Word} from './gazetteer-words.ts'
import {priority, type Candidate} from './gazetteer-candidates.ts'

export interface PartyWord {
  party: string
  member: boolean
}

const partyWords = new Map<string, PartyWord>()
for (const party of parties.parties) {
  for (const word of party.adjectives) partyWords.set(word, {party: party.name, member: false})
  for (const word of party.members) partyWords.set(word, {party: party.name, member: true})
}
const articles = new Set(['a', 'an', 'A', 'An'])
const afterMember = new Set(parties.afterMember)

/** `a Republican` ends at `words[at]`: nothing, punctuation or a word like `who` follows. */
function endsNounPhrase(words: Word[], at: number): boolean {
  const next = words[at + 1]
  return !next || next.sentenceStart || next.kind !== 'word' || afterMember.has(next.value)
}

/** A party word as `lexicon/parties.json` writes it ("Republican", "GOP", "Democrats"): its party, and whether it names a member. */
export function partyWord(value: string): PartyWord | undefined {
  return partyWords.get(value)
}

/** The same words lower-cased, for words read case-blind ("the democratic candidate"). */
const partyWordsLowerCased = new Map([...partyWords].map(([word, entry]) => [word.toLowerCase(), entry]))

/** `partyWord` whatever the case ("the democratic candidate", "the Utah republican"). */
export function partyWordAnyCase(word: string): PartyWord | undefined {
  return partyWordsLowerCased.get(word.toLowerCase())
}

/** The party an adjective or a member's word names, whatever its case ("the Democratic candidate", "the GOP nominee"), else undefined. */
export function partyOfAdjective(word: string): string | undefined {
  return partyWordAnyCase(word)?.party
}

/** Every party word in one paragraph's words. */
export function findPartyWords(words: Word[]): Candidate[] {
  const found: Candidate[] = []
  for (let at = 0; at < words.length; at++) {
    const word = words[at]
    // `capitalized` and `bare` are the word form's, computed once per distinct text (`bare` and `word.bare` agree on a capitalized word).
    if (!word.capitalized) continue
    // `Republican-controlled`, `GOP-led`: the party is the first part.
    const value = word.value.includes('-') ? word.bare.replace(/-\p{Ll}+$/u, '') : word.bare
    const entry = partyWords.get(value)
    if (!entry || word.kind !== 'word') continue
    const end = word.start + value.length
    const previous = at > 0 && !word.sentenceStart ? words[at - 1] : undefined
    if (entry.member && previous && word.spaceBefore && articles.has(previous.value) && endsNounPhrase(words, at)) {
      // "a Republican": the phrase describes a member; the article is part of it.
      found.push({start: previous.start, end, type: 'Organization', name: entry.party, kind: 'description', priority: priority.partyWord})
      continue
    }
    const kind = entry.member && value.endsWith('s') ? 'description' : 'alias'
    found.push({start: word.start, end, type: 'Organization', name: entry.party, kind, priority: priority.partyWord})
  }
  return found
}
