/**
 * Dates resolved against datePublished. (Stub: filled in by its own change.)
 */
import type {RemarkPlugin} from './types.ts'

const resolveDates: RemarkPlugin = function () {
  return function () {}
}

export default resolveDates
