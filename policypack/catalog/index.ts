export * from "./components";
export * from "./derive";
export * from "./frameworks";
export * from "./seed-items";
export * from "./validate";
