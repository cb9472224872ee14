/**
 * The three ways to run a batch give the same result: in this thread, on
 * worker threads, and as a JSON-lines stream.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {collectInputs} from '../pipeline/collect-inputs.ts'
import {defaultConfig} from '../pipeline/config.ts'
import {runBatch, separateClashes} from '../pipeline/run-batch.ts'
import {runParallel} from '../pipeline/run-parallel.ts'
import {runStream} from '../pipeline/run-stream.ts'

const config = {...defaultConfig, now: '2026-11-26T00:00:00Z'}
const good = (n: number) => `date 2017-06-30\nStory ${n}\n\n“We are ready,” Mayor Jane Roe said on Monday.\n\nThe vote is on Tuesday.`

function corpus(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'run-modes-'))
  fs.mkdirSync(path.join(folder, 'in', 'sub'), {recursive: true})
  for (let n = 0; n < 6; n++) fs.writeFileSync(path.join(folder, 'in', n % 2 ? 'sub' : '', `a${n}.txt`), good(n))
  fs.writeFileSync(path.join(folder, 'in', 'bad.txt'), 'date 2017-02-30\n\nText.')
  return folder
}

function tree(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else files[path.relative(folder, full)] = fs.readFileSync(full, 'utf8')
    }
  }
  walk(folder)
  return files
}

describe('run modes', () => {
  it('builds the same files in this thread and on workers, the bad article failing alone', async () => {
    const folder = corpus()
    const {inputs} = collectInputs([path.join(folder, 'in')])
    expect(inputs.map((input) => input.slug)).toEqual(['a0', 'a2', 'a4', 'bad', 'sub/a1', 'sub/a3', 'sub/a5'])
    const serial = runBatch(inputs, path.join(folder, 'serial'), config)
    const parallel = await runParallel(inputs, path.join(folder, 'parallel'), config, 2)
    expect([serial.written, serial.failed]).toEqual([6, 1])
    expect([parallel.written, parallel.failed]).toEqual([6, 1])
    expect(parallel.files.map((file) => file.messages.map(String))).toEqual(serial.files.map((file) => file.messages.map(String)))
    const written = tree(path.join(folder, 'serial'))
    expect(Object.keys(written).sort()).toEqual(['a0.html', 'a0.jsonld', 'a2.html', 'a2.jsonld', 'a4.html', 'a4.jsonld',
      'sub/a1.html', 'sub/a1.jsonld', 'sub/a3.html', 'sub/a3.jsonld', 'sub/a5.html', 'sub/a5.jsonld'])
    expect(tree(path.join(folder, 'parallel'))).toEqual(written)
  })

  it('reports a second input for the same output instead of overwriting', () => {
    const {unique, clashes} = separateClashes([{path: 'a/x.txt', slug: 'x'}, {path: 'b/x.txt', slug: 'x'}])
    expect(unique).toEqual([{path: 'a/x.txt', slug: 'x'}])
    expect(clashes.map((file) => [file.path, file.messages[0].ruleId, file.messages[0].fatal])).toEqual([['b/x.txt', 'output-clash', true]])
  })

  it('streams JSON lines in and out, in order, a bad line failing alone', async () => {
    const input = new PassThrough()
    const output = new PassThrough()
    const chunks: string[] = []
    output.on('data', (chunk) => chunks.push(String(chunk)))
    input.end([JSON.stringify({path: 'one.txt', text: good(1)}), 'not json', JSON.stringify({path: 'two.txt', text: good(2)}), ''].join('\n'))
    const summary = await runStream(input, output, config)
    const records = chunks.join('').trim().split('\n').map((line) => JSON.parse(line))
    expect(summary).toEqual({written: 2, failed: 1})
    expect(records.map((record) => [record.path, record.ok])).toEqual([['one.txt', true], ['stdin:2', false], ['two.txt', true]])
    expect(records[0].jsonld['@graph'][0].headline).toBe('Story 1')
    expect(records[0].html.startsWith('<!doctype html>')).toBe(true)
    expect(records[1].messages[0].ruleId).toBe('stream-input')
  })
})
