/**
 * The seed article end to end: every item a careful editor found in it
 * (`fixtures/seed/expected-findings.json`) must be in the output, and the
 * output must equal the committed expected bytes (`UPDATE=1 npx vitest run
 * test/seed.test.ts` rewrites them after a reviewed change).
 */
import fs from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {fromHtml} from 'hast-util-from-html'
import {toText} from 'hast-util-to-text'
import {selectAll} from './support/select.ts'
import {VFile} from 'vfile'
import {resolveConfig} from '../pipeline/config.ts'
import {buildArticle, createProcessor} from '../pipeline/index.ts'
import {jsonldFileText} from '../pipeline/wrap-document.ts'

const fixtures = new URL('fixtures/seed/', import.meta.url)
const read = (name: string) => fs.readFileSync(new URL(name, fixtures), 'utf8')
const expected = JSON.parse(read('expected-findings.json'))

type Node = Record<string, any>
let file: VFile
let graph: Node[]
let html: string
let byId: Map<string, Node>
const named = (type: string, name: string) => graph.find((node) => node['@type'] === type && node.name === name)
const deref = (value: Node | undefined) => (value ? byId.get(value['@id']) : undefined)

beforeAll(() => {
  const config = resolveConfig(JSON.parse(read('config.json')))
  file = new VFile({value: fs.readFileSync(new URL('input.txt', fixtures)), path: 'input.txt'})
  file.data.slug = 'seed'
  buildArticle(createProcessor(config), file)
  graph = (file.data.jsonld as unknown as {'@graph': Node[]})['@graph']
  html = String(file.value)
  byId = new Map(graph.map((node) => [node['@id'], node]))
})

describe('seed article', () => {
  it('equals the committed expected output', () => {
    const jsonld = jsonldFileText(file.data.jsonld!)
    if (process.env.UPDATE) {
      fs.writeFileSync(new URL('output.html', fixtures), html)
      fs.writeFileSync(new URL('output.jsonld', fixtures), jsonld)
    }
    expect(html).toBe(read('output.html'))
    expect(jsonld).toBe(read('output.jsonld'))
  })

  it('has the publication date, the paragraphs and an inferred headline flagged as a warning', () => {
    const article = graph[0]
    expect(article['@type']).toBe('NewsArticle')
    expect(article.datePublished).toBe(expected.datePublished)
    expect(file.data.article!.paragraphs).toHaveLength(expected.paragraphs)
    expect(article.headline.length).toBeLessThanOrEqual(110)
    expect(article.headline.startsWith('Mississippi Secretary of State Delbert Hosemann says')).toBe(true)
    const warning = file.messages.find((message) => message.ruleId === 'headline-inferred')
    expect(warning?.fatal).toBe(false)
    expect(file.messages.some((message) => message.fatal)).toBe(false)
  })

  it('finds the three direct quotations, each spoken by Delbert Hosemann', () => {
    const quotations = graph.filter((node) => node['@type'] === 'Quotation')
    expect(quotations.map((quotation) => quotation.text.replace(/,$/, ''))).toEqual(
      expected.quotations.map((quotation: Node) => quotation.text.replace(/,$/, ''))
    )
    for (const quotation of quotations) {
      expect(deref(quotation.spokenByCharacter)?.name).toBe('Delbert Hosemann')
      expect(deref(quotation.creator)?.name).toBe('Delbert Hosemann')
      expect(quotation.isPartOf).toEqual({'@id': graph[0]['@id']})
    }
    expect(graph[0].hasPart).toEqual(quotations.map((quotation) => ({'@id': quotation['@id']})))
  })

  it('marks each quotation in the HTML with its @id fragment and a link to its speaker', () => {
    const tree = fromHtml(html)
    const quotations = graph.filter((node) => node['@type'] === 'Quotation')
    for (const quotation of quotations) {
      const fragment = quotation['@id'].split('#')[1]
      const [element] = selectAll(tree, (node) => node.tagName === 'q' && node.properties.id === fragment)
      expect(element, fragment).toBeDefined()
      expect(toText(element)).toBe(quotation.text)
      expect(element.properties.cite).toBe('#' + quotation.spokenByCharacter['@id'].split('#')[1])
    }
  })

  it('finds the four people with titles, jurisdictions and parties', () => {
    for (const person of expected.people) {
      const node = named('Person', person.name)
      expect(node, person.name).toBeDefined()
      expect(node!.jobTitle).toBe(person.jobTitle)
      if (person.jurisdiction) expect(deref(node!.workLocation)?.name).toBe(person.jurisdiction)
      if (person.party) expect(deref(node!.affiliation)?.name).toBe(person.party === 'Democrat' ? 'Democratic Party' : 'Republican Party')
      if (person.handle) expect(node!.sameAs).toContain('https://twitter.com/' + person.handle.slice(1))
    }
    const hosemann = file.data.article!.entities.find((entity) => entity.name === 'Delbert Hosemann')!
    // "Hosemann (4 more times)" after the full name in the lead.
    expect(hosemann.mentions.filter((mention) => mention.kind === 'surname')).toHaveLength(4)
    expect(graph.filter((node) => node['@type'] === 'Person')).toHaveLength(4)
  })

  it('finds the organizations and places, and nothing the editor ruled out', () => {
    for (const organization of expected.organizations) expect(named('Organization', organization.name), organization.name).toBeDefined()
    const places = graph.filter((node) => node['@type'] === 'Place').map((node) => node.name).sort()
    expect(places).toEqual([...expected.places].sort())
    const names = graph.filter((node) => node['@type'] === 'Person' || node['@type'] === 'Organization').map((node) => node.name)
    for (const wrong of ['Our Office', 'Gov', 'State', 'Wednesday', 'Independence Day', 'Secretary of State']) {
      expect(names).not.toContain(wrong)
    }
  })

  it('resolves the dates against the publication date', () => {
    const tree = fromHtml(html)
    const times = selectAll(tree, (node) => node.tagName === 'time').map((node) => [toText(node), node.properties.dateTime])
    expect(times).toContainEqual(['Wednesday', '2017-06-28'])
    expect(times).toContainEqual(['June 29, 2017', '2017-06-29'])
  })

  it('finds the embedded tweet', () => {
    const [post] = graph.filter((node) => node['@type'] === 'SocialMediaPosting')
    const want = expected.socialMediaPostings[0]
    expect(post.text).toBe(want.text)
    expect(post.datePublished).toBe(want.datePublished)
    expect(deref(post.author)?.name).toBe(want.author)
    expect(post.mentions.map((mention: Node) => deref(mention)?.name)).toEqual(['Donald Trump'])
    expect(post.sharedContent).toEqual([{'@type': 'WebPage', url: 'https://' + want.sharedContent}])
  })

  it('finds the reported speech', () => {
    const text = file.data.text!
    const entities = new Map(file.data.article!.entities.map((entity) => [entity.id, entity]))
    const found = file.data.article!.reportedSpeech.map((speech) => ({
      speaker: speech.speaker ? entities.get(speech.speaker)?.name : undefined,
      content: text.slice(speech.content.start, speech.content.end)
    }))
    expect(found).toEqual(expected.reportedSpeech.map((speech: Node) => ({speaker: speech.speaker, content: speech.content})))
  })

  it('embeds exactly the JSON-LD it writes, escaped for a script element', () => {
    const tree = fromHtml(html)
    const scripts = selectAll(tree, (node) => node.tagName === 'script')
    expect(scripts).toHaveLength(1)
    expect(scripts[0].properties.type).toBe('application/ld+json')
    expect(JSON.parse(toText(scripts[0]))).toEqual(JSON.parse(jsonldFileText(file.data.jsonld!)))
  })
})
