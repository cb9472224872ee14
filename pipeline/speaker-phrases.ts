/**
 * Reads the noun phrase that names a speaker around a cue verb: the subject
 * before it ("Hosemann said", "Smith, a spokesman for Y, said", "X, who ...,
 * stated") or the phrase after it ("said Smith", "according to officials").
 * Returns what the words are (a mention, a pronoun, a description, an
 * unrecognised capitalised name); resolution to an entity happens later.
 */
import {lexicon} from './people-lexicon.ts'
import {matchPhrase, type Word} from './people-words.ts'
import {wordAt, type ParagraphWords} from './speaker-context.ts'
import {partyOfMember} from './speaker-epithets.ts'
import {affiliationEnd, affiliations, determiners, isPunctuation, openingDescription, organizationHead, spanOf, stoppers, textOf} from './speaker-descriptions.ts'
import type {Entity, Span} from './types.ts'

export {isPunctuation}

export type SpeakerPhrase =
  | {kind: 'entity'; entity: Entity; span: Span}
  | {kind: 'pronoun'; pronoun: string; span: Span}
  | {kind: 'description'; text: string; span: Span; organization: boolean}
  | {kind: 'name'; words: string[]; span: Span}

const prepositions = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'on', 'to', 'who', 'which', 'that', 'and', 'by', 'about', 'during', 'after', 'before'])
const fillers = new Set(['also', 'later', 'then', 'once', 'previously', 'recently', 'has', 'had', 'have', 'would', 'will', 'could', 'might', 'may', 'later', 'again', 'further', 'simply', 'even', 'still', 'often', 'always', 'never', 'just', 'reportedly', 'allegedly', 'had', 'was', 'is', 'once', 'last', 'week', 'this', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'yesterday', 'today', 'earlier'])
const adverb = /^\p{Ll}+ly$/u
/** Words that tie a person to a place ("Stacy Baker of Columbia", "a voter from Ohio"). */
const origins = new Set(['of', 'from', 'in'])

/** Length of the speech cue (verb or phrase) starting at `i`, 0 if none. */
export function cueLength(words: Word[], i: number): number {
  const phrase = matchPhrase(words, i, lexicon.speechPhrases)
  if (phrase > 0) return phrase
  return lexicon.speechVerbs.has(words[i].lower) ? 1 : 0
}

/** The cue extended by "in a statement", "on Twitter", "Monday" and similar. */
export function extendCue(words: Word[], end: number, limit: number): number {
  for (let round = 0; round < 3; round++) {
    const length = end < limit ? matchPhrase(words, end, lexicon.cueExtensions) : 0
    if (length === 0) break
    end += length
  }
  return Math.min(end, limit)
}

/** What the words [from, to) name, reading only the phrase's head (before "for", "of", "who"...). */
export function readPhrase(pw: ParagraphWords, from: number, to: number, preferFirst: boolean): SpeakerPhrase | undefined {
  const {words, mentionOf} = pw
  while (from < to && isPunctuation(words[from]) && !mentionOf[from]) from++
  while (to > from && isPunctuation(words[to - 1]) && !mentionOf[to - 1]) to--
  if (from >= to) return undefined
  // The head ends at the first preposition that is not inside a mention; "one of those advisers" reads on.
  let head = from
  const partitive = words[from].lower === 'one' && words[from + 1]?.value === 'of'
  if (partitive) head = from + 2
  // "the Secretary of State": a title keeps its "of".
  const title = determiners.has(words[from].lower) ? matchPhrase(words, from + 1, lexicon.titlePhrases) : 0
  if (title > 1) head = Math.min(to, from + 1 + title)
  while (head < to && (mentionOf[head] || !prepositions.has(words[head].lower))) head++
  if (head === from) return undefined
  let mentionIndex = -1
  let personIndex = -1
  for (let k = from; k < head; k++) {
    const type = mentionOf[k]?.entity.type
    if (type === 'Person' && (personIndex < 0 || !preferFirst)) personIndex = k
    if ((type === 'Person' || type === 'Organization') && (mentionIndex < 0 || !preferFirst)) mentionIndex = k
  }
  // "said GOP strategist Keith Nahigian": a person outranks an organization modifying the phrase.
  if (personIndex >= 0) mentionIndex = personIndex
  let descriptionHead = -1
  // "the Democratic nominee": after an article, a role noun heads a description too.
  const afterDeterminer = determiners.has(words[from].lower)
  for (let k = from; k < head; k++) if (!mentionOf[k] && (lexicon.descriptionHeads.has(words[k].lower) || (afterDeterminer && lexicon.roleNouns.has(words[k].lower)))) descriptionHead = k
  // "the IMF report stated": a document after the mention speaks, not the organization itself.
  const lastWord = words[head - 1].lower
  if (mentionIndex >= 0 && mentionIndex < head - 1 && !mentionOf[head - 1] && lexicon.documentHeads.has(lastWord) && determiners.has(words[from].lower)) {
    return {kind: 'description', text: textOf(words, from, head), span: spanOf(words, from, head), organization: true}
  }
  // "a longtime GOP data expert": a determiner and a description head after the mention make it a description.
  // "Clinton’s campaign chairman": a possessive name owns the description, it is not the speaker.
  const possessive = mentionIndex >= 0 && /[’']s$/.test(pw.text(mentionOf[mentionIndex]!.mention))
  const described = descriptionHead > mentionIndex && (!preferFirst || possessive || determiners.has(words[from].lower))
  // "the Utah Republican said": a party's member after "the" is a person of that party, not the party.
  const member = mentionOf[head - 1]
  if (afterDeterminer && personIndex < 0 && member?.entity.type === 'Organization' && member.mention.start > words[from].start && member.mention.end === words[head - 1].end && partyOfMember(pw.text(member.mention))) {
    return {kind: 'description', text: textOf(words, from, head), span: spanOf(words, from, head), organization: false}
  }
  if (mentionIndex >= 0 && !described) {
    const ref = mentionOf[mentionIndex]!
    return {kind: 'entity', entity: ref.entity, span: {start: ref.mention.start, end: ref.mention.end}}
  }
  if (head - from === 1) {
    const value = words[from].value
    const gender = lexicon.pronounGender.get(value === 'I' ? 'I' : value.toLowerCase())
    if (gender) return {kind: 'pronoun', pronoun: value, span: spanOf(words, from, from + 1)}
  }
  const organization = matchPhrase(words, from, lexicon.organizationDescriptions)
  if (organization > 0 && organization >= head - from) {
    return {kind: 'description', text: textOf(words, from, from + organization), span: spanOf(words, from, from + organization), organization: true}
  }
  if (descriptionHead >= 0) {
    const end = title > 1 ? Math.max(descriptionHead + 1, from + 1 + title) : descriptionHead + 1
    // "at which point the crowd chanted": the description starts at its article.
    let start = from
    for (let k = from + 1; k < descriptionHead; k++) if (determiners.has(words[k].lower) && !mentionOf[k]) start = k
    const whose = end === head ? affiliationEnd(pw, head, to) : end
    return {kind: 'description', text: textOf(words, start, whose), span: spanOf(words, start, whose), organization: organizationHead(words[descriptionHead].lower)}
  }
  // "the statement said", "the report says": a text speaking for whoever issued it.
  const last = words[head - 1].lower
  if (lexicon.documentHeads.has(last) && determiners.has(words[from].lower)) {
    return {kind: 'description', text: textOf(words, from, head), span: spanOf(words, from, head), organization: true}
  }
  const capitals = words.slice(from, head)
  if (capitals.length <= 4 && capitals.every((w) => w.capitalized && !lexicon.notNames.has(w.bare))) {
    return {kind: 'name', words: capitals.map((w) => w.bare), span: spanOf(words, from, head)}
  }
  return undefined
}

/** The subject of the cue at `verb`, looking back no further than `lo`. */
export function subjectBefore(pw: ParagraphWords, verb: number, lo: number): SpeakerPhrase | undefined {
  const {words, mentionOf} = pw
  let j = verb - 1
  while (j >= lo && !mentionOf[j] && (adverb.test(words[j].value) || fillers.has(words[j].value))) j--
  if (j >= lo && (words[j].value === 'who' || words[j].value === 'which')) {
    j--
    // "..., Patti LaBelle and Stevie Wonder, who joked": "who" is the person named right before its comma.
    const person = words[j]?.value === ',' && j > lo ? mentionOf[j - 1] : undefined
    if (person && person.entity.type === 'Person' && !pw.quoted[j - 1]) return {kind: 'entity', entity: person.entity, span: {start: person.mention.start, end: person.mention.end}}
  }
  // "Trump called on her to resign and said": the subject of the first verb; "A spokesman for X declined ... but said".
  if (j >= lo && (words[j].value === 'and' || words[j].value === 'but')) {
    let from = j
    while (from > lo && j - from < 60 && words[from - 1].sentence === words[j].sentence) from--
    return openingDescription(pw, from, j) ?? firstMention(pw, lo, j)
  }
  // "Rep. Gwen Moore (D-Wis.) said": a parenthesis before the verb is set aside.
  if (j >= lo && words[j].value === ')') {
    let k = j - 1
    while (k >= lo && words[k].value !== '(' && j - k < 8) k--
    if (k >= lo && words[k].value === '(') j = k - 1
  }
  let appositive: [number, number] | undefined
  if (j >= lo && words[j].value === ',') {
    let k = j - 1
    while (k >= lo && j - k < 40 && words[k].value !== ',' && !isQuoteMark(words[k])) k--
    if (k >= lo && words[k].value === ',') {
      appositive = [k + 1, j]
      j = k - 1
    } else j--
  }
  const end = j + 1
  let start = end
  while (start > lo && end - start < 7) {
    const word = words[start - 1]
    if (mentionOf[start - 1]) {
      start--
      continue
    }
    if (isPunctuation(word) || stoppers.has(word.lower)) break
    start--
  }
  // Only the words right before the verb: a subject, not the tail of a clause.
  let phrase = start < end ? readPhrase(pw, start, end, false) : undefined
  // "a Democratic staffer in the room wondered", "the mother of three replied": read past a prepositional phrase.
  if ((!phrase || phrase.kind === 'name') && start < end && start > lo && prepositions.has(words[start - 1].lower)) {
    let wider = start - 1
    while (wider > lo && end - wider < 10 && !isPunctuation(words[wider - 1]) && !stoppers.has(words[wider - 1].lower)) wider--
    const again = wider < start - 1 ? readPhrase(pw, wider, end, false) : undefined
    if (again && again.kind !== 'name') phrase = again
    // "Tom Fitton, the president of Judicial Watch, ..., said": the description is the appositive of a name.
    const named = again?.kind === 'description' && wider - 1 > lo && words[wider - 1].value === ',' ? nameBefore(pw, wider - 1, lo) : undefined
    if (named) return named
  }
  // "Stacy Baker of Columbia, South Carolina says": a place is where the speaker comes from; the person is named before "of".
  if (start > lo && mentionOf[start]?.entity.type === 'Place' && (!phrase || phrase.kind === 'name')) {
    let k = start - 1
    while (k > lo && end - k < 12 && (mentionOf[k]?.entity.type === 'Place' || words[k].value === ',')) k--
    if (k > lo && origins.has(words[k].lower)) {
      const named = nameBefore(pw, k, lo)
      if (named) return named
      // "A voter from Columbia, South Carolina says": a description before it.
      let wider = k
      while (wider > lo && k - wider < 6 && !isPunctuation(words[wider - 1]) && !stoppers.has(words[wider - 1].lower)) wider--
      const described = wider < k ? readPhrase(pw, wider, k, false) : undefined
      if (described?.kind === 'description') return described
    }
  }
  // "John Smith of the Heritage Foundation said": the organization is where the speaker works; read back to the person.
  if (start > lo && affiliations.has(words[start - 1].lower) && (!phrase || phrase.kind === 'name' || (phrase.kind === 'entity' && phrase.entity.type !== 'Person') || (phrase.kind === 'description' && phrase.organization))) {
    let wider = start - 1
    while (wider > lo && end - wider < 14 && !isPunctuation(words[wider - 1]) && (mentionOf[wider - 1] || !stoppers.has(words[wider - 1].lower) || affiliations.has(words[wider - 1].lower))) wider--
    const again = wider < start - 1 ? readPhrase(pw, wider, end, true) : undefined
    if (again && ((again.kind === 'entity' && again.entity.type === 'Person') || (again.kind === 'name' && !again.words.some((w) => lexicon.organizationWords.has(w))) || (again.kind === 'description' && !again.organization))) {
      // "Mark Holden, chairman of the board of Freedom Partners, ... said": the description is the appositive of a name.
      const named = again.kind === 'description' && wider - 1 > lo && words[wider - 1].value === ',' ? nameBefore(pw, wider - 1, lo) : undefined
      if (named) return named
      phrase = again
    }
  }
  // "Another source familiar with Cruz’s thinking said": a possessive is not the subject; read further back.
  if (phrase && phrase.kind === 'entity' && phrase.span.end < words[end - 1].end && /’s$|'s$/.test(pw.text(phrase.span))) {
    let wider = start
    while (wider > lo && end - wider < 12 && !isPunctuation(words[wider - 1])) wider--
    const again = readPhrase(pw, wider, end, false)
    if (again && again.kind === 'description') phrase = again
  }
  // "Clinton’s campaign chairman, John Podesta, said": the name set off after the description speaks.
  if (phrase?.kind === 'description' && appositive) {
    const named = nameAfter(pw, appositive[0], appositive[1])
    if (named && appositive[1] - appositive[0] <= 4) return named
  }
  if (phrase && phrase.kind !== 'name') return phrase
  if (appositive) {
    const inner = readPhrase(pw, appositive[0], appositive[1], true)
    if (inner && inner.kind === 'entity' && (inner.entity.type === 'Person' || !phrase)) return inner
    // "Clinton, during a town hall in Columbus, Ohio, said": a person set off by a comma earlier on.
    const subject = firstMention(pw, lo, verb)
    if (subject && words[wordIndexAfter(pw, subject.span.end)]?.value === ',') return subject
  }
  return phrase
}

/** The person named right before the word at `comma` ("Mark Holden, ...", "Stacy Baker of ..."), a mention or a capitalised name. */
function nameBefore(pw: ParagraphWords, comma: number, lo: number): SpeakerPhrase | undefined {
  let from = comma
  while (from > lo && comma - from < 4 && (pw.mentionOf[from - 1] || (pw.words[from - 1].capitalized && !isPunctuation(pw.words[from - 1])))) from--
  // "the Armenian Patriarchate of ...": capitals after an article name an institution, not a person.
  if (from > lo && determiners.has(pw.words[from - 1].lower) && !pw.mentionOf[from]) return undefined
  const phrase = from < comma ? readPhrase(pw, from, comma, false) : undefined
  return phrase && ((phrase.kind === 'entity' && phrase.entity.type === 'Person') || phrase.kind === 'name') ? phrase : undefined
}

/** The first person or organization named in [from, to), outside quotations. */
function firstMention(pw: ParagraphWords, from: number, to: number): SpeakerPhrase | undefined {
  for (let k = from; k < to; k++) {
    const ref = pw.mentionOf[k]
    if (ref && !pw.quoted[k] && (ref.entity.type === 'Person' || ref.entity.type === 'Organization')) {
      return {kind: 'entity', entity: ref.entity, span: {start: ref.mention.start, end: ref.mention.end}}
    }
  }
  return undefined
}

function wordIndexAfter(pw: ParagraphWords, offset: number): number {
  return wordAt(pw.words, offset)
}

/** The phrase after a cue ("said Smith, a spokesman"), up to punctuation. */
export function subjectAfter(pw: ParagraphWords, from: number, hi: number): SpeakerPhrase | undefined {
  const {words, mentionOf} = pw
  let end = from
  while (end < hi && end - from < 8 && (mentionOf[end] || !isPunctuation(words[end]))) end++
  const phrase = end > from ? readPhrase(pw, from, end, true) : undefined
  // "said Clinton’s campaign chairman, John Podesta": the name set off after the description.
  return (phrase?.kind === 'description' && words[end]?.value === ',' ? nameAfter(pw, end + 1, hi) : undefined) ?? phrase
}

/** A person named from `from` up to the next punctuation ("..., John Podesta, said"), a mention or capitalised words. */
function nameAfter(pw: ParagraphWords, from: number, hi: number): SpeakerPhrase | undefined {
  let end = from
  while (end < hi && end - from < 5 && (pw.mentionOf[end] || (pw.words[end].capitalized && !isPunctuation(pw.words[end])))) end++
  if (end === from || (end < pw.words.length && !isPunctuation(pw.words[end]))) return undefined
  const phrase = readPhrase(pw, from, end, true)
  return phrase && ((phrase.kind === 'entity' && phrase.entity.type === 'Person') || phrase.kind === 'name') ? phrase : undefined
}

const quoteMarkCodes = new Set([...'"“”‘’\'„«»'].map((mark) => mark.charCodeAt(0)))

export function isQuoteMark(word: Word): boolean {
  // Asked of most words around every quote: a word not starting with a mark is refused by its first code, without the regex.
  if (!quoteMarkCodes.has(word.value.charCodeAt(0))) return false
  return /^["“”‘’'„«»]+$/.test(word.value) && !word.apostrophe
}

/** The subject of the main clause before a participle cue ("Blige sings to Clinton before asking her"). */
export function clauseSubject(pw: ParagraphWords, verb: number, lo: number): SpeakerPhrase | undefined {
  const {words} = pw
  // Only the participle's own sentence.
  let from = verb
  while (from > lo && verb - from < 80 && words[from - 1].sentence === words[verb].sentence) from--
  const opening = openingDescription(pw, from, verb)
  if (opening) return opening
  for (let k = from; k < verb; k++) {
    if (pw.quoted[k]) continue
    const ref = pw.mentionOf[k]
    // "a lack of passion for Hillary Clinton": the object of a preposition is not the subject.
    const before = k > from ? words[k - 1].lower : ''
    if (ref && ref.mention.start === words[k].start && (before === 'for' || before === 'of' || before === 'to' || before === 'with' || before === 'about' || before === 'against' || before === 'by' || before === 'from')) {
      while (k + 1 < verb && words[k + 1].start < ref.mention.end) k++
      continue
    }
    if (ref && (ref.entity.type === 'Person' || ref.entity.type === 'Organization')) {
      return {kind: 'entity', entity: ref.entity, span: {start: ref.mention.start, end: ref.mention.end}}
    }
    const value = words[k].value
    if (['he', 'she', 'He', 'She'].includes(value)) return {kind: 'pronoun', pronoun: value, span: {start: words[k].start, end: words[k].end}}
  }
  return subjectBefore(pw, verb, lo)
}

