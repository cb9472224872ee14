/**
 * Inserts annotation nodes into the mdast from file.data.article spans. (Stub.)
 */
import type {Plugin} from 'unified'

const markAnnotations: Plugin<[], any> = function () {
  return function () {}
}

export default markAnnotations
