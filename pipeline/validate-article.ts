/**
 * Checks the article's graph against the project's JSON Schemas (compiled
 * once per process). A problem is fatal for the article: it is reported with
 * its JSON pointer and the article is not written.
 */
import {validateGraphSchema} from './validate/json-schema.ts'
import type {RehypePlugin} from './types.ts'

const source = 'validate-article'

const validateArticle: RehypePlugin = function () {
  return function (_tree, file) {
    const problems = validateGraphSchema(file.data.jsonld)
    if (problems.length === 0) return
    for (const problem of problems.slice(1)) {
      file.message(`${problem.reason} at \`${problem.pointer}\``, {ruleId: problem.ruleId, source})
    }
    const first = problems[0]
    file.fail(`Unexpected invalid JSON-LD: ${first.reason} at \`${first.pointer}\``, {ruleId: first.ruleId, source})
  }
}

export default validateArticle
