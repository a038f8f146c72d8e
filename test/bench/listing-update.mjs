// Operation 6 of the national benchmark (issue 6): a producer editor updates a listing's price.
// Run by national.bench.mjs as a process of its own (like autocannon's CLI for the reads):
//
//   node listing-update.mjs <graphql url> <seconds> <connections> <targets.json>   → autocannon run
//   node listing-update.mjs <graphql url> --sequential <n> <targets.json>           → n updates, one by one
//
// targets.json: [{ email, password, listingId }] (global listing ids). Each editor logs in once
// (the `ocop_session` cookie), then each listing's version is read (`node(id)`). Every request
// sends the version last seen for its listing: an applied update answers the new version; a
// concurrent one (two connections on one listing) answers CONFLICT with `currentVersion`, which
// the next request uses. Prints JSON: autocannon's result (or the sequential time), `applied`,
// `conflicts`, `otherErrors`, and the bytes of one answer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

const [url, mode, amount, targetsFile] = process.argv.slice(2);
const sequential = mode === '--sequential';
const targets = JSON.parse(readFileSync(targetsFile, 'utf8'));

const UPDATE = `mutation Update($input: ProductListingUpdateInput!) {
  productListingUpdate(input: $input) { listing { id version priceVnd } userErrors { code currentVersion } } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { viewer { id } userErrors { code } } }`;
const VERSION = `query Version($id: ID!) { node(id: $id) { ... on ProductListing { version } } }`;

async function post(body, cookie) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { response, json: await response.json() };
}

// Log in once per editor; read each listing's version.
const cookies = new Map();
for (const target of targets) {
  if (!cookies.has(target.email)) {
    const { response, json } = await post({
      query: LOGIN,
      variables: { input: { email: target.email, password: target.password } },
    });
    const session = /ocop_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
    if (!session || !json.data?.login?.viewer)
      throw new Error(`login ${target.email}: ${JSON.stringify(json)}`);
    cookies.set(target.email, session);
  }
  target.cookie = cookies.get(target.email);
  const { json } = await post({ query: VERSION, variables: { id: target.listingId } }, target.cookie);
  target.version = json.data.node.version;
}

const counts = { applied: 0, conflicts: 0, otherErrors: 0 };
let price = 0;
const bodyFor = (target) => {
  price = (price + 1) % 100;
  return JSON.stringify({
    query: UPDATE,
    variables: { input: { id: target.listingId, version: target.version, priceVnd: 50_000 + price * 1_000 } },
  });
};
function record(target, text) {
  const payload = JSON.parse(text).data?.productListingUpdate;
  const conflict = payload?.userErrors.find((error) => error.code === 'CONFLICT');
  if (payload?.listing && payload.userErrors.length === 0) {
    counts.applied += 1;
    target.version = Math.max(target.version, payload.listing.version);
  } else if (conflict) {
    counts.conflicts += 1;
    target.version = Math.max(target.version, conflict.currentVersion ?? target.version);
  } else counts.otherErrors += 1;
}

if (sequential) {
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < Number(amount); i += 1) {
    const target = targets[i % targets.length];
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: target.cookie },
      body: bodyFor(target),
    });
    const text = await response.text();
    bytes = Buffer.byteLength(text);
    record(target, text);
  }
  console.log(JSON.stringify({ ms: performance.now() - started, bytes, ...counts }));
} else {
  let next = 0;
  const result = await autocannon({
    url,
    connections: Number(amount),
    duration: Number(mode),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest(request, context) {
          const target = targets[next % targets.length];
          next += 1;
          context.target = target;
          return {
            ...request,
            headers: { ...request.headers, cookie: target.cookie },
            body: bodyFor(target),
          };
        },
        onResponse(status, body, context) {
          if (status !== 200) counts.otherErrors += 1;
          else record(context.target, body);
        },
      },
    ],
  });
  console.log(JSON.stringify({ ...result, ...counts }));
}
