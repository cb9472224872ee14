/**
 * Every regular expression literal in `pipeline/`, found with the TypeScript
 * parser (not a regex over the source), for the linearity tests of rule 6.
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export interface RegexLiteral {
  /** Path relative to the repository root, `/` separated. */
  file: string
  line: number
  source: string
  flags: string
  /**
   * Why its input is short, when the code says so with a `regex-bounded:`
   * comment on the regex's line or on a comment line right above it
   * (`// regex-bounded: at most lookBack (40) characters`).
   */
  bounded?: string
}

function tsFiles(folder: string): string[] {
  return fs.readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return tsFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** The literals, and the places where a RegExp is built at run time (those cannot be checked statically). */
export function regexLiterals(root: string): {literals: RegexLiteral[]; constructed: string[]} {
  const literals: RegexLiteral[] = []
  const constructed: string[] = []
  for (const full of tsFiles(path.join(root, 'pipeline')).sort()) {
    const file = path.relative(root, full).split(path.sep).join('/')
    const content = fs.readFileSync(full, 'utf8')
    const lines = content.split('\n')
    const sourceFile = ts.createSourceFile(file, content, ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node) => {
      const line = () => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile)
        const close = text.lastIndexOf('/')
        const at = line()
        // On the regex's own line, or alone on a comment line right above it.
        const marker = /regex-bounded:\s*(.+)/.exec(lines[at - 1]) ?? /^\s*\/\/.*regex-bounded:\s*(.+)/.exec(lines[at - 2] ?? '')
        literals.push({file, line: at, source: text.slice(1, close), flags: text.slice(close + 1), ...(marker ? {bounded: marker[1].trim()} : {})})
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sourceFile) === 'RegExp') {
        constructed.push(`${file}:${line()}`)
      }
      ts.forEachChild(node, visit)
    }
    visit(sourceFile)
  }
  return {literals, constructed}
}

/**
 * Characters worth repeating against a regex: those it names literally, plus
 * spaces, letters, digits, quote marks and newlines.
 */
export function worstCharacters(source: string): string[] {
  const named = Array.from(source.replace(/\\[dDwWsSbBpPuxck]\{?[^}\\]*\}?|\\./g, ' '))
    .filter((char) => !'()[]{}?*+|^$\\'.includes(char))
  return [...new Set([...named, ' ', '\t', '\n', 'a', 'A', 'Z', '0', '.', ',', '“', '”', '"', "'", '-', '—', '@', '#', '<', '('])]
}
