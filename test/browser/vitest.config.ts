import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// The real-browser checks: `npm run test:browser` (needs Chromium; .ci/run installs it).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000}
})
