/**
 * A full garbage collection on demand, for the processes that build large
 * articles (the CLI, its workers, the stream mode, the stress script).
 *
 * On a 10 MB article the rule stages leave about 2.5 million words and the
 * speaker context behind them once `releaseWords` has run, but V8 runs no
 * full collection until much later, so the dead words and the hast grow the
 * heap together: peak RSS 1.1 GB where the live data never passes 350 MB.
 * One collection at that point brings the peak to about 0.9 GB and saves time.
 *
 * `gc` exists only under `--expose-gc`; setting that flag at run time and
 * reading `gc` from a new context is how jest's leak detector gets it too.
 * This touches the whole process, which is why the library never calls it:
 * a process that owns its heap asks for it and hands it to `createProcessor`.
 */
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

/**
 * Article length (UTF-16 units) from which a collection pays: below it one
 * costs more than it saves.
 */
export const largeArticleLength = 1_000_000

/** The collector of this process (made once). */
export function processGarbageCollector(): () => void {
  const exposed = (globalThis as {gc?: () => void}).gc
  if (exposed) return exposed
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}
