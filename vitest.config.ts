import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real-browser checks run apart (`npm run test:browser`): they need Chromium.
    exclude: ['test/browser/**', '**/node_modules/**'],
    // Property-based and whole-pipeline tests take longer than unit tests.
    testTimeout: 60_000
  }
})
