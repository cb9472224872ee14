/**
 * Builds a list of articles into an output folder: one fresh vfile per
 * article through one processor, outputs written atomically, a failed
 * article reported and its stale outputs removed while the rest go on.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {PipelineConfig} from './config.ts'
import type {InputArticle} from './collect-inputs.ts'
import {buildArticle, createProcessor, type ArticleProcessor, type ProcessorOptions} from './index.ts'
import {jsonldFileText} from './wrap-document.ts'
import {removeStale, writeAtomically} from './write-output.ts'

export interface BatchResult {
  files: VFile[]
  written: number
  failed: number
}

/** Reads, builds and writes one article; returns its file (with messages) and whether it was written. */
export function buildOne(processor: ArticleProcessor, config: PipelineConfig, input: InputArticle, outDir: string | undefined, processorOptions: ProcessorOptions = {}): {file: VFile; ok: boolean} {
  const file = new VFile({path: input.path})
  file.data.slug = input.slug
  const targets = outDir ? [path.join(outDir, input.slug + '.html'), path.join(outDir, input.slug + '.jsonld')] : []
  try {
    const size = fs.statSync(input.path).size
    if (size > config.maxBytes) {
      file.fail(`Unexpected article of ${size} bytes, expected at most ${config.maxBytes} (the \`maxBytes\` option)`, {place: {line: 1, column: 1}, ruleId: 'too-large', source: 'read-article'})
    }
    file.value = fs.readFileSync(input.path)
    buildArticle(processor, file, processorOptions)
    if (outDir) {
      writeAtomically([
        {path: targets[0], contents: String(file.value)},
        {path: targets[1], contents: () => jsonldFileText(file.data.jsonld!)}
      ])
    }
    return {file, ok: true}
  } catch (error) {
    if (!(error instanceof VFileMessage && error.fatal)) {
      const reason = error instanceof Error ? error.message : String(error)
      const message = file.message(`Unexpected failure: ${reason}`, {ruleId: 'internal-error', source: 'build', cause: error instanceof Error ? error : undefined})
      message.fatal = true
    }
    if (outDir) removeStale(targets)
    return {file, ok: false}
  }
}

/**
 * Splits off inputs that would write the same output as an earlier one:
 * each is reported as failed, never written over the first.
 */
export function separateClashes(inputs: InputArticle[]): {unique: InputArticle[]; clashes: VFile[]} {
  const owners = new Map<string, string>()
  const unique: InputArticle[] = []
  const clashes: VFile[] = []
  for (const input of inputs) {
    const owner = owners.get(input.slug)
    if (owner === undefined) {
      owners.set(input.slug, input.path)
      unique.push(input)
      continue
    }
    const file = new VFile({path: input.path})
    const message = file.message(`Unexpected second input for output \`${input.slug}\` (already built from \`${owner}\`), expected distinct names`, {ruleId: 'output-clash', source: 'build'})
    message.fatal = true
    clashes.push(file)
  }
  return {unique, clashes}
}

/** Builds every input in order in this thread; `onProgress` is called after each article. */
export function runBatch(
  inputs: InputArticle[],
  outDir: string | undefined,
  config: PipelineConfig,
  onProgress?: (done: number, total: number) => void,
  processorOptions: ProcessorOptions = {}
): BatchResult {
  const processor = createProcessor(config, processorOptions)
  const result: BatchResult = {files: [], written: 0, failed: 0}
  for (const input of inputs) {
    const {file, ok} = buildOne(processor, config, input, outDir, processorOptions)
    result.files.push(file)
    if (ok) result.written++
    else result.failed++
    onProgress?.(result.files.length, inputs.length)
  }
  return result
}
