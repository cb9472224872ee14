/**
 * Layer 5, in process: html-validate with its recommended preset, one
 * instance per process. Changes to the preset, and why:
 * - `no-unknown-attributes` on: the preset does not look for misspelt or
 *   invented attributes (`<p colour>`, `<q speaker>`). html-validate's element
 *   metadata lists only attributes it has rules for (it knows no `datetime`
 *   on `<time>`), so the metadata is completed from `html-element-attributes`
 *   (the HTML spec's attribute table), plus RDFa Lite's attributes, which the
 *   W3C checker accepts and Open Graph's `<meta property>` uses. Inline
 *   `<svg>`/`<math>` attributes are not judged here (the table is HTML's).
 * - `doctype-style` off: `<!doctype html>` in lower case is what the HTML
 *   spec's own serialisation (and rehype) writes; case is not validity.
 * - `long-title` off: the title is the headline, whose length is Google's
 *   rule (layer 3, 110 characters); 70 is a display heuristic.
 * - `no-inline-style` off: valid HTML; our pages are standalone (no
 *   stylesheet) and set `quotes: none` on a `<q>` whose text keeps the
 *   wire's own quote marks. A content-security matter for the site, not for
 *   the document.
 * The W3C Nu checker (`vnu.ts`) runs after, once over all pages, when asked.
 */
import {HtmlValidate, StaticConfigLoader, type ConfigData} from 'html-validate'
import {htmlElementAttributes} from 'html-element-attributes'
import type {Finding} from './report.ts'

const foreignRoots = new Set(['svg', 'math'])

/** RDFa Lite 1.1: allowed on any element by the W3C checker (HTML+RDFa). */
const rdfaLite = ['vocab', 'typeof', 'property', 'resource', 'prefix']

/** The html-validate configuration for our documents. */
export function htmlValidateConfig(): ConfigData {
  const global = [...(htmlElementAttributes['*'] ?? []), ...rdfaLite]
  const table: Record<string, {attributes: Record<string, object>}> = {}
  for (const [tagName, names] of Object.entries(htmlElementAttributes)) {
    if (tagName === '*') continue
    table[tagName] = {attributes: Object.fromEntries([...global, ...names].map((name) => [name, {}]))}
  }
  return {
    extends: ['html-validate:recommended'],
    elements: ['html5', table],
    rules: {
      'no-unknown-attributes': 'error',
      'doctype-style': 'off',
      'long-title': 'off',
      'no-inline-style': 'off'
    }
  }
}

let instance: HtmlValidate | undefined

/** Validates one HTML document; findings are placed in it. */
export function checkHtml(html: string, filename = 'article.html'): Finding[] {
  instance ??= new HtmlValidate(new StaticConfigLoader(htmlValidateConfig()))
  const report = instance.validateStringSync(html, filename)
  const findings: Finding[] = []
  for (const result of report.results) {
    for (const message of result.messages) {
      // Foreign content: html-validate knows a few SVG/MathML attributes, the
      // HTML table none (viewBox); those are left to the W3C checker.
      const context = message.context as {tagName?: string} | undefined
      if (message.ruleId === 'no-unknown-attributes' && foreignRoots.has(context?.tagName ?? '')) continue
      const end = message.size > 0 ? {line: message.line, column: message.column + message.size, offset: message.offset + message.size} : undefined
      findings.push({
        source: 'html-validate',
        ruleId: message.ruleId,
        reason: message.message,
        severity: message.severity >= 2 ? 'error' : 'warning',
        start: {line: message.line, column: message.column, offset: message.offset},
        end,
        url: message.ruleUrl
      })
    }
  }
  return findings
}
