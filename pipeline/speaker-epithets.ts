/**
 * "the Vermont senator", "the Libertarian candidate", "the former governor",
 * "the Utah Republican": an epithet that names a person by a title word (or a
 * party member's word) and qualifiers. It stands for
 * a person named earlier only when the text itself recorded that the person
 * fits: their job title holds the epithet's title word, and every qualifier is
 * something recorded for them (their jurisdiction, their party, a word of their
 * title, or a word of how the text named them: "former Gov. Jeb Bush",
 * "Maine Sen. Ann Moss"). Exactly one person may fit; with none or several the
 * epithet stays a description. No world knowledge: "the New York businessman"
 * is nobody unless the text said someone is a businessman from New York.
 */
import parties from './lexicon/parties.json' with {type: 'json'}
import titlesData from './lexicon/titles.json' with {type: 'json'}
import {partyWordAnyCase} from './org-parties.ts'
import {lexicon} from './people-lexicon.ts'
import type {Entity, Span} from './types.ts'

/** Words before a title that make it another office ("Vice President" is not "the president"). */
const otherOffice = new Set(titlesData.otherOfficeWords)

/** Each party's canonical name -> the lower-cased words that name it or its members ("Republican Party" -> republican, gop, ...). */
const partyWords = new Map(
  parties.parties.map((party) => [party.name, new Set([...party.names, ...party.members, ...party.adjectives].flatMap(words))])
)

/** The party whose one member `word` names ("Republican", "Democrat"), else undefined: "the Utah Republican" is a person. */
export function partyOfMember(word: string): string | undefined {
  const entry = partyWordAnyCase(word)
  // One member, not several ("Republicans", "Dems"): the plural names the party.
  return entry?.member && !word.toLowerCase().endsWith('s') ? entry.party : undefined
}

/** The mentions that name a person (not a pronoun standing for them). */
const naming = new Set(['name', 'surname', 'title', 'handle', 'alias'])
/** Mentions whose words are evidence: the person's name with what stands before it ("Maine Sen. Ann Moss"), not a role ("the senator"), which was itself a guess. */
const evidence = new Set(['name', 'title'])

interface Epithet {
  /** The title the head word stands for, lower-cased words ("senator", "attorney general"); empty for a party member. */
  title: string[]
  /** For "the Utah Republican": the party the head word names a member of. */
  party?: string
  /** The words between "the" and the head, lower-cased ("vermont", "former"). */
  qualifiers: string[]
}

/**
 * The one person named before `before` that the epithet `description` fits by
 * what the text recorded, else undefined. `text` is the article text the
 * entities' mentions index.
 */
export function epithetHolder(entities: readonly Entity[], text: string, description: string, before: number): Entity | undefined {
  const epithet = readEpithet(description)
  if (!epithet) return undefined
  let holder: Entity | undefined
  for (const person of entities) {
    if (person.type !== 'Person' || !person.name || !(epithet.party ? inParty(person, entities, epithet.party) : holdsTitle(person, epithet))) continue
    const named = person.mentions.filter((m) => naming.has(m.kind) && m.start < before)
    if (named.length === 0) continue
    const nameWords = named.filter((m) => evidence.has(m.kind)).map((m) => withFormer(text, m)).filter((words) => !/^the\s/i.test(words))
    const recorded = recordedWords(person, entities, nameWords)
    if (!epithet.qualifiers.every((q) => recorded.has(q))) continue
    // A second fitting person: the epithet does not single anyone out.
    if (holder) return undefined
    holder = person
  }
  return holder
}

/** A mention's words, with "former" when it stands right before them ("former Florida Gov. Jeb Bush": the people stage names him from "Florida"). */
function withFormer(text: string, mention: Span): string {
  const words = text.slice(mention.start, mention.end)
  return text.slice(Math.max(0, mention.start - formerly.length), mention.start).toLowerCase() === formerly ? `former ${words}` : words
}

const formerly = 'former '

/** "the Vermont senator" -> title [senator], qualifiers [vermont]; undefined unless "the ... <role noun>". */
function readEpithet(description: string): Epithet | undefined {
  const all = words(description)
  if (all.length < 2 || all[0] !== 'the') return undefined
  // "the former attorney general": a role of two words first.
  for (const size of [2, 1]) {
    if (all.length - 1 < size) continue
    const head = all.slice(all.length - size).join(' ')
    const title = lexicon.roleNouns.get(head)
    if (title) return {title: words(title), qualifiers: all.slice(1, all.length - size)}
  }
  const party = partyOfMember(all[all.length - 1])
  return party ? {title: [], party, qualifiers: all.slice(1, all.length - 1)} : undefined
}

/** The text recorded the person's party as `party` ("Rep. Tom Reed (R-Utah)", "Reed, a Republican,"). */
function inParty(person: Entity, entities: readonly Entity[], party: string): boolean {
  return person.affiliation !== undefined && entities.find((e) => e.id === person.affiliation)?.name === party
}

/**
 * The person's job title holds the epithet's title: "Senator" for "the senator",
 * "Secretary of State" for "the secretary", "Presidential nominee" for "the
 * Republican nominee"; words before it that make another office ("Vice
 * presidential nominee", "Lieutenant Governor") must be in the epithet too.
 */
function holdsTitle(person: Entity, epithet: Epithet): boolean {
  if (!person.jobTitle) return false
  const own = words(person.jobTitle)
  const {title} = epithet
  for (let i = 0; i + title.length <= own.length; i++) {
    if (!title.every((word, k) => own[i + k] === word)) continue
    const after = own[i + title.length]
    if (after !== undefined && after !== 'of') continue
    return own.slice(0, i).every((word) => !otherOffice.has(word) || epithet.qualifiers.includes(word))
  }
  return false
}

/** What the text recorded for a person, as lower-cased words: title, jurisdiction, party, and the words of the mentions naming them. */
function recordedWords(person: Entity, entities: readonly Entity[], mentions: string[]): Set<string> {
  const recorded = new Set<string>([...words(person.jobTitle ?? ''), ...words(person.jurisdiction ?? '')])
  const party = person.affiliation ? entities.find((e) => e.id === person.affiliation)?.name : undefined
  for (const word of (party && partyWords.get(party)) || []) recorded.add(word)
  for (const mention of mentions) for (const word of words(mention)) recorded.add(word)
  return recorded
}

/** Lower-cased words, without a possessive ending or punctuation around them ("Sen." keeps its dot: "u.s."). */
function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .map(trimWord)
    .filter((word) => word.length > 0)
}

/** A word without the punctuation around it and a possessive ending; a loop, not a regex, so a long run of marks stays linear. */
function trimWord(word: string): string {
  const letter = /[\p{L}\p{N}]/u
  let start = 0
  let end = word.length
  while (start < end && !letter.test(word[start])) start++
  while (end > start && !letter.test(word[end - 1]) && word[end - 1] !== '.') end--
  const trimmed = word.slice(start, end)
  return trimmed.endsWith('’s') || trimmed.endsWith("'s") ? trimmed.slice(0, -2) : trimmed
}
