import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import parseWireText from '../pipeline/parse-wire-text.ts'
import {readDateline} from '../pipeline/read-dateline.ts'
import {defaultConfig} from '../pipeline/config.ts'

/** Parses `value` and returns the file (article data, messages) and paragraph texts. */
function parse(value: string | Uint8Array, config = defaultConfig) {
  const file = new VFile({value, path: 'a.txt'})
  const tree = unified().use(parseWireText, {config}).parse(file) as import('mdast').Root
  const text = String(file.value)
  const paragraphs = file.data.article!.paragraphs.map((p) => text.slice(p.start, p.end))
  return {file, tree, paragraphs, meta: file.data.article!.meta}
}

function failure(value: string | Uint8Array, config = defaultConfig) {
  try {
    parse(value, config)
  } catch (error) {
    return error as {ruleId: string; reason: string; line?: number; column?: number}
  }
  throw new Error('expected the article to be refused')
}

describe('date marker', () => {
  it('reads a marker on the same line as the lead (the seed shape)', () => {
    const {meta, paragraphs} = parse(' date 2017-06-30 Lead paragraph here.\n\nSecond one.')
    expect(meta.datePublished).toBe('2017-06-30')
    expect(paragraphs).toEqual(['Lead paragraph here.', 'Second one.'])
  })

  it('reads a marker on its own line, then a title line', () => {
    const {meta, paragraphs, file} = parse('date 2016-02-02\nTrump wins in Iowa\n\nDES MOINES, Iowa (AP) — He won.\n\nMore.')
    expect(meta.datePublished).toBe('2016-02-02')
    expect(meta.headline).toBe('Trump wins in Iowa')
    expect(meta.dateline).toMatchObject({text: 'DES MOINES, Iowa (AP) —', place: 'Des Moines, Iowa'})
    expect(paragraphs).toEqual(['DES MOINES, Iowa (AP) — He won.', 'More.'])
    expect(file.messages).toEqual([])
  })

  it('reads a two-line title as the headline and its deck', () => {
    const {meta, paragraphs} = parse('date 2016-01-12\nEvangelical Iowans flock to Cruz; \nDiligent effort to court faith-driven voters.\n\nDES MOINES — Text.')
    expect(meta.headline).toBe('Evangelical Iowans flock to Cruz')
    expect(meta.alternativeHeadline).toBe('Diligent effort to court faith-driven voters.')
    expect(paragraphs).toEqual(['DES MOINES — Text.'])
  })

  it('reads a title with an abbreviation, and no lead with a dateline as a title', () => {
    expect(parse('date 2015-11-19\nClinton calls on U.S. to lead\n\nText.').meta.headline).toBe('Clinton calls on U.S. to lead')
    const {meta, paragraphs} = parse('date 2017-06-30\nPORTLAND, Maine (AP) — The bridge reopened, officials said.\n\nMore.')
    expect(meta.headline).toBeUndefined()
    expect(paragraphs).toHaveLength(2)
  })

  it('refuses an impossible date instead of rolling it over', () => {
    const error = failure('date 2017-02-30\nTitle\n\nBody.')
    expect(error.ruleId).toBe('date-impossible')
    expect([error.line, error.column]).toEqual([1, 6])
  })

  it('refuses a malformed date', () => {
    expect(failure('date 30/06/2017\n\nBody.').ruleId).toBe('date-malformed')
  })

  it('warns when the marker is missing, or refuses by option', () => {
    const {file, meta} = parse('Just a paragraph.\n\nAnother one.')
    expect(meta.datePublished).toBeUndefined()
    expect(file.messages.map((m) => m.ruleId)).toEqual(['date-missing'])
    expect(failure('Just text.', {...defaultConfig, requireDate: true}).ruleId).toBe('date-missing')
  })

  it('warns about a date more than a day after the build', () => {
    const {file} = parse('date 2999-01-01\n\nBody.', {...defaultConfig, now: '2026-11-26T00:00:00Z'})
    expect(file.messages.map((m) => m.ruleId)).toEqual(['date-future'])
  })
})

describe('front matter', () => {
  it('gives metadata the text cannot, overriding inferred values', () => {
    const {meta, paragraphs} = parse([
      '---',
      'headline: Storm hits the coast',
      'author: [Jane Doe, John Roe]',
      'url: https://news.example.org/2017/storm',
      'section: Weather',
      'image: https://news.example.org/storm.jpg',
      'dateModified: 2017-07-01T10:00:00Z',
      'keywords: storm, coast',
      '---',
      'date 2017-06-30',
      'A title line that is not used',
      '',
      'The storm came.'
    ].join('\n'))
    expect(meta).toMatchObject({
      headline: 'Storm hits the coast',
      authors: ['Jane Doe', 'John Roe'],
      url: 'https://news.example.org/2017/storm',
      section: 'Weather',
      images: ['https://news.example.org/storm.jpg'],
      dateModified: '2017-07-01T10:00:00Z',
      keywords: ['storm', 'coast'],
      datePublished: '2017-06-30'
    })
    expect(paragraphs).toEqual(['The storm came.'])
  })

  it('refuses unclosed front matter', () => {
    expect(failure('---\nheadline: x\n\nBody').ruleId).toBe('front-matter-unclosed')
  })
})

describe('text stays text', () => {
  it('keeps markdown and HTML characters exactly', () => {
    const body = ['# Not a heading', '1984. Not a list', '> not a quote', '    not code', '<script>alert(1)</script>', '[x](javascript:alert(1)) \\*a\\* `b`  ']
    const {paragraphs, tree} = parse('date 2017-06-30\nA title\n\n' + body.join('\n\n'))
    expect(paragraphs).toEqual(body.map((line) => line.trim()))
    expect(tree.children.every((child) => child.type === 'paragraph')).toBe(true)
  })

  it('normalises BOM and CRLF, removes control characters with a warning', () => {
    const {paragraphs, file} = parse('\uFEFFdate 2017-06-30\r\n\r\nOne\u0000 two\rthree\u202E.')
    expect(paragraphs).toEqual(['One two\nthree.'])
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['removed-character', 3, 4],
      ['removed-character', 4, 6]
    ])
  })

  it('refuses invalid UTF-8 naming the byte offset', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('date 2017-06-30\n\nab'), 0xff, 0x41])
    const error = failure(bytes)
    expect(error.ruleId).toBe('invalid-utf8')
    expect(error.reason).toContain('byte 19')
    expect([error.line, error.column]).toEqual([3, 3])
  })

  it('refuses empty and whitespace-only articles', () => {
    expect(failure('').ruleId).toBe('empty-article')
    expect(failure('  \n\t\n ').ruleId).toBe('empty-article')
    expect(failure('date 2017-06-30\n\n').ruleId).toBe('empty-article')
  })
})

describe('dateline', () => {
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['WASHINGTON — The vote was close.', 'WASHINGTON —', 'Washington'],
    ['NEW YORK, Nov. 19 (UPI) — Former Secretary', 'NEW YORK, Nov. 19 (UPI) —', 'New York'],
    ['COLUMBIA, S.C. (AP) — The Latest', 'COLUMBIA, S.C. (AP) —', 'Columbia, S.C.'],
    ['The senator — a Democrat — said', undefined, undefined],
    ['US officials say — again — no', undefined, undefined]
  ]
  for (const [lead, text, place] of cases) {
    it(`reads ${JSON.stringify(lead.slice(0, 20))}`, () => {
      const dateline = readDateline(lead, 0, lead.length)
      expect(dateline?.text).toBe(text)
      expect(dateline?.place).toBe(place)
    })
  }
})

describe('segment-sentences chunks', () => {
  it('parses a huge paragraph in pieces cut after a sentence end, and a normal one whole', async () => {
    const {chunks} = await import('../pipeline/segment-sentences.ts')
    const sentence = 'Word and more words follow here. '
    const text = sentence.repeat(2000)
    const pieces = chunks(text, 0, text.length)
    expect(pieces.length).toBeGreaterThan(2)
    expect(pieces[0].start).toBe(0)
    expect(pieces.at(-1)!.end).toBe(text.length)
    for (const [index, piece] of pieces.entries()) {
      expect(piece.end - piece.start).toBeLessThanOrEqual(20_000)
      if (index > 0) expect(piece.start).toBe(pieces[index - 1].end)
      if (index < pieces.length - 1) expect(text.slice(piece.end - 1, piece.end + 1)).toBe('. ')
    }
    expect(chunks('Short.', 0, 6)).toEqual([{start: 0, end: 6}])
    const astral = '😀'.repeat(15_000)
    for (const piece of chunks(astral, 0, astral.length)) expect(astral.charCodeAt(piece.start) & 0xfc00).not.toBe(0xdc00)
  })
})
