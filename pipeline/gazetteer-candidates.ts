/**
 * Candidate mentions from every rule of the organization and place stage, and
 * how they become entities: the longest candidate wins an overlap (a name
 * inside a longer name is part of it: `Mississippi` in `University of
 * Mississippi`), never crossing a mention an earlier stage made; then each
 * kept candidate joins the entity of its canonical name.
 */
import type {ArticleData, Entity, Mention, Span} from './types.ts'
import {slug} from './gazetteer-words.ts'
import {sortByOffset} from './offset-sort.ts'

export interface Candidate extends Span {
  type: 'Organization' | 'Place'
  /** Canonical name of the thing named. */
  name: string
  kind: Mention['kind']
  /** Breaks ties between equally long candidates: higher wins. */
  priority: number
}

/**
 * Which characters of the text some span already covers. Checking a span
 * costs its length, so choosing among many candidates stays linear.
 */
export class Occupancy {
  private readonly covered: Uint8Array

  constructor(length: number, spans: Span[] = []) {
    this.covered = new Uint8Array(length)
    for (const span of spans) this.add(span)
  }

  isFree(span: Span): boolean {
    for (let offset = span.start; offset < span.end; offset++) if (this.covered[offset]) return false
    return true
  }

  add(span: Span): void {
    // A loop, not `fill`: spans are a few characters, and 200,000 calls of the builtin cost more than the stores.
    const {covered} = this
    for (let offset = span.start; offset < span.end; offset++) covered[offset] = 1
  }
}

/**
 * Which rule wins between equally long candidates: the dateline is certain,
 * a listed name (known organization, gazetteer place: `Oval Office`) beats a
 * name built from a head, which beats a party word and a reference.
 */
export const priority = {
  dateline: 9,
  knownOrganization: 4,
  gazetteerPlace: 3,
  headName: 2,
  acronym: 2,
  partyWord: 1,
  reference: 0
} as const

/** Keeps the longest non-overlapping candidates that do not cross what `occupied` covers (and marks them). */
export function chooseCandidates(candidates: Candidate[], occupied: Occupancy): Candidate[] {
  const kept: Candidate[] = []
  for (const candidate of longestFirst(candidates)) {
    if (candidate.end <= candidate.start || !occupied.isFree(candidate)) continue
    kept.push(candidate)
    occupied.add(candidate)
  }
  return sortByOffset(kept, (candidate) => candidate.start)
}

/**
 * The candidates longest first, then by priority, then by start (ties as
 * they came): the same order as a stable sort with that comparator, without
 * comparing 130,000 candidates of a 10 MB article. Sorted by start in linear
 * time, then grouped by length and priority (a handful of distinct pairs),
 * each group keeping the start order.
 */
function longestFirst(candidates: Candidate[]): Candidate[] {
  const groups = new Map<number, Candidate[]>()
  for (const candidate of sortByOffset(candidates, (item) => item.start)) {
    // Priorities are small integers (0-9), so length * 16 + priority orders by length, then priority.
    const key = (candidate.end - candidate.start) * 16 + candidate.priority
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [candidate])
    else group.push(candidate)
  }
  const ordered: Candidate[] = []
  for (const key of [...groups.keys()].sort((a, b) => b - a)) for (const candidate of groups.get(key)!) ordered.push(candidate)
  return ordered
}

/** Every span already claimed in the article (entity mentions and social post handles). */
export function takenSpans(article: ArticleData): Span[] {
  const spans: Span[] = []
  for (const entity of article.entities) for (const mention of entity.mentions) spans.push(mention)
  for (const date of article.dates) spans.push(date)
  return spans
}

/**
 * Adds kept candidates to `article.entities`: one entity per type and
 * canonical name (an existing one with the same id is extended), mentions in
 * text order.
 */
export function addEntities(article: ArticleData, kept: Candidate[]): void {
  const byId = new Map<string, Entity>()
  for (const entity of article.entities) byId.set(entity.id, entity)
  // A name is mentioned many times: slug it once.
  const slugs = new Map<string, string>()
  for (const candidate of kept) {
    let nameSlug = slugs.get(candidate.name)
    if (nameSlug === undefined) slugs.set(candidate.name, (nameSlug = slug(candidate.name)))
    const id = (candidate.type === 'Place' ? 'place-' : 'org-') + nameSlug
    let entity = byId.get(id)
    if (!entity) {
      entity = {id, type: candidate.type, name: candidate.name, mentions: []}
      byId.set(id, entity)
      article.entities.push(entity)
    }
    entity.mentions.push({start: candidate.start, end: candidate.end, kind: candidate.kind})
  }
  for (const entity of byId.values()) entity.mentions.sort((a, b) => a.start - b.start)
}
