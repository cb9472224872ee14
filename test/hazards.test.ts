/**
 * One test per hazard of issue 4. Each fixture in `test/hazards/` is an input
 * (`<name>.txt`, raw bytes) and what must happen to it (`<name>.json`):
 * refused with a rule and a position, or written with its text intact. Every
 * written one is also held to rules 2-4 by `expectTextKept` (safe HTML, text
 * never markup and never dropped, embedded JSON-LD equal to the file's).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {PipelineConfig} from '../pipeline/config.ts'
import {build, expectRefused, expectTextKept, hazardMessages, squash, testConfig} from './hazards/check.ts'
import {generatedHazards} from './hazards/generated.ts'
import {regexLiterals, worstCharacters, type RegexLiteral} from './hazards/regexes.ts'
import {checkSync} from 'recheck'
import {buildContext} from '../pipeline/speaker-context.ts'
import {createWord, kindCode} from '../pipeline/words.ts'
import {emptyArticle} from '../pipeline/types.ts'

interface Expected {
  hazard: string
  config?: Partial<PipelineConfig>
  refused?: {ruleId: string; line?: number; column?: number}
  /** Exact messages of the parsing stages, as `ruleId line:column`. */
  messages?: string[]
  /** Substrings of the visible body text (whitespace collapsed). */
  visible?: string[]
  headline?: string
  datePublished?: string
  paragraphs?: number
}

const folder = path.join(import.meta.dirname, 'hazards')
const fixtures = fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()

/** Builds a fixture and checks what its `.json` says, plus rules 1-4. */
function runFixture(name: string) {
  const input = new Uint8Array(fs.readFileSync(path.join(folder, name)))
  const expected: Expected = JSON.parse(fs.readFileSync(path.join(folder, name.replace(/\.txt$/, '.json')), 'utf8'))
  const config = {...testConfig, ...expected.config}
  const built = build(input, config, name)
  if (expected.refused) {
    const {ruleId, line, column} = expected.refused
    expectRefused(built, ruleId, line === undefined ? undefined : {line, column: column!})
    return {built, expected}
  }
  expect(built.refusal, `unexpected refusal: ${built.refusal?.message}`).toBeUndefined()
  const checked = expectTextKept(built, input)
  if (expected.messages) expect(hazardMessages(built.file)).toEqual(expected.messages)
  if (expected.paragraphs !== undefined) expect(built.file.data.article!.paragraphs.length).toBe(expected.paragraphs)
  const visible = checked.visible.join('\n\n')
  for (const fragment of expected.visible ?? []) expect(visible).toContain(squash(fragment))
  if (expected.headline !== undefined) expect(checked.headline).toBe(expected.headline)
  if (expected.datePublished !== undefined) expect(checked.newsArticle.datePublished).toBe(expected.datePublished)
  return {built, expected, ...checked}
}

describe('hazard fixtures (test/hazards/*.txt)', () => {
  expect(fixtures.length).toBeGreaterThan(40)
  for (const name of fixtures) {
    const expected: Expected = JSON.parse(fs.readFileSync(path.join(folder, name.replace(/\.txt$/, '.json')), 'utf8'))
    it(`${name.replace(/\.txt$/, '')}: ${expected.hazard}`, () => {
      runFixture(name)
    })
  }
})

describe('hazards, specific checks', () => {
  it('markup in the title line is text in <title>, og:title and the JSON-LD headline', () => {
    const {built, tree} = runFixture('markup-title-line.txt') as ReturnType<typeof runFixture> & {tree: import('hast').Root}
    expect(built.html).toContain("<title>&#x3C;script>alert('title')&#x3C;/script> &#x26; &#x3C;b>bold&#x3C;/b></title>")
    expect(built.file.data.article!.meta.headline).toBe("<script>alert('title')</script> & <b>bold</b>")
    expect(tree).toBeDefined()
  })

  it('a link in the text never becomes an href (only mentions link, to fragments)', () => {
    for (const name of ['url-markdown-link.txt', 'url-autolink.txt', 'url-reference.txt', 'url-obfuscated.txt']) {
      const {built} = runFixture(name)
      const hrefs = [...built.html!.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1])
      expect(hrefs.filter((href) => !href.startsWith('#') && !href.startsWith('https://news.example.org/'))).toEqual([])
    }
  })

  it('the embedded JSON-LD escapes < > & U+2028 U+2029 and has no way out of its script', () => {
    const {built} = runFixture('jsonld-script-close.txt')
    const html = built.html!
    const start = html.indexOf('<script type="application/ld+json">') + '<script type="application/ld+json">'.length
    const end = html.indexOf('</script>', start)
    const script = html.slice(start, end)
    expect(script).not.toMatch(/<\/?script|<!--|[\u2028\u2029]/i)
    expect(script).toContain('\\u003c/script\\u003e')
    expect(html.slice(end + 9).match(/<\/?script/gi)).toBeNull()
    expect(JSON.parse(built.jsonld!)['@graph'][0].headline).toBe('Council hears </script><script>alert(1)</script>')
  })

  it('removed characters are reported, one warning per run, at their place', () => {
    const {built} = runFixture('enc-controls.txt')
    const reasons = built.file.messages.filter((m) => m.ruleId === 'removed-character').map((m) => `${m.line}:${m.column} ${m.reason}`)
    expect(reasons).toEqual([
      '4:6 Unexpected control, bidi or noncharacter U+0000, removed',
      '4:20 Unexpected control, bidi or noncharacter U+0007, removed',
      '4:33 Unexpected control, bidi or noncharacter U+001B, removed',
      '4:41 Unexpected control, bidi or noncharacter U+001B, removed',
      '4:52 Unexpected control, bidi or noncharacter U+007F, removed',
      '6:5 Unexpected control, bidi or noncharacter U+0085, removed',
      '6:29 Unexpected control, bidi or noncharacter U+000C, removed',
      '6:49 Unexpected control, bidi or noncharacter U+000B, removed'
    ])
  })

  it('bidi overrides and isolates are removed and reported', () => {
    const {built} = runFixture('enc-bidi.txt')
    const reasons = built.file.messages.filter((m) => m.ruleId === 'removed-character').map((m) => `${m.line}:${m.column} ${m.reason}`)
    expect(reasons).toEqual([
      '4:27 Unexpected control, bidi or noncharacter U+202E, removed',
      '4:40 Unexpected control, bidi or noncharacter U+2066, removed',
      '4:49 Unexpected control, bidi or noncharacter U+2069, removed',
      '4:57 Unexpected control, bidi or noncharacter U+202A, removed',
      '4:66 Unexpected control, bidi or noncharacter U+202C, removed'
    ])
  })

  it('an inferred headline and the description never cut an astral character in half', () => {
    const {headline, description} = runFixture('enc-astral-headline.txt') as ReturnType<typeof runFixture> & {headline: string; description: string}
    expect(headline).toBe('x'.repeat(109) + '😀')
    expect(description.startsWith('x'.repeat(109) + '😀😀😀')).toBe(true)
    const lead = runFixture('enc-astral-description.txt') as ReturnType<typeof runFixture> & {description: string}
    expect(lead.description).toBe('🎉'.repeat(160))
  })

  it('an inferred headline never splits a grapheme (flag, ZWJ sequence) at the cut', () => {
    const lead = 'x'.repeat(109) + '🇺🇸🇺🇸 tail and more words so that it is long. Another sentence.'
    const built = build(`date 2017-06-30\n${lead}\n\nSecond paragraph.\n`)
    const headline = built.file.data.article!.meta.headline!
    expect(headline.endsWith('x') || headline.endsWith('🇺🇸')).toBe(true)
  })

  it('a future date is published with a warning, or refused by option', () => {
    const {built} = runFixture('date-future.txt')
    expect(built.file.messages.find((m) => m.ruleId === 'date-future')?.reason).toBe(
      'Unexpected publication date `2999-01-01` more than a day after the build, expected a past date')
  })

  it('a string (API input) with half a surrogate pair is refused, at its place', () => {
    const built = build('date 2017-06-30\nTitle\n\nCut \ud83d here.\n')
    expectRefused(built, 'invalid-utf8', {line: 4, column: 5})
    expect(built.refusal!.reason).toBe('Unexpected lone surrogate U+D83D at character 27, expected well-formed Unicode text')
  })

  it('invalid UTF-8 is placed by character column, after multi-byte characters on its line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('date 2017-06-30\nT\n\n“é” '), 0xff])
    expectRefused(build(bytes), 'invalid-utf8', {line: 4, column: 5})
  })

  it('alternating control characters give at most 101 warnings, the last counting the rest', () => {
    const built = build('date 2017-06-30\nTitle\n\n' + 'a\u0000'.repeat(5_000) + '\n')
    const removed = built.file.messages.filter((m) => m.ruleId === 'removed-character')
    expect(removed.length).toBe(101)
    expect(removed[100].reason).toBe('Unexpected 4900 more runs of control, bidi or noncharacters, removed')
    expect([removed[100].line, removed[100].column]).toEqual([4, 202])
    expect(built.text).toBe('date 2017-06-30\nTitle\n\n' + 'a'.repeat(5_000) + '\n')
  })

  it('an over-size article is refused with the size and the option named', () => {
    const {built} = runFixture('size-over-limit.txt')
    expect(built.refusal!.reason).toMatch(/^Unexpected article of \d+ bytes, expected at most 100 \(the `maxBytes` option\)$/)
  })
})

describe('stages on one giant sentence (no stack overflow)', () => {
  it('attribute-speakers context: 200,000 words in one sentence (was `push(...words)`: RangeError)', () => {
    const count = 200_000
    const words = Array.from({length: count}, (_, index) => createWord(index * 5, index * 5 + 4, 'Word', 0, kindCode.word))
    const text = 'Word '.repeat(count)
    const article = {
      ...emptyArticle('en'),
      paragraphs: [{index: 0, start: 0, end: text.length}],
      sentences: [{start: 0, end: text.length, paragraph: 0}]
    }
    expect(() => buildContext(article, text, [words])).not.toThrow()
  })
})

describe('generated hazards (large and repetitive inputs)', () => {
  for (const hazard of generatedHazards) {
    it(`${hazard.name}: ${hazard.hazard}`, () => {
      const input = hazard.make()
      const started = performance.now()
      const built = build(input, {...testConfig, ...hazard.config}, hazard.name + '.txt')
      const seconds = (performance.now() - started) / 1000
      expect(seconds, 'build time (s)').toBeLessThan(hazard.maxSeconds)
      if (hazard.refused) {
        expectRefused(built, hazard.refused.ruleId)
        return
      }
      expect(built.refusal, `unexpected refusal: ${built.refusal?.message}`).toBeUndefined()
      expectTextKept(built, input)
      if (hazard.paragraphs !== undefined) expect(built.file.data.article!.paragraphs.length).toBe(hazard.paragraphs)
    })
  }
})

describe('rule 6: every regular expression in pipeline/ is linear', () => {
  const root = path.join(import.meta.dirname, '..')
  const {literals, constructed} = regexLiterals(root)
  /**
   * Known super-linear regexes, each with why it is tolerated for now. A new
   * one fails the test; a fixed one must be taken off this list (a stale entry
   * fails too).
   */
  const tolerated: Array<{file: string; source: string; why: string}> = [
    {file: 'pipeline/infer-headline.ts', source: '[\\s,;:—–-]+$', why: 'cutAtWord applies it to at most maxLength + 1 characters (110 or 160): bounded'}
  ]
  // A regex whose input the code bounds says so where it stands: `// regex-bounded: <why>`.
  const isTolerated = (literal: RegexLiteral) => literal.bounded !== undefined || tolerated.some((entry) => entry.file === literal.file && entry.source === literal.source)

  it('finds the regex literals (and no RegExp built at run time)', () => {
    expect(literals.length).toBeGreaterThan(50)
    expect(constructed).toEqual([])
  })

  it('a `regex-bounded:` comment is read from the line of the regex or the line above', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'regexes-'))
    fs.mkdirSync(path.join(scratch, 'pipeline'))
    fs.writeFileSync(path.join(scratch, 'pipeline', 'x.ts'), [
      '// regex-bounded: at most 40 characters (lookBack)',
      "const a = 'x'.replace(/,?\\s*$/, '')",
      "const b = /\\S+$/ // regex-bounded: the last word of 40 characters",
      'const c = /a+b/g'
    ].join('\n'))
    const found = regexLiterals(scratch).literals.map((literal) => [literal.source, literal.bounded])
    fs.rmSync(scratch, {recursive: true})
    expect(found).toEqual([[',?\\s*$', 'at most 40 characters (lookBack)'], ['\\S+$', 'the last word of 40 characters'], ['a+b', undefined]])
    for (const literal of literals.filter((l) => l.bounded !== undefined)) expect(literal.bounded!.length, `${literal.file}:${literal.line}`).toBeGreaterThan(10)
  })

  it('recheck finds no super-linear regex but the tolerated ones (automaton checker)', () => {
    const vulnerable: string[] = []
    for (const literal of literals) {
      const result = checkSync(literal.source, literal.flags, {checker: 'automaton', timeout: 2_000})
      if (result.status === 'vulnerable' && !isTolerated(literal)) {
        vulnerable.push(`${literal.file}:${literal.line} /${literal.source}/${literal.flags}: ${result.complexity.summary}, attack ${result.attack.pattern}`)
      }
    }
    expect(vulnerable).toEqual([])
    for (const entry of tolerated) {
      expect(literals.some((literal) => literal.file === entry.file && literal.source === entry.source), `stale tolerated entry ${entry.source}`).toBe(true)
    }
  })

  it('each regex runs on 50,000 repetitions of each of its worst characters in under 250 ms (a quadratic one takes seconds)', () => {
    const slow: string[] = []
    for (const literal of literals) {
      if (isTolerated(literal)) continue
      const regex = new RegExp(literal.source, literal.flags.replace(/[gy]/g, ''))
      for (const char of worstCharacters(literal.source)) {
        for (const subject of [char.repeat(50_000), char.repeat(50_000) + '\u0000']) {
          const started = performance.now()
          regex.exec(subject)
          const ms = performance.now() - started
          if (ms > 250) slow.push(`${literal.file}:${literal.line} /${literal.source}/ on ${JSON.stringify(char)} x 50,000: ${Math.round(ms)} ms`)
        }
      }
    }
    expect(slow).toEqual([])
  })
})
