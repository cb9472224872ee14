/**
 * Builds a list of articles on several worker threads, each with its own
 * processor, in batches; results come back in input order. Used for large
 * runs, where the start-up of each worker is paid back.
 */
import {Worker} from 'node:worker_threads'
import type {PipelineConfig} from './config.ts'
import type {InputArticle} from './collect-inputs.ts'
import type {BatchResult} from './run-batch.ts'
import {fromPlain, type PlainResult} from './serialize-messages.ts'

const batchSize = 16

export async function runParallel(
  inputs: InputArticle[],
  outDir: string | undefined,
  config: PipelineConfig,
  jobs: number,
  onProgress?: (done: number, total: number) => void
): Promise<BatchResult> {
  const batches: InputArticle[][] = []
  for (let index = 0; index < inputs.length; index += batchSize) batches.push(inputs.slice(index, index + batchSize))
  const results: PlainResult[][] = new Array(batches.length)
  let next = 0
  let done = 0

  await new Promise<void>((resolve, reject) => {
    let running = Math.min(jobs, batches.length)
    const workers: Worker[] = []
    for (let index = 0; index < running; index++) {
      const worker = new Worker(new URL('./build-worker-boot.mjs', import.meta.url), {workerData: {config, outDir}})
      workers.push(worker)
      const feed = () => {
        if (next >= batches.length) {
          void worker.terminate()
          if (--running === 0) resolve()
          return
        }
        const id = next++
        worker.postMessage({id, inputs: batches[id]})
      }
      worker.on('message', (message: {id: number; results: PlainResult[]}) => {
        results[message.id] = message.results
        done += message.results.length
        onProgress?.(done, inputs.length)
        feed()
      })
      worker.on('error', (error) => {
        for (const other of workers) void other.terminate()
        reject(error)
      })
      feed()
    }
  })

  const result: BatchResult = {files: [], written: 0, failed: 0}
  for (const plain of results.flat()) {
    result.files.push(fromPlain(plain))
    if (plain.ok) result.written++
    else result.failed++
  }
  return result
}
