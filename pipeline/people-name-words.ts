/**
 * What a word's text alone says about it in a person's name: whether it can
 * start a mention (a capital, a title, a particle, a party word) and whether
 * it can stand in the run of name words, whether it is in capitals. A 10 MB article has 2.5 million
 * words but a few tens of thousands of distinct texts, so `WordTexts` works
 * each answer out once per text, per article.
 */
import {lexicon} from './people-lexicon.ts'
import {partyWord} from './org-parties.ts'
import type {Word} from './people-words.ts'

/** "J.", "J.R.", "F.B.I.": initials. */
export const initial = /^(?:\p{Lu}\.){1,3}$/u

const nameShape = /^\p{Lu}[\p{L}’'-]*\.?$/u
// regex-bounded: one pass over a single word.
export const innerCapital = /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,}\p{Ll}/u
export const namePrefix = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Vander|Von|Al|El|Ka|Ja)\p{Lu}\p{Ll}/u

/** How a text may stand in a name: always, never, or (a particle: "de", "van") only before a capitalised word. */
export type NameWordKind = 'name' | 'not-name' | 'particle'

const kinds: NameWordKind[] = ['name', 'not-name', 'particle']
/** Bits of a text's code: its kind's index in `kinds` (two bits), whether it has no lower-case letter, whether it starts nothing. */
const kindMask = 3
const upperCaseBit = 4
const startsNothingBit = 8

/** The answers for the texts met so far in one article, one small number per text. */
export class WordTexts {
  private readonly codes = new Map<string, number>()

  /** How the word may stand in a name (see `nameWordKind`). */
  nameWordKind(word: Word): NameWordKind {
    return kinds[this.code(word) & kindMask]
  }

  /**
   * The word can start no name, title, jurisdiction or party mention (a place
   * starting at it is the caller's test): most lower-case words, and
   * capitalised ones that are no name word ("We", "Wednesday").
   */
  startsNothing(word: Word): boolean {
    return word.capitalized ? (this.code(word) & startsNothingBit) !== 0 : startsNothing(word)
  }

  /** The word's text, possessive stripped, has no lower-case letter ("NCLB", "FULL"). */
  upperCase(word: Word): boolean {
    return (this.code(word) & upperCaseBit) !== 0
  }

  private code(word: Word): number {
    let code = this.codes.get(word.value)
    if (code === undefined) {
      const kind = nameWordKind(word)
      code = kinds.indexOf(kind) | (word.bare === word.bare.toUpperCase() ? upperCaseBit : 0) |
        (kind === 'not-name' && capitalStartsNothing(word) ? startsNothingBit : 0)
      this.codes.set(word.value, code)
    }
    return code
  }
}

/**
 * Lower case, no title, no particle, no party word: most of an article's
 * words. Asked of every word, so the common case ("the", "said": lower-cased
 * and possessive-stripped forms are the text itself) costs two lookups in
 * small sets, not four.
 */
function startsNothing(word: Word): boolean {
  if (word.capitalized) return false
  const value = word.value
  const starts = word.lower === value && word.bare === value ? startWords.has(value) :
    word.lower === 'former' || lexicon.titlePhrases.has(word.lower) || lexicon.nameParticles.has(word.bare)
  return !starts && partyWord(value) === undefined
}

/**
 * A capitalised word that is no name word starts a mention only as a title,
 * "Former", a jurisdiction before a title ("Kansas Secretary of State") or a
 * party word.
 */
function capitalStartsNothing(word: Word): boolean {
  return word.lower !== 'former' && !lexicon.titlePhrases.has(word.lower) && !lexicon.jurisdictions.has(word.lower) && partyWord(word.value) === undefined
}

/** "former", titles' first words and particles: the texts that may start a mention, for a word whose text is its own lower-cased and bare form. */
const startWords = new Set(['former', ...lexicon.titlePhrases.keys(), ...lexicon.nameParticles])

/** Can this text continue (or start) a name? Cheapest tests first: most words are not capitalised. */
function nameWordKind(word: Word): NameWordKind {
  const value = word.bare
  if (!word.capitalized) {
    // A stripped value keeps the first character unless it empties, so only particles pass here.
    return lexicon.nameParticles.has(value) ? 'particle' : 'not-name'
  }
  if (lexicon.nameParticles.has(value)) return 'particle'
  if (value === 'I' || value.length === 0) return 'not-name'
  if (initial.test(value)) return 'name'
  // "I’m", "They're": a pronoun and a verb, not a name ("O'Neill" passes: "O" is no pronoun).
  const apostrophe = contractionAt(value)
  if (apostrophe > 0 && lexicon.notNames.has(value.slice(0, apostrophe))) return 'not-name'
  if (lexicon.notNames.has(value) || lexicon.organizationWords.has(value)) return 'not-name'
  if (lexicon.speechVerbs.has(value === word.value ? word.lower : value.toLowerCase())) return 'not-name'
  // "PolitiFact", "InsideSources", "SABMiller": a capital inside the word, not after Mc, Mac, De, La, O'..., is a brand.
  if (innerCapital.test(value) && !namePrefix.test(value)) return 'not-name'
  // Letters, hyphens, apostrophes and a final period for abbreviations only.
  return value.length > 1 && nameShape.test(value) ? 'name' : 'not-name'
}

/** Where an apostrophe stands inside the word, or -1. */
function contractionAt(value: string): number {
  const straight = value.indexOf("'")
  return straight >= 0 ? straight : value.indexOf('’')
}
