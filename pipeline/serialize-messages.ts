/**
 * Messages cross a worker boundary as plain objects and become vfile
 * messages again on the other side, so the report reads the same whether an
 * article was built in the main thread or in a worker.
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export interface PlainMessage {
  reason: string
  place?: VFileMessage['place']
  ruleId?: string
  source?: string
  fatal?: boolean | null
}

export interface PlainResult {
  path: string
  ok: boolean
  messages: PlainMessage[]
}

export function toPlain(file: VFile, ok: boolean): PlainResult {
  return {
    path: file.path,
    ok,
    messages: file.messages.map((message) => ({
      reason: message.reason,
      place: message.place,
      ruleId: message.ruleId,
      source: message.source,
      fatal: message.fatal
    }))
  }
}

export function fromPlain(result: PlainResult): VFile {
  const file = new VFile({path: result.path})
  for (const plain of result.messages) {
    const message = file.message(plain.reason, {place: plain.place, ruleId: plain.ruleId, source: plain.source})
    message.fatal = plain.fatal
  }
  return file
}
