/**
 * Builds Person entities from name matches: one entity per person however
 * named (full name, surname, "Mr. Trump"), with ids from the full name and
 * mentions that never overlap each other.
 */
import type {NameMatch} from './people-names.ts'
import {slugify} from './slug.ts'
import {lexicon, type Gender} from './people-lexicon.ts'
import {MentionIndex} from './people-mention-index.ts'
import type {ArticleData, Entity, Mention, Span} from './types.ts'
import {firstAtLeast} from './lower-bound.ts'


/** `base`, or `base-2`, `base-3`... whichever is not taken. */
export function uniqueIdIn(taken: Set<string>, base: string): string {
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/** The family name of lower-cased name words: the last, or the one before "Jr.", "III". */
function surnameOf(words: string[]): string {
  const last = words[words.length - 1]
  return words.length > 1 && suffixes.has(last) ? words[words.length - 2] : last
}

const suffixes = new Set([...lexicon.nameSuffixes].map((suffix) => suffix.toLowerCase()))

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Inserts `value` at `index`: a push when it goes last, as mentions in reading order do. */
function insertAt<T>(list: T[], index: number, value: T): void {
  if (index === list.length) list.push(value)
  else list.splice(index, 0, value)
}

/** Per-article bookkeeping while people are recognised. */
export class PeopleRegistry {
  readonly people: Entity[] = []
  private readonly genderVotes = new Map<string, {male: number; female: number}>()
  private readonly nameGender = new Map<string, Gender>()
  private readonly bySurname = new Map<string, Entity[]>()
  private readonly byGivenName = new Map<string, Entity[]>()
  /** Each person's mention starts, sorted, for "named last before". */
  private readonly starts = new Map<string, number[]>()
  private readonly taken: Set<string>
  /** `nameWordsOf`'s answers, by person. */
  private readonly lowerCaseNames = new Map<Entity, string[]>()
  private readonly index: MentionIndex

  /** `sortedOthers`: the mentions of the article's other entities, sorted by start, when the caller has them. */
  constructor(private readonly article: ArticleData, sortedOthers?: readonly Span[]) {
    this.index = MentionIndex.of(article, sortedOthers)
    this.taken = new Set(article.entities.map((e) => e.id))
  }

  /**
   * The person a full name belongs to, matching first and last words, or a
   * surname of several words ("Mr. Peña Nieto", "Wasserman Schultz") ending
   * the full name.
   */
  findByFullName(words: string[]): Entity | undefined {
    const lower = words.map((w) => w.toLowerCase())
    const candidates = this.bySurname.get(surnameOf(lower)) ?? []
    return candidates.find((p) => {
      const own = this.nameWordsOf(p)
      if (own.length <= 1) return false
      if (own[0] === lower[0] || words.length === 1) return true
      const [shorter, longer] = own.length < lower.length ? [own, lower] : [lower, own]
      return shorter.length < longer.length && longer.slice(longer.length - shorter.length).join(' ') === shorter.join(' ')
    })
  }

  /** The person's name in lower-case words, split once per name (the registry alone names people). */
  private nameWordsOf(person: Entity): string[] {
    let words = this.lowerCaseNames.get(person)
    if (words === undefined) {
      words = (person.name ?? '').toLowerCase().split(' ')
      this.lowerCaseNames.set(person, words)
    }
    return words
  }

  /** "Ruiz Toledo", met first as "Mr. Ruiz Toledo", takes the full name "Andrés Ruiz Toledo" (its id stays). */
  lengthenName(person: Entity, words: string[]): void {
    if (this.nameWordsOf(person).length >= words.length) return
    person.name = words.join(' ')
    this.lowerCaseNames.delete(person)
    push(this.byGivenName, words[0].toLowerCase(), person)
  }

  /** People whose surname (or, for well-known first names, given name) is `word`. */
  findByOneWord(word: string): Entity[] {
    const key = word.toLowerCase()
    return this.bySurname.get(key) ?? this.byGivenName.get(key) ?? []
  }

  /** Of several candidates, the one named last before `offset` (else the first). */
  nearest(candidates: Entity[], offset: number): Entity | undefined {
    if (candidates.length <= 1) return candidates[0]
    return this.lastBefore(candidates, offset) ?? candidates[0]
  }

  /** Of the candidates, the one named last before `offset`; none if none was named before it. */
  lastBefore(candidates: Entity[], offset: number): Entity | undefined {
    return this.lastMentionBefore(candidates, offset)?.person
  }

  /** Where the person is first named so far. */
  firstStart(person: Entity): number {
    return this.starts.get(person.id)?.[0] ?? Infinity
  }

  /** Of the candidates, the one named last before `offset`, and where. */
  lastMentionBefore(candidates: Entity[], offset: number): {person: Entity; start: number} | undefined {
    let best: Entity | undefined
    let bestAt = -1
    for (const person of candidates) {
      const starts = this.starts.get(person.id) ?? []
      const at = firstAtLeast(starts, offset) - 1
      if (at >= 0 && starts[at] > bestAt) {
        best = person
        bestAt = starts[at]
      }
    }
    return best ? {person: best, start: bestAt} : undefined
  }

  create(name: string): Entity {
    const id = uniqueIdIn(this.taken, `person-${slugify(name) || 'unnamed'}`)
    const person: Entity = {id, type: 'Person', name, mentions: []}
    this.taken.add(id)
    this.people.push(person)
    this.article.entities.push(person)
    const words = name.toLowerCase().split(' ')
    push(this.bySurname, surnameOf(words), person)
    if (words.length > 1) push(this.byGivenName, words[0], person)
    // "Melba Acosta Febo" is also "Ms. Acosta": a middle word (not an initial) may be a family name too.
    const last = words.length - (lexicon.nameSuffixes.has(name.split(' ').pop()!) ? 2 : 1)
    for (let k = 1; k < last; k++) if (!words[k].endsWith('.') && !lexicon.nameParticles.has(words[k])) push(this.bySurname, words[k], person)
    return person
  }

  /** Records a mention unless it overlaps one already recorded (places and organizations may nest in it). */
  addMention(person: Entity, mention: Mention): boolean {
    if (this.index.blocked(mention, true)) return false
    this.index.add(mention)
    person.mentions.push(mention)
    const starts = this.starts.get(person.id)
    if (starts === undefined) this.starts.set(person.id, [mention.start])
    else insertAt(starts, firstAtLeast(starts, mention.start), mention.start)
    return true
  }

  /** Title, jurisdiction, gender and party from one match. */
  enrich(person: Entity, match: Pick<NameMatch, 'jobTitle' | 'jurisdiction' | 'gender' | 'nameGender'>, affiliation?: string): void {
    if (match.jobTitle && !person.jobTitle) person.jobTitle = match.jobTitle
    if (match.jurisdiction && !person.jurisdiction) person.jurisdiction = match.jurisdiction
    if (match.gender && !person.gender) person.gender = match.gender
    if (match.nameGender && !this.nameGender.has(person.id)) this.nameGender.set(person.id, match.nameGender)
    if (affiliation && !person.affiliation) person.affiliation = affiliation
  }

  /** The gender known so far: from an honorific or title, else from the given name. */
  knownGender(person: Entity): Gender | undefined {
    return person.gender ?? this.nameGender.get(person.id)
  }

  vote(person: Entity, gender: Gender): void {
    const votes = this.genderVotes.get(person.id) ?? {male: 0, female: 0}
    votes[gender]++
    this.genderVotes.set(person.id, votes)
  }

  /** Gender: an honorific or title first, then the given name, then pronouns about the person. */
  settleGender(): void {
    for (const person of this.people) {
      if (person.gender) continue
      const votes = this.genderVotes.get(person.id) ?? {male: 0, female: 0}
      const named = this.nameGender.get(person.id)
      if (named) person.gender = named
      else if (votes.male > votes.female) person.gender = 'male'
      else if (votes.female > votes.male) person.gender = 'female'
    }
  }

  /**
   * Keeps mentions in reading order, and drops a person none of whose mentions
   * could be kept (its words were all a place's or an organization's) unless a
   * social post names it as author.
   */
  finish(): void {
    const authors = new Set(this.article.socialPosts.map((post) => post.author))
    const unmentioned = new Set(this.people.filter((p) => p.mentions.length === 0 && !authors.has(p.id)))
    if (unmentioned.size > 0) {
      this.people.splice(0, this.people.length, ...this.people.filter((p) => !unmentioned.has(p)))
      this.article.entities.splice(0, this.article.entities.length, ...this.article.entities.filter((e) => !unmentioned.has(e)))
    }
    for (const person of this.people) person.mentions.sort((a, b) => a.start - b.start)
  }
}
