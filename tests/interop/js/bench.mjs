/**
 * Time Digital Bazaar's eddsa-rdfc-2022 signing and verification in-process,
 * as the JS reference point for Certinum's own figures.
 *
 * stdin:  {credentials: [unsigned, ...], key, dids?, documents?, warmup?: 5}
 * stdout: {sign_ms_median, verify_ms_median, sign_ms_p90, verify_ms_p90, n,
 *          warmup, all_verified, node}
 *
 * Warm-up: sign then verify the first `warmup` credentials (JIT, context
 * cache). Measured: sign EACH credential once (vc.issue), then verify each
 * signed one once (vc.verifyCredential, full checks, did:key resolved
 * locally); every operation is timed alone with performance.now(). Distinct
 * credentials keep any per-document caching out of the figures. Contexts are
 * cached after first load, as any real verifier does.
 */
import {performance} from 'node:perf_hooks';

import * as vc from '@digitalbazaar/vc';

import {HarnessError, importKey, main, makeDocumentLoader, makeSuite} from
  './lib.mjs';

function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

const round = x => Math.round(x * 1000) / 1000;

await main(async input => {
  const {credentials, key, dids, documents} = input;
  if(!Array.isArray(credentials) || credentials.length === 0) {
    throw new HarnessError('"credentials" (non-empty array) is required.');
  }
  const warmup = Math.min(input.warmup ?? 5, credentials.length);
  const keyPair = await importKey(key);
  const documentLoader = makeDocumentLoader({dids, documents});
  const signSuite = makeSuite({keyPair});
  const verifySuite = makeSuite();

  const sign = credential => vc.issue({
    credential: structuredClone(credential), suite: signSuite, documentLoader});
  const verify = credential => vc.verifyCredential({
    credential, suite: verifySuite, documentLoader,
    checkStatus: async () => ({verified: true})});

  for(const credential of credentials.slice(0, warmup)) {
    const r = await verify(await sign(credential));
    if(!r.verified) {
      throw new HarnessError(
        `warm-up verification failed: ${r.error && r.error.message}`);
    }
  }

  const signTimes = [];
  const signed = [];
  for(const credential of credentials) {
    const t0 = performance.now();
    const s = await sign(credential);
    signTimes.push(performance.now() - t0);
    signed.push(s);
  }
  const verifyTimes = [];
  let allVerified = true;
  for(const s of signed) {
    const t0 = performance.now();
    const r = await verify(s);
    verifyTimes.push(performance.now() - t0);
    allVerified = allVerified && r.verified === true;
  }
  return {
    sign_ms_median: round(quantile(signTimes, 0.5)),
    verify_ms_median: round(quantile(verifyTimes, 0.5)),
    sign_ms_p90: round(quantile(signTimes, 0.9)),
    verify_ms_p90: round(quantile(verifyTimes, 0.9)),
    n: credentials.length,
    warmup,
    all_verified: allVerified,
    node: process.version
  };
});
