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
      // Classes are combined with cn() (lib/cn.ts: clsx + tailwind-merge), never by hand: a
      // hand-joined string keeps two conflicting classes and the stylesheet's order picks one, which
      // made the hero's "Log in" white on white (issue 12).
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='className'] > JSXExpressionContainer > TemplateLiteral[expressions.length>0]",
          message: "Combine classes with cn() from @/lib/cn, not a template string.",
        },
        {
          selector: "JSXAttribute[name.name='className'] CallExpression[callee.property.name='join']",
          message: "Combine classes with cn() from @/lib/cn, not .join().",
        },
      ],
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
