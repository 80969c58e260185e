/**
 * Print the URL -> file table the JS document loader serves, so the Python
 * tests can check it against vc/contexts/README.md.
 *
 * stdin: {} (ignored) ; stdout: {contexts: {url: file}, dir}
 */
import {CONTEXT_FILES, CONTEXTS_DIR, main} from './lib.mjs';

await main(async () => ({contexts: CONTEXT_FILES, dir: CONTEXTS_DIR}));
