/**
 * Layer 3: Google's article structured data rules
 * (https://developers.google.com/search/docs/appearance/structured-data/article),
 * on every node that is an Article (NewsArticle, BlogPosting, …). Google
 * requires nothing; what it recommends and is missing is a warning. What is
 * present must be right: ISO 8601 dates, absolute image URLs, one author
 * entry per person with only the name in `name`, a concise headline.
 */
import {asList, isObject, resolve, typesOf, type GraphIndex, type GraphProblem, type JsonObject} from './graph-model.ts'
import {escapePointer} from './json-positions.ts'
import {show} from './json-schema.ts'
import {isIsoDate} from '../read-header.ts'
import {isAbsoluteUrl} from './schema-org.ts'
import {vocabulary} from './vocabulary.ts'

const docs = 'https://developers.google.com/search/docs/appearance/structured-data/article'

/** Google cut titles at 110 characters; longer ones are cut in results. */
export const maxHeadlineLength = 110

/** The zone at the end of a date-time: `Z`, `+02:00`, `-0500`. */
const zone = /(?:Z|[+-]\d{2}:?\d{2})$/
/** Words that join two people in one name. */
const joiner = /\s(?:and|&|und|et|y)\s|[;/|]/i
/** A name suffix after a comma is still one person. */
const suffix = /^(?:jr|sr|ii|iii|iv|phd|md)\.?$/i

export function checkGoogleArticle(_document: unknown, index: GraphIndex): GraphProblem[] {
  const problems: GraphProblem[] = []
  const report = (pointer: string, ruleId: string, reason: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({pointer, ruleId, reason, severity, url: docs})

  if (!index.nodes.some((at) => isArticle(at.types))) {
    report('', 'google-article-missing', 'Unexpected graph without an Article node (NewsArticle, BlogPosting, …), expected the page\'s article; Google\'s article rules not applied', 'warning')
  }
  for (const at of index.nodes) {
    if (!isArticle(at.types)) continue
    const {node, pointer} = at
    const here = (property: string) => `${pointer}/${escapePointer(property)}`

    // headline
    if (node.headline === undefined) report(pointer, 'google-headline-missing', 'Unexpected article without `headline`, expected a headline (recommended by Google)', 'warning')
    else if (typeof node.headline === 'string') {
      const length = Array.from(node.headline).length
      if (length > maxHeadlineLength) report(here('headline'), 'google-headline-length', `Unexpected headline of ${length} characters, expected at most ${maxHeadlineLength} (Google cuts longer titles)`)
    }

    // image
    if (node.image === undefined) report(pointer, 'google-image-missing', 'Unexpected article without `image`, expected one or more images (recommended by Google)', 'warning')
    else checkImages(node.image, here('image'), index, report)

    // dates
    for (const property of ['datePublished', 'dateModified']) {
      if (node[property] === undefined) report(pointer, `google-${kebab(property)}-missing`, `Unexpected article without \`${property}\`, expected an ISO 8601 date (recommended by Google)`, 'warning')
      else checkDate(node[property], here(property), property, report)
    }
    const published = typeof node.datePublished === 'string' ? Date.parse(node.datePublished) : NaN
    const modified = typeof node.dateModified === 'string' ? Date.parse(node.dateModified) : NaN
    if (modified < published) report(here('dateModified'), 'google-date-order', 'Unexpected `dateModified` before `datePublished`, expected it on or after', 'warning')

    // author
    if (node.author === undefined) report(pointer, 'google-author-missing', 'Unexpected article without `author`, expected one entry per author (recommended by Google)', 'warning')
    else {
      asList(node.author).forEach((entry, position) => {
        const entryPointer = Array.isArray(node.author) ? `${here('author')}/${position}` : here('author')
        checkAuthor(entry, entryPointer, index, report)
      })
    }

    // publisher: when given, it names who publishes
    if (node.publisher !== undefined) {
      for (const entry of asList(node.publisher)) {
        const target = resolve(entry, index)
        if (!target) continue
        const targetPointer = pointerOf(entry, index) ?? here('publisher')
        if (typeof target.name !== 'string' || target.name.trim() === '') {
          report(targetPointer, 'google-publisher-name', 'Unexpected publisher without `name`, expected the publisher\'s name')
        }
      }
    }
  }
  return problems
}

type Report = (pointer: string, ruleId: string, reason: string, severity?: 'error' | 'warning') => void

function checkDate(value: unknown, pointer: string, property: string, report: Report) {
  if (typeof value !== 'string') {
    report(pointer, 'google-date-format', `Unexpected ${typeof value} ${show(value)} for \`${property}\`, expected an ISO 8601 date or date-time string`)
    return
  }
  if (!isIsoDate(value)) {
    report(pointer, 'google-date-format', `Unexpected ${show(value)} for \`${property}\`, expected an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm:ss+hh:mm)`)
  } else if (value.includes('T') && !zone.test(value)) {
    report(pointer, 'google-date-timezone', `Unexpected date-time without timezone ${show(value)} for \`${property}\`, expected a timezone (\`Z\` or \`+hh:mm\`; Google assumes Googlebot's otherwise)`, 'warning')
  }
}

function checkImages(image: unknown, pointer: string, index: GraphIndex, report: Report) {
  asList(image).forEach((entry, position) => {
    const entryPointer = Array.isArray(image) ? `${pointer}/${position}` : pointer
    if (typeof entry === 'string') {
      if (!isWebUrl(entry)) report(entryPointer, 'google-image-url', imageUrlReason(entry))
      return
    }
    const target = resolve(entry, index)
    if (!target) return // a dangling reference: the integrity layer reports it
    const targetPointer = pointerOf(entry, index) ?? entryPointer
    const url = target.url ?? target.contentUrl
    if (typeof url !== 'string') report(targetPointer, 'google-image-url', 'Unexpected image without `url` or `contentUrl`, expected an absolute URL')
    else if (!isWebUrl(url)) report(`${targetPointer}/${target.url === undefined ? 'contentUrl' : 'url'}`, 'google-image-url', imageUrlReason(url))
  })
}

function checkAuthor(entry: unknown, pointer: string, index: GraphIndex, report: Report) {
  if (typeof entry === 'string') {
    if (isAbsoluteUrl(entry)) return
    report(pointer, 'google-author-type', `Unexpected text ${show(entry)} as author, expected a Person or Organization node with \`name\``)
    return
  }
  const author = resolve(entry, index)
  if (!author) return
  const at = pointerOf(entry, index) ?? pointer
  const types = typesOf(author)
  if (types.length > 0 && !types.some(isPersonOrOrganization)) {
    report(`${at}/@type`, 'google-author-type', `Unexpected author of type ${types.join(' / ')}, expected Person or Organization`)
  }
  const name = author.name
  if (typeof name !== 'string' || name.trim() === '') {
    report(at, 'google-author-name', 'Unexpected author without `name`, expected the author\'s name (recommended by Google)', 'warning')
  } else if (types.includes('Person') || types.length === 0) {
    checkPersonName(name, `${at}/name`, report)
  }
  if (author.url === undefined && author.sameAs === undefined) {
    report(at, 'google-author-url', 'Unexpected author without `url` or `sameAs`, expected a link that identifies the author (recommended by Google)', 'warning')
  }
}

/** One person per author entry, only the name in it (no "By", no second person). */
function checkPersonName(name: string, pointer: string, report: Report) {
  const trimmed = name.trim()
  if (/^by\s/i.test(trimmed)) {
    report(pointer, 'google-author-name-extra', `Unexpected ${show(name)} in author \`name\`, expected only the name (without "By")`)
    return
  }
  const commaParts = trimmed.split(',').map((part) => part.trim()).filter(Boolean)
  const twoByComma = commaParts.length > 1 && commaParts.slice(1).some((part) => !suffix.test(part))
  if (joiner.test(trimmed) || twoByComma) {
    report(pointer, 'google-author-multiple', `Unexpected several people in one author \`name\` ${show(name)}, expected one author entry per person`)
  }
}

/**
 * Google's article types: Article and its subtypes, social posts aside (a
 * post quoted in an article is not the page's article), BlogPosting kept
 * (schema.org files it under SocialMediaPosting; Google's rules name it).
 */
function isArticle(types: string[]): boolean {
  const vocab = vocabulary()
  return types.some((type) => vocab.hasType(type) && vocab.isSubclassOf(type, 'Article') &&
    (!vocab.isSubclassOf(type, 'SocialMediaPosting') || vocab.isSubclassOf(type, 'BlogPosting')))
}

function isPersonOrOrganization(type: string): boolean {
  const vocab = vocabulary()
  return vocab.hasType(type) && (vocab.isSubclassOf(type, 'Person') || vocab.isSubclassOf(type, 'Organization'))
}

/** Where the node a value stands for is written: its own place, or the node its `@id` names. */
function pointerOf(value: unknown, index: GraphIndex): string | undefined {
  if (!isObject(value)) return undefined
  const id = (value as JsonObject)['@id']
  if (typeof id === 'string' && Object.keys(value).length === 1) return index.byId.get(id)?.pointer
  return undefined
}

/** An absolute http(s) URL: what a crawler can fetch (no `/img.jpg`, no `javascript:`). */
function isWebUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && isAbsoluteUrl(value)
}

function imageUrlReason(url: string): string {
  const kind = isAbsoluteUrl(url) ? 'non-http(s)' : 'relative'
  return `Unexpected ${kind} image URL ${show(url)}, expected an absolute http(s) URL (https://…)`
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => '-' + letter.toLowerCase())
}
