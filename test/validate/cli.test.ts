/**
 * The `validate` command: exit codes, the three report formats, what a
 * folder and a lone page are taken to mean.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {collectArticles, runValidate} from '../../pipeline/validate/cli.ts'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const relative = (file: string) => path.relative(process.cwd(), file)

let out: string[]
let err: string[]
beforeEach(() => {
  out = []
  err = []
  vi.spyOn(console, 'log').mockImplementation((text: string) => void out.push(String(text)))
  vi.spyOn(console, 'error').mockImplementation((text: string) => void err.push(String(text)))
})
afterEach(() => vi.restoreAllMocks())

describe('exit codes', () => {
  it('0 for a folder with no error (warnings allowed)', async () => {
    expect(await runValidate([relative(path.join(fixtures, 'valid'))])).toBe(0)
    expect(err.join('\n')).toContain('1 warning')
  })

  it('1 when any file has an error', async () => {
    expect(await runValidate([relative(path.join(fixtures, 'defects/relative-image'))])).toBe(1)
  })

  it('2 on a usage error: no path, an unknown format, a missing path, an empty folder', async () => {
    expect(await runValidate([])).toBe(2)
    expect(await runValidate([relative(path.join(fixtures, 'valid')), '--format', 'xml'])).toBe(2)
    expect(await runValidate(['no/such/folder'])).toBe(2)
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-'))
    expect(await runValidate([empty])).toBe(2)
    expect(err.at(-1)).toContain('No .jsonld or .html files')
  })

  it('--help prints the usage and exits 0', async () => {
    expect(await runValidate(['--help'])).toBe(0)
    expect(out[0]).toMatch(/^Usage: npm run validate -- <files or folders>/)
  })
})

describe('formats', () => {
  const image = relative(path.join(fixtures, 'defects/relative-image'))

  it('github: one workflow command per message, errors and warnings', async () => {
    await runValidate([image, '--format', 'github'])
    expect(out.join('\n').split('\n')).toEqual([
      `::error file=${image}/article.jsonld,line=25,col=9,endLine=25,endColumn=35,title=google-article%3Agoogle-image-url::Unexpected relative image URL \`"images/harbor-bridge.jpg"\`, expected an absolute http(s) URL (https://…)`,
      `::warning file=${image}/article.jsonld,line=63,col=5,endLine=67,title=google-article%3Agoogle-author-url::Unexpected author without \`url\` or \`sameAs\`, expected a link that identifies the author (recommended by Google)`
    ])
    expect(err).toEqual(['validate: 2 file(s), 1 error(s), 1 warning(s)'])
  })

  it('json: files with their messages', async () => {
    await runValidate([image, '--format', 'json'])
    const report = JSON.parse(out.join('\n')) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(report.map((file) => file.path)).toEqual([`${image}/article.jsonld`, `${image}/article.html`])
    expect(report[0].messages[0]).toEqual({
      severity: 'error', line: 25, column: 9, endLine: 25, endColumn: 35, source: 'google-article', ruleId: 'google-image-url',
      reason: 'Unexpected relative image URL `"images/harbor-bridge.jpg"`, expected an absolute http(s) URL (https://…)',
      url: 'https://developers.google.com/search/docs/appearance/structured-data/article'
    })
  })

  it('text: vfile-reporter lines with place, reason, rule and source', async () => {
    await runValidate([image])
    expect(err.join('\n')).toMatch(/25:9-25:35 +error +Unexpected relative image URL .* +google-image-url +google-article/)
  })
})

describe('what the paths mean', () => {
  it('a folder: every .jsonld below it, with the .html beside it', () => {
    const found = collectArticles([path.join(fixtures, 'defects')])
    expect(found).toHaveLength(19)
    expect(found.find((article) => article.jsonld?.includes('jsonld-alone'))).toEqual({
      jsonld: path.join(fixtures, 'defects/jsonld-alone/article.jsonld'), html: undefined
    })
  })

  it('a .jsonld that is not JSON: one error at the syntax error', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-'))
    fs.writeFileSync(path.join(folder, 'broken.jsonld'), '{\n  "@context": "https://schema.org",\n  "@type": "NewsArticle",\n}\n')
    expect(await runValidate([folder, '--format', 'json'])).toBe(1)
    const [file] = JSON.parse(out.join('\n')) as Array<{messages: Array<{line: number; column: number; ruleId: string}>}>
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['4:1 json-parse'])
  })

  it('a lone page is checked with the JSON-LD it embeds, placed in the page', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-'))
    const page = fs.readFileSync(path.join(fixtures, 'defects/relative-image/article.html'), 'utf8')
    fs.writeFileSync(path.join(folder, 'page.html'), page)
    expect(await runValidate([path.join(folder, 'page.html'), '--format', 'json'])).toBe(1)
    const [file] = JSON.parse(out.join('\n')) as Array<{messages: Array<{line: number; column: number; ruleId: string}>}>
    const image = file.messages.find((message) => message.ruleId === 'google-image-url')!
    // Line 18 holds the script; the column is inside it, at `"images/harbor-bridge.jpg"`.
    expect(image.line).toBe(18)
    expect(page.split('\n')[17].slice(image.column - 1)).toMatch(/^"images\/harbor-bridge\.jpg"/)
  })
})
