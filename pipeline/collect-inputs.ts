/**
 * The articles a build reads: files named on the command line, and the
 * `.txt` files below folders named there, each with the path its output takes
 * (relative to the folder, extension dropped). Two inputs that would write the
 * same output are both kept and the clash is reported by the caller.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface InputArticle {
  /** The path as the user sees it (messages point here). */
  path: string
  /** The output path without extension, relative to `--out`, with `/` separators. */
  slug: string
}

/** Extensions read from folders; a file named explicitly is read whatever its name. */
export const articleExtensions = new Set(['.txt'])

/** Lists the articles below each argument, in a stable (sorted) order. */
export function collectInputs(args: string[]): {inputs: InputArticle[]; missing: string[]} {
  const inputs: InputArticle[] = []
  const missing: string[] = []
  for (const arg of args) {
    let stat: fs.Stats
    try {
      stat = fs.statSync(arg)
    } catch {
      missing.push(arg)
      continue
    }
    if (stat.isDirectory()) {
      for (const relative of walk(arg, '')) {
        inputs.push({path: path.join(arg, relative), slug: stripExtension(relative)})
      }
    } else {
      inputs.push({path: arg, slug: stripExtension(path.basename(arg))})
    }
  }
  return {inputs, missing}
}

function stripExtension(relative: string): string {
  return relative.split(path.sep).join('/').replace(/\.[^./]*$/, '')
}

function walk(root: string, relative: string): string[] {
  const entries = fs.readdirSync(path.join(root, relative), {withFileTypes: true})
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const found: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const child = path.join(relative, entry.name)
    if (entry.isDirectory()) found.push(...walk(root, child))
    else if (entry.isFile() && articleExtensions.has(path.extname(entry.name).toLowerCase())) found.push(child)
  }
  return found
}
