import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "data/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Procedures are thin adapters: they call service verbs and never reach the database.
    files: ["server/trpc/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db", "@/db/*", "**/db/client", "**/db/schema", "**/db/schema/*"], message: "Routers call service verbs; they never import the database.", allowTypeImports: true },
            { group: ["drizzle-orm", "drizzle-orm/*"], message: "Routers call service verbs; they never build queries.", allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    // Domain code is pure: no I/O and no wall clock (`now` is passed in).
    files: ["server/domain/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Domain code takes `now`; do not read the clock." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Domain code takes `now`; do not read the clock." },
      ],
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ group: ["@/db", "@/db/*", "drizzle-orm", "drizzle-orm/*", "node:*"], message: "Domain code does no I/O." }] }],
    },
  },
  {
    files: ["scripts/**/*.mjs", "*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly", setTimeout: "readonly", fetch: "readonly" } },
  },
);
