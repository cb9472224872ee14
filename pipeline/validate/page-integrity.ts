/**
 * Layer 4, the page part: the HTML and the graph tell one story.
 * - Each Quotation whose `@id` has a fragment has an element with that `id`
 *   in the page (pieces after the first carry `data-quotation`), and the
 *   Quotation's `text` is those elements' visible text.
 * - Each mention (`<a class="mention">`, `data-speaker`, `data-entity`,
 *   `cite="#…"`) points at a node of the graph (of the `data-entity` type),
 *   and every `#fragment` link at an element of the page; in our pages each
 *   `<q id>` and social post is a node of the graph.
 * - The page's JSON-LD equals the `.jsonld` file.
 */
import {fromHtml} from 'hast-util-from-html'
import {toText} from 'hast-util-to-text'
import type {Element, Root, RootContent} from 'hast'
import {isDeepStrictEqual} from 'node:util'
import {isObject, type GraphIndex, type GraphProblem, type NodeAt} from './graph-model.ts'
import {normalize} from './graph-integrity.ts'

const withoutMarks = (text: string) => normalize(text.replace(/[“”"«»„‘’'`]/g, ''))
import {pointerOf, type Point} from './json-positions.ts'
import {show} from './json-schema.ts'
import type {Finding} from './report.ts'
import {vocabulary} from './vocabulary.ts'

/** One `<script type="application/ld+json">`: its text and where that text starts. */
export interface LdScript {
  text: string
  start: Point
  element: Element
}

/** What the checks need from a page, collected in one walk. */
export interface Page {
  tree: Root
  scripts: LdScript[]
  canonical?: string
  byId: Map<string, Element>
  /** Elements carrying `data-quotation` (continued quotation pieces), by quotation id. */
  continued: Map<string, Element[]>
  elements: Element[]
}

export function parsePage(html: string): Page {
  const tree = fromHtml(html)
  const page: Page = {tree, scripts: [], byId: new Map(), continued: new Map(), elements: []}
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element') {
      page.elements.push(node)
      const props = node.properties
      if (typeof props.id === 'string' && !page.byId.has(props.id)) page.byId.set(props.id, node)
      if (typeof props.dataQuotation === 'string') {
        const list = page.continued.get(props.dataQuotation) ?? []
        list.push(node)
        page.continued.set(props.dataQuotation, list)
      }
      if (node.tagName === 'script' && String(props.type).toLowerCase() === 'application/ld+json') {
        const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
        const first = node.children[0]?.position?.start ?? node.position?.end
        page.scripts.push({text, element: node, start: first ? {line: first.line, column: first.column, offset: first.offset ?? 0} : {line: 1, column: 1, offset: 0}})
      }
      if (node.tagName === 'link' && Array.isArray(props.rel) && props.rel.includes('canonical') && typeof props.href === 'string') {
        page.canonical ??= props.href
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return page
}

export interface PageFindings {
  /** Problems with the graph, by JSON pointer (reported on the `.jsonld`). */
  graph: Array<GraphProblem & {source: string}>
  /** Problems placed in the page. */
  html: Finding[]
}

/**
 * Cross-checks a page against its graph.
 */
export interface PageCheckOptions {
  /** The graph came from a `.jsonld` file: the page's own JSON-LD must equal it (default true). */
  compareEmbedded?: boolean
  /** Our output contract applies: `<`, `>`, `&`, U+2028, U+2029 escaped in the JSON-LD (default false). */
  contract?: boolean
}

export function checkPage(page: Page, document: unknown, index: GraphIndex, options: PageCheckOptions = {}): PageFindings {
  const {compareEmbedded = true, contract = false} = options
  const findings: PageFindings = {graph: [], html: []}
  const source = 'graph-integrity'
  const atElement = (element: Element, ruleId: string, reason: string, severity: 'error' | 'warning' = 'error') => {
    const start = element.position?.start ?? {line: 1, column: 1}
    const end = element.position?.end
    findings.html.push({source, ruleId, reason, severity, start: {line: start.line, column: start.column, offset: start.offset ?? 0},
      end: end ? {line: end.line, column: end.column, offset: end.offset ?? 0} : undefined})
  }
  const base = page.canonical ?? articleUrl(index)
  const nodeFor = (fragment: string): NodeAt | undefined => base !== undefined
    ? index.byId.get(`${base}#${fragment}`)
    : [...index.byId.entries()].find(([id]) => id.endsWith('#' + fragment))?.[1]
  const vocab = vocabulary()
  const isA = (node: NodeAt, type: string) => node.types.some((own) => vocab.hasType(own) && vocab.isSubclassOf(own, type))

  // Quotations <-> <q id>.
  for (const at of index.nodes) {
    const id = at.node['@id']
    if (!at.types.includes('Quotation') || typeof id !== 'string' || !id.includes('#')) continue
    const [idBase, fragment] = [id.slice(0, id.indexOf('#')), id.slice(id.indexOf('#') + 1)]
    if (base !== undefined && idBase !== base) continue // a quotation from another page
    const element = page.byId.get(fragment)
    if (!element) {
      findings.graph.push({source, pointer: `${at.pointer}/@id`, ruleId: 'page-quotation-element', severity: 'error',
        reason: `Unexpected Quotation \`#${fragment}\` with no element \`id="${fragment}"\` in the page, expected the quote marked up in the HTML`})
      continue
    }
    const pieces = [element, ...(page.continued.get(fragment) ?? [])]
    // A quote over several paragraphs prints an opening mark (“, ", '') at
    // each new paragraph, outside the elements: compare without quote marks.
    const visible = withoutMarks(pieces.map((piece) => toText(piece)).join('\n\n'))
    if (typeof at.node.text === 'string' && withoutMarks(at.node.text) !== visible) {
      findings.graph.push({source, pointer: `${at.pointer}/text`, ruleId: 'page-quotation-text', severity: 'error',
        reason: `Unexpected Quotation text that differs from the page's \`#${fragment}\` (${show(visible)}), expected the same words`})
    }
  }

  // Mentions and fragment links.
  for (const element of page.elements) {
    const props = element.properties
    for (const attribute of ['href', 'cite'] as const) {
      const value = props[attribute]
      if (typeof value !== 'string' || !value.startsWith('#') || value.length === 1) continue
      const fragment = decodeFragment(value.slice(1))
      const isMention = attribute === 'cite' || classOf(element).includes('mention') || props.dataEntity !== undefined
      if (!page.byId.has(fragment)) {
        // A mention must land on its entry; any other broken in-page link is a warning.
        atElement(element, 'page-fragment-target', `Unexpected \`${attribute}="${value}"\` to no element of the page, expected an element with \`id="${fragment}"\``, isMention ? 'error' : 'warning')
      }
      const target = isMention ? nodeFor(fragment) : undefined
      if (isMention && !target) {
        atElement(element, 'page-mention-node', `Unexpected mention of \`#${fragment}\` with no node in the graph, expected a node \`${base ?? ''}#${fragment}\``)
      }
      const entityType = props.dataEntity
      // (A node of an unknown type is reported by the schema.org layer.)
      const typed = target?.types.some((type) => vocab.hasType(type))
      if (target && typed && typeof entityType === 'string' && !isA(target, entityType)) {
        atElement(element, 'page-mention-type', `Unexpected \`data-entity="${entityType}"\` on a mention of a ${target.types.join(' / ')} node, expected the node's type`)
      }
    }
    // Our pages: every quote and social post in the page is a node of the graph.
    const ownNode = element.tagName === 'q' ? 'Quotation' : classOf(element).includes('social-post') ? 'SocialMediaPosting' : undefined
    if (contract && ownNode && typeof props.id === 'string') {
      const node = nodeFor(props.id)
      if (!node || !isA(node, ownNode)) {
        atElement(element, 'page-annotation-node', `Unexpected \`<${element.tagName} id="${props.id}">\` with no ${ownNode} node \`${base ?? ''}#${props.id}\`, expected one in the graph`)
      }
    }
    for (const [name, kind] of [['dataSpeaker', 'speaker'], ['dataQuotation', 'quotation']] as const) {
      const value = props[name]
      if (typeof value === 'string' && !nodeFor(value)) {
        atElement(element, 'page-mention-node', `Unexpected ${kind} \`${value}\` with no node in the graph, expected a node \`${base ?? ''}#${value}\``)
      }
    }
  }

  // The page's JSON-LD equals the .jsonld file.
  if (compareEmbedded) {
    if (page.scripts.length === 0) {
      findings.html.push({source, ruleId: 'page-jsonld-missing', severity: 'error', start: {line: 1, column: 1, offset: 0},
        reason: 'Unexpected page without `<script type="application/ld+json">`, expected the graph of the `.jsonld` file'})
    } else {
      const parsed = page.scripts.map((script) => parseOrUndefined(script.text))
      if (!parsed.some((value) => isDeepStrictEqual(value, document))) {
        const script = page.scripts[0]
        const where = parsed[0] === undefined ? 'is not valid JSON' : `differs at \`${firstDifference(parsed[0], document) || '/'}\``
        atElement(script.element, 'page-jsonld-mismatch', `Unexpected page JSON-LD that ${where}, expected it to equal the \`.jsonld\` file`)
      }
    }
  }
  for (const script of page.scripts) {
    // `<!--` and `<script` change how the page parses; the contract escapes more, as `\u003c` etc.
    const raw = contract ? /[<>&\u2028\u2029]/.exec(script.text) : /<(?:!--|\/?script)/i.exec(script.text)
    if (raw) {
      atElement(script.element, 'page-jsonld-escaping', `Unexpected raw ${show(raw[0])} inside the JSON-LD, expected it escaped (\`\\u${raw[0].charCodeAt(0).toString(16).padStart(4, '0')}\`)`)
    }
  }
  return findings
}

/** The NewsArticle's (or first article's) `url`, when the page has no canonical link. */
function articleUrl(index: GraphIndex): string | undefined {
  const article = index.nodes.find((at) => at.types.some((type) => type.endsWith('Article')) && typeof at.node.url === 'string')
  return article ? String(article.node.url) : undefined
}

function classOf(element: Element): string[] {
  const value = element.properties.className
  return Array.isArray(value) ? value.map(String) : []
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The JSON pointer of the first place two values differ. */
export function firstDifference(a: unknown, b: unknown, path: Array<string | number> = []): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
      const found = firstDifference(a[index], b[index], [...path, index])
      if (found !== undefined) return found
    }
  } else if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], [...path, key])
      if (found !== undefined) return found
    }
  }
  return pointerOf(path)
}
