/**
 * Names the browser and operating system of a signed-in device from its User-Agent, with
 * ua-parser-js 1.x (MIT; the maintained parser with the widest browser table — 2.x is AGPL).
 * Server-only use (account settings render it), so the parser never reaches a page's bundle.
 */
import UAParser from "ua-parser-js";

export interface DeviceDescription {
  /** "Chrome 131", "Safari 18.1", or "Unknown browser". */
  browser: string;
  /** "macOS 10.15.7", "iOS 18.1", "Android 15", or "unknown system". */
  os: string;
  /** The two together: "Chrome 131 on Windows 10". */
  label: string;
}

const major = (version: string | undefined) => version?.split(".")[0];

export function describeUserAgent(userAgent: string | null | undefined): DeviceDescription {
  if (!userAgent) return { browser: "Unknown browser", os: "unknown system", label: "Unknown device" };
  const { browser, os, device } = new UAParser(userAgent).getResult();
  const browserName = browser.name ? [browser.name, major(browser.version)].filter(Boolean).join(" ") : "Unknown browser";
  const osName = os.name ? [os.name, os.version].filter(Boolean).join(" ") : device.model ?? "unknown system";
  return { browser: browserName, os: osName, label: `${browserName} on ${osName}` };
}
