/**
 * Builds Person entities from name matches: one entity per person however
 * named (full name, surname, "Mr. Trump"), with ids from the full name and
 * mentions that never overlap each other.
 */
import type {NameMatch} from './people-names.ts'
import type {Gender} from './people-lexicon.ts'
import type {ArticleData, Entity, Mention, Span} from './types.ts'

/** Lower-case ASCII slug: "Delbert Hosemann" -> "delbert-hosemann". */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** A unique id for a new entity. */
export function uniqueId(article: ArticleData, base: string): string {
  const taken = new Set(article.entities.map((e) => e.id))
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/** Per-article bookkeeping while people are recognised. */
export class PeopleRegistry {
  readonly people: Entity[] = []
  private readonly genderVotes = new Map<string, {male: number; female: number}>()
  private readonly nameGender = new Map<string, Gender>()
  /** Mentions of every entity in the article (others' included), to refuse overlaps. */
  private readonly occupied: Span[]

  constructor(private readonly article: ArticleData) {
    this.occupied = article.entities.flatMap((e) => e.mentions)
  }

  /** The person a full name belongs to, matching first and last words. */
  findByFullName(words: string[]): Entity | undefined {
    const first = words[0].toLowerCase()
    const last = words[words.length - 1].toLowerCase()
    return this.people.find((p) => {
      const own = (p.name ?? '').toLowerCase().split(' ')
      return own.length > 1 && own[own.length - 1] === last && (own[0] === first || words.length === 1)
    })
  }

  /** People whose surname (or, for well-known first names, given name) is `word`. */
  findByOneWord(word: string): Entity[] {
    const key = word.toLowerCase()
    const bySurname = this.people.filter((p) => {
      const own = (p.name ?? '').toLowerCase().split(' ')
      return own[own.length - 1] === key
    })
    if (bySurname.length > 0) return bySurname
    return this.people.filter((p) => {
      const own = (p.name ?? '').toLowerCase().split(' ')
      return own.length > 1 && own[0] === key
    })
  }

  /** Of several candidates, the one named last before `offset` (else the first). */
  nearest(candidates: Entity[], offset: number): Entity | undefined {
    let best: Entity | undefined
    let bestAt = -1
    for (const person of candidates) {
      for (const m of person.mentions) {
        if (m.start < offset && m.start > bestAt) {
          best = person
          bestAt = m.start
        }
      }
    }
    return best ?? candidates[0]
  }

  create(name: string): Entity {
    const person: Entity = {id: uniqueId(this.article, `person-${slug(name) || 'unnamed'}`), type: 'Person', name, mentions: []}
    this.people.push(person)
    this.article.entities.push(person)
    return person
  }

  /** Records a mention unless it overlaps one already recorded. */
  addMention(person: Entity, mention: Mention): boolean {
    for (const other of this.occupied) {
      if (mention.start < other.end && other.start < mention.end) {
        const nested = (other.start <= mention.start && mention.end <= other.end) || (mention.start <= other.start && other.end <= mention.end)
        // Places and organizations inside a person's full mention may nest; people may not overlap at all.
        if (!nested || this.people.some((p) => p.mentions.includes(other as Mention))) return false
      }
    }
    person.mentions.push(mention)
    this.occupied.push(mention)
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

  /** Keeps mentions in reading order. */
  finish(): void {
    for (const person of this.people) person.mentions.sort((a, b) => a.start - b.start)
  }
}
