import {describe, expect, it} from 'vitest'
import {readDateline} from '../pipeline/read-dateline.ts'

describe('read-dateline: the shapes wires write', () => {
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['BOISE - The vote was close.', 'BOISE -', 'Boise'],
    ['TWIN FALLS, Idaho - The vote was close.', 'TWIN FALLS, Idaho -', 'Twin Falls, Idaho'],
    ['BOISE (Reuters) - The vote was close.', 'BOISE (Reuters) -', 'Boise'],
    ['May 3 (Reuters) - The vote was close.', 'May 3 (Reuters) -', undefined],
    ['NAMPA, Idaho, March 4 (UPI) — The vote was close.', 'NAMPA, Idaho, March 4 (UPI) —', 'Nampa, Idaho'],
    ['HALE--Ruth, 91, of Boise, died on Monday.', undefined, undefined],
    ['The senator - a Democrat - said no.', undefined, undefined]
  ]
  for (const [lead, text, place] of cases) {
    it(`reads ${JSON.stringify(lead.slice(0, 24))}`, () => {
      const dateline = readDateline(lead, 0, lead.length)
      expect(dateline?.text).toBe(text)
      expect(dateline?.place).toBe(place)
      if (text) expect(lead.slice(dateline!.end, dateline!.end + 3)).toBe('The')
    })
  }
})
