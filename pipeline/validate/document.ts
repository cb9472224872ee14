/**
 * Validates one article: its `.jsonld` and, when there is one, the `.html`
 * beside it. Runs the layers in order and places every finding in the file
 * the user opens: a JSON pointer becomes the line:column of the `.jsonld`
 * (or of the JSON-LD inside the page, when the page comes alone); an HTML
 * problem the line:column of the `.html`.
 */
import fs from 'node:fs'
import type {VFile} from 'vfile'
import {checkGraph, contractApplies, type ContractMode, type SourcedProblem} from './graph-checks.ts'
import {indexGraph} from './graph-model.ts'
import {checkPage, parsePage, type Page} from './page-integrity.ts'
import {JsonPositions, type Point} from './json-positions.ts'
import {addFinding, reportFile, type Finding} from './report.ts'
import {checkHtml} from './html-validity.ts'

export interface ValidateOptions {
  contract?: ContractMode
}

export interface ArticlePaths {
  jsonld?: string
  html?: string
}

/** A placed problem before it becomes a message, with the layer it came from. */
interface Located extends Finding {
  pointer?: string
}

/** Validates one article; returns one vfile per file read, with its messages. */
export function validateArticle(paths: ArticlePaths, options: ValidateOptions = {}): VFile[] {
  const files: VFile[] = []
  // A byte order mark is dropped (JSON has none; it would cost one column on line 1).
  const jsonldFile = paths.jsonld ? reportFile(paths.jsonld, fs.readFileSync(paths.jsonld, 'utf8').replace(/^\uFEFF/, '')) : undefined
  const htmlFile = paths.html ? reportFile(paths.html, fs.readFileSync(paths.html, 'utf8')) : undefined
  if (jsonldFile) files.push(jsonldFile)
  if (htmlFile) files.push(htmlFile)

  const page = htmlFile ? parsePage(String(htmlFile.value)) : undefined
  // The graph: the .jsonld file, else the page's own JSON-LD.
  const graphFile = jsonldFile ?? htmlFile!
  const embedded = page?.scripts[0]
  const graphText = jsonldFile ? String(jsonldFile.value) : embedded?.text
  const shift: Point | undefined = jsonldFile ? undefined : embedded?.start

  let pageFindings: Finding[] = []
  if (graphText === undefined) {
    addFinding(graphFile, {source: 'graph-integrity', ruleId: 'jsonld-missing', severity: 'error', start: {line: 1, column: 1, offset: 0},
      reason: 'Unexpected page without `<script type="application/ld+json">`, expected the article graph'})
  } else {
    const parsed = parseJson(graphText, shift)
    if ('error' in parsed) {
      addFinding(graphFile, parsed.error)
    } else {
      const index = indexGraph(parsed.value)
      const contract = contractApplies(parsed.value, options.contract ?? 'auto')
      const found = checkGraph(parsed.value, {contract}, index)
      if (page) {
        const crossChecked = checkPage(page, parsed.value, index, {compareEmbedded: Boolean(jsonldFile), contract})
        found.unshift(...crossChecked.graph) // first: the page tells more than the body
        pageFindings = crossChecked.html
      }
      // Positions cost a second parse: only when there is something to place.
      const positions = found.length > 0 ? new JsonPositions(graphText, shift) : undefined
      for (const finding of merge(found.map((problem) => locate(problem, positions!)))) addFinding(graphFile, finding)
    }
  }
  if (htmlFile) {
    for (const finding of [...pageFindings, ...checkHtml(String(htmlFile.value), htmlFile.path)]) addFinding(htmlFile, finding)
  }
  return files
}

/** Which layer's error wins when several report the same value: the most specific. */
const precedence = ['google-article', 'graph-integrity', 'schema-org', 'json-schema']

/**
 * One error per value: when layers agree that a value is wrong
 * (`"datePublished": "30/06/2017"` fails the contract, schema.org's range and
 * Google's ISO 8601 rule), the most specific message is kept (the first, among
 * a layer's own); warnings on a value that has an error are dropped.
 */
function merge(found: Located[]): Finding[] {
  const best = new Map<string, Located>()
  for (const finding of found) {
    if (finding.severity !== 'error' || finding.pointer === undefined) continue
    const kept = best.get(finding.pointer)
    if (!kept || precedence.indexOf(finding.source) < precedence.indexOf(kept.source)) best.set(finding.pointer, finding)
  }
  return found.filter((finding) => finding.pointer === undefined || !best.has(finding.pointer) || best.get(finding.pointer) === finding)
}

function locate(problem: SourcedProblem, positions: JsonPositions): Located {
  const place = positions.locate(problem.pointer)
  return {
    source: problem.source, ruleId: problem.ruleId, reason: problem.reason, severity: problem.severity,
    start: place.start, end: place.end, url: problem.url, pointer: problem.pointer
  }
}

type Parsed = {value: unknown} | {error: Finding}

/** JSON.parse; on a syntax error, momoa says where (line and column). */
function parseJson(text: string, shift?: Point): Parsed {
  try {
    return {value: JSON.parse(text)}
  } catch {
    let line = 1
    let column = 1
    let message = 'invalid JSON'
    try {
      new JsonPositions(text)
    } catch (error) {
      ;({line = 1, column = 1} = error as {line?: number; column?: number})
      message = (error as Error).message.split('\n')[0]
    }
    const start = shift
      ? {line: shift.line + line - 1, column: line === 1 ? shift.column + column - 1 : column, offset: 0}
      : {line, column, offset: 0}
    return {error: {source: 'json', ruleId: 'json-parse', severity: 'error', start,
      reason: `Unexpected JSON syntax (${message}), expected a valid JSON document`}}
  }
}

export type {ContractMode, Page}
export {checkGraph, contractApplies}
