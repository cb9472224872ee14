/**
 * Social handles: a post's author becomes (or joins) a Person entity with the
 * handle, and an "@handle" that spells a known person's surname
 * ("@realDonaldTrump") is a mention of that person.
 */
import type {PeopleRegistry} from './people-entities.ts'
import type {ArticleData} from './types.ts'

// Twitter handles are at most 15 word characters; the bound keeps the scan linear.
const handlePattern = /@[A-Za-z0-9_]{1,15}/g

/** Merges each post's author into a person and marks the author's name and handle. */
export function linkPostAuthors(article: ArticleData, text: string, registry: PeopleRegistry): void {
  for (const post of article.socialPosts) {
    if (!post.authorName) continue
    const words = post.authorName.split(/\s+/).filter(Boolean)
    if (words.length === 0) continue
    let person = registry.findByFullName(words)
    if (!person && words.length === 1) person = registry.nearest(registry.findByOneWord(words[0]), post.start)
    person ??= registry.create(words.join(' '))
    if (post.handle && !person.handle) person.handle = post.handle
    post.author = person.id
    const footer = text.lastIndexOf(post.authorName, post.end)
    if (footer >= post.start && !person.mentions.some((m) => m.start === footer)) {
      registry.addMention(person, {start: footer, end: footer + post.authorName.length, kind: 'name'})
    }
    if (post.handle) {
      const at = text.indexOf(post.handle, footer >= post.start ? footer : post.body.end)
      if (at >= 0 && at < post.end) registry.addMention(person, {start: at, end: at + post.handle.length, kind: 'handle'})
    }
  }
}

/** "@realDonaldTrump" in any paragraph: a handle mention of the person whose surname it spells. */
export function linkHandles(article: ArticleData, text: string, registry: PeopleRegistry): void {
  for (const paragraph of article.paragraphs) {
    const slice = text.slice(paragraph.start, paragraph.end)
    for (const found of slice.matchAll(handlePattern)) {
      const start = paragraph.start + found.index!
      const handle = found[0]
      const lower = handle.toLowerCase()
      const owner = registry.people.find((p) => p.handle?.toLowerCase() === lower) ??
        registry.people.find((p) => {
          const words = (p.name ?? '').split(' ')
          const surname = words[words.length - 1].toLowerCase()
          return words.length > 1 && surname.length >= 4 && lower.includes(surname)
        })
      if (owner) registry.addMention(owner, {start, end: start + handle.length, kind: 'handle'})
    }
  }
}
