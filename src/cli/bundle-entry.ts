/**
 * The entry point of the CLI bundle (`dist/factlint.mjs`, made by `npm run build`, run by
 * `bin/factlint.js`): the command line and the real process.
 */
export {main} from './main.js'
export {processIo} from './io.js'
