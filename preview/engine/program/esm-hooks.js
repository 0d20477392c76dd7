"use strict";
// Module hooks that compile an ES-module program's TypeScript with ts-node, registered by
// typescript.ts through `module.register` (they run on node's hooks thread). Plain JavaScript: the
// hooks thread has no TypeScript compiler of its own. The same hooks as @pulumi/pulumi's
// cmd/run/hooks.js, with ts-node resolved where the program's @pulumi/pulumi resolves it.
let hooks;

exports.initialize = function initialize(data) {
  const tsn = require(data.tsNode);
  hooks = tsn.createEsmHooks(tsn.register(data.options));
};

exports.resolve = (specifier, context, next) => hooks.resolve(specifier, context, next);
exports.load = (u, context, next) => hooks.load(u, context, next);
