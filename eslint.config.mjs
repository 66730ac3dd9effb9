import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

// Layers, lowest first: server/domain (pure) → db → server/services → server/jobs, server/seed,
// server/trpc → app. An import points down, never up, and no file reaches itself through imports.
// db/ may import server/domain and nothing else of server/: the pgEnum values and limits are the
// `as const` arrays of server/domain, which is pure code (no I/O, no clock, imports only itself).
const layerZones = [
  {
    target: "./server/domain",
    from: ["./db", "./server/services", "./server/jobs", "./server/seed", "./server/trpc", "./app"],
    message: "Domain code is pure: it imports only server/domain.",
  },
  {
    target: "./server/services",
    from: ["./server/jobs", "./server/seed", "./server/trpc", "./app"],
    message: "Services sit below jobs, the seed, routers and pages; share the piece from a lower layer or pass it in.",
  },
  {
    target: "./server/jobs",
    from: ["./server/seed", "./server/trpc", "./app"],
    message: "Jobs call service verbs only.",
  },
];
const dbZone = (except) => ({
  target: "./db",
  from: ["./server", "./app", "./scripts", "./e2e"],
  except,
  message: "db/ imports nothing above it (server/domain only, for the enum value arrays).",
});

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "data/**",
      "db/migrations/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
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
    // No import cycles (type-only imports do not count: they vanish at run time), and the layers
    // above.
    files: ["**/*.{ts,tsx,mts,mjs}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".mts", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx", ".mts"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones: [...layerZones, dbZone(["./domain"])] }],
    },
  },
  {
    // Tests of db/ may also use the shared test helpers.
    files: ["db/**/*.test.ts"],
    rules: { "import-x/no-restricted-paths": ["error", { zones: [...layerZones, dbZone(["./domain", "./test"])] }] },
  },
  {
    // Procedures are thin adapters: they call service verbs and never reach the database.
    files: ["server/trpc/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*", "**/db/client", "**/db/schema", "**/db/schema/*"],
              message: "Routers call service verbs; they never import the database.",
              allowTypeImports: true,
            },
            {
              group: ["drizzle-orm", "drizzle-orm/*"],
              message: "Routers call service verbs; they never build queries.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // A verb's input schema sits in its own <verb>-input.ts so browser forms validate with it too:
    // such a file imports zod, server/domain and other input schemas only (nothing reaching the database).
    files: ["server/services/**/*-input.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\.?/|@/)(?!server/domain/).*(?<!-input)$",
              message:
                "Input schemas import only zod, server/domain and other *-input.ts files: a browser form imports them.",
            },
            {
              group: ["drizzle-orm", "drizzle-orm/*", "server-only", "node:*"],
              message: "Input schemas run in the browser too: no database, no Node APIs.",
            },
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
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Domain code takes `now`; do not read the clock.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Domain code takes `now`; do not read the clock.",
        },
      ],
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*", "drizzle-orm", "drizzle-orm/*", "node:*"],
              message: "Domain code does no I/O.",
            },
          ],
        },
      ],
    },
  },
  {
    // Verbs, jobs and procedures take `now` from their ServiceContext; only server/clock.ts reads
    // the wall clock.
    files: ["server/services/**/*.ts", "server/jobs/**/*.ts", "server/trpc/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Take `now` from the ServiceContext; only server/clock.ts reads the clock.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Take `now` from the ServiceContext; only server/clock.ts reads the clock.",
        },
      ],
    },
  },
  {
    // Browser specs use e2e/test.ts, whose \`test\` fails on any Content-Security-Policy violation.
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test", "expect"],
              message: "Import test and expect from e2e/test.ts.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.mjs", "*.mjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        fetch: "readonly",
      },
    },
  },
);
