/**
 * build-jsonld on article data set by hand: the graph's shape, ids from the
 * canonical URL, nothing invented, warnings for what is missing.
 */
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Root} from 'mdast'
import parseWireText from '../pipeline/parse-wire-text.ts'
import buildJsonld, {canonicalUrl, countWords, slugify} from '../pipeline/build-jsonld.ts'
import {defaultConfig, resolveConfig} from '../pipeline/config.ts'
import type {ArticleData} from '../pipeline/types.ts'

const config = resolveConfig({baseUrl: 'https://example.com/news', publisher: {name: 'The Example', url: 'https://example.com/'}})
const text = 'date 2017-06-30\nTitle line\n\n“We will win,” Jane Roe said.\n\nAnother paragraph.'

/** Parses `value`, lets `fill` add findings, and builds the graph. */
function graphOf(value: string, fill: (article: ArticleData, text: string) => void = () => {}) {
  const file = new VFile({value, path: 'politics/roe.txt'})
  file.data.slug = 'politics/roe'
  const processor = unified().use(parseWireText, {config}).use(buildJsonld)
  const tree = processor.parse(file) as Root
  fill(file.data.article!, String(file.value))
  processor.runSync(tree as never, file)
  return {file, graph: (file.data.jsonld as unknown as {'@graph': Array<Record<string, any>>})['@graph']}
}

describe('build-jsonld', () => {
  it('builds the article and publisher with ids from the canonical URL', () => {
    const {graph, file} = graphOf(text)
    const [article, publisher] = graph
    expect(article).toEqual({
      '@type': 'NewsArticle',
      '@id': 'https://example.com/news/politics/roe#article',
      url: 'https://example.com/news/politics/roe',
      mainEntityOfPage: 'https://example.com/news/politics/roe',
      headline: 'Title line',
      datePublished: '2017-06-30',
      publisher: {'@id': 'https://example.com/#publisher'},
      inLanguage: 'en',
      wordCount: 8,
      articleBody: '“We will win,” Jane Roe said.\n\nAnother paragraph.'
    })
    expect(publisher).toEqual({'@type': 'Organization', '@id': 'https://example.com/#publisher', name: 'The Example', url: 'https://example.com/'})
    expect(file.messages.map((message) => message.ruleId)).toEqual(['author-missing', 'image-missing'])
  })

  it('links a quotation to its speaker and the article, both ways', () => {
    const {graph} = graphOf(text, (article, source) => {
      const start = source.indexOf('We')
      const end = source.indexOf(',”')
      article.entities.push({id: 'person-jane-roe', type: 'Person', name: 'Jane Roe', jobTitle: 'Mayor', mentions: [{start: source.indexOf('Jane'), end: source.indexOf(' said'), kind: 'name'}]})
      article.quotations.push({id: 'quote-1', start, end, pieces: [{start, end}], speaker: 'person-jane-roe'})
    })
    const base = 'https://example.com/news/politics/roe'
    expect(graph[0].hasPart).toEqual([{'@id': base + '#quote-1'}])
    expect(graph[0].mentions).toEqual([{'@id': base + '#person-jane-roe'}])
    expect(graph.find((node) => node['@type'] === 'Quotation')).toEqual({
      '@type': 'Quotation',
      '@id': base + '#quote-1',
      text: 'We will win',
      spokenByCharacter: {'@id': base + '#person-jane-roe'},
      creator: {'@id': base + '#person-jane-roe'},
      isPartOf: {'@id': base + '#article'}
    })
    expect(graph.find((node) => node['@type'] === 'Person')).toEqual({'@type': 'Person', '@id': base + '#person-jane-roe', name: 'Jane Roe', jobTitle: 'Mayor'})
  })

  it('gives a quotation over several paragraphs as the article prints it', () => {
    const value = 'date 2017-06-30\nT\n\n“One paragraph.\n\n“Two paragraphs,” she said.'
    const {graph} = graphOf(value, (article, source) => {
      const first = {start: source.indexOf('One'), end: source.indexOf('\n\n“Two')}
      const second = {start: source.indexOf('Two'), end: source.indexOf(',”')}
      article.quotations.push({id: 'quote-1', start: first.start, end: second.end, pieces: [first, second]})
    })
    expect(graph.find((node) => node['@type'] === 'Quotation')!.text).toBe('One paragraph.\n\n“Two paragraphs')
  })

  it('keeps a quotation verbatim in articleBody when the line between its paragraphs holds spaces or a tab', () => {
    // Found by the property test: a raw slice carried "  \n\t\n" into the quote.
    const value = 'date 2017-06-30\nT\n\n“One paragraph  \n\t\n“Two paragraphs,” she said.'
    const {graph} = graphOf(value, (article, source) => {
      const first = {start: source.indexOf('One'), end: source.indexOf('\n\t')}
      const second = {start: source.indexOf('Two'), end: source.indexOf(',”')}
      article.quotations.push({id: 'quote-1', start: first.start, end: second.end, pieces: [first, second]})
    })
    const quotation = graph.find((node) => node['@type'] === 'Quotation')!
    expect(quotation.text).toBe('One paragraph\n\n“Two paragraphs')
    expect(graph[0].articleBody).toBe('“One paragraph\n\n“Two paragraphs,” she said.')
  })

  it('writes authors and images from front matter, and no warning', () => {
    const {graph, file} = graphOf('---\nauthor: [Ann Lee, Bo Chan]\nimage: https://example.com/a.jpg\nurl: https://example.com/x\n---\ndate 2017-06-30\n\nText.')
    expect(graph[0].url).toBe('https://example.com/x')
    expect(graph[0].author).toEqual([{'@id': 'https://example.com/x#author-ann-lee'}, {'@id': 'https://example.com/x#author-bo-chan'}])
    expect(graph[0].image).toEqual(['https://example.com/a.jpg'])
    expect(graph.filter((node) => node['@type'] === 'Person').map((node) => node.name)).toEqual(['Ann Lee', 'Bo Chan'])
    expect(file.messages).toEqual([])
  })

  it('keeps a description-only speaker without a name', () => {
    const {graph} = graphOf(text, (article) => {
      article.entities.push({id: 'person-a-campaign-spokesman', type: 'Person', description: 'a campaign spokesman', mentions: []})
    })
    expect(graph.find((node) => node['@type'] === 'Person')).toEqual({
      '@type': 'Person', '@id': 'https://example.com/news/politics/roe#person-a-campaign-spokesman', description: 'a campaign spokesman'
    })
  })
})

describe('helpers', () => {
  it('slugifies names and paths', () => {
    expect(slugify('José Núñez-Smith')).toBe('jose-nunez-smith')
    expect(slugify('“”')).toBe('x')
    const file = new VFile({path: '../x/ü b.txt'})
    expect(canonicalUrl(file, defaultConfig)).toBe('https://news.example.org/articles/x/%C3%BC%20b')
  })

  it('counts words as a reader does', () => {
    expect(countWords('“We will win,” Jane — Roe said. 50 states')).toBe(8)
    expect(countWords('  Zürich\u00a0—\u3000東京 😀 ok\n\n')).toBe(3)
    expect(countWords('')).toBe(0)
  })
})

describe('references', () => {
  it('publishes every entity a node points at, and drops references to unknown ones', () => {
    const {graph} = graphOf(text, (article, source) => {
      const start = source.indexOf('We')
      const end = source.indexOf(',”')
      article.entities.push(
        {id: 'person-jane-roe', type: 'Person', name: 'Jane Roe', jurisdiction: 'Ohio', affiliation: 'org-green-party', mentions: []},
        {id: 'org-green-party', type: 'Organization', name: 'Green Party', mentions: []},
        {id: 'place-ohio', type: 'Place', name: 'Ohio', mentions: []},
        {id: 'person-unused', type: 'Person', name: 'Un Used', mentions: []}
      )
      article.quotations.push({id: 'quote-1', start, end, pieces: [{start, end}], speaker: 'person-jane-roe'}, {id: 'quote-2', start, end, pieces: [{start, end}], speaker: 'person-missing'})
    })
    const base = 'https://example.com/news/politics/roe#'
    expect(graph.slice(4).map((node) => node['@id'])).toEqual([base + 'person-jane-roe', base + 'org-green-party', base + 'place-ohio'])
    expect(graph[4]).toMatchObject({workLocation: {'@id': base + 'place-ohio'}, affiliation: {'@id': base + 'org-green-party'}})
    expect(graph[3]).toMatchObject({'@id': base + 'quote-2'})
    expect(graph[3].spokenByCharacter).toBeUndefined()
  })

  it('percent-encodes a front matter URL', () => {
    const {graph} = graphOf('---\nurl: https://example.com/café/story\n---\ndate 2017-06-30\n\nText.')
    expect(graph[0].url).toBe('https://example.com/caf%C3%A9/story')
  })
})
