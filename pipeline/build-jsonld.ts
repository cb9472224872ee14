/**
 * `file.data.article` -> the schema.org graph in `file.data.jsonld`: the
 * NewsArticle, its publisher, one Quotation per direct quote, the Person /
 * Organization / Place nodes they point at and the SocialMediaPostings, all
 * cross-linked by `@id`s derived from the canonical URL, so a rebuild gives
 * the same bytes. Only what the text or the config says is written; a missing
 * author or image is reported, never made up.
 */
import type {
  Graph, NewsArticle, Organization, Person, Place, Quotation, SocialMediaPosting, Thing, WebPage
} from 'schema-dts'
import type {VFile} from 'vfile'
import {slugify as slugifyText} from './slug.ts'
import type {PipelineConfig} from './config.ts'
import {firstStartingAt} from './lower-bound.ts'
import {jurisdictionOf, publishedEntities} from './published-entities.ts'
import type {ArticleData, Entity, RehypePlugin, Span} from './types.ts'

const source = 'build-jsonld'

/** The canonical URL: front matter `url`, else the base URL + the file's slug. */
export function canonicalUrl(file: VFile, config: PipelineConfig): string {
  const url = file.data.article?.meta.url
  if (url && /^https?:\/\//i.test(url)) {
    // `new URL` percent-encodes what a URL cannot hold as typed (`café`, spaces).
    try {
      return new URL(url).href
    } catch {}
  }
  const path = (file.data.slug ?? file.path ?? 'article').replace(/\\/g, '/').replace(/\.[^./]*$/, '')
  const slug = path.split('/').filter((part) => part && part !== '.' && part !== '..').map(encodeURIComponent).join('/')
  return config.baseUrl + slug
}

/** A slug for an id fragment: lower case ASCII letters, digits and hyphens, never empty. */
export function slugify(value: string): string {
  return slugifyText(value) || 'x'
}

/**
 * The article's text from `start` to `end` as `articleBody` has it: the part
 * of each paragraph in that range, joined by a blank line. A raw slice would
 * carry what lies between paragraphs (a blank line holding a tab, trailing
 * spaces), and the quote would no longer be a verbatim part of the body.
 */
export function paragraphsText(text: string, paragraphs: readonly Span[], start: number, end: number): string {
  const parts: string[] = []
  for (let index = Math.max(0, firstStartingAt(paragraphs, start) - 1); index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]
    if (paragraph.start >= end) break
    if (paragraph.end > start) parts.push(text.slice(Math.max(paragraph.start, start), Math.min(paragraph.end, end)))
  }
  return parts.join('\n\n')
}

/** The text of a list of spans, paragraphs joined by a blank line. */
export function spansText(text: string, spans: Span[]): string {
  return spans.map((span) => text.slice(span.start, span.end)).join('\n\n')
}

const letterOrDigit = /[\p{L}\p{N}]/u

/** JavaScript's `\s`: the characters that separate words. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/**
 * Words as a reader counts them: runs of non-space holding a letter or digit.
 * One pass over character codes; the Unicode test runs only on non-ASCII.
 */
export function countWords(text: string): number {
  let count = 0
  let counted = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isSpace(code)) {
      counted = false
      continue
    }
    if (counted) continue
    const isWordCharacter = code < 128
      ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      : letterOrDigit.test(String.fromCodePoint(text.codePointAt(index)!))
    if (isWordCharacter) {
      count++
      counted = true
    }
  }
  return count
}

const buildJsonld: RehypePlugin = function () {
  return function (_tree, file) {
    const config = file.data.config!
    const article = file.data.article!
    const text = String(file.value)
    const base = canonicalUrl(file, config)
    file.data.canonicalUrl = base
    // One `@id` string per id, however many nodes point to it (a quotation's
    // speaker, its article): 100,000 quotes made 400,000 equal strings.
    const ids = new Map<string, string>()
    const idOf = (id: string) => {
      let value = ids.get(id)
      if (value === undefined) {
        value = `${base}#${id}`
        ids.set(id, value)
      }
      return value
    }
    const ref = (id: string) => ({'@id': idOf(id)})
    const publisherId = new URL('#publisher', config.publisher.url).href
    const meta = article.meta

    const articleBody = spansText(text, article.paragraphs)
    const authorIds = meta.authors.map((name) => `${base}#author-${slugify(name)}`)
    const authors: Person[] = meta.authors.map((name, index) => ({'@type': 'Person', '@id': authorIds[index], name}))
    if (authors.length === 0) report(file, 'author-missing', 'Unexpected article without an author, expected front matter `author`; left out')
    if (meta.images.length === 0) report(file, 'image-missing', 'Unexpected article without an image, expected front matter `image`; left out')

    // People, then organizations, then places, each in order of first mention:
    // the order a reader meets them, whatever order the stages found them in.
    const typeOrder = {Person: 0, Organization: 1, Place: 2}
    const firstMention = (entity: Entity) => entity.mentions.reduce((first, mention) => Math.min(first, mention.start), Infinity)
    const mentioned = publishedEntities(article)
      .map((entity) => ({entity, first: firstMention(entity)}))
      .sort((a, b) => typeOrder[a.entity.type] - typeOrder[b.entity.type] || a.first - b.first)
      .map(({entity}) => entity)
    const published = new Set(mentioned.map((entity) => entity.id))
    const datelinePlace = meta.dateline?.place
      ? article.entities.find((entity) => entity.type === 'Place' && entity.name === meta.dateline!.place)
      : undefined

    const newsArticle: NewsArticle = {
      '@type': 'NewsArticle',
      '@id': `${base}#article`,
      url: base,
      mainEntityOfPage: base,
      ...(meta.headline === undefined ? {} : {headline: meta.headline}),
      ...(meta.alternativeHeadline === undefined ? {} : {alternativeHeadline: meta.alternativeHeadline}),
      ...(meta.datePublished === undefined ? {} : {datePublished: meta.datePublished}),
      ...(meta.dateModified === undefined ? {} : {dateModified: meta.dateModified}),
      ...(meta.dateline ? {dateline: meta.dateline.text} : {}),
      ...(datelinePlace ? {locationCreated: ref(datelinePlace.id)} : {}),
      ...(authors.length > 0 ? {author: authorIds.map((id) => ({'@id': id}))} : {}),
      publisher: {'@id': publisherId},
      ...(meta.images.length > 0 ? {image: meta.images} : {}),
      ...(meta.section ? {articleSection: meta.section} : {}),
      ...(meta.keywords.length > 0 ? {keywords: meta.keywords.join(', ')} : {}),
      inLanguage: meta.inLanguage,
      wordCount: countWords(articleBody),
      articleBody,
      ...(mentioned.length > 0 ? {mentions: mentioned.map((entity) => ref(entity.id))} : {}),
      ...(article.quotations.length > 0 ? {hasPart: article.quotations.map((quotation) => ref(quotation.id))} : {})
    }

    const publisher: Organization = {
      '@type': 'Organization',
      '@id': publisherId,
      name: config.publisher.name,
      url: config.publisher.url,
      ...(config.publisher.logo ? {logo: {'@type': 'ImageObject', url: config.publisher.logo}} : {})
    }

    const quotations: Quotation[] = article.quotations.map((quotation) => {
      // The words as the article prints them: a quote over several paragraphs
      // keeps the paragraph break and the opening mark that continues it.
      const said = paragraphsText(text, article.paragraphs, quotation.pieces[0].start, quotation.pieces[quotation.pieces.length - 1].end)
      // Two literals, not a spread: the same keys in the same order, without
      // a temporary object per quotation.
      return quotation.speaker && published.has(quotation.speaker)
        ? {'@type': 'Quotation', '@id': idOf(quotation.id), text: said, spokenByCharacter: ref(quotation.speaker), creator: ref(quotation.speaker), isPartOf: ref('article')}
        : {'@type': 'Quotation', '@id': idOf(quotation.id), text: said, isPartOf: ref('article')}
    })

    const nodes: Thing[] = [newsArticle, publisher, ...authors, ...quotations]
    for (const entity of mentioned) nodes.push(entityNode(entity, article, ref))
    for (const post of article.socialPosts) {
      const posting: SocialMediaPosting = {
        '@type': 'SocialMediaPosting',
        '@id': `${base}#${post.id}`,
        text: text.slice(post.body.start, post.body.end),
        author: post.author && published.has(post.author) ? ref(post.author) : {'@type': 'Person', name: post.authorName},
        ...(post.datePublished ? {datePublished: post.datePublished} : {}),
        ...(post.links.length > 0 ? {sharedContent: post.links.map((link): WebPage => ({'@type': 'WebPage', url: absoluteLink(link)}))} : {}),
        ...mentionsOf(post.mentionedHandles, article, text, ref),
        isPartOf: ref('article')
      }
      nodes.push(posting)
    }
    const graph: Graph = {'@context': 'https://schema.org', '@graph': nodes}
    file.data.jsonld = graph
  }
}

export default buildJsonld

type Ref = (id: string) => {'@id': string}

function entityNode(entity: Entity, article: ArticleData, ref: Ref): Person | Organization | Place {
  const id = ref(entity.id)['@id']
  const named = entity.name ? {name: entity.name} : {}
  const described = entity.description ? {description: entity.description} : {}
  if (entity.type === 'Place') return {'@type': 'Place', '@id': id, ...named, ...described}
  if (entity.type === 'Organization') return {'@type': 'Organization', '@id': id, ...named, ...described}
  const jurisdiction = jurisdictionOf(entity, article)
  const affiliation = article.entities.find((other) => other.id === entity.affiliation)
  return {
    '@type': 'Person',
    '@id': id,
    ...named,
    ...described,
    ...(entity.jobTitle ? {jobTitle: entity.jobTitle} : {}),
    ...(jurisdiction ? {workLocation: ref(jurisdiction.id)} : {}),
    ...(affiliation ? {affiliation: ref(affiliation.id)} : {}),
    ...(entity.handle ? {sameAs: [`https://twitter.com/${entity.handle.replace(/^@/, '')}`]} : {})
  }
}

/** The entities a post's `@handles` name: by their own handle, or by a handle mention of them. */
function mentionsOf(handles: string[], article: ArticleData, text: string, ref: Ref): {mentions?: Array<{'@id': string}>} {
  const ids: Array<{'@id': string}> = []
  for (const handle of handles) {
    const wanted = handle.toLowerCase()
    const entity = article.entities.find((candidate) =>
      candidate.handle?.toLowerCase() === wanted ||
      candidate.mentions.some((mention) => mention.kind === 'handle' && text.slice(mention.start, mention.end).toLowerCase() === wanted))
    if (entity && !ids.some((id) => id['@id'] === ref(entity.id)['@id'])) ids.push(ref(entity.id))
  }
  return ids.length > 0 ? {mentions: ids} : {}
}

/** `pic.twitter.com/x` -> `https://pic.twitter.com/x`; only http(s) links reach here. */
function absoluteLink(link: string): string {
  return /^https?:\/\//i.test(link) ? link : 'https://' + link
}

function report(file: VFile, ruleId: string, reason: string) {
  file.message(reason, {place: {line: 1, column: 1}, ruleId, source})
}
