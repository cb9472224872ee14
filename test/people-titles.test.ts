import {describe, expect, it} from 'vitest'
import {build} from './fixtures/quotes/article.ts'

const titles = (b: ReturnType<typeof build>) =>
  b.article.entities.filter((e) => e.type === 'Person' && e.name).map((e) => [e.name, e.jobTitle, b.entity(e.affiliation)?.name])

describe('job titles', () => {
  it('reads a vice presidential nominee as such, not as the presidential nominee', () => {
    const b = build('Democratic vice presidential nominee Ann Crane spoke after presidential nominee Lou Park.')
    expect(titles(b)).toEqual([
      ['Ann Crane', 'Vice presidential nominee', 'Democratic Party'],
      ['Lou Park', 'Presidential nominee', undefined]
    ])
  })

  it('reads a month or a title word after a lone given name as the family name', () => {
    const b = build('Prime Minister Hilda May met Sam Judge on Monday. Boise Mayor Ann Pike was there in May.')
    expect(titles(b)).toEqual([
      ['Hilda May', 'Prime Minister', undefined],
      ['Sam Judge', undefined, undefined],
      ['Ann Pike', 'Mayor', undefined]
    ])
  })
})

describe('role mentions ("the senator")', () => {
  const roleMentions = (b: ReturnType<typeof build>) =>
    b.article.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'title' && /^the /i.test(b.text.slice(m.start, m.end))).map((m) => [b.text.slice(m.start, m.end), e.name]))

  it('gives "the senator" to the senator named before', () => {
    const b = build('Texas Sen. Tom Reed spoke first.', 'The senator left early.')
    expect(roleMentions(b)).toEqual([['The senator', 'Tom Reed']])
  })

  it('gives no one a role whose state or party the text recorded otherwise', () => {
    const b = build('Texas Sen. Tom Reed spoke first. Libertarian presidential candidate Gus Lane spoke next.', 'The Florida senator and the Democratic presidential candidate left early.')
    expect(roleMentions(b)).toEqual([])
  })
})
