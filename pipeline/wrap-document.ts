/**
 * The HTML5 document around the annotated paragraphs: `lang`, charset,
 * `<title>`, description, canonical link, Open Graph and `article:` meta, the
 * JSON-LD in an escaped `<script type="application/ld+json">`, the headline
 * as `<h1>`, the publication date as `<time>`, and an "In this article" list
 * whose entries carry the ids that mentions and quotations link to.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {Graph} from 'schema-dts'
import {cutAtWord} from './infer-headline.ts'
import {publishedEntities} from './published-entities.ts'
import type {ArticleData, Entity, RehypePlugin} from './types.ts'

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * JSON for inside `<script>`: `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes,
 * so no text of the article can close the element or start a comment.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0'))
}

/** The graph as written to the `.jsonld` file. */
export function jsonldFileText(graph: Graph): string {
  return JSON.stringify(graph, null, 2) + '\n'
}

/** `2017-06-30` -> `June 30, 2017`, the same everywhere (no locale). */
export function displayDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return value
  return `${months[Number(match[2]) - 1]} ${Number(match[3])}, ${match[1]}`
}

const wrapDocument: RehypePlugin = function () {
  return function (tree, file): Root {
    const article = file.data.article!
    const config = file.data.config!
    const meta = article.meta
    const canonical = file.data.canonicalUrl!
    const headline = meta.headline ?? ''
    const lead = article.paragraphs[0]
    // The description needs 160 characters of the lead: read a bounded head
    // of it, not a 10 MB single-paragraph lead.
    const leadStart = meta.dateline?.end ?? lead?.start ?? 0
    const leadText = lead ? String(file.value).slice(leadStart, Math.min(lead.end, leadStart + 2_000)).replace(/\s+/g, ' ').trim() : ''
    const description = cutAtWord(leadText, 160)

    const head: ElementContent[] = [
      h('meta', {charSet: 'utf-8'}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('title', headline || config.publisher.name),
      h('meta', {name: 'description', content: description}),
      h('link', {rel: 'canonical', href: canonical}),
      h('meta', {property: 'og:type', content: 'article'}),
      h('meta', {property: 'og:title', content: headline}),
      h('meta', {property: 'og:description', content: description}),
      h('meta', {property: 'og:url', content: canonical}),
      h('meta', {property: 'og:site_name', content: config.publisher.name}),
      ...meta.images.map((image) => h('meta', {property: 'og:image', content: image})),
      ...(meta.datePublished ? [h('meta', {property: 'article:published_time', content: meta.datePublished})] : []),
      ...(meta.dateModified ? [h('meta', {property: 'article:modified_time', content: meta.dateModified})] : []),
      ...(meta.section ? [h('meta', {property: 'article:section', content: meta.section})] : []),
      ...meta.authors.map((author) => h('meta', {property: 'article:author', content: author})),
      ...meta.keywords.map((keyword) => h('meta', {property: 'article:tag', content: keyword})),
      {
        type: 'element',
        tagName: 'script',
        properties: {type: 'application/ld+json'},
        children: [{type: 'text', value: scriptSafeJson(file.data.jsonld)}],
        // Serialized apart from the shell (see `compile-in-pieces.ts`).
        data: {compileInPieces: true} as Element['data']
      }
    ]

    const byline: ElementContent[] = []
    if (meta.authors.length > 0) byline.push({type: 'text', value: 'By ' + meta.authors.join(', ') + (meta.datePublished ? ' · ' : '')})
    if (meta.datePublished) byline.push(h('time', {dateTime: meta.datePublished}, displayDate(meta.datePublished)))

    const body = tree.children.filter((child): child is ElementContent => child.type === 'element' || child.type === 'text')
    const articleElement = h('article', [
      h('header', [h('h1', headline), ...(byline.length > 0 ? [h('p', {className: ['byline']}, byline)] : [])]),
      ...body,
      ...entityIndex(article)
    ])
    // Serialized apart from the shell, child by child (see `compile-in-pieces.ts`).
    articleElement.data = {compileInPieces: true} as Element['data']

    return {
      type: 'root',
      children: [
        {type: 'doctype'},
        newline,
        h('html', {lang: meta.inLanguage}, lines([h('head', lines(head)), h('body', lines([h('main', lines([lines(articleElement)]))]))])),
        newline
      ]
    }
  }
}

export default wrapDocument

const newline = {type: 'text', value: '\n'} as const

/**
 * One block per line, so that a reviewer's diff of the committed output shows
 * what changed. Only whitespace between block elements is added; the text of
 * paragraphs is never touched.
 */
function lines<T extends Element | ElementContent[]>(value: T): T {
  const children = Array.isArray(value) ? value : value.children
  const spaced: ElementContent[] = [newline]
  for (const child of children) {
    if (child.type === 'text' && child.value.trim() === '') continue
    spaced.push(child, newline)
  }
  if (Array.isArray(value)) return spaced as T
  value.children = spaced
  return value
}

const groups: Array<{type: Entity['type']; label: string}> = [
  {type: 'Person', label: 'People'},
  {type: 'Organization', label: 'Organizations'},
  {type: 'Place', label: 'Places'}
]

/** The "In this article" aside: one entry per entity, with its id. */
function entityIndex(article: ArticleData): Element[] {
  const byId = new Map(article.entities.map((entity) => [entity.id, entity]))
  const published = publishedEntities(article)
  const sections: Element[] = []
  for (const group of groups) {
    const entities = published.filter((entity) => entity.type === group.type)
    if (entities.length === 0) continue
    sections.push(h('section', [
      h('h3', group.label),
      h('ul', entities.map((entity) => h('li', {id: entity.id}, describe(entity, byId))))
    ]))
  }
  if (sections.length === 0) return []
  return [h('aside', {ariaLabelledBy: 'in-this-article'}, [h('h2', {id: 'in-this-article'}, 'In this article'), ...sections])]
}

function describe(entity: Entity, byId: Map<string, Entity>): string {
  const parts = [entity.name ?? entity.description ?? entity.id]
  const role = [entity.jurisdiction, entity.jobTitle].filter(Boolean).join(' ')
  if (role) parts.push(role)
  const affiliation = entity.affiliation ? byId.get(entity.affiliation)?.name : undefined
  if (affiliation) parts.push(affiliation)
  if (entity.handle) parts.push(entity.handle)
  return parts.join(', ')
}
