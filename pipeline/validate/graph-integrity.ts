/**
 * Layer 4, the graph part: every `{"@id": …}` reference resolves to a node
 * of the same document, no two nodes claim one `@id` with different types,
 * and a Quotation's words stand in the article's `articleBody` (when the
 * article carries its body). The page part is in `page-integrity.ts`.
 */
import {asList, isObject, isReference, type GraphIndex, type GraphProblem, type JsonObject} from './graph-model.ts'
import {escapePointer} from './json-positions.ts'
import {show} from './json-schema.ts'

export function checkGraphIntegrity(document: unknown, index: GraphIndex): GraphProblem[] {
  const problems: GraphProblem[] = []
  const report = (pointer: string, ruleId: string, reason: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({pointer, ruleId, reason, severity})

  // References: bare `{"@id"}` objects anywhere in the document.
  const visit = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) return value.forEach((item, position) => visit(item, `${pointer}/${position}`))
    if (!isObject(value)) return
    if (isReference(value)) {
      if (!index.byId.has(value['@id'])) {
        report(`${pointer}/@id`, 'graph-dangling-reference', `Unexpected reference ${show(value['@id'], 300)} to no node of the graph, expected the \`@id\` of a node in it`)
      }
      return
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === '@context') continue
      visit(child, `${pointer}/${escapePointer(key)}`)
    }
  }
  visit(document, '')

  // One @id, one node: two typed nodes with the same @id and different types are two things.
  const seen = new Map<string, {pointer: string; types: string}>()
  for (const at of index.nodes) {
    const id = at.node['@id']
    if (typeof id !== 'string' || at.types.length === 0) continue
    const types = [...at.types].sort().join(' ')
    const first = seen.get(id)
    if (!first) seen.set(id, {pointer: at.pointer, types})
    else if (first.types !== types) {
      report(`${at.pointer}/@id`, 'graph-duplicate-id', `Unexpected second node with \`@id\` ${show(id, 300)} (${types}; first at ${first.pointer}, ${first.types}), expected one node per \`@id\``)
    }
  }

  // A Quotation that is part of an article with a body quotes that body.
  for (const at of index.nodes) {
    if (!at.types.includes('Quotation') || typeof at.node.text !== 'string') continue
    const body = articleBodyOf(at.node, index)
    if (body === undefined) continue
    const flatBody = normalize(body)
    const missing = at.node.text.split(/\n\s*\n/).map(normalize).find((piece) => piece !== '' && !flatBody.includes(piece))
    if (missing !== undefined) {
      report(`${at.pointer}/text`, 'graph-quotation-not-in-body', `Unexpected quotation text ${show(missing)} not found in the article's \`articleBody\`, expected the quoted words`)
    }
  }
  return problems
}

/** The `articleBody` of the article a Quotation `isPartOf`, when there is one. */
function articleBodyOf(quotation: JsonObject, index: GraphIndex): string | undefined {
  for (const parent of asList(quotation.isPartOf)) {
    const id = isObject(parent) ? parent['@id'] : undefined
    const article = typeof id === 'string' ? index.byId.get(id)?.node : undefined
    if (article && typeof article.articleBody === 'string') return article.articleBody
  }
  return undefined
}

/** Whitespace collapsed, for comparing text across line breaks and markup. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
