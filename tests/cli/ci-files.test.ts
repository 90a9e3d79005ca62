import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {OPTIONS} from '../../src/cli/options.js'
import {AFTER, BEFORE, GIT_ENV, gitProject, UNCHANGED, writeFiles} from './git-project.js'

interface Action {
  inputs: Record<string, {description: string; default: string}>
  outputs: Record<string, {value: string}>
  runs: {using: string; steps: {uses?: string; run?: string; shell?: string; env?: Record<string, string>; with?: Record<string, unknown>; 'working-directory'?: string}[]}
}

const action = parse(readFileSync('action.yml', 'utf8')) as Action

/** Runs the action's factlint step with bash in `dir`, as the runner would, with the given inputs. */
function runStep(dir: string, inputs: Record<string, string>): {status: number | null; stdout: string; stderr: string; output: string} {
  const step = action.runs.steps.find((candidate) => candidate.run?.includes('factlint.js'))!
  const env: Record<string, string> = {...(process.env as Record<string, string>), ...GIT_ENV, FACTLINT_HOME: process.cwd(), GITHUB_OUTPUT: join(dir, 'github-output')}
  for (const [name, input] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = inputs[name] ?? input.default
  writeFileSync(env['GITHUB_OUTPUT']!, '')
  const result = spawnSync('bash', ['-c', step.run!], {cwd: dir, env, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr, output: readFileSync(env['GITHUB_OUTPUT']!, 'utf8')}
}

describe('action.yml', () => {
  it('is a composite action: Node 20, npm ci in the action directory, then factlint with an input per option', () => {
    expect(action.runs.using).toBe('composite')
    expect(action.runs.steps[0]).toMatchObject({uses: 'actions/setup-node@v4', with: {'node-version': 20}})
    expect(action.runs.steps[1]).toMatchObject({run: 'npm ci --no-audit --no-fund', 'working-directory': '${{ github.action_path }}'})
    expect(Object.keys(action.inputs)).toEqual(['paths', 'changed-since', 'scope', 'baseline', 'formats', 'sarif', 'fail-on', 'rules', 'config'])
    for (const name of ['changed-since', 'scope', 'baseline', 'fail-on', 'rules', 'config']) expect(OPTIONS).toHaveProperty([name])
    const step = action.runs.steps[2]!
    expect(step.run).not.toMatch(/\$\{\{/)
    expect(Object.values(step.env!).filter((value) => value.startsWith('${{ inputs.'))).toHaveLength(Object.keys(action.inputs).length)
  })

  it('runs factlint on the changed lines, writes SARIF and the formats, and fails at the fail-on level (needs dist/: npm test builds it)', () => {
    const dir = gitProject({'content/a.md': UNCHANGED, 'content/b.md': BEFORE})
    writeFiles(dir, {'content/b.md': AFTER})
    const result = runStep(dir, {'changed-since': 'HEAD', scope: 'lines', formats: 'github\njson=out/lint.json', 'fail-on': 'warning', paths: 'content/*.md'})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    expect(result.output).toBe('sarif=reports/factlint.sarif\n')
    expect(result.stdout).toMatch(/^::warning file=content\/b\.md,line=13,/m)
    expect(result.stdout).not.toContain('content/a.md,')
    expect(JSON.parse(readFileSync(join(dir, 'reports/factlint.sarif'), 'utf8'))).toMatchObject({version: '2.1.0'})
    expect(existsSync(join(dir, 'out/lint.json'))).toBe(true)
    expect(runStep(dir, {'changed-since': 'HEAD', scope: 'lines', formats: '', sarif: ''}).status).toBe(0)
  })
})

describe('.pre-commit-hooks.yaml', () => {
  it('lints the commit\'s changes against the whole corpus, without passing file names', () => {
    const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as {id: string; entry: string; language: string; pass_filenames: boolean}[]
    expect(hooks.map((hook) => [hook.id, hook.language])).toEqual([
      ['factlint', 'node'],
      ['factlint-system', 'system']
    ])
    for (const hook of hooks) {
      expect(hook.entry).toMatch(/factlint check --changed-since HEAD --no-report$/)
      expect(hook.pass_filenames).toBe(false)
    }
  })
})
