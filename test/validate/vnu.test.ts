/**
 * The W3C Nu checker, run once over several pages (needs Java, as CI has;
 * without Java on the machine this test does not run).
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {checkWithVnu} from '../../pipeline/validate/vnu.ts'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const hasJava = spawnSync('java', ['-version']).status === 0

describe('vnu', () => {
  it.runIf(hasJava)('one Java run; each message placed in its page', async () => {
    const valid = path.join(fixtures, 'valid/harbor-bridge.html')
    const invalid = path.join(fixtures, 'defects/html-unknown-attribute/article.html')
    const found = await checkWithVnu([valid, invalid])
    expect(found.get(valid)).toBeUndefined()
    expect(found.get(invalid)?.map((finding) => `${finding.severity} ${finding.start.line} ${finding.ruleId}: ${finding.reason}`)).toEqual([
      'error 25 attribute-not-allowed-on-element: Attribute “speaker” not allowed on element “q” at this point.'
    ])
  }, 120_000)
})
