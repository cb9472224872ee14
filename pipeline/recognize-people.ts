/**
 * People with titles, parties and handles; one entity per person (coreference). (Stub: filled in by its own change.)
 */
import type {RemarkPlugin} from './types.ts'

const recognizePeople: RemarkPlugin = function () {
  return function () {}
}

export default recognizePeople
