import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property-based and whole-pipeline tests take longer than unit tests.
    testTimeout: 60_000
  }
})
