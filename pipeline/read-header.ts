/**
 * The part of an article before its body: YAML front matter, the `date`
 * marker and a title line. Returns what they say and where the body starts.
 */
import {parse as parseYaml} from 'yaml'
import type {VFile} from 'vfile'
import type {ArticleMeta} from './types.ts'
import {hasControls, removeControls} from './decode-text.ts'
import {readDateline} from './read-dateline.ts'

/** Turns an offset into a line/column point. */
export type ToPoint = (offset: number) => {line: number; column: number; offset: number}

const source = 'read-header'

/** Front matter keys we read; anything else is reported, not guessed at. */
const frontMatterKeys = new Set([
  'headline', 'title', 'author', 'authors', 'url', 'section', 'image', 'images',
  'datePublished', 'date', 'dateModified', 'inLanguage', 'lang', 'keywords', 'description'
])

/** `YYYY-MM-DD` whose day exists in its month (no roll-over). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1) return false
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days
}

/** An ISO 8601 date or date-time whose calendar date is real. */
export function isIsoDate(value: string): boolean {
  if (isRealDate(value)) return true
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value)
  return Boolean(match && isRealDate(match[1]) && Number(match[2]) < 24 && Number(match[3]) < 60 && Number(match[4] ?? 0) < 60)
}

export interface Header {
  /** Offset where the body (the first paragraph) starts. */
  bodyStart: number
}

/** Reads front matter, date marker and title line into `meta`. */
export function readHeader(file: VFile, text: string, meta: ArticleMeta, toPoint: ToPoint): Header {
  let offset = 0
  const frontMatterEnd = readFrontMatter(file, text, meta)
  if (frontMatterEnd > 0) offset = frontMatterEnd

  // The date marker: optional spaces, `date`, a space, the date, then a line
  // end or the first paragraph on the same line (the seed's shape).
  const marker = /^[ \t]*date[ \t]+(\S+)[ \t]*(\n?)/.exec(text.slice(offset, offset + 200))
  let markerOnOwnLine = true
  if (marker) {
    const valueStart = offset + marker[0].indexOf(marker[1], marker[0].indexOf('date') + 4)
    const value = marker[1]
    const place = {start: toPoint(valueStart), end: toPoint(valueStart + value.length)}
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      file.fail(`Unexpected date \`${value}\`, expected \`YYYY-MM-DD\``, {place, ruleId: 'date-malformed', source})
    }
    if (!isRealDate(value)) {
      file.fail(`Unexpected impossible date \`${value}\`, expected a day that exists`, {place, ruleId: 'date-impossible', source})
    }
    meta.datePublished ??= value
    meta.dateMarker = {start: valueStart, end: valueStart + value.length}
    markerOnOwnLine = marker[2] === '\n'
    offset += marker[0].length
  }

  if (markerOnOwnLine) offset = readTitle(text, offset, meta)
  return {bodyStart: offset}
}

/** A first block of at most two short lines, followed by more text, is the title. */
function readTitle(text: string, offset: number, meta: ArticleMeta): number {
  while (text.charCodeAt(offset) === 10) offset++
  const blockEnd = text.indexOf('\n\n', offset)
  if (blockEnd < 0) return offset
  const block = text.slice(offset, blockEnd)
  const lines = block.split('\n')
  const flat = lines.map((line) => line.trim()).join(' ').trim()
  if (lines.length > 2 || flat.length === 0 || flat.length > 150) return offset
  if (text.slice(blockEnd).trim() === '') return offset
  // A lead sentence with a quote or several sentences is body, not a title, unless the block has
  // the shape of one: a headline line ending in `;` over its deck (`Title; / Deck. More deck.`),
  // or one line of a dozen words at most (`Virginian could make history. Again.`).
  // A period after an initial or a title word (`U.S. to`, `Mr. Trump`) ends no sentence.
  const titleShaped = (lines.length === 2 && /;\s*$/.test(lines[0])) || (lines.length === 1 && flat.length <= 80 && flat.split(' ').length <= 12)
  if (/[“"”]/.test(flat) || (!titleShaped && /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|vs))[.!?]["”’)]?\s+[A-Z“"‘]/.test(flat))) return offset
  // A block that opens with a dateline (`WASHINGTON (AP) —`), alone or with
  // a one-line lead after it, is the lead: no title starts with a dateline.
  if (readDateline(text, offset, blockEnd)) return offset
  // A line of punctuation or symbols alone (`:`, `***`) would make an empty or wordless headline: it is body.
  // Two lines are a headline and its deck (`Evangelical Iowans flock to Cruz; / Diligent effort ...`).
  const [first, deck] = lines.map((line) => line.trim().replace(/[;:,]$/, ''))
  if (!/[\p{L}\p{N}]/u.test(first)) return offset
  const start = offset + block.indexOf(flat.slice(0, 1))
  meta.title = {start, end: offset + block.length}
  if (meta.headline === undefined) {
    meta.headline = first
    if (deck) meta.alternativeHeadline = deck
  }
  return blockEnd
}

/** Parses a leading `---` YAML block; returns the offset after it, or 0. */
function readFrontMatter(file: VFile, text: string, meta: ArticleMeta): number {
  if (!/^---[ \t]*\n/.test(text)) return 0
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3))
  if (!close) {
    file.fail('Unexpected unclosed front matter, expected a closing `---` line', {
      place: {line: 1, column: 1}, ruleId: 'front-matter-unclosed', source
    })
  }
  const yamlStart = text.indexOf('\n') + 1
  const yamlEnd = 3 + close.index + 1
  let data: unknown
  try {
    data = parseYaml(text.slice(yamlStart, yamlEnd), {schema: 'core'})
  } catch (error) {
    const yamlError = error as {linePos?: Array<{line: number; col: number}>; message: string}
    const pos = yamlError.linePos?.[0]
    file.fail(`Unexpected invalid front matter: ${yamlError.message.split('\n')[0]}`, {
      place: pos ? {line: pos.line + 1, column: pos.col} : {line: 1, column: 1},
      ruleId: 'front-matter-invalid', source
    })
  }
  if (data !== null && data !== undefined) {
    if (typeof data !== 'object' || Array.isArray(data)) {
      file.fail('Unexpected front matter, expected key: value pairs', {place: {line: 2, column: 1}, ruleId: 'front-matter-invalid', source})
    }
    const yamlLines = text.slice(yamlStart, yamlEnd).split('\n')
    // Messages about a key point at its line (the block starts on line 2).
    const keyPlace: KeyPlace = (key) => {
      const index = yamlLines.findIndex((line) => line.startsWith(key + ':') || line.startsWith(`"${key}":`) || line.startsWith(`'${key}':`))
      return index < 0 ? {line: 1, column: 1} : {line: index + 2, column: 1}
    }
    applyFrontMatter(file, data as Record<string, unknown>, meta, keyPlace)
  }
  return 3 + close.index + close[0].length
}

function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  return list.filter((item) => typeof item === 'string' || typeof item === 'number').map((item) => String(item).trim()).filter(Boolean)
}

/**
 * An absolute http(s) URL with nothing a page could misread: no space, quote,
 * angle bracket or backslash. `javascript:`, `data:` and relative values fail.
 */
export function isWebUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s"'<>\\^`{|}]+$/i.test(value)) return false
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/**
 * YAML escapes (`"\u202e"`, `"\0"`) can put in front matter what the decoder
 * took out of the text: take the same characters out of every string value,
 * and say so.
 */
/** The place of a front matter key, for messages. */
type KeyPlace = (key: string) => {line: number; column: number}

function cleanStrings(file: VFile, data: Record<string, unknown>, keyPlace: KeyPlace) {
  for (const key of Object.keys(data)) {
    const value = data[key]
    const list = Array.isArray(value) ? value : [value]
    if (!list.some((item) => typeof item === 'string' && hasControls(item))) continue
    const cleaned = list.map((item) => (typeof item === 'string' ? removeControls(item) : item))
    data[key] = Array.isArray(value) ? cleaned : cleaned[0]
    file.message(`Unexpected control or bidi character in front matter \`${key}\`, removed`, {place: keyPlace(key), ruleId: 'removed-character', source})
  }
}

/** Keeps the http(s) URLs of a front matter field; reports and drops the rest. */
function webUrls(file: VFile, key: string, values: string[], keyPlace: KeyPlace): string[] {
  return values.filter((value) => {
    if (isWebUrl(value)) return true
    file.message(`Unexpected \`${key}: ${value.slice(0, 80)}\` in front matter, expected an absolute http(s) URL; ignored`, {place: keyPlace(key), ruleId: 'front-matter-url', source})
    return false
  })
}

function applyFrontMatter(file: VFile, data: Record<string, unknown>, meta: ArticleMeta, keyPlace: KeyPlace) {
  for (const key of Object.keys(data)) {
    if (!frontMatterKeys.has(key)) {
      file.message(`Unexpected front matter key \`${key}\`, ignored`, {place: keyPlace(key), ruleId: 'front-matter-unknown-key', source})
    }
  }
  cleanStrings(file, data, keyPlace)
  const headline = strings(data.headline ?? data.title)[0]
  if (headline) meta.headline = headline
  meta.authors = strings(data.author ?? data.authors)
  const url = webUrls(file, 'url', strings(data.url), keyPlace)[0]
  if (url) meta.url = url
  const section = strings(data.section)[0]
  if (section) meta.section = section
  meta.images = webUrls(file, data.image === undefined ? 'images' : 'image', strings(data.image ?? data.images), keyPlace)
  meta.keywords = strings(data.keywords).flatMap((keyword) => keyword.split(',')).map((k) => k.trim()).filter(Boolean)
  const language = strings(data.inLanguage ?? data.lang)[0]
  // A BCP 47 tag goes into `<html lang>` and the graph: letters, digits and hyphens only.
  if (language && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,8}$/.test(language)) meta.inLanguage = language
  else if (language) {
    file.message(`Unexpected \`inLanguage: ${language.slice(0, 40)}\` in front matter, expected a BCP 47 language tag (\`en\`, \`en-US\`); ignored`, {place: keyPlace(data.inLanguage === undefined ? 'lang' : 'inLanguage'), ruleId: 'front-matter-language', source})
  }
  for (const [key, field] of [['datePublished', 'datePublished'], ['date', 'datePublished'], ['dateModified', 'dateModified']] as const) {
    const raw = data[key] instanceof Date ? (data[key] as Date).toISOString() : strings(data[key])[0]
    if (raw === undefined) continue
    if (!isIsoDate(raw)) {
      file.fail(`Unexpected \`${key}: ${raw}\` in front matter, expected an ISO 8601 date`, {place: keyPlace(key), ruleId: 'date-malformed', source})
    }
    meta[field] = raw
  }
}
