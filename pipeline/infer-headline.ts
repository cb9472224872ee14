/**
 * The headline from the lead when the text has none (a warning). (Stub.)
 */
import type {Plugin} from 'unified'

const inferHeadline: Plugin<[], any> = function () {
  return function () {}
}

export default inferHeadline
