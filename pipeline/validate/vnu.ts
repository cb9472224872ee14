/**
 * Layer 5, the W3C Nu HTML Checker (npm `vnu-jar`, Java): stricter than
 * html-validate (it knows every attribute and content model of the spec).
 * A Java start costs about a second, so it runs once over all the pages of
 * a run (in chunks for very long lists), never once per page. Opt-in:
 * `validate --vnu` (CI turns it on).
 */
import {execFile} from 'node:child_process'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Finding} from './report.ts'

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  firstLine?: number
  lastLine?: number
  firstColumn?: number
  lastColumn?: number
  message: string
}

const chunkSize = 500

/** The vnu.jar the package ships. */
export function vnuJarPath(): string {
  const require = createRequire(import.meta.url)
  return String(require('vnu-jar'))
}

/** Checks every page; findings by absolute path. Rejects when Java or the jar cannot run. */
export async function checkWithVnu(pages: string[], java = process.env.JAVA ?? 'java'): Promise<Map<string, Finding[]>> {
  const found = new Map<string, Finding[]>()
  const jar = vnuJarPath()
  for (let start = 0; start < pages.length; start += chunkSize) {
    const chunk = pages.slice(start, start + chunkSize).map((page) => path.resolve(page))
    const output = await run(java, ['-jar', jar, '--format', 'json', '--exit-zero-always', ...chunk])
    let messages: VnuMessage[]
    try {
      messages = (JSON.parse(output) as {messages: VnuMessage[]}).messages
    } catch {
      throw new Error(`vnu: unexpected output, expected JSON: ${output.slice(0, 200)}`)
    }
    for (const message of messages) {
      if (message.type === 'non-document-error') throw new Error(`vnu: ${message.message}`)
      if (message.type === 'info' && message.subType !== 'warning') continue
      const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : undefined
      if (!file) continue
      const lastLine = message.lastLine ?? 1
      const line = message.firstLine ?? lastLine
      const list = found.get(file) ?? []
      list.push({
        source: 'vnu',
        ruleId: ruleIdOf(message.message),
        reason: message.message,
        severity: message.type === 'error' ? 'error' : 'warning',
        start: {line, column: message.firstColumn ?? 1, offset: 0},
        end: {line: lastLine, column: (message.lastColumn ?? message.firstColumn ?? 1) + 1, offset: 0},
        url: 'https://validator.w3.org/nu/about.html'
      })
      found.set(file, list)
    }
  }
  return found
}

/** vnu has no rule ids: a stable kebab id from the message's shape ("Attribute “x” not allowed…" -> `attribute-not-allowed`). */
function ruleIdOf(message: string): string {
  const shape = message.replace(/“[^“”]*”/g, ' ').replace(/\([^()]*\)/g, ' ').toLowerCase()
  const words = shape.match(/[a-z]+/g) ?? ['vnu']
  return words.slice(0, 5).join('-')
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, {maxBuffer: 256 * 1024 * 1024}, (error, _stdout, stderr) => {
      if (error) reject(new Error(`vnu: cannot run \`${command} -jar vnu.jar\`: ${error.message}`))
      else resolve(stderr)
    })
  })
}
