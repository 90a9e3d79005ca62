import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Rule-data snapshots go to a temporary XDG_CACHE_HOME, never to the real ~/.cache.
    setupFiles: ['tests/helpers/cache-home.ts'],
    testTimeout: 30_000
  }
})
