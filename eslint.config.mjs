import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next*/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The layers point down: app/ (routes) uses components/ and lib/, components/ uses lib/, and
    // neither components/ nor lib/ reaches up into app/ (issue 12). A route hands what a component
    // needs from app/ (a server action, a type) down as a prop or moves it into lib/.
    files: ["components/**", "lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app", "@/app/**", "../app", "../app/**", "../../app/**", "../../../app/**"],
              message: "components/ and lib/ must not import from app/: pass it down as a prop or move it into lib/.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
