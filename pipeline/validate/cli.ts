/**
 * `npm run validate -- <files or folders> [--format text|github|json] [--vnu]`:
 * checks built articles (each `.jsonld` and the `.html` beside it; a lone
 * `.jsonld` without its page; a lone `.html` with its own JSON-LD). Exit
 * code 0 when no error, 1 when any, 2 on a usage error.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {VFile} from 'vfile'
import {validateArticle, type ArticlePaths, type ContractMode} from './document.ts'
import {addFinding, formatReport, formats, hasErrors, reportFile, type Format} from './report.ts'
import {checkWithVnu} from './vnu.ts'

export const validateHelp = `Usage: npm run validate -- <files or folders> [options]

Validates built articles: every .jsonld file (a folder is searched
recursively) and the .html page beside it. A .jsonld without a page is
checked without the HTML checks; an .html without a .jsonld is checked
with the JSON-LD it embeds.

Layers: 1 the project's JSON Schemas (schemas/, output of this pipeline
only), 2 schema.org vocabulary, 3 Google's article rules, 4 graph and page
integrity, 5 HTML validity (html-validate; the W3C Nu checker with --vnu).

Options:
  --format <text|github|json>  Report format (default: text); github prints
                               ::error/::warning workflow annotations
  --vnu                        Also run the W3C Nu HTML Checker (needs Java 11+:
                               \`java\` on PATH or $JAVA), once over all pages
  --contract <auto|on|off>     Check the project's output contract (layer 1):
                               auto = for graphs this pipeline builds (default)
  --quiet                      Report only files with messages
  -h, --help                   Show this help

Exit codes: 0 no error (warnings allowed), 1 any error, 2 usage error.`

/** Runs the `validate` command; resolves to the exit code. */
export async function runValidate(argv: string[]): Promise<number> {
  let values
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'text'},
        vnu: {type: 'boolean', default: false},
        contract: {type: 'string', default: 'auto'},
        quiet: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false}
      }
    }))
  } catch (error) {
    return usage((error as Error).message)
  }
  if (values.help) {
    console.log(validateHelp)
    return 0
  }
  const format = values.format as Format
  if (!formats.includes(format)) return usage(`Unexpected format \`${values.format}\`, expected one of ${formats.join(', ')}`)
  const contract = values.contract as ContractMode
  if (!['auto', 'on', 'off'].includes(contract)) return usage(`Unexpected contract mode \`${values.contract}\`, expected auto, on or off`)
  if (positionals.length === 0) return usage('Missing files or folders to validate')

  let articles: ArticlePaths[]
  try {
    articles = collectArticles(positionals)
  } catch (error) {
    return usage((error as Error).message)
  }
  if (articles.length === 0) return usage(`No .jsonld or .html files in ${positionals.join(', ')}`)

  const files: VFile[] = []
  for (const article of articles) {
    try {
      files.push(...validateArticle(article, {contract}))
    } catch (error) {
      const file = reportFile(article.jsonld ?? article.html!)
      addFinding(file, {source: 'validate', ruleId: 'read', severity: 'error', start: {line: 1, column: 1, offset: 0},
        reason: `Unexpected failure reading the article: ${(error as Error).message}`})
      files.push(file)
    }
  }

  if (values.vnu) {
    const pages = files.filter((file) => file.path.endsWith('.html'))
    try {
      const found = await checkWithVnu(pages.map((file) => file.path))
      for (const page of pages) for (const finding of found.get(path.resolve(page.path)) ?? []) addFinding(page, finding)
    } catch (error) {
      console.error((error as Error).message)
      return 2
    }
  }

  const shown = values.quiet ? files.filter((file) => file.messages.length > 0) : files
  const report = formatReport(shown, format, {color: format === 'text' && process.stderr.isTTY})
  if (report) (format === 'text' ? console.error : console.log)(report)
  // vfile-reporter ends the text with a tally; the other formats get one on stderr.
  if (format !== 'text') console.error(summary(files))
  return hasErrors(files) ? 1 : 0
}

function summary(files: VFile[]): string {
  const messages = files.flatMap((file) => file.messages)
  const errors = messages.filter((message) => message.fatal === true).length
  return `validate: ${files.length} file(s), ${errors} error(s), ${messages.length - errors} warning(s)`
}

function usage(message: string): number {
  console.error(`${message}\n\n${validateHelp}`)
  return 2
}

/**
 * The articles named by the arguments: a `.jsonld` with the `.html` beside
 * it (if any); an `.html` with the `.jsonld` beside it (if any); a folder:
 * every `.jsonld` below it, skipping `node_modules` and dot folders.
 */
export function collectArticles(inputs: string[]): ArticlePaths[] {
  const articles = new Map<string, ArticlePaths>()
  const add = (file: string) => {
    const stem = file.replace(/\.(jsonld|html)$/, '')
    if (articles.has(stem)) return
    const jsonld = fs.existsSync(stem + '.jsonld') ? stem + '.jsonld' : undefined
    const html = fs.existsSync(stem + '.html') ? stem + '.html' : undefined
    articles.set(stem, {jsonld, html})
  }
  for (const input of inputs) {
    if (!fs.existsSync(input)) throw new Error(`No such file or folder: ${input}`)
    if (fs.statSync(input).isDirectory()) {
      for (const file of walk(input)) if (file.endsWith('.jsonld')) add(file)
    } else if (/\.(jsonld|html)$/.test(input)) {
      add(input)
    } else {
      throw new Error(`Unexpected file ${input}, expected a .jsonld or .html file or a folder`)
    }
  }
  return [...articles.values()]
}

function walk(folder: string): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(folder, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) found.push(...walk(full))
    else found.push(full)
  }
  return found
}
