import { PolicyPack } from "@pulumi/policy";

// The benchmark's baseline: every request round-trips through the analyzer protocol, no policy runs.
new PolicyPack("empty", { policies: [] });
