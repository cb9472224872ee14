/**
 * A JSON-LD document as the graph layers see it: every node object (top
 * level, in `@graph`, or nested as a property value) with its JSON pointer
 * and its schema.org types, and the nodes by `@id`. Works on our graphs and
 * on any other article JSON-LD (a Yoast `@graph`, a lone `NewsArticle`, an
 * array of nodes).
 */
import {escapePointer} from './json-positions.ts'

export type JsonObject = Record<string, unknown>

/** One node object and where it stands. */
export interface NodeAt {
  node: JsonObject
  pointer: string
  /** `@type`, with a `schema:` / `https://schema.org/` prefix removed. */
  types: string[]
  /** True for a node of the graph (not nested in another node's property). */
  topLevel: boolean
}

/** One problem found by a graph layer. */
export interface GraphProblem {
  pointer: string
  reason: string
  ruleId: string
  severity: 'error' | 'warning'
  /** A page that explains the rule. */
  url?: string
}

export interface GraphIndex {
  /** The top-level `@context` (of the document, or of the first node). */
  context: unknown
  nodes: NodeAt[]
  /** Nodes that carry data under an `@id` (bare `{"@id"}` references excluded). */
  byId: Map<string, NodeAt>
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A value as a list: JSON-LD treats a single value and a list of one alike. */
export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

const schemaPrefix = /^(?:schema:|https?:\/\/schema\.org\/)/

/** `schema:Person`, `https://schema.org/Person` -> `Person`; other IRIs unchanged. */
export function localName(term: string): string {
  return term.replace(schemaPrefix, '')
}

export function typesOf(node: JsonObject): string[] {
  return asList(node['@type']).filter((type): type is string => typeof type === 'string').map(localName)
}

/** True for `{"@id": "..."}` and nothing else: a pointer to a node, not a node. */
export function isReference(value: unknown): value is {'@id': string} {
  return isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1
}

/** Indexes a parsed JSON-LD document. */
export function indexGraph(document: unknown): GraphIndex {
  const nodes: NodeAt[] = []
  const byId = new Map<string, NodeAt>()
  const visit = (value: unknown, pointer: string, topLevel: boolean) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${pointer}/${index}`, topLevel))
      return
    }
    if (!isObject(value)) return
    if (Array.isArray(value['@graph'])) {
      visit(value['@graph'], `${pointer}/@graph`, true)
      return
    }
    if ('@value' in value) return
    if (!isReference(value)) {
      const at: NodeAt = {node: value, pointer, types: typesOf(value), topLevel}
      nodes.push(at)
      const id = value['@id']
      // A typed node wins over a partial one (`author: {"@id", "name"}`) met first.
      const known = typeof id === 'string' ? byId.get(id) : undefined
      if (typeof id === 'string' && (!known || (known.types.length === 0 && at.types.length > 0))) byId.set(id, at)
    }
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith('@')) continue
      visit(child, `${pointer}/${escapePointer(key)}`, false)
    }
  }
  visit(document, '', true)
  const context = isObject(document) ? document['@context'] ?? firstContext(document['@graph']) : firstContext(document)
  return {context, nodes, byId}
}

function firstContext(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : undefined
  return isObject(first) ? first['@context'] : undefined
}

/** The types of a value: its own `@type`, else those of the node its `@id` names. */
export function typesOfValue(value: JsonObject, index: GraphIndex): string[] {
  const own = typesOf(value)
  if (own.length > 0) return own
  const id = value['@id']
  return typeof id === 'string' ? index.byId.get(id)?.types ?? [] : []
}

/**
 * The node a value stands for: the node its `@id` names, with what the value
 * itself adds (`author: {"@id": …, "name": …}` and the Person it names), or
 * the value itself when it names no node of the graph.
 */
export function resolve(value: unknown, index: GraphIndex): JsonObject | undefined {
  if (!isObject(value)) return undefined
  const id = value['@id']
  const named = typeof id === 'string' ? index.byId.get(id)?.node : undefined
  if (named === undefined || named === value) return isReference(value) ? undefined : value
  return {...named, ...value}
}
