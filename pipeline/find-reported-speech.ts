/**
 * Reported (indirect) speech: speaker, cue and content. (Stub: filled in by its own change.)
 */
import type {RemarkPlugin} from './types.ts'

const findReportedSpeech: RemarkPlugin = function () {
  return function () {}
}

export default findReportedSpeech
