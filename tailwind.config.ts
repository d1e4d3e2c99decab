import type { Config } from "tailwindcss";

/** UCLA blue for actions and links, the darker blue for text on light backgrounds, gold as an accent only. */
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        bruin: { DEFAULT: "#2774AE", dark: "#005587", darker: "#003B5C", light: "#DAEBFE" },
        gold: { DEFAULT: "#FFD100", dark: "#FFB81C" },
      },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
      },
    },
  },
} satisfies Config;
