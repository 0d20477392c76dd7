export * from "./key-args-validation";
export * from "./key-policy";
export * from "./key-validation";
export * from "./scoped-key";
export * from "./scoped-key-args";
