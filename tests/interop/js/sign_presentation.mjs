/**
 * Sign a presentation as the W3C VC 2.0 test suite does: vc.signPresentation with
 * the authentication purpose, a challenge and a domain (Digital Bazaar's libraries).
 *
 * stdin:  {presentation, key: {publicKeyMultibase, secretKeyMultibase, id?,
 *          controller?}, challenge, domain?, created?, dids?, documents?}
 * stdout: {signed}  (or {harnessError} with exit code 2)
 *
 * Credentials in `presentation.verifiableCredential` are kept as given (sign
 * them first with sign.mjs). vc.signPresentation runs the VC Data Model
 * presentation checks (VC 2.0 §4.13) before signing.
 */
import * as vc from '@digitalbazaar/vc';

import {HarnessError, importKey, main, makeDocumentLoader, makeSuite} from
  './lib.mjs';

await main(async input => {
  const {presentation, key, challenge, domain, created, dids, documents} =
    input;
  if(!presentation || typeof presentation !== 'object') {
    throw new HarnessError('"presentation" (object) is required.');
  }
  if(typeof challenge !== 'string') {
    throw new HarnessError('"challenge" (string) is required.');
  }
  const keyPair = await importKey(key);
  const suite = makeSuite({keyPair, created});
  const documentLoader = makeDocumentLoader({dids, documents});
  const signed = await vc.signPresentation({
    presentation: structuredClone(presentation), suite, challenge, domain,
    documentLoader
  });
  return {signed};
});
