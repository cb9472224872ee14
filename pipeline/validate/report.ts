/**
 * Turning findings into vfile messages and printing them: vfile-reporter's
 * text (default), GitHub workflow commands (`::error file=…,line=…::`), or
 * JSON. Errors are `fatal: true` messages, warnings `fatal: false`.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import type {Point} from './json-positions.ts'

export type Format = 'text' | 'github' | 'json'
export const formats: readonly Format[] = ['text', 'github', 'json']

/** One finding, placed in the file it belongs to. */
export interface Finding {
  /** The layer: `json-schema`, `schema-org`, `google-article`, `graph-integrity`, `html-validate`, `vnu`. */
  source: string
  ruleId: string
  reason: string
  severity: 'error' | 'warning'
  start: Point
  end?: Point
  url?: string
}

/** Adds a finding to a file as a vfile message. */
export function addFinding(file: VFile, finding: Finding): VFileMessage {
  const message = new VFileMessage(finding.reason, {
    place: finding.end ? {start: finding.start, end: finding.end} : finding.start,
    ruleId: finding.ruleId,
    source: finding.source
  })
  message.file = file.path
  message.fatal = finding.severity === 'error'
  if (finding.url) message.url = finding.url
  file.messages.push(message)
  return message
}

export function hasErrors(files: VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true))
}

/** The report for `files` in `format`, ready to print (ends without a newline). */
export function formatReport(files: VFile[], format: Format, options: {color?: boolean} = {}): string {
  for (const file of files) file.messages.sort(byPlace)
  if (format === 'json') return JSON.stringify(files.map(toJson), null, 2)
  if (format === 'github') return files.flatMap(githubLines).join('\n')
  return reporter(files, {color: options.color ?? false})
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

function toJson(file: VFile) {
  return {
    path: file.path,
    messages: file.messages.map((message) => ({
      severity: message.fatal ? 'error' : 'warning',
      line: message.line ?? null,
      column: message.column ?? null,
      endLine: message.place && 'start' in message.place ? message.place.end.line : null,
      endColumn: message.place && 'start' in message.place ? message.place.end.column : null,
      source: message.source ?? null,
      ruleId: message.ruleId ?? null,
      reason: message.reason,
      url: message.url ?? null
    }))
  }
}

/** `::error file=…,line=…,col=…,title=…::reason` per message (GitHub workflow commands). */
function githubLines(file: VFile): string[] {
  return file.messages.map((message) => {
    const properties = [`file=${escapeProperty(file.path)}`]
    if (message.line) properties.push(`line=${message.line}`)
    if (message.column) properties.push(`col=${message.column}`)
    if (message.place && 'start' in message.place) {
      properties.push(`endLine=${message.place.end.line}`)
      if (message.place.end.line === message.place.start.line) properties.push(`endColumn=${message.place.end.column}`)
    }
    properties.push(`title=${escapeProperty([message.source, message.ruleId].filter(Boolean).join(':'))}`)
    const level = message.fatal ? 'error' : 'warning'
    return `::${level} ${properties.join(',')}::${escapeData(message.reason)}`
  })
}

// As @actions/core escapes them: data loses %, CR, LF; properties also : and ,.
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** A file to report on, for a path. */
export function reportFile(path: string, value?: string): VFile {
  return new VFile({path, value})
}
