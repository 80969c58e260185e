/**
 * Run an OpenID4VCI 1.0 pre-authorized code flow with the independent client
 * @openid4vc/openid4vci (OpenWallet Foundation Labs, pinned in ../package.json)
 * against a running Certinum.
 *
 * stdin:  {offer, txCode?, tokenTwice?: false, proofNonce?: "fresh"|string,
 *          proofAudience?: string}
 *   offer          the openid-credential-offer://?credential_offer_uri=... link
 *   txCode         the transaction code (left out: none is sent)
 *   tokenTwice     exchange the pre-authorized code a second time (must fail)
 *   proofNonce     "fresh" (default): the c_nonce from the nonce endpoint;
 *                  any other string is put in the proof as is
 *   proofAudience  sign the proof for this audience instead of the issuer's
 * stdout: {version, holder, offerIssuer, credential?, errors: [{stage, error,
 *          status, message}]}
 *
 * The holder key is a fresh Ed25519 key made with @digitalbazaar/ed25519-multikey;
 * the proof names it as a did:key (kid did:key:z6Mk...#z6Mk...), alg EdDSA. The
 * client is anonymous (no client_id: the issuer advertises
 * pre-authorized_grant_anonymous_access_supported). Fetches go over HTTPS: the
 * caller trusts the server's self-signed certificate with NODE_EXTRA_CA_CERTS.
 * A refusal by the server is reported in `errors` (exit 0); exit 2 and
 * {harnessError} mean the harness itself failed.
 */
import crypto from 'node:crypto';

import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {clientAuthenticationAnonymous} from '@openid4vc/oauth2';
import {Openid4vciClient} from '@openid4vc/openid4vci';

import {HarnessError, main} from './lib.mjs';

const b64url = bytes => Buffer.from(bytes).toString('base64url');

function describe(stage, error) {
  const body = error.errorResponse ??
    error.response?.credentialErrorResponseResult?.data ?? null;
  return {
    stage,
    error: body?.error ?? null,
    status: error.response?.status ?? error.response?.response?.status ?? null,
    message: String(error.message).slice(0, 500)
  };
}

await main(async input => {
  const {
    offer, txCode, tokenTwice = false, proofNonce = 'fresh', proofAudience
  } = input;
  if(typeof offer !== 'string') {
    throw new HarnessError('"offer" (string) is required.');
  }
  const keyPair = await Ed25519Multikey.generate();
  const holder = `did:key:${keyPair.publicKeyMultibase}`;
  const signer = keyPair.signer();
  const callbacks = {
    hash: (data, alg) => crypto.createHash(alg.replace('-', '')).update(data).digest(),
    generateRandom: n => crypto.randomBytes(n),
    clientAuthentication: clientAuthenticationAnonymous(),
    signJwt: async (jwtSigner, {header, payload}) => {
      if(jwtSigner.method !== 'did' || jwtSigner.didUrl !== `${holder}#${keyPair.publicKeyMultibase}`) {
        throw new HarnessError('unexpected signer');
      }
      const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
      const signature = await signer.sign({data: new TextEncoder().encode(input)});
      const publicJwk = await Ed25519Multikey.toJwk({keyPair});
      return {jwt: `${input}.${b64url(signature)}`, signerJwk: publicJwk};
    }
  };
  const client = new Openid4vciClient({callbacks});
  const out = {holder, errors: []};
  const credentialOffer = await client.resolveCredentialOffer(offer);
  out.offerIssuer = credentialOffer.credential_issuer;
  const issuerMetadata = await client.resolveIssuerMetadata(credentialOffer.credential_issuer);
  out.version = issuerMetadata.originalDraftVersion;
  const configurationId = credentialOffer.credential_configuration_ids[0];
  let token;
  try {
    token = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({
      credentialOffer, issuerMetadata, txCode});
  } catch(error) {
    out.errors.push(describe('token', error));
    return out;
  }
  if(tokenTwice) {
    try {
      await client.retrievePreAuthorizedCodeAccessTokenFromOffer({
        credentialOffer, issuerMetadata, txCode});
      out.errors.push({stage: 'token-again', error: null, status: 200,
        message: 'the code was accepted twice'});
    } catch(error) {
      out.errors.push(describe('token-again', error));
    }
  }
  let nonce = proofNonce;
  if(proofNonce === 'fresh') {
    nonce = (await client.requestNonce({issuerMetadata})).c_nonce;
  }
  const proofMetadata = proofAudience === undefined ? issuerMetadata : {
    ...issuerMetadata,
    credentialIssuer: {...issuerMetadata.credentialIssuer, credential_issuer: proofAudience}
  };
  const proof = await client.createCredentialRequestJwtProof({
    issuerMetadata: proofMetadata,
    credentialConfigurationId: configurationId,
    signer: {method: 'did', didUrl: `${holder}#${keyPair.publicKeyMultibase}`, alg: 'EdDSA'},
    nonce
  });
  try {
    const response = await client.retrieveCredentials({
      issuerMetadata,
      accessToken: token.accessTokenResponse.access_token,
      credentialConfigurationId: configurationId,
      proofs: {jwt: [proof.jwt]}
    });
    out.credential = response.credentialResponse.credentials?.[0]?.credential ?? null;
  } catch(error) {
    out.errors.push(describe('credential', error));
  }
  return out;
});
