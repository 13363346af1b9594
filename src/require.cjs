'use strict';
// require('geokg'): geokg is an ES module. Node 20.19 and later can require() it; where Node cannot,
// say in one line how to import it instead of Node's longer error.
try {
  module.exports = require('./index.js');
} catch (e) {
  if (!e || (e.code !== 'ERR_REQUIRE_ESM' && e.code !== 'ERR_REQUIRE_ASYNC_MODULE')) throw e;
  const err = new Error("geokg is an ES module: use import { buildFromArticles } from 'geokg' (or await import('geokg')) instead of require('geokg')");
  err.code = e.code;
  err.stack = `Error: ${err.message}`;
  throw err;
}
