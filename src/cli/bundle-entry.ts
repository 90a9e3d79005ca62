/**
 * The entry point of the CLI bundle (`dist/factlint-cli.cjs`, made by `npm run build`, loaded by
 * the launcher `bin/factlint.js` runs): the command line and the real process.
 */
export {main} from './main.js'
export {processIo} from './io.js'
export {codeCacheAdvised} from '../pipeline/code-cache-advice.js'
