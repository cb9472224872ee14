/**
 * The word-level pieces speaker phrases are read with, and the descriptions
 * that stand as a sentence's subject: "In August, several environmental
 * groups granted ..., saying", "A spokesman for Platte River declined ...
 * but said". A description keeps whose it is ("a spokesman for X") and is an
 * organization when its head names organizations ("the union").
 */
import {lexicon} from './people-lexicon.ts'
import type {Word} from './people-words.ts'
import type {ParagraphWords} from './speaker-context.ts'
import type {SpeakerPhrase} from './speaker-phrases.ts'
import type {Span} from './types.ts'

export const determiners = new Set(['a', 'an', 'the', 'one', 'another', 'some', 'two', 'three', 'several', 'many', 'other', 'his', 'her', 'their', 'its'])
export const stoppers = new Set(['and', 'but', 'that', 'because', 'when', 'if', 'as', 'while', 'so', 'which', 'who', 'where', 'after', 'before', 'than', 'then', 'or', 'nor', 'since', 'until', 'said', 'says', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'of', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'not'])
/** Prepositions that tie a speaker to where they work ("Smith of the Heritage Foundation", "an analyst at Moody's", "a spokesman for X"). */
export const affiliations = new Set(['of', 'at', 'from', 'with', 'for'])

export function isPunctuation(word: Word): boolean {
  return word.kind === 'punctuation' || word.kind === 'symbol'
}

export function spanOf(words: Word[], from: number, to: number): Span {
  return {start: words[from].start, end: words[to - 1].end}
}

export function textOf(words: Word[], from: number, to: number): string {
  let out = ''
  for (let k = from; k < to; k++) out += (k > from && words[k].joined ? ' ' : '') + words[k].value
  return out
}

/** "a spokesman [for the Clinton campaign]": the end of a named affiliation after a description's head at `at`, else `at`. */
export function affiliationEnd(pw: ParagraphWords, at: number, to: number): number {
  const {words, mentionOf} = pw
  if (!affiliations.has(words[at]?.lower ?? '')) return at
  let tail = at + 1
  if (words[tail]?.lower === 'the') tail++
  const named = tail
  while (tail < to && tail - named < 5 && (mentionOf[tail] || (words[tail].capitalized && !isPunctuation(words[tail])))) tail++
  return tail > named ? tail : at
}

/** Words that open a sentence with a phrase set off by a comma ("In August,", "Outside the arena in Washington,", "At his cookout,"). */
const openers = new Set(['in', 'on', 'at', 'outside', 'inside', 'after', 'before', 'during', 'earlier', 'later', 'meanwhile', 'there', 'here', 'back', 'for', 'from', 'near', 'across', 'throughout', 'since'])

/**
 * A description that opens the sentence as its subject, after a leading phrase set off by a comma:
 * "In August, several environmental groups granted ..., saying", "Outside the arena, about 200 protesters ..., chanting".
 */
export function openingDescription(pw: ParagraphWords, from: number, verb: number): SpeakerPhrase | undefined {
  const {words, mentionOf} = pw
  let start = from
  if (openers.has(words[from]?.lower ?? '')) {
    let comma = from + 1
    while (comma < verb && comma - from < 12 && words[comma].value !== ',' && !isPunctuation(words[comma])) comma++
    if (comma >= verb || words[comma].value !== ',') return undefined
    start = comma + 1
  }
  for (let k = start; k < verb && k - start < 5; k++) {
    // "about 200 protesters": a number's "about" is no preposition.
    const approximate = k === start && words[k].lower === 'about' && /^\d/.test(words[k + 1]?.value ?? '')
    if (mentionOf[k] || pw.quoted[k] || isPunctuation(words[k]) || (stoppers.has(words[k].lower) && !approximate)) return undefined
    if (!lexicon.descriptionHeads.has(words[k].lower)) continue
    // "veteran analyst Charlie Cook": heads before a name are its title; the name is the subject.
    let end = k + 1
    while (end < verb && lexicon.descriptionHeads.has(words[end].lower) && !mentionOf[end]) end++
    if (mentionOf[end] || (words[end]?.capitalized && !isPunctuation(words[end]))) return undefined
    // "Small groups of protesters": the head runs on through "of" to a second head.
    if (words[end]?.lower === 'of' && words[end + 1] && lexicon.descriptionHeads.has(words[end + 1].lower) && !mentionOf[end + 1]) end += 2
    // "A spokesman for Platte River": whose spokesman, when a name says it.
    else end = affiliationEnd(pw, end, verb)
    return {kind: 'description', text: textOf(words, start, end), span: spanOf(words, start, end), organization: organizationHead(words[k].lower)}
  }
  return undefined
}

/** "the union", "several environmental groups": a head that names organizations, not people (by the organization words' lexicon). */
export function organizationHead(head: string): boolean {
  const singular = head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head
  return lexicon.organizationWords.has(singular.charAt(0).toUpperCase() + singular.slice(1))
}
