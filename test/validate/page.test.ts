/**
 * Layer 4, the page part, on small pages written for the purpose.
 */
import {describe, expect, it} from 'vitest'
import {indexGraph} from '../../pipeline/validate/graph-model.ts'
import {checkPage, firstDifference, parsePage} from '../../pipeline/validate/page-integrity.ts'
import {checkHtml} from '../../pipeline/validate/html-validity.ts'

const base = 'https://news.example.org/a'
const graph = {
  '@context': 'https://schema.org',
  '@graph': [
    {'@type': 'NewsArticle', '@id': `${base}#article`, url: base},
    {'@type': 'Quotation', '@id': `${base}#quote-1`, text: 'First part.\n\nSecond part.', isPartOf: {'@id': `${base}#article`}},
    {'@type': 'Person', '@id': `${base}#person-jo-park`, name: 'Jo Park'}
  ]
}

function pageWith(body: string, json: unknown = graph): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>` +
    `<link rel="canonical" href="${base}"><script type="application/ld+json">${JSON.stringify(json)}</script></head>` +
    `<body><main><article>${body}<aside><ul><li id="person-jo-park">Jo Park</li></ul></aside></article></main></body></html>`
}

/** The 1-based column of `needle` in a one-line page. */
const column = (html: string, needle: string) => html.indexOf(needle) + 1

function check(html: string, json: unknown = graph, contract = false) {
  const found = checkPage(parsePage(html), json, indexGraph(json), {contract})
  return [
    ...found.graph.map((problem) => `${problem.severity} ${problem.pointer} ${problem.ruleId}`),
    ...found.html.map((finding) => `${finding.severity} ${finding.start.line}:${finding.start.column} ${finding.ruleId}`)
  ]
}

const quote = '<p>“<q id="quote-1" cite="#person-jo-park" data-speaker="person-jo-park">First part.</q></p>' +
  '<p>“<q data-quotation="quote-1">Second part.</q>” <a class="mention" href="#person-jo-park" data-entity="Person">Park</a> said.</p>'

describe('page and graph agree', () => {
  it('a quotation over two paragraphs: pieces joined by a blank line', () => {
    expect(check(pageWith(quote))).toEqual([])
  })

  it('a quotation without its element, or with other words', () => {
    expect(check(pageWith('<p>No quote here.</p>'))).toEqual(['error /@graph/1/@id page-quotation-element'])
    expect(check(pageWith(quote.replace('Second part.', 'Another part.')))).toEqual(['error /@graph/1/text page-quotation-text'])
  })

  it('a mention of no node is an error; a broken ordinary in-page link a warning', () => {
    const html = pageWith(quote + '<p><a class="mention" href="#person-ghost">Ghost</a> <a href="#top">Top</a></p>')
    const ghost = column(html, '<a class="mention" href="#person-ghost"')
    const top = column(html, '<a href="#top"')
    expect(check(html)).toEqual([
      `error 1:${ghost} page-fragment-target`, `error 1:${ghost} page-mention-node`, `warning 1:${top} page-fragment-target`
    ])
  })

  it('a mention says the type of its node; in our pages each <q id> is a Quotation node', () => {
    const html = pageWith(quote.replace('data-entity="Person"', 'data-entity="Organization"') + '<p><q id="quote-9">Unknown</q></p>')
    expect(check(html, graph, true)).toEqual([
      `error 1:${column(html, '<a class="mention"')} page-mention-type`,
      `error 1:${column(html, '<q id="quote-9"')} page-annotation-node`
    ])
  })

  it('the page JSON-LD must equal the .jsonld file', () => {
    const other = structuredClone(graph)
    other['@graph'][2].name = 'Jo Parker'
    const html = pageWith(quote, other)
    expect(check(html, graph)).toEqual([`error 1:${column(html, '<script')} page-jsonld-mismatch`])
    expect(firstDifference(other, graph)).toBe('/@graph/2/name')
    const noScript = pageWith(quote).replace(/<script[^]*<\/script>/, '')
    expect(check(noScript)).toEqual(['error 1:1 page-jsonld-missing'])
  })
})

describe('the JSON-LD inside <script>', () => {
  it('our contract escapes < > & U+2028 U+2029; any page must not hold <!-- or <script', () => {
    const other = structuredClone(graph)
    other['@graph'][2].name = 'Jo & Park'
    const html = pageWith(quote, other)
    const script = `error 1:${column(html, '<script')} page-jsonld-escaping`
    expect(check(html, other)).toEqual([])
    expect(check(html, other, true)).toEqual([script])
    const escaped = html.replace('Jo & Park', 'Jo \\u0026 Park')
    expect(check(escaped, other, true)).toEqual([])
    other['@graph'][2].name = 'Jo <!-- Park'
    expect(check(pageWith(quote, other), other)).toEqual([`error 1:${column(pageWith(quote, other), '<script')} page-jsonld-escaping`])
  })
})

describe('html-validate, configured for our documents', () => {
  it('our page shape passes: lower-case doctype, long title, data-* attributes, inline quotes style, an inline SVG', () => {
    const long = 'A title longer than seventy characters, as headlines often are, still fine'
    const svg = '<svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true"><path d="M0 0L10 10"/></svg>'
    expect(checkHtml(pageWith(quote.replace('<q id', '<q style="quotes: none" id') + svg).replace('<title>T', `<title>${long}`))).toEqual([])
  })

  it('an unknown attribute and an unclosed element are errors', () => {
    const html = pageWith('<p colour="red">Hi <em>there</p>')
    const found = checkHtml(html).map((finding) => `${finding.ruleId} ${finding.start.line}:${finding.start.column}`)
    expect(found).toContain(`no-unknown-attributes 1:${column(html, 'colour')}`)
    expect(found).toContain(`close-order 1:${column(html, 'em>there')}`)
  })
})
