/**
 * Direct quotations. (Stub: filled in by its own change.)
 */
import type {RemarkPlugin} from './types.ts'

const findQuotations: RemarkPlugin = function () {
  return function () {}
}

export default findQuotations
