import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The Fluent theme matching Office's current theme (light when the host does not say). */
export function themeForOffice(): Theme {
  // officeTheme is missing outside Office and in hosts without theming, so read it defensively.
  const officeTheme = (Office.context as Partial<Office.Context> | undefined)?.officeTheme;
  return officeTheme?.isDarkTheme === true ? webDarkTheme : webLightTheme;
}
