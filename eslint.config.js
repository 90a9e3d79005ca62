// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'reports/', 'coverage/', 'bench/corpus/', '.factlintcache']},
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error'
    }
  },
  {
    files: ['src/cli/**/*.ts', 'bin/**/*.js', 'scripts/**/*.mjs', 'bench/**/*.ts', 'tests/**/*.ts'],
    rules: {'no-console': 'off'}
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: {globals: {process: 'readonly', console: 'readonly', URL: 'readonly'}}
  },
  {
    // CommonJS (bin/package.json), as the launcher and the CLI bundle it loads.
    files: ['bin/**/*.js'],
    languageOptions: {sourceType: 'commonjs', globals: {process: 'readonly', console: 'readonly', require: 'readonly', __dirname: 'readonly'}},
    rules: {'@typescript-eslint/no-require-imports': 'off'}
  }
)
