/**
 * Builds Person entities from name matches: one entity per person however
 * named (full name, surname, "Mr. Trump"), with ids from the full name and
 * mentions that never overlap each other.
 */
import type {NameMatch} from './people-names.ts'
import {slugify} from './slug.ts'
import type {Gender} from './people-lexicon.ts'
import {MentionIndex} from './people-mention-index.ts'
import type {ArticleData, Entity, Mention} from './types.ts'
import {firstAtLeast} from './lower-bound.ts'


/** `base`, or `base-2`, `base-3`... whichever is not taken. */
export function uniqueIdIn(taken: Set<string>, base: string): string {
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
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
  private readonly index: MentionIndex

  constructor(private readonly article: ArticleData) {
    this.index = MentionIndex.of(article)
    this.taken = new Set(article.entities.map((e) => e.id))
  }

  /** The person a full name belongs to, matching first and last words. */
  findByFullName(words: string[]): Entity | undefined {
    const first = words[0].toLowerCase()
    const candidates = this.bySurname.get(words[words.length - 1].toLowerCase()) ?? []
    return candidates.find((p) => {
      const own = (p.name ?? '').toLowerCase().split(' ')
      return own.length > 1 && (own[0] === first || words.length === 1)
    })
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
    return best
  }

  create(name: string): Entity {
    const id = uniqueIdIn(this.taken, `person-${slugify(name) || 'unnamed'}`)
    const person: Entity = {id, type: 'Person', name, mentions: []}
    this.taken.add(id)
    this.people.push(person)
    this.article.entities.push(person)
    const words = name.toLowerCase().split(' ')
    push(this.bySurname, words[words.length - 1], person)
    if (words.length > 1) push(this.byGivenName, words[0], person)
    return person
  }

  /** Records a mention unless it overlaps one already recorded (places and organizations may nest in it). */
  addMention(person: Entity, mention: Mention): boolean {
    if (this.index.blocked(mention, true)) return false
    this.index.add(mention)
    person.mentions.push(mention)
    const starts = this.starts.get(person.id) ?? []
    starts.splice(firstAtLeast(starts, mention.start), 0, mention.start)
    this.starts.set(person.id, starts)
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
