/**
 * file.data.article -> the schema.org graph. (Stub.)
 */
import type {Plugin} from 'unified'

const buildJsonld: Plugin<[], any> = function () {
  return function () {}
}

export default buildJsonld
