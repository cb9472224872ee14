/**
 * The HTML document around the article. (Stub.)
 */
import type {Plugin} from 'unified'

const wrapDocument: Plugin<[], any> = function () {
  return function () {}
}

export default wrapDocument
