/**
 * Layer 1: the project's own JSON Schemas (`schemas/*.schema.json`, draft
 * 2020-12), i.e. the output contract of `build-jsonld`. Compiled once per
 * process, on first use, with ajv in strict mode and ajv-formats.
 *
 * This layer checks the shape *we* emit (`additionalProperties: false`
 * everywhere); graphs from elsewhere (a Yoast graph) are checked by the
 * schema.org, Google and integrity layers only.
 */
import fs from 'node:fs'
import {Ajv2020, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js'
import formatsModule from 'ajv-formats'
import {escapePointer} from './json-positions.ts'

/** One schema violation, located by a JSON pointer into the graph. */
export interface SchemaProblem {
  /** JSON pointer to the offending value, e.g. `/@graph/2/text`. */
  pointer: string
  /** "Unexpected X, expected Y". */
  reason: string
  /** Kebab-case rule, e.g. `json-schema-required`. */
  ruleId: string
}

const schemasDirectory = new URL('../../schemas/', import.meta.url)
const graphSchemaId = 'https://news.example.org/schemas/graph.schema.json'

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default
// import is the module object, at run time it is the function itself.
const addFormats = ((formatsModule as unknown as {default?: typeof formatsModule}).default ?? formatsModule) as unknown as
  (ajv: Ajv2020, formats: string[] | {mode: 'fast' | 'full'; formats: string[]}) => void

let compiled: ValidateFunction | undefined

/** The compiled graph validator; compiled on the first call, then reused. */
export function graphValidator(): ValidateFunction {
  if (compiled) return compiled
  const ajv = new Ajv2020({strict: true, allErrors: true, verbose: true})
  addFormats(ajv, ['date', 'iso-date-time', 'date-time'])
  // Every @id is a \`uri\`: the full RFC 3986 regex was 40% of validating a
  // graph; the fast one, with the schema's own \`^https?://\` pattern beside
  // it, is enough here.
  addFormats(ajv, {mode: 'fast', formats: ['uri']})
  for (const name of fs.readdirSync(schemasDirectory).sort()) {
    if (!name.endsWith('.schema.json')) continue
    ajv.addSchema(JSON.parse(fs.readFileSync(new URL(name, schemasDirectory), 'utf8')))
  }
  const validate = ajv.getSchema(graphSchemaId)
  if (!validate) throw new Error(`schemas/graph.schema.json: expected a schema with $id ${graphSchemaId}`)
  compiled = validate
  return validate
}

/** Checks one graph (the parsed `.jsonld`) against `schemas/graph.schema.json`. */
export function validateGraphSchema(graph: unknown): SchemaProblem[] {
  const validate = graphValidator()
  const problems = validate(graph) ? [] : describeErrors(validate.errors ?? [])
  return problems.concat(duplicateReferences(graph))
}

/**
 * Each `{"@id"}` reference once per list (`mentions`, `hasPart`, `author`,
 * ...), found with a set: linear where ajv's `uniqueItems` is quadratic.
 */
export function duplicateReferences(graph: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = []
  const nodes = (graph as {'@graph'?: unknown} | null)?.['@graph']
  if (!Array.isArray(nodes)) return problems
  nodes.forEach((node, index) => {
    if (!node || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      if (!Array.isArray(value)) continue
      const seen = new Map<string, number>()
      value.forEach((item, position) => {
        const id = item && typeof item === 'object' && Object.keys(item).length === 1 ? (item as {'@id'?: unknown})['@id'] : undefined
        if (typeof id !== 'string') return
        const first = seen.get(id)
        if (first === undefined) seen.set(id, position)
        else problems.push({
          pointer: `/@graph/${index}/${escapePointer(key)}/${position}`,
          ruleId: 'json-schema-unique-items',
          reason: `Unexpected duplicate items ${first} and ${position}, expected each once`
        })
      })
    }
  })
  return problems
}

/** ajv errors -> one problem per real violation, worded for a person. */
export function describeErrors(errors: ErrorObject[]): SchemaProblem[] {
  // `if`/`then` adds a wrapper error for each failed `then`; an `anyOf` adds
  // one error per branch. Keep the `anyOf` summary, drop its branches.
  const anyOfPaths = errors.filter((error) => error.keyword === 'anyOf').map((error) => error.schemaPath + '/')
  // A value that is no URL at all need not also hear that it is no http(s) URL.
  const badFormat = new Set(errors.filter((error) => error.keyword === 'format').map((error) => error.instancePath))
  const problems: SchemaProblem[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    if (error.keyword === 'if') continue
    if (error.keyword === 'pattern' && badFormat.has(error.instancePath)) continue
    if (anyOfPaths.some((path) => error.schemaPath.startsWith(path))) continue
    // The `contains` branch errors (each node "must be a NewsArticle") are noise.
    if (error.schemaPath.includes('/contains/')) continue
    const problem = describe(error)
    const key = problem.pointer + '\0' + problem.reason
    if (seen.has(key)) continue
    seen.add(key)
    problems.push(problem)
  }
  return problems
}

function describe(error: ErrorObject): SchemaProblem {
  const at = error.instancePath
  const params = error.params as Record<string, unknown>
  const ruleId = 'json-schema-' + error.keyword.replace(/[A-Z]/g, (letter) => '-' + letter.toLowerCase())
  const actual = show(error.data)
  const typeName = nodeType(error)
  switch (error.keyword) {
    case 'required':
      return {pointer: at, ruleId, reason: `Unexpected missing \`${params.missingProperty}\`${typeName}, expected it (required by the output contract)`}
    case 'additionalProperties': {
      const property = String(params.additionalProperty)
      return {pointer: `${at}/${escapePointer(property)}`, ruleId, reason: `Unexpected property \`${property}\`${typeName}, expected only the properties of the output contract`}
    }
    case 'type': {
      const described = (error.parentSchema as {description?: string} | undefined)?.description
      const expected = described ?? (params.type === 'integer' ? 'an integer' : `a value of type ${params.type}`)
      return {pointer: at, ruleId, reason: `Unexpected ${jsonType(error.data)} ${actual}, expected ${expected}`}
    }
    case 'format':
      return {pointer: at, ruleId, reason: `Unexpected ${actual}, expected ${formatName(String(params.format))}`}
    case 'const':
      return {pointer: at, ruleId, reason: `Unexpected ${actual}, expected ${show(params.allowedValue)}`}
    case 'enum':
      return {pointer: at, ruleId, reason: `Unexpected ${actual}, expected one of ${(params.allowedValues as unknown[]).map(show).join(', ')}`}
    case 'pattern': {
      const described = (error.parentSchema as {description?: string} | undefined)?.description
      return {pointer: at, ruleId, reason: `Unexpected ${actual}, expected ${described ?? `a value matching \`${params.pattern}\``}`}
    }
    case 'anyOf': {
      const missing = missingAlternatives(error)
      if (missing) return {pointer: at, ruleId, reason: `Unexpected ${typeName.slice(4) || 'object'} without ${missing}, expected at least one of them`}
      return {pointer: at, ruleId, reason: `Unexpected ${actual}, expected ${anyOfExpectation(error)}`}
    }
    case 'contains':
    case 'minContains':
    case 'maxContains':
      return {pointer: at, ruleId: 'json-schema-news-article-count', reason: 'Unexpected number of NewsArticle nodes, expected exactly one'}
    case 'minItems':
      return {pointer: at, ruleId, reason: `Unexpected empty list, expected at least ${params.limit} item(s)`}
    case 'uniqueItems':
      return {pointer: at, ruleId, reason: `Unexpected duplicate items ${params.j} and ${params.i}, expected each once`}
    default:
      return {pointer: at, ruleId, reason: `Unexpected ${actual}: ${error.message ?? 'invalid'}`}
  }
}

/** "`name` or `description`" when each branch of the `anyOf` only requires properties. */
function missingAlternatives(error: ErrorObject): string | undefined {
  const schema = error.parentSchema as {anyOf?: Array<{required?: string[]}>} | undefined
  const branches = schema?.anyOf ?? []
  if (branches.length === 0 || !branches.every((branch) => branch.required)) return undefined
  return branches.map((branch) => '`' + branch.required!.join('` and `') + '`').join(' or ')
}

function anyOfExpectation(error: ErrorObject): string {
  const schema = error.parentSchema as {description?: string} | undefined
  if (schema?.description) return schema.description.replace(/\.$/, '')
  return 'a value matching one of the allowed forms'
}

function formatName(format: string): string {
  switch (format) {
    case 'uri': return 'an absolute URL'
    case 'date': return 'a date YYYY-MM-DD'
    case 'date-time': return 'an ISO 8601 date-time with a timezone'
    case 'iso-date-time': return 'an ISO 8601 date-time'
    default: return `format ${format}`
  }
}

/** ` on NewsArticle` when the failing object says its type. */
function nodeType(error: ErrorObject): string {
  const data = error.data as {'@type'?: unknown} | undefined
  return data && typeof data === 'object' && typeof data['@type'] === 'string' ? ` on ${data['@type']}` : ''
}

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

/** A value shown in a message, cut short (at `max` characters: an `@id` is shown whole). */
export function show(value: unknown, max = 60): string {
  if (value && typeof value === 'object') return Array.isArray(value) ? 'list' : 'object'
  const text = JSON.stringify(value) ?? String(value)
  return '`' + (text.length > max ? text.slice(0, max - 3) + '…' : text) + '`'
}
