/**
 * The CLI as a user runs it (`tsx pipeline/cli.ts build ...` in a child
 * process): exit codes, messages naming the file and the position, the rest
 * of a batch written, no stale output after a failed rebuild, output clashes,
 * and atomic writes (an interrupted run leaves no half-written file; a re-run
 * finishes the job).
 */
import {execFile, spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {removeLeftovers, writeAtomically} from '../pipeline/write-output.ts'

const root = path.join(import.meta.dirname, '..')
const cli = path.join(root, 'pipeline', 'cli.ts')
// The tsx loader by path: the CLI runs in a temporary folder, where `--import tsx` would not resolve.
const tsx = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-cli-'))
afterAll(() => fs.rmSync(work, {recursive: true, force: true}))

const good = (title: string) => `date 2017-06-30\n${title}\n\nJACKSON, Miss. (AP) — “We will not comply,” Delbert Hosemann said on Wednesday.\n\nMore text.\n`

/** Runs the CLI in `cwd`; resolves to its exit code and output, never rejects. */
async function run(args: string[], cwd: string): Promise<{code: number; stderr: string; stdout: string}> {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, ['--import', tsx, cli, ...args], {cwd, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code: number; stdout: string; stderr: string}
    return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr}
  }
}

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = path.join(work, name)
  for (const [file, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
    fs.writeFileSync(path.join(dir, file), contents)
  }
  return dir
}

const listing = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, {recursive: true}).map(String).sort() : [])

describe('cli build', () => {
  it('writes the rest of a batch, names each failed file with position and reason, exits 1', async () => {
    const dir = folder('batch', {
      'in/a.txt': good('First story'),
      'in/b-bad-bytes.txt': new Uint8Array([...new TextEncoder().encode('date 2017-06-30\nTitle\n\nBad '), 0xff, 0x0a]),
      'in/c-bad-date.txt': 'date 2017-02-30\nTitle\n\nBody.\n',
      'in/d-empty.txt': '  \n\n',
      'in/e.txt': good('Last story')
    })
    const {code, stderr} = await run(['build', 'in', '--out', 'out', '--jobs', '1'], dir)
    expect(code).toBe(1)
    expect(stderr).toMatch(/in\/b-bad-bytes\.txt\n\s*4:5\s+error\s+Unexpected invalid UTF-8 at byte 27, expected a UTF-8 encoded text\s+invalid-utf8/)
    expect(stderr).toMatch(/in\/c-bad-date\.txt\n\s*1:6-1:16\s+error\s+Unexpected impossible date `2017-02-30`, expected a day that exists\s+date-impossible/)
    expect(stderr).toMatch(/in\/d-empty\.txt\n\s*1:1\s+error\s+Unexpected empty article, expected text\s+empty-article/)
    expect(stderr).toContain('2 written, 3 failed, to out/')
    expect(listing(path.join(dir, 'out'))).toEqual(['a.html', 'a.jsonld', 'e.html', 'e.jsonld'])
  })

  it('builds input/ into output/ without arguments (what `npm run build` runs), and only the paths given otherwise', async () => {
    const dir = folder('defaults', {'input/one.txt': good('One'), 'other/two.txt': good('Two')})
    expect((await run(['build'], dir)).code).toBe(0)
    expect(listing(path.join(dir, 'output'))).toEqual(['one.html', 'one.jsonld'])
    expect((await run(['build', 'other', '--out', 'elsewhere'], dir)).code).toBe(0)
    expect(listing(path.join(dir, 'elsewhere'))).toEqual(['two.html', 'two.jsonld'])
  })

  it('removes the stale output of an article that fails on a rebuild, and leaves no temporary file', async () => {
    const dir = folder('stale', {'in/story.txt': good('A story')})
    expect((await run(['build', 'in', '--out', 'out'], dir)).code).toBe(0)
    expect(listing(path.join(dir, 'out'))).toEqual(['story.html', 'story.jsonld'])
    fs.writeFileSync(path.join(dir, 'in/story.txt'), 'date 2017-13-45\nBroken now\n\nBody.\n')
    const rebuilt = await run(['build', 'in', '--out', 'out'], dir)
    expect(rebuilt.code).toBe(1)
    expect(rebuilt.stderr).toContain('in/story.txt')
    expect(listing(path.join(dir, 'out'))).toEqual([])
  })

  it('refuses a second input for the same output, keeps the first, exits 1', async () => {
    const dir = folder('clash', {'one/story.txt': good('From one'), 'two/story.txt': good('From two')})
    const {code, stderr} = await run(['build', 'one', 'two', '--out', 'out'], dir)
    expect(code).toBe(1)
    expect(stderr).toMatch(/two\/story\.txt\n.*error\s+Unexpected second input for output `story` \(already built from `one\/story\.txt`\), expected distinct names\s+output-clash/)
    expect(fs.readFileSync(path.join(dir, 'out/story.html'), 'utf8')).toContain('<h1>From one</h1>')
  })

  it('exits 0 when every article is written, 2 on a usage error', async () => {
    const dir = folder('usage', {'in/ok.txt': good('Fine')})
    const [ok, missing, bogus] = await Promise.all([
      run(['build', 'in', '--out', 'out'], dir),
      run(['build', 'nowhere', '--out', 'out'], dir),
      run(['build', '--bogus'], dir)
    ])
    expect(ok.code).toBe(0)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('No such file or folder: nowhere')
    expect(bogus.code).toBe(2)
  })

  it('a run killed mid-batch leaves only complete files, and a re-run finishes the job', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 60; index++) files[`in/story-${String(index).padStart(2, '0')}.txt`] = good(`Story ${index}`) + 'Padding sentence here. '.repeat(50)
    const dir = folder('killed', files)
    const child = spawn(process.execPath, ['--import', tsx, cli, 'build', 'in', '--out', 'out', '--jobs', '1'], {cwd: dir, stdio: 'ignore'})
    // Kill once the first outputs appear: mid-batch, maybe mid-write.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (listing(path.join(dir, 'out')).length >= 4 || child.exitCode !== null) {
          clearInterval(poll)
          child.kill('SIGKILL')
          resolve()
        }
      }, 5)
    })
    await new Promise((resolve) => child.once('close', resolve))
    const out = path.join(dir, 'out')
    const finals = listing(out).filter((name) => !name.endsWith('.tmp'))
    expect(finals.length).toBeLessThan(120)
    for (const name of finals) {
      const text = fs.readFileSync(path.join(out, name), 'utf8')
      if (name.endsWith('.html')) expect(text.endsWith('</html>\n'), `${name} complete`).toBe(true)
      else expect(() => JSON.parse(text), `${name} complete`).not.toThrow()
    }
    // The killed run's temporary files (if the kill fell between write and rename) are swept, then the re-run completes.
    removeLeftovers(out)
    const rerun = await run(['build', 'in', '--out', 'out', '--jobs', '1'], dir)
    expect(rerun.code).toBe(0)
    expect(listing(out).length).toBe(120)
    expect(listing(out).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('atomic writes (write-output)', () => {
  it('writes all files of an article or none: when the second cannot be placed, the first is not left new beside an old second', () => {
    const dir = folder('atomic', {'out/a.html': 'old html', 'out/a.jsonld/blocker': 'a folder where a file should go'})
    expect(() => writeAtomically([
      {path: path.join(dir, 'out/a.html'), contents: 'new html'},
      {path: path.join(dir, 'out/a.jsonld'), contents: '{}'}
    ])).toThrow()
    // Never a new .html with an old (or no) .jsonld: the one renamed is taken back out.
    expect(fs.existsSync(path.join(dir, 'out/a.html'))).toBe(false)
    expect(listing(path.join(dir, 'out')).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('replaces complete files: the target holds the old or the new contents, never part of one', () => {
    const dir = folder('replace', {'out/b.html': 'old'})
    writeAtomically([{path: path.join(dir, 'out/b.html'), contents: 'new'.repeat(100_000)}])
    expect(fs.readFileSync(path.join(dir, 'out/b.html'), 'utf8')).toBe('new'.repeat(100_000))
    expect(listing(path.join(dir, 'out'))).toEqual(['b.html'])
  })

  it('makes a lazy text only when its file is written, after the files before it, and not at all when one before fails', () => {
    const dir = folder('lazy', {'out/file': 'a file where a folder should be'})
    const made: string[] = []
    writeAtomically([
      {path: path.join(dir, 'out/d.html'), contents: 'html'},
      {path: path.join(dir, 'out/d.jsonld'), contents: () => {
        made.push(fs.readdirSync(path.join(dir, 'out')).filter((name) => name.startsWith('d.html.')).length === 1 ? 'after the html' : 'too early')
        return '{}'
      }}
    ])
    expect(made).toEqual(['after the html'])
    expect(fs.readFileSync(path.join(dir, 'out/d.jsonld'), 'utf8')).toBe('{}')
    expect(() => writeAtomically([
      {path: path.join(dir, 'out/file/c.html'), contents: 'html'},
      {path: path.join(dir, 'out/c.jsonld'), contents: () => { made.push('made'); return '{}' }}
    ])).toThrow()
    expect(made).toEqual(['after the html'])
  })

  it('removeLeftovers sweeps temporary files of dead processes and keeps those of a live one', () => {
    const dir = folder('leftovers', {
      'out/a.html.999999999.0.tmp': 'half',
      'out/sub/b.jsonld.999999999.1.tmp': 'half',
      [`out/c.html.${process.pid}.0.tmp`]: 'mine, in progress',
      'out/d.html': 'final'
    })
    const removed = removeLeftovers(path.join(dir, 'out')).map((file) => path.relative(dir, file)).sort()
    expect(removed).toEqual(['out/a.html.999999999.0.tmp', 'out/sub/b.jsonld.999999999.1.tmp'])
    expect(listing(path.join(dir, 'out'))).toEqual([`c.html.${process.pid}.0.tmp`, 'd.html', 'sub'])
  })
})
