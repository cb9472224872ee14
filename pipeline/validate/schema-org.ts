/**
 * Layer 2: schema.org conformance of any JSON-LD document. Every `@type`
 * must be a schema.org type, every property a schema.org property used on a
 * type in its domain, every value in the property's range: a node of a
 * (sub)class the range names, or a literal of one of its data types.
 *
 * Conventions accepted, because schema.org and Google accept them:
 * - any property may hold a list (JSON-LD has no single-valued properties);
 * - an absolute URL may stand for a node (`"item": "https://…"` in a
 *   breadcrumb, `"target": ["https://…"]` in Yoast's ReadAction); plain
 *   text where only a node is expected is an error (a speaker's name);
 * - `query-input` / `<property>-output` on an Action (schema.org's
 *   potential-action annotations);
 * - a numeric string for a Number (`"copyrightYear": "2024"`); a Distance or
 *   QuantitativeValue given as a number (`"width": 1200`);
 * - properties from other vocabularies (`dc:title`) are left alone.
 */
import {
  asList, indexGraph, isObject, localName, typesOf, typesOfValue,
  type GraphIndex, type GraphProblem, type JsonObject
} from './graph-model.ts'
import {isIsoDate, isRealDate} from '../read-header.ts'
import {escapePointer} from './json-positions.ts'
import {show} from './json-schema.ts'
import {vocabulary, type DataType, type Range, type Vocabulary} from './vocabulary.ts'

const schemaOrgContext = /^https?:\/\/schema\.org\/?$/

/** Checks every node of a parsed JSON-LD document against the schema.org vocabulary. */
export function checkSchemaOrg(document: unknown, index: GraphIndex = indexGraph(document)): GraphProblem[] {
  const vocab = vocabulary()
  const problems: GraphProblem[] = []
  const report = (pointer: string, ruleId: string, reason: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({pointer, ruleId, reason, severity, url: ruleId === 'schema-org-context' ? undefined : 'https://schema.org/docs/datamodel.html'})

  if (!isObject(document) && !Array.isArray(document)) {
    report('', 'schema-org-document', `Unexpected ${show(document)}, expected a JSON-LD object or array of objects`)
    return problems
  }
  if (index.context === undefined) {
    report('', 'schema-org-context', 'Unexpected document without `@context`, expected "https://schema.org"')
  } else if (!isSchemaOrgContext(index.context)) {
    report('', 'schema-org-context', `Unexpected @context ${show(index.context)}, expected "https://schema.org"`)
  }

  for (const at of index.nodes) {
    if (at.types.length === 0) {
      // More about a node typed elsewhere (JSON-LD merges nodes by @id); nested
      // untyped nodes are checked through their property's range below.
      const typedElsewhere = typesOfValue(at.node, index).filter((type) => vocab.hasType(type))
      if (at.topLevel && typedElsewhere.length > 0) checkProperties(at.node, at.pointer, typedElsewhere, vocab, index, report)
      else if (at.topLevel) report(at.pointer, 'schema-org-missing-type', 'Unexpected node without `@type`, expected a schema.org type')
      continue
    }
    const rawTypes = asList(at.node['@type'])
    at.types.forEach((type, position) => {
      if (vocab.hasType(type)) return
      const pointer = Array.isArray(at.node['@type']) ? `${at.pointer}/@type/${position}` : `${at.pointer}/@type`
      report(pointer, 'schema-org-unknown-type', `Unexpected type \`${rawTypes[position]}\`, expected a schema.org type${suggestType(vocab, type)}`)
    })
    const known = at.types.filter((type) => vocab.hasType(type))
    if (known.length > 0) checkProperties(at.node, at.pointer, known, vocab, index, report)
  }
  return problems
}

type Report = (pointer: string, ruleId: string, reason: string, severity?: 'error' | 'warning') => void

function checkProperties(node: JsonObject, pointer: string, types: string[], vocab: Vocabulary, index: GraphIndex, report: Report) {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@')) continue
    const property = localName(key)
    if (property.includes(':')) continue // another vocabulary's term (dc:title, og:…)
    const at = `${pointer}/${escapePointer(key)}`
    if (isActionAnnotation(property, types, vocab)) continue
    if (!vocab.hasProperty(property)) {
      report(at, 'schema-org-unknown-property', `Unexpected property \`${key}\`, expected a schema.org property${suggestProperty(vocab, property)}`)
      continue
    }
    const range = vocab.rangeOn(types, property)
    if (!range) {
      const domain = vocab.domainOf(property)
      const shown = domain.slice(0, 4).join(', ') + (domain.length > 4 ? ', …' : '')
      report(at, 'schema-org-domain', `Unexpected property \`${property}\` on ${types.join(' / ')}, expected it on a type in its domain (${shown})`)
      continue
    }
    const values = asList(value).flatMap((item) => (Array.isArray(item) ? item : [item]))
    values.forEach((item, position) => {
      const itemPointer = Array.isArray(value) ? `${at}/${position}` : at
      checkValue(item, itemPointer, property, range, vocab, index, report)
    })
  }
}

function checkValue(value: unknown, pointer: string, property: string, range: Range, vocab: Vocabulary, index: GraphIndex, report: Report) {
  if (isObject(value) && '@value' in value) value = value['@value']
  if (isObject(value) && Array.isArray(value['@list'])) {
    for (const item of value['@list']) checkValue(item, pointer, property, range, vocab, index, report)
    return
  }
  if (value === null || value === undefined) {
    report(pointer, 'schema-org-range', `Unexpected null for \`${property}\`, expected ${describeRange(range)}`)
    return
  }
  if (!isObject(value)) {
    if (!literalFits(value, range, vocab)) {
      report(pointer, 'schema-org-range', `Unexpected ${literalKind(value)} ${show(value)} for \`${property}\`, expected ${describeRange(range)}`)
    }
    return
  }
  // A node: typed, a reference to one, or untyped.
  const types = typesOfValue(value, index)
  if (types.length === 0) {
    if (typeof value['@id'] === 'string') {
      // An unresolved reference: the integrity layer reports it. It is fine where a URL is.
      if (range.classes.size === 0 && !range.data.has('URL')) {
        report(pointer, 'schema-org-range', `Unexpected node reference for \`${property}\`, expected ${describeRange(range)}`)
      }
      return
    }
    if (range.classes.size === 0) {
      report(pointer, 'schema-org-range', `Unexpected object for \`${property}\`, expected ${describeRange(range)}`)
      return
    }
    report(pointer, 'schema-org-missing-type', `Unexpected node without \`@type\` in \`${property}\`, expected one of ${[...range.classes].join(', ')}`, 'warning')
    checkProperties(value, pointer, [...range.classes], vocab, index, report)
    return
  }
  const known = types.filter((type) => vocab.hasType(type))
  if (known.length === 0) return // reported where the node is
  if (!known.some((type) => nodeFits(type, range, vocab))) {
    report(pointer, 'schema-org-range', `Unexpected ${known.join(' / ')} for \`${property}\`, expected ${describeRange(range)}`)
  }
  // A reference with data besides `@id` (Yoast's `author: {"@id", "name"}`) takes the target's types.
  if (typesOf(value).length === 0) checkProperties(value, pointer, known, vocab, index, report)
}

function nodeFits(type: string, range: Range, vocab: Vocabulary): boolean {
  for (const wanted of range.classes) if (vocab.isSubclassOf(type, wanted)) return true
  // A Role may stand between a node and the thing (schema.org's Role pattern).
  if (vocab.isSubclassOf(type, 'Role')) return true
  // Quantities: a QuantitativeValue where a Distance is expected.
  return range.data.has('Quantity') && type === 'QuantitativeValue'
}

const isoTime = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/
const numeric = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

export function isAbsoluteUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value)
}

function literalFits(value: unknown, range: Range, vocab: Vocabulary): boolean {
  const data = range.data
  if (typeof value === 'boolean') return data.has('Boolean')
  if (typeof value === 'number') {
    if (data.has('Number') || data.has('Quantity')) return Number.isFinite(value)
    if (data.has('Integer')) return Number.isInteger(value)
    return range.classes.has('QuantitativeValue')
  }
  if (typeof value !== 'string') return false
  if (data.has('Text')) return true
  if (data.has('URL') && isAbsoluteUrl(value)) return true
  if (data.has('Date') && isRealDate(value)) return true
  if (data.has('DateTime') && value.includes('T') && isIsoDate(value)) return true
  if (data.has('Time') && isoTime.test(value)) return true
  if (data.has('Duration') || data.has('Quantity')) return true
  if (data.has('Number') && numeric.test(value)) return true
  if (data.has('Integer') && /^[+-]?\d+$/.test(value)) return true
  if (range.classes.size > 0 && isAbsoluteUrl(value)) return true
  const enumeration = vocab.enumerationOf(localName(value))
  return enumeration !== undefined && [...range.classes].some((wanted) => vocab.isSubclassOf(enumeration, wanted))
}

function literalKind(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  if (typeof value === 'string') return 'text'
  return typeof value
}

const dataWords: Record<DataType, string> = {
  Text: 'Text', URL: 'an absolute URL', Number: 'a Number', Integer: 'an Integer', Boolean: 'a Boolean',
  Date: 'a Date (ISO 8601, YYYY-MM-DD)', DateTime: 'a DateTime (ISO 8601)', Time: 'a Time (ISO 8601)',
  Duration: 'a Duration (ISO 8601)', Quantity: 'a quantity'
}

function describeRange(range: Range): string {
  const parts = [...range.data].map((type) => dataWords[type])
  if (range.classes.size > 0) parts.push(`a node of type ${[...range.classes].join(' or ')}`)
  return parts.length > 0 ? parts.join(' or ') : 'nothing (no range known)'
}

function isSchemaOrgContext(context: unknown): boolean {
  if (typeof context === 'string') return schemaOrgContext.test(context)
  if (Array.isArray(context)) return context.some(isSchemaOrgContext)
  if (isObject(context)) return typeof context['@vocab'] === 'string' && schemaOrgContext.test(context['@vocab'])
  return false
}

/** `query-input`, `result-output`: an Action's annotations of its own properties. */
function isActionAnnotation(property: string, types: string[], vocab: Vocabulary): boolean {
  const match = /^(.+)-(input|output)$/.exec(property)
  return match !== null && vocab.hasProperty(match[1]) && types.some((type) => vocab.isSubclassOf(type, 'Action'))
}

function suggestProperty(vocab: Vocabulary, property: string): string {
  const guess = vocab.sameBut(property)
  return guess && vocab.hasProperty(guess) ? ` (did you mean \`${guess}\`?)` : ''
}

function suggestType(vocab: Vocabulary, type: string): string {
  const guess = vocab.sameBut(type)
  return guess && vocab.hasType(guess) ? ` (did you mean \`${guess}\`?)` : ''
}
