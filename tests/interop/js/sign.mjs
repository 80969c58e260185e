/**
 * Sign a credential with eddsa-rdfc-2022 using Digital Bazaar's libraries.
 *
 * stdin:  {credential, key: {publicKeyMultibase, secretKeyMultibase, id?,
 *          controller?}, created?, dids?, documents?, mode?: "vc"|"jsigs"}
 * stdout: {signed}  (or {harnessError} with exit code 2)
 *
 * mode "vc" (default) runs vc.issue, which first applies the VC Data Model
 * checks (VC 2.0 §4) then jsigs.sign with the assertionMethod purpose;
 * mode "jsigs" skips the data-model checks (to sign deliberately odd input).
 * `created` fixes proof.created (VC Data Integrity 1.0 §2.1); without it the
 * library uses the current time.
 */
import * as vc from '@digitalbazaar/vc';
import jsigs from 'jsonld-signatures';

import {HarnessError, importKey, main, makeDocumentLoader, makeSuite} from
  './lib.mjs';

const {purposes: {AssertionProofPurpose}} = jsigs;

await main(async input => {
  const {credential, key, created, dids, documents, mode = 'vc'} = input;
  if(!credential || typeof credential !== 'object') {
    throw new HarnessError('"credential" (object) is required.');
  }
  const keyPair = await importKey(key);
  const suite = makeSuite({keyPair, created});
  const documentLoader = makeDocumentLoader({dids, documents});
  let signed;
  if(mode === 'vc') {
    signed = await vc.issue({credential: structuredClone(credential), suite,
      documentLoader});
  } else if(mode === 'jsigs') {
    signed = await jsigs.sign(structuredClone(credential), {
      suite, purpose: new AssertionProofPurpose(), documentLoader});
  } else {
    throw new HarnessError(`unknown mode "${mode}"`);
  }
  return {signed};
});
