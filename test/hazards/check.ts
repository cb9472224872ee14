/**
 * What every hazard test asserts, written once: build an article through the
 * real processor and check the rules of issue 4 on what comes out.
 *
 * - rule 1: the build either succeeds or is refused with a fatal VFileMessage
 *   naming a rule and a position; any other exception is a crash.
 * - rule 2: the HTML, parsed by an HTML5 parser, has one `<script>` (the
 *   JSON-LD), no `on*` attribute, no active element, no dangerous URL.
 * - rule 3: the article's text is never markup and nothing is dropped: the
 *   decoded text is the input less exactly what the policy removes, every
 *   paragraph is shown as text, `articleBody` holds every paragraph.
 * - rule 4: the embedded JSON-LD parses to the value written to `.jsonld`.
 */
import {fromHtml} from 'hast-util-from-html'
import type {Element, Nodes, Root} from 'hast'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {expect} from 'vitest'
import {defaultConfig, type PipelineConfig} from '../../pipeline/config.ts'
import {createProcessor, type ArticleProcessor} from '../../pipeline/index.ts'
import {jsonldFileText} from '../../pipeline/wrap-document.ts'

/** The defaults, with a fixed clock so future-date warnings are stable. */
export const testConfig: PipelineConfig = {...defaultConfig, now: '2026-11-26T12:00:00Z'}

const processors = new Map<string, ArticleProcessor>()

/** One processor per distinct config, as a batch would have. */
export function processorFor(config: PipelineConfig): ArticleProcessor {
  const key = JSON.stringify(config)
  let processor = processors.get(key)
  if (!processor) processors.set(key, (processor = createProcessor(config)))
  return processor
}

export interface Built {
  file: VFile
  /** The decoded article text (the text every span points into). */
  text?: string
  html?: string
  /** The `.jsonld` file's text. */
  jsonld?: string
  /** Set when the article was refused. */
  refusal?: VFileMessage
}

/**
 * Builds like `buildArticle`, keeping the decoded text. A fatal VFileMessage
 * is a refusal; anything else thrown is a crash and fails the test (rule 1).
 */
export function build(value: string | Uint8Array, config: PipelineConfig = testConfig, path = 'hazard.txt'): Built {
  const processor = processorFor(config)
  const file = new VFile({value, path})
  let text: string | undefined
  try {
    const tree = processor.parse(file)
    text = String(file.value)
    const hast = processor.runSync(tree, file)
    const html = processor.stringify(hast, file)
    return {file, text, html, jsonld: jsonldFileText(file.data.jsonld!)}
  } catch (error) {
    if (error instanceof VFileMessage && error.fatal === true) return {file, text, refusal: error}
    throw new Error(`Crash (not a refusal) on ${path}: ${error instanceof Error ? error.stack : String(error)}`)
  }
}

// ---------------------------------------------------------------------------
// Rule 0/1: a refusal names the file, the rule and the position.

export function expectRefused(built: Built, ruleId: string, place?: {line: number; column: number}) {
  expect(built.refusal, `expected ${built.file.path} to be refused (${ruleId})`).toBeDefined()
  expect(built.refusal!.ruleId).toBe(ruleId)
  expect(built.refusal!.file).toBe(built.file.path)
  // Every refusal has a position (1:1 when it is about the whole file).
  expect(built.refusal!.line, 'refusal position').toBeGreaterThanOrEqual(1)
  expect(built.refusal!.column, 'refusal position').toBeGreaterThanOrEqual(1)
  if (place) expect({line: built.refusal!.line, column: built.refusal!.column}).toEqual(place)
  expect(built.html).toBeUndefined()
}

// ---------------------------------------------------------------------------
// Rule 2: safe HTML.

const forbiddenElements = new Set([
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea',
  'select', 'style', 'base', 'svg', 'math', 'template', 'noscript', 'img', 'video', 'audio', 'source'
])
const urlProperties = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'background', 'srcSet', 'xLinkHref', 'data', 'content']
const dangerousScheme = /^(?:javascript|vbscript|data):/i

/** A URL as a browser reads its scheme: ASCII whitespace and controls dropped. */
export function schemeOf(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase()
}

export function walk(node: Nodes, visit: (element: Element, ancestors: Element[]) => void, ancestors: Element[] = []) {
  if (node.type === 'element') visit(node, ancestors)
  if ('children' in node) {
    const next = node.type === 'element' ? [...ancestors, node] : ancestors
    for (const child of node.children) walk(child as Nodes, visit, next)
  }
}

/** Parses the page as a browser would and checks rule 2. Returns the tree. */
export function expectSafeHtml(html: string): Root {
  const errors: string[] = []
  const tree = fromHtml(html, {onerror: (error) => void errors.push(`${error.ruleId} at ${error.line}:${error.column}`)})
  expect(errors, 'HTML parse errors').toEqual([])
  const scripts: Element[] = []
  const problems: string[] = []
  walk(tree, (element) => {
    if (element.tagName === 'script') scripts.push(element)
    if (forbiddenElements.has(element.tagName)) problems.push(`<${element.tagName}> element`)
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`${name} attribute on <${element.tagName}>`)
      // The one inline style the pipeline writes is a constant; article text never reaches a style.
      if (name === 'style' && !(element.tagName === 'q' && value === 'quotes: none')) problems.push(`style="${value}" on <${element.tagName}>`)
      // `content` is a URL only on the meta elements that hold one (og:image, og:url, ...).
      const urlMeta = element.tagName === 'meta' && /^(?:og:(?:image|url|video|audio)|twitter:image)|:(?:secure_)?url$/.test(String(element.properties.property ?? element.properties.name ?? ''))
      if (name === 'content' && !urlMeta) continue
      if (!urlProperties.includes(name) || value === undefined || value === null) continue
      const values = Array.isArray(value) ? value : [value]
      for (const item of values) {
        if (dangerousScheme.test(schemeOf(String(item)))) problems.push(`${name}="${item}" on <${element.tagName}>`)
      }
    }
    if (element.tagName === 'meta' && element.properties.httpEquiv !== undefined) problems.push('meta http-equiv')
  })
  expect(problems).toEqual([])
  expect(scripts.length, 'exactly one <script>').toBe(1)
  expect(scripts[0].properties.type).toBe('application/ld+json')
  return tree
}

// ---------------------------------------------------------------------------
// Rule 3: text stays text, nothing dropped.

/** What the decode policy keeps, computed independently of decode-text.ts. */
export function policyText(value: string | Uint8Array): string {
  let text = typeof value === 'string' ? value : new TextDecoder('utf-8', {fatal: true}).decode(value)
  if (text.startsWith('\ufeff')) text = text.slice(1)
  text = text.replaceAll('\r\n', '\n').replaceAll('\r', '\n')
  return Array.from(text).filter((char) => !isRemoved(char.codePointAt(0)!)).join('')
}

/** C0 (but tab and LF), DEL, C1, bidi embeddings, overrides and isolates, noncharacters. */
export function isRemoved(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe
}

/** No lone surrogate: no astral character cut in half. */
export function isWellFormed(value: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)
}

export const squash = (value: string) => value.replace(/\s+/g, ' ').trim()
const noSpace = (value: string) => value.replace(/\s+/g, '')

function hasClass(element: Element, name: string): boolean {
  const className = element.properties.className
  return Array.isArray(className) && className.includes(name)
}

/** Elements the annotation may put inside a body paragraph; nothing else. */
const phrasingAllowed = new Set(['q', 'a', 'time', 'span'])

/**
 * Checks rule 3 (and rule 4) on a built article; `input` is what was built.
 * Returns the visible texts for further assertions.
 */
export function expectTextKept(built: Built, input: string | Uint8Array) {
  const {file, text, html, jsonld} = built
  expect(html).toBeDefined()
  const article = file.data.article!
  // Decoding altered nothing but what the policy says.
  expect(text).toBe(policyText(input))
  const source = text!

  // Paragraphs cover every non-space character of the body, in order.
  const first = article.paragraphs[0]
  const body = article.paragraphs.map((p) => source.slice(p.start, p.end))
  expect(noSpace(body.join(''))).toBe(noSpace(source.slice(first.start)))

  // Rule 4: the embedded graph is the file's graph.
  const tree = expectSafeHtml(html!)
  let scriptText = ''
  walk(tree, (element) => {
    if (element.tagName === 'script') scriptText = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
  })
  expect(scriptText).not.toMatch(/[<>&\u2028\u2029]/)
  const graph = JSON.parse(jsonld!)
  expect(JSON.parse(scriptText)).toEqual(graph)
  expect(isWellFormed(jsonld!) && isWellFormed(html!), 'no lone surrogate in the output').toBe(true)

  const newsArticle = graph['@graph'].find((node: {'@type': string}) => node['@type'] === 'NewsArticle')
  expect(newsArticle.articleBody).toBe(body.join('\n\n'))

  // The visible body: the article element less its header and aside.
  let articleElement: Element | undefined
  walk(tree, (element) => {
    if (element.tagName === 'article') articleElement = element
  })
  expect(articleElement).toBeDefined()
  const blocks = articleElement!.children.filter((child): child is Element =>
    child.type === 'element' && child.tagName !== 'header' && child.tagName !== 'aside')
  const markup: string[] = []
  for (const block of blocks) {
    walk(block, (element, ancestors) => {
      if (element === block) {
        if (!(element.tagName === 'p' || (element.tagName === 'blockquote' && hasClass(element, 'social-post')))) markup.push(`<${element.tagName}> block`)
        return
      }
      const inPost = ancestors.some((ancestor) => ancestor.tagName === 'blockquote')
      if (inPost && (element.tagName === 'p' || element.tagName === 'footer')) return
      if (!phrasingAllowed.has(element.tagName)) markup.push(`<${element.tagName}>`)
      if (element.tagName === 'a' && !(hasClass(element, 'mention') && String(element.properties.href).startsWith('#'))) markup.push('<a> that is not a mention')
    })
  }
  expect(markup, 'article text turned into markup').toEqual([])
  // textContent, not innerText: hast-util-to-text drops bidi marks (U+200E, U+200F), a browser shows them.
  const visible = blocks.map((block) => squash(textContent(block)))
  const same = (block: Element) => (block.tagName === 'blockquote' ? noSpace : squash)
  expect(visible.map((text, index) => same(blocks[index])(text))).toEqual(body.map((text, index) => same(blocks[index])(text)))

  // The headline: shown as text, never half a character.
  const h1 = articleElement!.children.find((child): child is Element => child.type === 'element' && child.tagName === 'header')
  const headline = h1 ? squash(textContent(h1.children.find((c): c is Element => c.type === 'element' && c.tagName === 'h1')!)) : ''
  expect(isWellFormed(headline)).toBe(true)
  if (newsArticle.headline !== undefined) expect(headline).toBe(squash(newsArticle.headline))

  // Quotations: the JSON-LD text is what the page shows, unaltered.
  const shown = new Map<string, string[]>()
  walk(articleElement!, (element) => {
    if (element.tagName !== 'q') return
    const id = String(element.properties.id ?? element.properties.dataQuotation)
    shown.set(id, [...(shown.get(id) ?? []), textContent(element)])
  })
  // Quotation text is a verbatim part of the article: each paragraph of it is in
  // articleBody, and its words are what its <q> pieces show (the contract
  // joins pieces with a blank line; a continuation mark may be kept or not).
  const wordsOnly = (value: string) => value.replace(/[\s“”‘’"'«»„‹›]+/g, '')
  for (const node of graph['@graph'].filter((n: {'@type': string}) => n['@type'] === 'Quotation')) {
    const id = node['@id'].split('#').pop()
    expect(wordsOnly((shown.get(id) ?? []).join('\n\n')), `quotation ${id} as shown`).toBe(wordsOnly(node.text))
    for (const part of node.text.split('\n\n')) expect(newsArticle.articleBody.includes(part.trim()), `quotation ${id} verbatim in articleBody`).toBe(true)
  }

  const description = headMeta(tree, 'description')
  expect(isWellFormed(description)).toBe(true)
  return {tree, visible, headline, description, graph, newsArticle}
}

/** All the text below a node, as the DOM's `textContent`. */
export function textContent(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (!('children' in node)) return ''
  return node.children.map((child) => textContent(child as Nodes)).join('')
}

/** The `content` of `<meta name=...>`. */
export function headMeta(tree: Root, name: string): string {
  let content = ''
  walk(tree, (element) => {
    if (element.tagName === 'meta' && element.properties.name === name) content = String(element.properties.content)
  })
  return content
}

/** Messages of the stages that handle hazards, as `ruleId line:column`. */
export function hazardMessages(file: VFile): string[] {
  const sources = new Set(['decode-text', 'parse-wire-text', 'read-header', 'read-article', 'infer-headline'])
  return file.messages
    .filter((message) => sources.has(String(message.source)))
    .map((message) => `${message.ruleId} ${message.line}:${message.column}`)
}
