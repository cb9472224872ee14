/**
 * Embedded social posts pasted as text: a whole paragraph shaped
 * `body — Name (@handle) Month D, YYYY` (see `social-post-shape.ts`).
 * Writes `file.data.article.socialPosts` (`post-1`, `post-2`, ... in reading
 * order) with the body's span, the author's name and handle, the day it was
 * posted, and the handles and links in the body. The author entity is left to
 * the people stage, which knows the names.
 */
import type {RemarkPlugin, SocialPost} from './types.ts'
import {links, mentionedHandles, readPostShape} from './social-post-shape.ts'

/** Detects embedded social posts. */
const detectSocialPosts: RemarkPlugin = function () {
  return function (_tree, file) {
    const article = file.data.article!
    const text = String(file.value)
    for (const paragraph of article.paragraphs) {
      const value = text.slice(paragraph.start, paragraph.end)
      const shape = readPostShape(value)
      if (!shape) continue
      const body = value.slice(shape.body.start, shape.body.end)
      const post: SocialPost = {
        id: `post-${article.socialPosts.length + 1}`,
        paragraph: paragraph.index,
        start: paragraph.start,
        end: paragraph.end,
        body: {start: paragraph.start + shape.body.start, end: paragraph.start + shape.body.end},
        authorName: value.slice(shape.author.start, shape.author.end),
        handle: value.slice(shape.handle.start, shape.handle.end),
        mentionedHandles: mentionedHandles(body),
        links: links(body)
      }
      if (shape.datePublished) post.datePublished = shape.datePublished
      article.socialPosts.push(post)
    }
  }
}

export default detectSocialPosts
