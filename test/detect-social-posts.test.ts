import {describe, expect, it} from 'vitest'
import fs from 'node:fs'
import {run} from './fixtures/entities/stages.ts'
import {links, mentionedHandles, readPostShape} from '../pipeline/social-post-shape.ts'

const lead = ' date 2017-06-30 The governor answered on Thursday.\n\n'

describe('detect-social-posts', () => {
  it('reads a tweet pasted as text: body, em dash, name, handle, date', () => {
    const {article, at} = run(
      lead + 'Our answer to @realDonaldTrump is no: pic.twitter.com/abcDEF123 — Jane Roe (@GovRoe) June 29, 2017'
    )
    expect(article.socialPosts).toHaveLength(1)
    const post = article.socialPosts[0]
    expect(post.id).toBe('post-1')
    expect(post.paragraph).toBe(1)
    expect(at(post)).toBe('Our answer to @realDonaldTrump is no: pic.twitter.com/abcDEF123 — Jane Roe (@GovRoe) June 29, 2017')
    expect(at(post.body)).toBe('Our answer to @realDonaldTrump is no: pic.twitter.com/abcDEF123')
    expect(post.authorName).toBe('Jane Roe')
    expect(post.handle).toBe('@GovRoe')
    expect(post.datePublished).toBe('2017-06-29')
    expect(post.mentionedHandles).toEqual(['@realDonaldTrump'])
    expect(post.links).toEqual(['pic.twitter.com/abcDEF123'])
    expect(post.author).toBeUndefined()
  })

  it('accepts an en dash, `--`, a dash without spaces, an ordinal and a final period', () => {
    expect(readPostShape('Vote today! – City Hall (@cityhall) Nov. 8, 2016')?.datePublished).toBe('2016-11-08')
    expect(readPostShape('Vote today! -- City Hall (@cityhall) November 8th, 2016.')?.datePublished).toBe('2016-11-08')
    const text = 'Watch https://t.co/hbaWq pic.twitter.com/P2qp— Apple Music (@AppleMusic) September 27, 2016.'
    const glued = readPostShape(text)!
    expect(text.slice(glued.body.start, glued.body.end)).toBe('Watch https://t.co/hbaWq pic.twitter.com/P2qp')
    expect(text.slice(glued.author.start, glued.author.end)).toBe('Apple Music')
    expect(text.slice(glued.handle.start, glued.handle.end)).toBe('@AppleMusic')
    expect(text.slice(glued.date.start, glued.date.end)).toBe('September 27, 2016')
  })

  it('keeps the post but sets no date when the day does not exist (never rolled over)', () => {
    const shape = readPostShape('Snow day. — Jane Roe (@GovRoe) February 30, 2017')
    expect(shape).toBeDefined()
    expect(shape!.datePublished).toBeUndefined()
  })

  it('finds several posts, numbered in reading order', () => {
    const {article} = run(lead + 'One. — A B (@ab) May 1, 2017\n\nText between.\n\nTwo. — C D (@cd) May 2, 2017')
    expect(article.socialPosts.map((post) => [post.id, post.paragraph, post.handle])).toEqual([
      ['post-1', 1, '@ab'],
      ['post-2', 3, '@cd']
    ])
  })

  it('does not take an ordinary paragraph for a post', () => {
    const texts = [
      'He wrote to @GovRoe on June 29, 2017, and got no answer.',
      'The statement — issued by Jane Roe (@GovRoe) — said nothing June 29, 2017',
      'Jane Roe (@GovRoe) June 29, 2017',
      'Nothing here — Jane Roe (@GovRoe) Junk 29, 2017',
      'A quote. — “Jane Roe says so.” (@GovRoe) June 29, 2017'
    ]
    for (const text of texts) expect(readPostShape(text), text).toBeUndefined()
    expect(run(lead + texts[0]).article.socialPosts).toEqual([])
  })

  it('lists handles and links in the body once each, as written', () => {
    expect(mentionedHandles('@a and @b_c, not me@mail.com, again @a, then.@d')).toEqual(['@a', '@b_c', '@d'])
    expect(links('See https://example.org/x?y=1. and pic.twitter.com/Ab1, t.co/Zz9')).toEqual([
      'https://example.org/x?y=1',
      'pic.twitter.com/Ab1',
      't.co/Zz9'
    ])
  })

  it('stays linear on long hostile paragraphs', () => {
    const hostile = ['(@'.repeat(50_000), '—'.repeat(50_000) + ' A (@a) May 1, 2017', '@'.repeat(50_000), 'https://' + '.'.repeat(50_000) + 'x']
    const started = performance.now()
    for (const text of hostile) {
      readPostShape(text)
      mentionedHandles(text)
      links(text)
    }
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('the seed article', () => {
  const {article, at} = run(fs.readFileSync(new URL('fixtures/entities/seed.txt', import.meta.url), 'utf8'))

  it('finds the embedded tweet, exactly', () => {
    expect(article.socialPosts).toHaveLength(1)
    const {start, end, body, ...post} = article.socialPosts[0]
    expect(post).toEqual({
      id: 'post-1',
      paragraph: 5,
      authorName: 'Terry McAuliffe',
      handle: '@GovernorVA',
      datePublished: '2017-06-29',
      mentionedHandles: ['@realDonaldTrump'],
      links: ['pic.twitter.com/xkmCs2IbBP']
    })
    expect(at(body)).toBe('Gov statement on request from @realDonaldTrump elections commission: pic.twitter.com/xkmCs2IbBP')
    expect(at({start, end})).toBe(
      'Gov statement on request from @realDonaldTrump elections commission: pic.twitter.com/xkmCs2IbBP — Terry McAuliffe (@GovernorVA) June 29, 2017'
    )
    expect({start, end}).toEqual({start: article.paragraphs[5].start, end: article.paragraphs[5].end})
  })
})
