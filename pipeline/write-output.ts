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
  /**
   * The text, or a function that makes it when the file is written: a 10 MB
   * article's JSON-LD text (60 MB in memory) need not exist while its HTML
   * is written.
   */
  contents: string | (() => string)
}

/**
 * Writes all files or none: each to a temporary file, then all renamed; on
 * a failure, temporary files are removed and so are targets already renamed.
 */
export function writeAtomically(files: OutputFile[]): void {
  const temporary: string[] = []
  try {
    for (const file of files) {
      fs.mkdirSync(path.dirname(file.path), {recursive: true})
      const tmp = `${file.path}.${process.pid}.${temporary.length}.tmp`
      fs.writeFileSync(tmp, typeof file.contents === 'function' ? file.contents() : file.contents)
      temporary.push(tmp)
    }
  } catch (error) {
    for (const tmp of temporary) fs.rmSync(tmp, {force: true})
    throw error
  }
  // Renames are the commit. If one fails (a folder where the file should
  // go, a full disk), the files already renamed are taken out too, so an
  // article never has a new .html beside an old .jsonld.
  let renamed = 0
  try {
    for (; renamed < files.length; renamed++) fs.renameSync(temporary[renamed], files[renamed].path)
  } catch (error) {
    for (let index = 0; index < files.length; index++) {
      fs.rmSync(index < renamed ? files[index].path : temporary[index], {force: true})
    }
    throw error
  }
}

/** Removes outputs an earlier run left for an article that now fails. */
export function removeStale(paths: string[]): void {
  for (const file of paths) fs.rmSync(file, {force: true})
}

/** The temporary name `writeAtomically` gives a target: `<target>.<pid>.<n>.tmp`. */
const temporaryName = /\.(\d+)\.\d+\.tmp$/

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temporary files a killed run left below `folder` (those whose
 * process is gone; a concurrent run's are kept). Call once before a batch.
 * Returns the paths removed.
 */
export function removeLeftovers(folder: string): string[] {
  const removed: string[] = []
  if (!fs.existsSync(folder)) return removed
  for (const entry of fs.readdirSync(folder, {withFileTypes: true, recursive: true})) {
    const match = entry.isFile() ? temporaryName.exec(entry.name) : null
    if (!match || isRunning(Number(match[1]))) continue
    const full = path.join(entry.parentPath ?? (entry as unknown as {path: string}).path, entry.name)
    fs.rmSync(full, {force: true})
    removed.push(full)
  }
  return removed
}
