/**
 * Each defect fixture (`fixtures/defects/<name>/`, generated from
 * `fixtures/valid/` by `make-fixtures.ts`) is caught where it is: file,
 * line:column, layer and rule. The valid article, a Yoast-style graph and a
 * `.jsonld` without its page raise no error.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {validateArticle} from '../../pipeline/validate/document.ts'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

/** `file line:column source/ruleId` for each message of `severity`. */
function messages(paths: {jsonld?: string; html?: string}, severity: 'error' | 'warning' = 'error'): string[] {
  return validateArticle(paths).flatMap((file) => file.messages
    .filter((message) => (message.fatal === true) === (severity === 'error'))
    .map((message) => `${path.basename(file.path)} ${message.line}:${message.column} ${message.source}/${message.ruleId}`))
    .sort()
}

function article(name: string) {
  const folder = path.join(fixtures, 'defects', name)
  return {jsonld: path.join(folder, 'article.jsonld'), html: path.join(folder, 'article.html')}
}

describe('valid documents', () => {
  it('our article: no error; the author without url/sameAs is a warning', () => {
    const paths = {jsonld: path.join(fixtures, 'valid/harbor-bridge.jsonld'), html: path.join(fixtures, 'valid/harbor-bridge.html')}
    expect(messages(paths)).toEqual([])
    expect(messages(paths, 'warning')).toEqual(['harbor-bridge.jsonld 63:5 google-article/google-author-url'])
  })

  it('a Yoast-style graph (WebSite, WebPage, NewsMediaOrganization, BreadcrumbList, SearchAction): nothing at all', () => {
    const paths = {jsonld: path.join(fixtures, 'yoast/yoast-news.jsonld')}
    expect(messages(paths)).toEqual([])
    expect(messages(paths, 'warning')).toEqual([])
  })

  it('a .jsonld without its page: checked without the HTML checks', () => {
    expect(messages({jsonld: article('jsonld-alone').jsonld})).toEqual([])
  })
})

describe('defects, each caught with its place', () => {
  const cases: Array<[string, string[]]> = [
    ['unknown-type', ['article.jsonld 93:7 schema-org/schema-org-unknown-type']],
    ['unknown-property', ['article.jsonld 52:7 schema-org/schema-org-unknown-property']],
    ['property-outside-domain', ['article.jsonld 105:7 schema-org/schema-org-domain']],
    ['word-count-not-integer', ['article.jsonld 28:7 schema-org/schema-org-range']],
    ['date-not-iso', ['article.jsonld 10:7 google-article/google-date-format']],
    ['date-number', ['article.jsonld 10:7 google-article/google-date-format']],
    ['two-authors-one-name', ['article.jsonld 66:7 google-article/google-author-multiple']],
    ['headline-too-long', ['article.jsonld 9:7 google-article/google-headline-length']],
    ['dangling-reference', ['article.jsonld 47:11 graph-integrity/graph-dangling-reference']],
    ['relative-image', ['article.jsonld 25:9 google-article/google-image-url']],
    ['publisher-without-name', ['article.jsonld 53:5 google-article/google-publisher-name']],
    ['speaker-as-text', ['article.jsonld 72:7 schema-org/schema-org-range']],
    ['quotation-not-in-page', ['article.jsonld 71:7 graph-integrity/page-quotation-text']],
    ['html-unknown-attribute', ['article.html 25:21 html-validate/no-unknown-attributes']],
    ['page-jsonld-differs', ['article.html 18:1 graph-integrity/page-jsonld-mismatch']],
    ['page-mention-missing-node', [
      'article.html 26:79 graph-integrity/page-fragment-target',
      'article.html 26:79 graph-integrity/page-mention-node'
    ]]
  ]
  it.each(cases)('%s', (name, expected) => {
    expect(messages(article(name))).toEqual(expected)
  })

  it('date-without-timezone: a warning, not an error', () => {
    expect(messages(article('date-without-timezone'))).toEqual([])
    expect(messages(article('date-without-timezone'), 'warning')).toContain('article.jsonld 11:7 google-article/google-date-timezone')
  })

  it('html-unclosed-element: the unclosed <em> and what it breaks', () => {
    const found = messages(article('html-unclosed-element'))
    expect(found).toContain("article.html 26:180 html-validate/close-order")
    expect(found.every((line) => line.startsWith('article.html ') && line.includes('html-validate/'))).toBe(true)
  })
})
