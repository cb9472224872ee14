/**
 * Layers 1-4 on a parsed JSON-LD document, without any page: the checks the
 * build can run on the graph it is about to write (no HTML parser, no
 * html-validate loaded). Problems are located by JSON pointer.
 */
import {checkGoogleArticle} from './google-article.ts'
import {checkGraphIntegrity} from './graph-integrity.ts'
import {indexGraph, isObject, type GraphProblem} from './graph-model.ts'
import {validateGraphSchema} from './json-schema.ts'
import {checkSchemaOrg} from './schema-org.ts'

/** Whether the output contract (layer 1) applies: `auto` recognises our build's graphs. */
export type ContractMode = 'auto' | 'on' | 'off'

/** A problem with the layer that found it. */
export type SourcedProblem = GraphProblem & {source: string}

/** Layers 1-4 (graph part) on a parsed document: problems by JSON pointer. `contract`: apply layer 1. */
export function checkGraph(document: unknown, options: {contract: boolean}, index = indexGraph(document)): SourcedProblem[] {
  const found: SourcedProblem[] = []
  if (options.contract) {
    for (const problem of validateGraphSchema(document)) found.push({...problem, severity: 'error', source: 'json-schema'})
  }
  for (const problem of checkSchemaOrg(document, index)) found.push({...problem, source: 'schema-org'})
  for (const problem of checkGoogleArticle(document, index)) found.push({...problem, source: 'google-article'})
  for (const problem of checkGraphIntegrity(document, index)) found.push({...problem, source: 'graph-integrity'})
  return found
}

/**
 * Our build's graphs: `{"@context": "https://schema.org", "@graph": [...]}`
 * holding a NewsArticle with an `@id` ending in `#article`, an `articleBody`
 * and a `wordCount`. Anything else (a Yoast graph) is not held to our contract.
 */
export function contractApplies(document: unknown, mode: ContractMode): boolean {
  if (mode !== 'auto') return mode === 'on'
  if (!isObject(document) || document['@context'] !== 'https://schema.org' || !Array.isArray(document['@graph'])) return false
  return document['@graph'].some((node) => isObject(node) && node['@type'] === 'NewsArticle' &&
    typeof node['@id'] === 'string' && node['@id'].endsWith('#article') && 'articleBody' in node && 'wordCount' in node)
}
