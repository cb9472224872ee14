/**
 * Speakers of quotations and reported speech. (Stub: filled in by its own change.)
 */
import type {RemarkPlugin} from './types.ts'

const attributeSpeakers: RemarkPlugin = function () {
  return function () {}
}

export default attributeSpeakers
