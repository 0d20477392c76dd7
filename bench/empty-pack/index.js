"use strict";
const { PolicyPack } = require("@pulumi/policy");

// The benchmark's baseline: every request round-trips through the analyzer protocol, no policy runs.
// Plain JavaScript, like the compiled packs it is compared with, so start-up compiles nothing.
new PolicyPack("empty", { policies: [] });
