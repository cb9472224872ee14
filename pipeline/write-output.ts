/**
 * Writes an article's outputs atomically: each file goes to a temporary name
 * beside its target and is renamed over it only when every file of the
 * article is complete, so an interrupted run never leaves half a file, and a
 * failed article leaves no stale output from an earlier run.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface OutputFile {
  path: string
  contents: string
}

/** Writes all files or none (temporary files are removed on failure). */
export function writeAtomically(files: OutputFile[]): void {
  const temporary: string[] = []
  try {
    for (const file of files) {
      fs.mkdirSync(path.dirname(file.path), {recursive: true})
      const tmp = `${file.path}.${process.pid}.${temporary.length}.tmp`
      fs.writeFileSync(tmp, file.contents)
      temporary.push(tmp)
    }
    files.forEach((file, index) => fs.renameSync(temporary[index], file.path))
  } catch (error) {
    for (const tmp of temporary) fs.rmSync(tmp, {force: true})
    throw error
  }
}

/** Removes outputs an earlier run left for an article that now fails. */
export function removeStale(paths: string[]): void {
  for (const file of paths) fs.rmSync(file, {force: true})
}
