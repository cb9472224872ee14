/**
 * Embedded social posts pasted as text. (Stub: filled in by its own change.)
 */
import type {RemarkPlugin} from './types.ts'

const detectSocialPosts: RemarkPlugin = function () {
  return function () {}
}

export default detectSocialPosts
