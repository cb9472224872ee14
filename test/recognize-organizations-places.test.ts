import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {run} from './fixtures/entities/stages.ts'

const dated = (body: string) => ' date 2017-06-30 ' + body

describe('places', () => {
  it('finds states, countries, cities and geographic features, one entity per place', () => {
    const {entities} = run(
      dated('Officials in Texas and Mexico met in Houston near the Gulf of Mexico. Texas’s governor flew on to London.')
    )
    expect(entities('Place')).toEqual({
      'place-texas': ['Texas', 'Texas'],
      'place-mexico': ['Mexico'],
      'place-houston': ['Houston'],
      'place-gulf-of-mexico': ['Gulf of Mexico'],
      'place-london': ['London']
    })
  })

  it('prefers a listed landmark to a name built from a head', () => {
    const {entities} = run(dated('They met in the Oval Office.'))
    expect(entities('Place')).toEqual({'place-oval-office': ['Oval Office']})
    expect(entities('Organization')).toEqual({})
  })

  it('joins aliases to one place', () => {
    const {article, entities} = run(dated('The U.S. and the United States of America are one. So is America.'))
    expect(entities('Place')).toEqual({'place-united-states': ['U.S.', 'United States of America', 'America']})
    expect(article.entities[0].name).toBe('United States')
  })

  it('keeps a title’s jurisdiction a place, and the District of Columbia whole', () => {
    const {entities} = run(dated('Virginia Governor Jane Roe wrote to all 50 states and the District of Columbia.'))
    expect(entities('Place')).toEqual({
      'place-virginia': ['Virginia'],
      'place-district-of-columbia': ['District of Columbia']
    })
  })

  it('does not take a place name inside a person’s or another name', () => {
    const {entities} = run(dated('George Washington met Virginia Foxx. Jordan said it was late.'))
    expect(entities('Place')).toEqual({})
  })

  it('takes a name that is also a personal name only after a locative word', () => {
    const {entities} = run(dated('Jackson said he flew to Jackson on Monday, not to Cleveland Cavaliers games.'))
    expect(entities('Place')).toEqual({'place-jackson': ['Jackson']})
  })

  it('lets a place stand before a title, a party word or a day, but not before another name', () => {
    const {entities} = run(dated('Iowa Republicans met in Ohio Monday. The New York Yankees won.'))
    expect(entities('Place')).toEqual({'place-iowa': ['Iowa'], 'place-ohio': ['Ohio']})
  })

  it('makes the dateline’s place a Place, at the city as written', () => {
    const {entities, article} = run(dated('NEW YORK (AP) — The mayor spoke.'))
    expect(article.meta.dateline?.place).toBe('New York')
    expect(entities('Place')).toEqual({'place-new-york': ['NEW YORK']})
    expect(entities('Organization')).toEqual({'org-associated-press': ['AP']})
  })

  it('joins the body’s mentions of the dateline’s city to the dateline’s place', () => {
    const {entities} = run(dated('COLUMBIA, S.C. (AP) — Voters in Columbia lined up.'))
    expect(entities('Place')).toEqual({'place-columbia-s-c': ['COLUMBIA, S.C.', 'Columbia']})
  })

  it('names a dateline place the gazetteer does not know as the dateline does', () => {
    const {article, entities} = run(dated('SMALLVILLE, Kan. — The mayor spoke.'))
    expect(entities('Place')).toEqual({'place-smallville-kan': ['SMALLVILLE, Kan.']})
    expect(article.entities.find((entity) => entity.id === 'place-smallville-kan')?.name).toBe('Smallville, Kan.')
  })

  it('reads a state abbreviation only after a city and a comma', () => {
    const {entities} = run(dated('She lives in Columbia, S.C., and Miss. Roe does not. Sure, OK. He moved to Tulsa, OK.'))
    expect(entities('Place')).toEqual({
      'place-columbia': ['Columbia'],
      'place-south-carolina': ['S.C.'],
      'place-tulsa': ['Tulsa'],
      'place-oklahoma': ['OK']
    })
  })
})

describe('organizations', () => {
  it('names an organization by its head and refers back with “the Commission”', () => {
    const {entities} = run(
      dated(
        'The Federal Trade Commission met. Later the Commission said the trade commission would rule. Our Office and the Secretary of State did not.'
      )
    )
    expect(entities('Organization')).toEqual({
      'org-federal-trade-commission': ['Federal Trade Commission', 'the Commission', 'trade commission']
    })
  })

  it('keeps the connectors of a name out of a description', () => {
    const {entities} = run(dated('The Bureau of the Springfield Budget met. A deputy of the budget bureau spoke.'))
    expect(entities('Organization')).toEqual({
      'org-bureau-of-the-springfield-budget': ['Bureau of the Springfield Budget', 'budget bureau']
    })
  })

  it('gives a bare head to the body the article names, else to the national one', () => {
    expect(run(dated('The Missouri Senate voted. The Senate adjourned.')).entities('Organization')).toEqual({
      'org-missouri-senate': ['Missouri Senate', 'Senate']
    })
    expect(run(dated('The Senate adjourned.')).entities('Organization')).toEqual({'org-u-s-senate': ['Senate']})
  })

  it('refers to a known organization by the noun its lexicon lists', () => {
    const {entities} = run(
      dated('The FBI said the agency would reply. The New York Times said the newspaper agreed with the agency of record.')
    )
    expect(entities('Organization')).toEqual({
      'org-federal-bureau-of-investigation': ['FBI', 'the agency'],
      'org-new-york-times': ['The New York Times', 'the newspaper']
    })
  })

  it('lets only institutional heads refer in lower case', () => {
    const {entities} = run(dated('The Springfield Times and the Springfield Water Commission met. At the times it mattered, the commission won.'))
    expect(entities('Organization')).toEqual({
      'org-springfield-times': ['Springfield Times'],
      'org-springfield-water-commission': ['Springfield Water Commission', 'the commission']
    })
  })

  it('refers a lower-case description to the named organization whose words it uses, even before the name', () => {
    const {entities} = run(
      dated('The mayor’s ethics review board met. The Ethics Review Board of Springfield was formed in May. The board voted.')
    )
    expect(entities('Organization')).toEqual({
      'org-ethics-review-board-of-springfield': ['ethics review board', 'Ethics Review Board of Springfield', 'The board']
    })
  })

  it('ends a name at a title and keeps a person’s name out of it', () => {
    const {entities} = run(
      dated('Senate Judiciary Committee Chairman Jane Roe and Department of Homeland Security Secretary John Doe spoke.')
    )
    expect(entities('Organization')).toEqual({
      'org-senate-judiciary-committee': ['Senate Judiciary Committee'],
      'org-department-of-homeland-security': ['Department of Homeland Security']
    })
  })

  it('finds well-known organizations and news outlets by name and alias', () => {
    const {entities} = run(
      dated('The FBI told the White House and Congress, The Washington Post and CNN reported. NATO and the Associated Press agreed.')
    )
    expect(entities('Organization')).toEqual({
      'org-federal-bureau-of-investigation': ['FBI'],
      'org-white-house': ['White House'],
      'org-u-s-congress': ['Congress'],
      'org-washington-post': ['The Washington Post'],
      'org-cnn': ['CNN'],
      'org-north-atlantic-treaty-organization': ['NATO'],
      'org-associated-press': ['Associated Press']
    })
  })

  it('leaves a known name after an honorific to the people stage', () => {
    const {entities} = run(dated('Mr. Bloomberg spoke to Bloomberg reporters.'))
    expect(entities('Organization')).toEqual({'org-bloomberg-news': ['Bloomberg']})
  })

  it('reads an acronym defined in parentheses as the organization', () => {
    const {entities} = run(dated('The Springfield Water Authority (SWA) raised rates. SWA said costs rose.'))
    expect(entities('Organization')).toEqual({
      'org-springfield-water-authority': ['Springfield Water Authority', 'SWA', 'SWA']
    })
  })

  it('prefers the longer name over a place inside it', () => {
    const {entities} = run(dated('She studied at the University of Mississippi in Oxford, Mississippi.'))
    expect(entities('Organization')).toEqual({'org-university-of-mississippi': ['University of Mississippi']})
    expect(entities('Place')).toEqual({'place-oxford': ['Oxford'], 'place-mississippi': ['Mississippi']})
  })

  it('reads no names from capitals in a Title Case headline, but still the known ones', () => {
    const {entities} = run(dated('Power Plant Rules Face Key Test In Federal Court Of Appeals Before The FBI.'))
    expect(entities('Organization')).toEqual({'org-federal-bureau-of-investigation': ['FBI']})
  })

  it('reads a party word and a head as a party mention, not a name, but keeps a party’s own body', () => {
    const {entities} = run(dated('A Republican Senate would block it, said the Republican Jewish Coalition.'))
    expect(entities('Organization')).toEqual({
      'org-republican-party': ['Republican'],
      'org-u-s-senate': ['Senate'],
      'org-republican-jewish-coalition': ['Republican Jewish Coalition']
    })
  })

  it('reads a name whose head comes after an `of`, and not a hyphenated adjective as part of a name', () => {
    const {entities} = run(dated('The House of Representatives Committee on Science met the Republican-controlled Springfield Council.'))
    expect(entities('Organization')).toEqual({
      'org-house-of-representatives-committee-on-science': ['House of Representatives Committee on Science'],
      'org-republican-party': ['Republican'],
      'org-springfield-council': ['Springfield Council']
    })
  })

  it('does not join a person to the organization after `of`, nor two names joined by `and the`', () => {
    const {entities} = run(dated('Jane Roe of Liberty Baptist Church met the Federation of Springfield Teachers and the Springfield Water Authority.'))
    expect(entities('Organization')).toEqual({
      'org-liberty-baptist-church': ['Liberty Baptist Church'],
      'org-federation-of-springfield-teachers': ['Federation of Springfield Teachers'],
      'org-springfield-water-authority': ['Springfield Water Authority']
    })
  })

  it('drops sentence openers from the start of a name', () => {
    const {entities} = run(dated('Among Springfield Water Authority members, few agreed.'))
    expect(entities('Organization')).toEqual({'org-springfield-water-authority': ['Springfield Water Authority']})
  })

  it('does not make organizations of weekdays, holidays, titles or a lone head', () => {
    const {entities} = run(dated('On Wednesday, before Independence Day, the Secretary of State and State officials met. Commission members left.'))
    expect(entities('Organization')).toEqual({})
  })
})

describe('parties', () => {
  it('makes every party word a mention of the party', () => {
    const {entities} = run(
      dated(
        'Roe, a Republican, joined other Republican secretaries of state. Doe, a Democrat, and the Democratic Party objected; GOP leaders and Democrats did too.'
      )
    )
    expect(entities('Organization')).toEqual({
      'org-republican-party': ['a Republican', 'Republican', 'GOP'],
      'org-democratic-party': ['a Democrat', 'Democratic Party', 'Democrats']
    })
  })

  it('gives a party’s own committee its own entity', () => {
    const {entities} = run(dated('The Republican National Committee (RNC) met.'))
    expect(entities('Organization')).toEqual({'org-republican-national-committee': ['Republican National Committee', 'RNC']})
  })
})

describe('the seed article', async () => {
  const fs = await import('node:fs')
  const {entities, article, at} = run(fs.readFileSync(new URL('fixtures/entities/seed.txt', import.meta.url), 'utf8'))

  it('finds the places', () => {
    expect(entities('Place')).toEqual({
      'place-mississippi': ['Mississippi', 'Mississippi', 'Mississippi', 'Mississippi'],
      'place-kansas': ['Kansas'],
      'place-district-of-columbia': ['District of Columbia'],
      'place-gulf-of-mexico': ['Gulf of Mexico'],
      'place-virginia': ['Virginia']
    })
  })

  it('finds the commission under all its names, and the parties', () => {
    expect(entities('Organization')).toEqual({
      'org-presidential-advisory-commission-on-election-integrity': [
        'election integrity commission',
        'Presidential Advisory Commission on Election Integrity',
        'Presidential Advisory Commission on Election Integrity',
        'the Commission',
        'elections commission'
      ],
      'org-republican-party': ['a Republican', 'Republican'],
      'org-democratic-party': ['a Democrat']
    })
    const names = article.entities.filter((entity) => entity.type === 'Organization').map((entity) => entity.name)
    expect(names).toEqual(['Presidential Advisory Commission on Election Integrity', 'Republican Party', 'Democratic Party'])
  })

  it('keeps every mention apart from every other', () => {
    const spans = article.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start)
    for (let index = 1; index < spans.length; index++) {
      expect(spans[index].start, at(spans[index])).toBeGreaterThanOrEqual(spans[index - 1].end)
    }
  })
})

describe('linear time', () => {
  it('handles 50,000 repetitions of capitalized words, heads and joiners quickly', () => {
    const hostile = [
      'Commission '.repeat(50_000),
      'Of of of '.repeat(20_000),
      'The Commission of the Board of '.repeat(5_000),
      'Washington '.repeat(50_000),
      'a Republican '.repeat(20_000)
    ]
    const started = performance.now()
    for (const text of hostile) run(dated(text))
    expect(performance.now() - started).toBeLessThan(20_000)
  })
})

describe('invariants on generated texts', () => {
  const vocabulary = [
    'the', 'The', 'a', 'of', 'and', 'on', 'in', 'said', 'will', 'next', 'last', ',', '.', '—', '(', ')', '’s', "'s",
    'Commission', 'Committee', 'Department', 'Party', 'Senate', 'House', 'Federal', 'Election', 'Springfield', 'University',
    'Republican', 'Democrat', 'Democrats', 'GOP', 'FBI', 'AP', 'White', 'Washington', 'Post', 'New', 'York', 'Times',
    'Mississippi', 'Gulf', 'Mexico', 'Jackson', 'Virginia', 'U.S.', 'S.C.', 'OK', 'Columbia', 'Secretary', 'Gov.', 'Mr.',
    'Wednesday', 'Monday’s', 'today', 'June', 'Feb.', '29', '30', '31', '2017', '2017-02-29', '9/11', '6/29/2017',
    'Independence', 'Day', 'Christmas', '@GovRoe', 'pic.twitter.com/Ab1', '–', '--'
  ]

  it('keeps every span inside the text, apart from every other, and every date real', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), {maxLength: 60}), fc.boolean(), (tokens, dated) => {
        const body = tokens.join(' ') || 'Nothing.'
        const {article, text} = run((dated ? ' date 2017-06-30 ' : '') + body + '\n\nMore. — Jane Roe (@GovRoe) June 29, 2017')
        const spans = [...article.entities.flatMap((entity) => entity.mentions), ...article.dates].sort((a, b) => a.start - b.start)
        spans.forEach((span, index) => {
          expect(span.start).toBeGreaterThanOrEqual(0)
          expect(span.end).toBeLessThanOrEqual(text.length)
          expect(span.end).toBeGreaterThan(span.start)
          if (index > 0) expect(span.start).toBeGreaterThanOrEqual(spans[index - 1].end)
        })
        for (const entity of article.entities) expect(entity.id).toMatch(/^(org|place)-[a-z0-9]+(?:-[a-z0-9]+)*$/)
        for (const date of article.dates) {
          const [year, month, day] = date.value.split('-').map(Number)
          expect(new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10)).toBe(date.value)
        }
        expect(article.socialPosts.length).toBeGreaterThanOrEqual(1)
      }),
      {numRuns: 150}
    )
  })
})
