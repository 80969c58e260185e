/**
 * Shared plumbing for the interop scripts: stdin/stdout JSON, an offline
 * document loader, key import and the eddsa-rdfc-2022 suite.
 *
 * Why: Certinum's proofs are cross-checked against Digital Bazaar's
 * independent implementation (vc, data-integrity, eddsa-rdfc-2022-cryptosuite).
 * The check is only meaningful if both sides read the same JSON-LD contexts,
 * so the loader serves exactly the files Certinum bundles
 * (vc/contexts, see its README) and never touches the network
 * (VC Data Integrity 1.0 §4.5 "Contexts and Vocabularies": verifiers should
 * not fetch contexts at run time).
 */
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {driver as didKeyDriverFactory} from '@digitalbazaar/did-method-key';
import {cryptosuite as eddsaRdfc2022} from
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CONTEXTS_DIR = join(HERE, '..', '..', '..', 'vc', 'contexts');

/** URL -> file name in vc/contexts (same table as its README.md). */
export const CONTEXT_FILES = Object.freeze({
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': 'credentials-v1.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json':
    'ob-v3p0-context-3.0.3.json',
  'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.jsonld',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'did-v1.jsonld',
  'https://www.w3.org/ns/credentials/status/v1':
    'vc-bitstring-status-list-v1.jsonld',
  'https://www.w3.org/ns/credentials/examples/v2':
    'credentials-examples-v2.jsonld',
});

/** Error raised for bad harness input (exit code 2), not a verification failure. */
export class HarnessError extends Error {
  constructor(message) {
    super(message);
    this.name = 'HarnessError';
  }
}

export async function readJsonStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch(e) {
    throw new HarnessError(`stdin is not JSON: ${e.message}`);
  }
}

/** Turn Error instances (which JSON.stringify renders as {}) into plain data. */
export function plain(value, seen = new WeakSet()) {
  if(value instanceof Error) {
    const out = {name: value.name, message: value.message};
    if(Array.isArray(value.errors)) {
      out.errors = value.errors.map(e => plain(e, seen));
    }
    if(value.cause) {
      out.cause = plain(value.cause, seen);
    }
    return out;
  }
  if(value instanceof Date) {
    return value.toISOString();
  }
  if(value && typeof value === 'object') {
    if(seen.has(value)) {
      return '[circular]';
    }
    seen.add(value);
    if(Array.isArray(value)) {
      return value.map(v => plain(v, seen));
    }
    const out = {};
    for(const [k, v] of Object.entries(value)) {
      if(typeof v === 'function' || v === undefined) {
        continue;
      }
      out[k] = plain(v, seen);
    }
    return out;
  }
  return value;
}

/** Flatten an error tree (VerificationError wraps a list) into messages. */
export function errorMessages(error) {
  if(!error) {
    return [];
  }
  if(Array.isArray(error.errors) && error.errors.length > 0) {
    return error.errors.flatMap(errorMessages);
  }
  return [describeError(error)];
}

/** Message of an error plus its cause (jsonld puts it in `details.cause`). */
export function describeError(error) {
  let msg = error && error.message || String(error);
  const event = error && error.details && error.details.event;
  if(event && event.code) {
    // jsonld safe mode: say which rule and which term/value
    msg += ` [${event.code}: ${JSON.stringify(event.details || {})}]`;
  }
  const cause = error && (error.cause || (error.details && error.details.cause));
  return cause ? `${msg} (cause: ${describeError(cause)})` : msg;
}

export function writeJson(obj) {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

/**
 * Run a script body: JSON result on stdout, exit 2 with a message on harness
 * errors. `{"batch": [input, ...]}` runs the body on each input in turn and
 * prints `{"batch": [output, ...]}` (one Node start-up for many calls).
 */
export async function main(body) {
  let input;
  try {
    input = await readJsonStdin();
    if(input && Array.isArray(input.batch)) {
      const outputs = [];
      for(const item of input.batch) {
        outputs.push(await body(item));
      }
      writeJson({batch: outputs});
    } else {
      writeJson(await body(input));
    }
  } catch(e) {
    process.stderr.write(
      `harness error: ${describeError(e)}\n${e && e.stack || ''}\n`);
    writeJson({harnessError: describeError(e)});
    process.exitCode = 2;
  }
}

const didKeyDriver = didKeyDriverFactory();
didKeyDriver.use({
  multibaseMultikeyHeader: 'z6Mk',
  fromMultibase: Ed25519Multikey.from
});

const CONTEXT_CACHE = new Map();

function loadContextFile(url) {
  if(!CONTEXT_CACHE.has(url)) {
    const file = join(CONTEXTS_DIR, CONTEXT_FILES[url]);
    CONTEXT_CACHE.set(url, JSON.parse(readFileSync(file, 'utf8')));
  }
  return CONTEXT_CACHE.get(url);
}

/** Find the verification method `url` inside a DID/controller document. */
function findMethod(doc, url) {
  const relations = [
    'verificationMethod', 'assertionMethod', 'authentication',
    'capabilityInvocation', 'capabilityDelegation', 'keyAgreement'
  ];
  const fragment = url.includes('#') ? '#' + url.split('#')[1] : null;
  for(const rel of relations) {
    for(const vm of [].concat(doc[rel] || [])) {
      if(typeof vm !== 'object') {
        continue;
      }
      if(vm.id === url || (fragment && vm.id === fragment)) {
        return {
          '@context': doc['@context'],
          ...vm,
          id: url,
          controller: vm.controller || doc.id
        };
      }
    }
  }
  return null;
}

/**
 * Build an offline document loader.
 *
 * @param {object} options
 * @param {object} [options.dids] - DID (or controller URL) -> document, e.g.
 *   did:web documents; a `url#fragment` resolves to the method inside.
 * @param {object} [options.documents] - any other URL -> JSON document
 *   (extra contexts, status list credentials). Served verbatim; a bundled
 *   context URL cannot be overridden.
 * @returns {Function} documentLoader; an unknown URL throws.
 */
export function makeDocumentLoader({dids = {}, documents = {}} = {}) {
  for(const url of [...Object.keys(dids), ...Object.keys(documents)]) {
    if(Object.hasOwn(CONTEXT_FILES, url)) {
      throw new HarnessError(
        `"${url}" is a bundled context: it is always served from ` +
        'vc/contexts and cannot be replaced.');
    }
  }
  const calls = [];
  const loader = async url => {
    calls.push(url);
    let document;
    if(Object.hasOwn(CONTEXT_FILES, url)) {
      document = loadContextFile(url);
    } else if(Object.hasOwn(documents, url)) {
      document = documents[url];
    } else {
      const base = url.split('#')[0];
      if(Object.hasOwn(dids, url)) {
        document = dids[url];
      } else if(Object.hasOwn(dids, base)) {
        document = url.includes('#') ? findMethod(dids[base], url) : dids[base];
        if(!document) {
          throw new Error(
            `Verification method "${url}" not found in the given document.`);
        }
      } else if(url.startsWith('did:key:')) {
        document = await didKeyDriver.get({url});
      } else {
        throw new Error(`Document loader refused unknown URL "${url}" ` +
          '(offline: only bundled contexts and documents passed in).');
      }
    }
    return {contextUrl: null, documentUrl: url, document};
  };
  loader.calls = calls;
  return loader;
}

/**
 * Import the signing key. Accepts `secretKeyMultibase` or the W3C vector's
 * `privateKeyMultibase` (0x8026 + 32-byte seed, or the 64-byte legacy form).
 * `controller` defaults to the did:key of the public key.
 */
export async function importKey(key) {
  if(!key || typeof key.publicKeyMultibase !== 'string') {
    throw new HarnessError('"key.publicKeyMultibase" is required.');
  }
  const secretKeyMultibase = key.secretKeyMultibase || key.privateKeyMultibase;
  if(typeof secretKeyMultibase !== 'string') {
    throw new HarnessError('"key.secretKeyMultibase" is required.');
  }
  const controller = key.controller || `did:key:${key.publicKeyMultibase}`;
  const id = key.id || `${controller}#${key.publicKeyMultibase}`;
  return Ed25519Multikey.from({
    '@context': 'https://w3id.org/security/multikey/v1',
    type: 'Multikey',
    id,
    controller,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase
  });
}

/** eddsa-rdfc-2022 DataIntegrityProof suite, for signing (signer) or verifying. */
export function makeSuite({keyPair, created} = {}) {
  const options = {cryptosuite: eddsaRdfc2022};
  if(keyPair) {
    options.signer = keyPair.signer();
  }
  if(created) {
    options.date = created;
  }
  return new DataIntegrityProof(options);
}
