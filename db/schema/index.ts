export * from "./enums";
export * from "./auth";
export * from "./people";
export * from "./orders";
export * from "./ledgers";
export * from "./meta";
