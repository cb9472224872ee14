/**
 * The parser: raw wire text to an mdast `root` of paragraphs, each holding one
 * text node with the exact characters of the source.
 *
 * Why not remark-parse: wire text is not markdown. Even with every construct
 * disabled, micromark strips leading whitespace from lines, decodes character
 * references and backslash escapes and, on thousands of `>`, overflows the
 * stack; on 100,000 quotes it is 16x slower than this (see FINDINGS.md). This
 * parser splits on blank lines and nothing else, in one linear pass, so `#`,
 * `1984.`, `>`, `<script>` and `[x](javascript:...)` stay the characters they
 * are, and every offset is the source's.
 */
import type {Paragraph as MdastParagraph, Root} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {decodeArticle} from './decode-text.ts'
import {readHeader} from './read-header.ts'
import {readDateline} from './read-dateline.ts'
import {pointAt} from './place.ts'
import {defaultConfig, type PipelineConfig} from './config.ts'
import {emptyArticle, type Paragraph} from './types.ts'

const source = 'parse-wire-text'

export interface Options {
  /** The pipeline config (size limit, date policy, language). */
  config?: PipelineConfig
}

/** Registers the wire-text parser on the processor. */
export default function parseWireText(this: Processor, options?: Options) {
  const config = options?.config ?? defaultConfig
  this.parser = (_document: string, file: VFile): Root => parseArticle(file, config)
}

/** Parses one article file; `file.value` may be bytes (decoded strictly) or a string. */
export function parseArticle(file: VFile, config: PipelineConfig): Root {
  const text = decodeArticle(file, config.maxBytes)
  file.data.location = location(file)
  const toPoint = (offset: number) => pointAt(file, offset) as {line: number; column: number; offset: number}
  const article = emptyArticle(config.inLanguage)
  file.data.article = article
  file.data.config = config

  if (text.trim() === '') {
    file.fail('Unexpected empty article, expected text', {place: {line: 1, column: 1}, ruleId: 'empty-article', source})
  }

  const {bodyStart} = readHeader(file, text, article.meta, toPoint)
  const marker = article.meta.dateMarker
  checkDatePublished(file, article.meta.datePublished, config, marker ? toPoint(marker.start) : {line: 1, column: 1})

  const spans = splitParagraphs(text, bodyStart)
  // Only invisible characters (spaces, zero-width and other format characters) is no article.
  // One character class, no quantifier: linear, and it stops at the first visible character.
  if (spans.length > 0 && !/[^\s\p{Cf}]/u.test(text.slice(bodyStart))) {
    file.fail('Unexpected article of only invisible characters, expected text', {
      place: {start: toPoint(spans[0].start), end: toPoint(spans[spans.length - 1].end)}, ruleId: 'empty-article', source
    })
  }
  const dateline = spans.length > 0 ? readDateline(text, spans[0].start, spans[0].end) : undefined
  if (dateline && dateline.end >= spans[0].end) {
    // A dateline alone (`WASHINGTON (AP) —` then a blank line) belongs to
    // the lead: one paragraph, so the lead and its headline are never empty.
    if (spans.length === 1) {
      file.fail('Unexpected article with only a dateline, expected body text', {
        place: {start: toPoint(dateline.start), end: toPoint(dateline.end)}, ruleId: 'empty-article', source
      })
    }
    spans.splice(0, 2, {start: spans[0].start, end: spans[1].end})
  }

  const children: MdastParagraph[] = []
  for (const span of spans) {
    const paragraph: Paragraph = {index: article.paragraphs.length, ...span}
    article.paragraphs.push(paragraph)
    const position = {start: toPoint(span.start), end: toPoint(span.end)}
    children.push({
      type: 'paragraph',
      children: [{type: 'text', value: text.slice(span.start, span.end), position}],
      position
    })
  }
  if (children.length === 0) {
    file.fail('Unexpected article without body text, expected at least one paragraph', {place: pointAt(file, text.length), ruleId: 'empty-article', source})
  }

  if (dateline) article.meta.dateline = dateline
  // Without a headline from the header, the headline comes from the words of
  // the body after the dateline; with no letter or digit there (`.`, `—`,
  // symbols alone) there is no headline to give and no article.
  const wordsFrom = dateline?.end ?? article.paragraphs[0].start
  if (article.meta.headline === undefined && !/[\p{L}\p{N}]/u.test(text.slice(wordsFrom))) {
    file.fail('Unexpected article without a word (no letter or digit), expected text', {
      place: {start: toPoint(wordsFrom), end: toPoint(text.length)}, ruleId: 'empty-article', source
    })
  }

  return {type: 'root', children, position: {start: toPoint(0), end: toPoint(text.length)}}
}

/** Paragraph spans: text between blank lines, trimmed of surrounding whitespace. */
export function splitParagraphs(text: string, from: number): Array<{start: number; end: number}> {
  const spans: Array<{start: number; end: number}> = []
  let index = from
  const length = text.length
  while (index < length) {
    // Skip whitespace between paragraphs.
    while (index < length && isSpace(text.charCodeAt(index))) index++
    if (index >= length) break
    const start = index
    let end = index
    // A paragraph ends at a line holding only whitespace.
    while (index < length) {
      const newline = text.indexOf('\n', index)
      const lineEnd = newline < 0 ? length : newline
      let blank = true
      for (let cursor = index; cursor < lineEnd; cursor++) {
        if (!isSpace(text.charCodeAt(cursor))) {
          blank = false
          break
        }
      }
      if (blank && index > start) break
      end = lineEnd
      index = lineEnd + 1
    }
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    spans.push({start, end})
  }
  return spans
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)
}

/** A missing date or one from the future is published with a warning, or refused by option. */
function checkDatePublished(file: VFile, datePublished: string | undefined, config: PipelineConfig, at: {line: number; column: number}) {
  if (datePublished === undefined) {
    const reason = 'Unexpected article without a `date YYYY-MM-DD` marker, expected a publication date'
    if (config.requireDate) file.fail(reason, {place: {line: 1, column: 1}, ruleId: 'date-missing', source})
    file.message(reason, {place: {line: 1, column: 1}, ruleId: 'date-missing', source})
    return
  }
  const now = config.now ? Date.parse(config.now) : Date.now()
  const published = Date.parse(datePublished.length === 10 ? datePublished + 'T00:00:00Z' : datePublished)
  if (published - now > 24 * 60 * 60 * 1000) {
    const reason = `Unexpected publication date \`${datePublished}\` more than a day after the build, expected a past date`
    const place = {line: at.line, column: at.column}
    if (config.refuseFutureDates) file.fail(reason, {place, ruleId: 'date-future', source})
    file.message(reason, {place, ruleId: 'date-future', source})
  }
}
