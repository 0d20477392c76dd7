export * from "./audit-trail";
export * from "./encrypted-log-group";
export * from "./retention";
export * from "./trail-policy";
