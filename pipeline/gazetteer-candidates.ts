/**
 * Candidate mentions from every rule of the organization and place stage, and
 * how they become entities: the longest candidate wins an overlap (a name
 * inside a longer name is part of it: `Mississippi` in `University of
 * Mississippi`), never crossing a mention an earlier stage made; then each
 * kept candidate joins the entity of its canonical name.
 */
import type {ArticleData, Entity, Mention, Span} from './types.ts'
import {slug} from './gazetteer-words.ts'

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
    this.covered.fill(1, span.start, span.end)
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
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start
  )
  const kept: Candidate[] = []
  for (const candidate of ordered) {
    if (candidate.end <= candidate.start || !occupied.isFree(candidate)) continue
    kept.push(candidate)
    occupied.add(candidate)
  }
  return kept.sort((a, b) => a.start - b.start)
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
