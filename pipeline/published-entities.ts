/**
 * Which entities get a JSON-LD node and an entry in the page's list: those
 * the text names or describes, and every entity a published node points at
 * (a quote's speaker, a post's author, a person's party or jurisdiction),
 * so that no `@id` reference and no `#fragment` link dangles.
 */
import type {ArticleData, Entity} from './types.ts'

/** The place entity a person's jurisdiction names, if the article has it. */
export function jurisdictionOf(entity: Entity, article: ArticleData): Entity | undefined {
  if (!entity.jurisdiction) return undefined
  return article.entities.find((other) => other.type === 'Place' && other.name === entity.jurisdiction)
}

export function publishedEntities(article: ArticleData): Entity[] {
  const byId = new Map(article.entities.map((entity) => [entity.id, entity]))
  const kept = new Set<string>()
  const keep = (id: string | undefined) => {
    const entity = id === undefined ? undefined : byId.get(id)
    if (!entity || kept.has(entity.id)) return
    kept.add(entity.id)
    keep(entity.affiliation)
    keep(jurisdictionOf(entity, article)?.id)
  }
  for (const entity of article.entities) if (entity.mentions.length > 0 || entity.description) keep(entity.id)
  for (const quotation of article.quotations) keep(quotation.speaker)
  for (const post of article.socialPosts) keep(post.author)
  return article.entities.filter((entity) => kept.has(entity.id))
}
