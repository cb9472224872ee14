import {describe, expect, it} from 'vitest'
import {build} from './fixtures/quotes/article.ts'

const people = (b: ReturnType<typeof build>) =>
  b.article.entities
    .filter((e) => e.type === 'Person')
    .map((e) => ({id: e.id, name: e.name, jobTitle: e.jobTitle, jurisdiction: e.jurisdiction, mentions: e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => b.at(m))}))

describe('recognize-people', () => {
  it('reads jurisdiction, title and name, and links later surnames (the seed’s pattern)', () => {
    const b = build(
      'Oregon Secretary of State Karen Whitfield says she will not release the voter rolls to the commission.',
      'Whitfield, a Republican, says the request came from President Sam Archer’s election commission.'
    )
    expect(people(b)).toEqual([
      {id: 'person-karen-whitfield', name: 'Karen Whitfield', jobTitle: 'Secretary of State', jurisdiction: 'Oregon', mentions: ['Oregon Secretary of State Karen Whitfield', 'Whitfield']},
      {id: 'person-sam-archer', name: 'Sam Archer', jobTitle: 'President', jurisdiction: undefined, mentions: ['President Sam Archer’s']}
    ])
    const whitfield = b.article.entities.find((e) => e.id === 'person-karen-whitfield')!
    const party = b.article.entities.find((e) => e.id === whitfield.affiliation)
    expect(party?.name).toBe('Republican Party')
    expect(whitfield.gender).toBe('female')
  })

  it('links "Mr." and "the senator" to the full name', () => {
    const b = build('Sen. Owen Marsh spoke first.', 'Mr. Marsh said little else, and the senator left early.')
    expect(people(b)).toEqual([
      {id: 'person-owen-marsh', name: 'Owen Marsh', jobTitle: 'Senator', jurisdiction: undefined, mentions: ['Sen. Owen Marsh', 'Mr. Marsh', 'the senator']}
    ])
    expect(b.article.entities[0].gender ?? b.article.entities.find((e) => e.id === 'person-owen-marsh')!.gender).toBe('male')
  })

  it('links "the Democratic presidential candidate" to the candidate named before', () => {
    const b = build('Democratic presidential candidate Ann Ruiz spoke in Ohio.', 'The Democratic presidential candidate’s tour ends on Friday.')
    expect(people(b)).toEqual([
      {id: 'person-ann-ruiz', name: 'Ann Ruiz', jobTitle: 'Presidential candidate', jurisdiction: undefined, mentions: ['Democratic presidential candidate Ann Ruiz', 'The Democratic presidential candidate’s']}
    ])
  })

  it('does not take days, holidays, titles alone or "Our Office" for people', () => {
    const b = build(
      'On Wednesday, the Secretary of State wrote that Our Office will close for Independence Day.',
      'Gov statement on the State budget follows.'
    )
    expect(people(b).filter((person) => person.name)).toEqual([])
    // The one who wrote is known only by the title: a description, never a name.
    expect(b.article.entities.filter((e) => e.type === 'Person').map((e) => [e.name, e.description])).toEqual([[undefined, 'the Secretary of State']])
  })

  it('merges a social post’s author and marks the handle; a handle spelling a surname is a mention', () => {
    const b = build(
      'Governor Lee Marsh answered President Ada Quill on Monday.',
      'Our reply to @RealAdaQuill is here pic.twitter.com/xyz789 — Lee Marsh (@GovMarsh) March 2, 2020'
    )
    expect(b.article.socialPosts).toHaveLength(1)
    const marsh = b.article.entities.find((e) => e.name === 'Lee Marsh')!
    expect(marsh.handle).toBe('@GovMarsh')
    expect(b.article.socialPosts[0].author).toBe(marsh.id)
    expect(marsh.mentions.map((m) => [m.kind, b.at(m)])).toContainEqual(['handle', '@GovMarsh'])
    const quill = b.article.entities.find((e) => e.name === 'Ada Quill')!
    expect(quill.mentions.map((m) => [m.kind, b.at(m)])).toContainEqual(['handle', '@RealAdaQuill'])
  })

  it('never lets mentions overlap', () => {
    const b = build('Virginia Governor Terry Hale met Hale’s aide and Gov. Terry Hale’s staff.')
    const spans = b.article.entities.filter((e) => e.type === 'Person').flatMap((e) => e.mentions).sort((x, y) => x.start - y.start)
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end)
  })
})
