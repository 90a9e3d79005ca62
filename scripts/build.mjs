// The steps of `npm run build` after `tsc` (whose output in dist/ is the library API and its
// types): precompile the shipped JSON Schemas to standalone ajv validators
// (dist/schema-validators/), bundle the CLI, its launcher and its worker threads with esbuild
// (dist/factlint-cli.cjs, dist/factlint.cjs, dist/factlint-worker.mjs,
// dist/factlint-hash-worker.mjs), and write the build id
// (dist/build-id.json), a hash of the built output and the package lock that keys stored results
// (src/build-info.ts).
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {BUILD_ID_FILE, computeBuildId} from '../dist/build-info.js'
import {precompileSchemas, shippedSchemas} from '../dist/config/precompile.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = `${root}dist`

// The old build id goes first: a build cut short leaves none rather than one naming other code
// (without one, stored results are keyed by a hash of the code computed at run time).
rmSync(`${dist}/${BUILD_ID_FILE}`, {force: true})
const manifest = precompileSchemas(shippedSchemas(`${root}rules/schema`), `${dist}/schema-validators`)

// The bundles sit directly in dist/, one level below the package root as src/*.ts modules are,
// so that import.meta.url finds package.json, docs/ and dist/ files the same way:
// - factlint.cjs: the launcher bin/factlint.js runs (Node's own modules only), which loads
// - factlint-cli.cjs: the CLI, CommonJS so that the launcher can run it with a V8 code cache
//   (import.meta.url becomes the bundle's file URL). Both are CommonJS, as bin/factlint.js is
//   (bin/package.json), so a run starts without Node's ES module loader (about 5 ms);
// - factlint-worker.mjs: the worker thread of the per-article stage (see src/pipeline/pool.ts);
// - factlint-hash-worker.mjs: the worker thread hashing articles ahead of the cache (src/pipeline/hash-ahead.ts).
// re2-wasm reads its .wasm beside its own file, so it stays in node_modules; ajv is only ever
// loaded with createRequire (precompiled validators and the compile fallback), so esbuild never sees it.
// (factlint.mjs: the launcher of earlier builds, before it was CommonJS.)
for (const name of ['factlint.mjs', 'factlint.cjs', 'factlint-cli.cjs', 'factlint-worker.mjs', 'factlint-hash-worker.mjs']) rmSync(`${dist}/${name}`, {force: true})
// fdir (tinyglobby's crawler) loads picomatch with a require() esbuild cannot see, for its glob()
// option: a second, unbundled copy compiled on every run (about 3 ms, outside the code cache).
// It gets the bundled one instead, the copy tinyglobby imports; the build fails if fdir changes.
const FDIR_PICOMATCH = 'try {\n\t__require.resolve("picomatch");\n\tpm = __require("picomatch");\n} catch {}'
const bundledPicomatch = {
  name: 'fdir-bundled-picomatch',
  setup(build) {
    build.onLoad({filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/}, (args) => {
      const text = readFileSync(args.path, 'utf8')
      if (!text.includes(FDIR_PICOMATCH)) throw new Error(`${args.path}: fdir no longer loads picomatch as scripts/build.mjs expects`)
      return {contents: `import __factlintPicomatch from 'picomatch';\n${text.replace(FDIR_PICOMATCH, 'pm = __factlintPicomatch;')}`, loader: 'js'}
    })
  }
}
const common = {absWorkingDir: root, outdir: 'dist', bundle: true, platform: 'node', target: 'node20', external: ['re2-wasm'], legalComments: 'none', logLevel: 'warning', plugins: [bundledPicomatch]}
await build({
  ...common,
  entryPoints: {'factlint-worker': 'src/pipeline/worker.ts', 'factlint-hash-worker': 'src/pipeline/hash-worker.ts'},
  outExtension: {'.js': '.mjs'},
  format: 'esm',
  // CommonJS dependencies (yaml, picomatch) call require() for Node's own modules.
  banner: {js: "import {createRequire as __factlintCreateRequire} from 'node:module';const require = __factlintCreateRequire(import.meta.url);"}
})
await build({
  ...common,
  entryPoints: {factlint: 'src/cli/launch.ts', 'factlint-cli': 'src/cli/bundle-entry.ts'},
  outExtension: {'.js': '.cjs'},
  format: 'cjs',
  define: {'import.meta.url': '__factlintUrl'},
  banner: {js: "const __factlintUrl = require('node:url').pathToFileURL(__filename).href;"}
})

const id = computeBuildId(dist, `${root}package-lock.json`)
writeFileSync(`${dist}/${BUILD_ID_FILE}`, `${JSON.stringify({id}, null, 2)}\n`)
if (!process.argv.includes('--quiet')) console.log(`factlint build: ${manifest.validators.length} schema validators, the CLI bundle, build id ${id.slice(0, 18)}`)
