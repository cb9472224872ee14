/**
 * The layers one by one, on small graphs written for the purpose.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {checkGraph, contractApplies} from '../../pipeline/validate/graph-checks.ts'
import {checkGoogleArticle} from '../../pipeline/validate/google-article.ts'
import {checkGraphIntegrity} from '../../pipeline/validate/graph-integrity.ts'
import {indexGraph} from '../../pipeline/validate/graph-model.ts'
import {JsonPositions} from '../../pipeline/validate/json-positions.ts'
import {graphValidator, validateGraphSchema} from '../../pipeline/validate/json-schema.ts'
import {checkSchemaOrg} from '../../pipeline/validate/schema-org.ts'
import {buildVocabulary, vocabulary} from '../../pipeline/validate/vocabulary.ts'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const valid = () => JSON.parse(fs.readFileSync(path.join(fixtures, 'valid/harbor-bridge.jsonld'), 'utf8'))
const page = 'https://news.example.org/a'

/** `pointer ruleId` of each problem. */
const brief = (problems: Array<{pointer: string; ruleId: string}>) => problems.map((problem) => `${problem.pointer} ${problem.ruleId}`)
const schemaOrg = (document: unknown) => brief(checkSchemaOrg(document))
const google = (document: unknown) => checkGoogleArticle(document, indexGraph(document))
  .map((problem) => `${problem.severity} ${problem.pointer} ${problem.ruleId}`)

describe('layer 1: the project JSON Schemas', () => {
  it('accepts the built article and compiles once per process', () => {
    expect(validateGraphSchema(valid())).toEqual([])
    expect(graphValidator()).toBe(graphValidator())
  })

  it('reports contract violations by JSON pointer', () => {
    const graph = valid()
    graph['@graph'][0].wordCount = '52'
    graph['@graph'][0].foo = 1
    graph['@graph'][0].datePublished = '2024-05-02T08:15:00' // no timezone: not a schema error
    delete graph['@graph'][2].name // the author Person: neither name nor description
    expect(validateGraphSchema(graph)).toEqual([
      {pointer: '/@graph/0/foo', ruleId: 'json-schema-additional-properties', reason: 'Unexpected property `foo` on NewsArticle, expected only the properties of the output contract'},
      {pointer: '/@graph/0/wordCount', ruleId: 'json-schema-type', reason: 'Unexpected string `"52"`, expected an integer'},
      {pointer: '/@graph/2', ruleId: 'json-schema-any-of', reason: 'Unexpected Person without `name` or `description`, expected at least one of them'}
    ])
  })

  it('datePublished: YYYY-MM-DD or a date-time, nothing else', () => {
    const graph = valid()
    for (const [value, problems] of [['2017-06-30', 0], ['2017-06-30T10:00:00Z', 0], ['30/06/2017', 1], [20170630, 1]] as const) {
      graph['@graph'][0].datePublished = value
      expect(validateGraphSchema(graph)).toHaveLength(problems)
    }
  })

  it('URLs are absolute http(s) URLs', () => {
    const graph = valid()
    graph['@graph'][0].image = ['javascript:alert(1)', '/img/a.jpg', 'https://news.example.org/a.jpg']
    expect(validateGraphSchema(graph).map((problem) => `${problem.pointer} ${problem.ruleId}`)).toEqual([
      '/@graph/0/image/0 json-schema-pattern', '/@graph/0/image/1 json-schema-format'
    ])
  })

  it('applies to graphs this pipeline builds, not to a Yoast graph', () => {
    expect(contractApplies(valid(), 'auto')).toBe(true)
    const yoast = JSON.parse(fs.readFileSync(path.join(fixtures, 'yoast/yoast-news.jsonld'), 'utf8'))
    expect(contractApplies(yoast, 'auto')).toBe(false)
    expect(contractApplies(yoast, 'on')).toBe(true)
  })
})

describe('layers 1-4 together, as the build can run them', () => {
  it('the built article: warnings only (the author has no url/sameAs)', () => {
    expect(checkGraph(valid(), {contract: true}).map((problem) => `${problem.severity} ${problem.source}/${problem.ruleId}`))
      .toEqual(['warning google-article/google-author-url'])
  })
})

describe('layer 2: schema.org', () => {
  it('builds the vocabulary index once, from the package, with the pending terms we use', () => {
    const vocab = vocabulary()
    expect(vocabulary()).toBe(vocab)
    expect(vocab.typeCount).toBeGreaterThan(800)
    expect(vocab.isSubclassOf('NewsArticle', 'CreativeWork')).toBe(true)
    expect(vocab.isSubclassOf('Quotation', 'CreativeWork')).toBe(true)
    expect([...vocab.rangeOn(['Quotation'], 'spokenByCharacter')!.classes].sort()).toEqual(['Organization', 'Person'])
    expect(vocab.rangeOn(['Person'], 'wordCount')).toBeUndefined()
    for (const term of ['Quotation', 'spokenByCharacter', 'jobTitle']) expect(vocab.isAllowedPending(term)).toBe(true)
  })

  it('keeps the pending terms even if the package drops them', () => {
    const vocab = buildVocabulary([
      {title: 'Thing', properties: {name: {type: 'string'}}},
      {title: 'CreativeWork', allOf: [{$ref: 'schema:Thing'}], properties: {text: {type: 'string'}}},
      {title: 'Person', allOf: [{$ref: 'schema:Thing'}]},
      {title: 'Organization', allOf: [{$ref: 'schema:Thing'}]}
    ])
    expect(vocab.isSubclassOf('Quotation', 'CreativeWork')).toBe(true)
    expect(vocab.rangeOn(['Person'], 'jobTitle')?.data.has('Text')).toBe(true)
  })

  it('types, properties, domains and ranges', () => {
    expect(schemaOrg({'@context': 'https://schema.org', '@type': 'NewsArticel', headline: 'x'})).toEqual(['/@type schema-org-unknown-type'])
    expect(schemaOrg({'@context': 'https://schema.org', '@type': 'NewsArticle', headLine: 'x'})).toEqual(['/headLine schema-org-unknown-property'])
    expect(checkSchemaOrg({'@context': 'https://schema.org', '@type': 'NewsArticle', headLine: 'x'})[0].reason).toContain('did you mean `headline`?')
    expect(schemaOrg({'@context': 'https://schema.org', '@type': 'Place', jobTitle: 'Mayor'})).toEqual(['/jobTitle schema-org-domain'])
    expect(schemaOrg({'@context': 'https://schema.org', '@type': 'Article', wordCount: [12, 1.5, '7']})).toEqual(['/wordCount/1 schema-org-range'])
    expect(schemaOrg({'@context': 'https://schema.org', '@type': 'Article', author: 'Jane Doe'})).toEqual(['/author schema-org-range'])
    expect(schemaOrg({'@context': 'https://schema.org', '@type': 'Article', author: {'@type': 'Place', name: 'x'}})).toEqual(['/author schema-org-range'])
    expect(schemaOrg({'@context': 'http://example.org/', '@type': 'Article'})).toEqual([' schema-org-context'])
  })

  it('accepts what schema.org and Google accept', () => {
    expect(schemaOrg({
      '@context': 'https://schema.org',
      '@type': ['Article', 'NewsArticle'],
      author: [{'@type': 'Person', name: 'Jane Doe', url: 'https://example.org/jane'}, 'https://example.org/john'],
      copyrightYear: '2024',
      image: {'@type': 'ImageObject', url: 'https://example.org/a.jpg', width: 1200, height: '675'},
      'dc:title': 'ignored: another vocabulary',
      potentialAction: {'@type': 'SearchAction', target: 'https://example.org/?s={q}', 'query-input': 'required name=q'},
      contributor: {'@type': 'Role', roleName: 'photographer'}
    })).toEqual([])
    // A node said twice: JSON-LD merges them by @id.
    expect(schemaOrg({'@context': 'https://schema.org', '@graph': [
      {'@type': 'Person', '@id': `${page}#jo`, name: 'Jo'},
      {'@id': `${page}#jo`, jobTitle: 'Mayor'},
      {'@id': `${page}#nobody`, name: 'Untyped'}
    ]})).toEqual(['/@graph/2 schema-org-missing-type'])
  })
})

describe('layer 3: Google article rules', () => {
  const article = (extra: Record<string, unknown>) => ({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A headline', image: ['https://example.org/a.jpg'],
    datePublished: '2024-05-02T08:15:00Z', dateModified: '2024-05-02T09:00:00Z',
    author: [{'@type': 'Person', name: 'Jane Doe', url: 'https://example.org/jane'}], ...extra
  })

  it('a complete article: nothing', () => {
    expect(google(article({}))).toEqual([])
  })

  it('missing recommended properties are warnings', () => {
    expect(google({'@context': 'https://schema.org', '@type': 'BlogPosting'})).toEqual([
      'warning  google-headline-missing', 'warning  google-image-missing', 'warning  google-date-published-missing',
      'warning  google-date-modified-missing', 'warning  google-author-missing'
    ])
  })

  it('a graph without an article: one warning, the rules not applied', () => {
    expect(google({'@context': 'https://schema.org', '@type': 'WebPage', name: 'Home'})).toEqual(['warning  google-article-missing'])
  })

  it('headline: 110 characters pass, 111 do not', () => {
    expect(google(article({headline: 'x'.repeat(110)}))).toEqual([])
    expect(google(article({headline: 'é'.repeat(111)}))).toEqual(['error /headline google-headline-length'])
  })

  it('dates: ISO 8601, a real day; a time without timezone is a warning', () => {
    expect(google(article({datePublished: '2017-02-30'}))).toEqual(['error /datePublished google-date-format'])
    expect(google(article({datePublished: '2024-05-02T08:15'}))).toEqual(['warning /datePublished google-date-timezone'])
    expect(google(article({dateModified: '2024-05-01'}))).toEqual(['warning /dateModified google-date-order'])
  })

  it('one person per author entry, only the name', () => {
    const named = (name: string) => google(article({author: {'@type': 'Person', name, sameAs: 'https://example.org/p'}}))
    expect(named('Sammy Davis, Jr.')).toEqual([])
    expect(named('Jane Doe, John Roe')).toEqual(['error /author/name google-author-multiple'])
    expect(named('Jane Doe & John Roe')).toEqual(['error /author/name google-author-multiple'])
    expect(named('By Jane Doe')).toEqual(['error /author/name google-author-name-extra'])
  })

  it('image URLs are absolute, also through an ImageObject node', () => {
    const graph = {'@context': 'https://schema.org', '@graph': [
      article({image: {'@id': `${page}#image`}}),
      {'@type': 'ImageObject', '@id': `${page}#image`, url: '/img/a.jpg'}
    ]}
    expect(google(graph)).toEqual(['error /@graph/1/url google-image-url'])
    expect(google(article({image: 'javascript:alert(1)'}))).toEqual(['error /image google-image-url'])
  })
})

describe('layer 4: graph integrity', () => {
  const integrity = (document: unknown) => brief(checkGraphIntegrity(document, indexGraph(document)))

  it('references resolve; one node per @id; quotations quote the body', () => {
    expect(integrity(valid())).toEqual([])
    expect(integrity({'@context': 'https://schema.org', '@graph': [
      {'@type': 'NewsArticle', '@id': `${page}#article`, articleBody: 'She said “we will build it” on Monday.', about: {'@id': `${page}#x`}},
      {'@type': 'Quotation', '@id': `${page}#quote-1`, text: 'we will build it', isPartOf: {'@id': `${page}#article`}},
      {'@type': 'Quotation', '@id': `${page}#quote-2`, text: 'we will not', isPartOf: {'@id': `${page}#article`}},
      {'@type': 'Person', '@id': `${page}#quote-1`, name: 'Clash'}
    ]})).toEqual([
      '/@graph/0/about/@id graph-dangling-reference',
      '/@graph/3/@id graph-duplicate-id',
      '/@graph/2/text graph-quotation-not-in-body'
    ])
  })
})

describe('JSON pointer -> line:column', () => {
  const text = '{\n  "a/b": [1, {"c": 2}],\n  "d": "x"\n}\n'

  it('points at the member (its key) or the element', () => {
    const positions = new JsonPositions(text)
    expect(positions.locate('/a~1b/1/c').start).toEqual({line: 2, column: 15, offset: 16})
    expect(positions.locate('/d').start).toMatchObject({line: 3, column: 3})
    expect(positions.locate('/a~1b/0').start).toMatchObject({line: 2, column: 11})
  })

  it('falls back to the nearest existing ancestor', () => {
    expect(new JsonPositions(text).locate('/d/missing').start).toMatchObject({line: 3, column: 3})
  })

  it('shifts into the file the JSON sits in', () => {
    const positions = new JsonPositions('{"a": 1}', {line: 18, column: 36, offset: 900})
    expect(positions.locate('/a').start).toEqual({line: 18, column: 37, offset: 901})
  })
})
