/**
 * Verify a credential with Digital Bazaar's libraries (eddsa-rdfc-2022).
 *
 * stdin:  {credential, dids?, documents?, now?, checkStatus?: false,
 *          mode?: "full"|"proof-only"}
 * stdout: {verified, errors: [messages], mode, statusChecked, results}
 *         (or {harnessError} with exit code 2)
 *
 * "full" (default) is vc.verifyCredential: VC 2.0 data-model checks
 * (contexts, type, validFrom/validUntil against `now`), the proof
 * (VC Data Integrity 1.0 §4.4 "Verify Proof", eddsa-rdfc-2022 §3.2.2) and
 * the issuance purpose: the proof's verification method must be listed under
 * assertionMethod of its controller AND the controller must be the issuer.
 * "proof-only" is jsigs.verify with the assertionMethod purpose: the proof
 * and the controller's authorisation, but no data-model or issuer check
 * (for the W3C vector, whose issuer is not the key's controller).
 *
 * checkStatus: false skips credentialStatus (statusChecked: false); true checks
 * a BitstringStatusListEntry with @digitalbazaar/vc-bitstring-status-list
 * (Bitstring Status List v1.0 §3.2 "Validate Algorithm"); the status list
 * credential must then be passed in `documents` under its URL, and it is
 * itself verified in full. NOTE: that library reports the bit, it does not
 * turn a set revocation bit into verified: false; read `statuses`
 * ([{statusPurpose, statusListIndex, set}]) for revoked/suspended.
 */
import * as vc from '@digitalbazaar/vc';
import {checkStatus as checkBitstringStatus} from
  '@digitalbazaar/vc-bitstring-status-list';
import jsigs from 'jsonld-signatures';

import {
  errorMessages, HarnessError, main, makeDocumentLoader, makeSuite, plain
} from './lib.mjs';

const {purposes: {AssertionProofPurpose}} = jsigs;

await main(async input => {
  const {
    credential, dids, documents, now, checkStatus = false, mode = 'full'
  } = input;
  if(!credential || typeof credential !== 'object') {
    throw new HarnessError('"credential" (object) is required.');
  }
  const suite = makeSuite();
  const documentLoader = makeDocumentLoader({dids, documents});
  let result;
  if(mode === 'full') {
    const options = {credential, suite, documentLoader};
    if(now) {
      options.now = now;
    }
    options.checkStatus = checkStatus ?
      checkBitstringStatus :
      async () => ({verified: true, skipped: true});
    result = await vc.verifyCredential(options);
  } else if(mode === 'proof-only') {
    result = await jsigs.verify(credential, {
      suite, purpose: new AssertionProofPurpose(), documentLoader});
  } else {
    throw new HarnessError(`unknown mode "${mode}"`);
  }
  const errors = errorMessages(result.error);
  for(const r of result.results || []) {
    if(r.error) {
      for(const m of errorMessages(r.error)) {
        if(!errors.includes(m)) {
          errors.push(m);
        }
      }
    }
  }
  if(result.statusResult && result.statusResult.error) {
    errors.push(...errorMessages(result.statusResult.error));
  }
  if(result.statusResult && result.statusResult.verified === false &&
    !result.statusResult.error) {
    errors.push('credentialStatus check failed.');
  }
  if(!result.verified && errors.length === 0) {
    errors.push('not verified (no error message given by the library).');
  }
  return {
    verified: result.verified === true,
    errors,
    mode,
    statusChecked: Boolean(checkStatus && credential.credentialStatus),
    statuses: ((result.statusResult && result.statusResult.results) || [])
      .map(r => ({
        statusPurpose: r.credentialStatus.statusPurpose,
        statusListIndex: r.credentialStatus.statusListIndex,
        set: r.status === true
      })),
    statusResult: plain(result.statusResult || null),
    results: plain((result.results || []).map(r => {
      // drop the echoed credential: the caller has it
      const {credential: _c, ...rest} = r;
      return rest;
    })),
    documentsLoaded: documentLoader.calls
  };
});
